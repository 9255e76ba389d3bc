//! The WebAssembly binding: every export of cmis-guard lives here.
//!
//! Each export does the same three steps: read the JS arguments with
//! `serde_wasm_bindgen`, call the core, write the result with one shared
//! serializer (plain objects, camelCase). Problems with the data come back as
//! data; an argument of the wrong shape throws a `CmisGuardError` (an `Error`
//! with a stable `code` and, when known, the `field`).

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Error, Policy};

/// The one serializer: maps become plain objects, not `Map`s.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let out = value.serialize(JsSerializer);
    // The strings kept are for this result only.
    STRINGS.with(|s| s.borrow_mut().clear());
    out.map_err(|e| {
        js_error(&Error::invalid_argument(format!(
            "cannot return result: {e}"
        )))
    })
}

/// Writes results as JS values exactly as `serde_wasm_bindgen::Serializer`
/// with `serialize_maps_as_objects(true)` did (this replaces it to keep its
/// code out of the module): structs and maps are plain objects with their
/// keys in order, sequences are arrays, `None` and `()` are `undefined`,
/// unit variants are their name, 64-bit integers are numbers when they are
/// safe integers and an error otherwise.
#[derive(Clone, Copy)]
struct JsSerializer;

/// A serialization error; reads as `serde_wasm_bindgen`'s (a JS `Error`'s
/// `String()`).
#[derive(Debug)]
struct JsSerError(String);

impl std::fmt::Display for JsSerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Error: {}", self.0)
    }
}

impl std::error::Error for JsSerError {}

impl serde::ser::Error for JsSerError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        JsSerError(msg.to_string())
    }
}

#[wasm_bindgen]
extern "C" {
    /// A plain object, written with `obj[key] = value` (no `Reflect`).
    type PlainObject;
    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &PlainObject, key: &JsValue, value: JsValue);
}

fn new_object() -> PlainObject {
    js_sys::Object::new().unchecked_into()
}

thread_local! {
    /// Field names already made into JS strings, by address and length: a
    /// scan returns hundreds of findings with the same nine names.
    static FIELD_NAMES: std::cell::RefCell<Vec<((usize, usize), JsValue)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The JS strings made while writing one result, by content: a scan's
/// findings repeat the same kinds, rules, reasons and replacements hundreds
/// of times, and a look-up costs less than decoding a string from wasm
/// memory again (2% of a `scanText` of an ordinary note, 7% of one made only
/// of dates). Direct-mapped: a string whose slot is taken replaces the one
/// there.
struct StringCache {
    /// The bytes of the strings in `slots`, one after another.
    bytes: String,
    /// By a hash of the content: where its bytes are in `bytes`, and the JS string.
    slots: Vec<Option<(std::ops::Range<usize>, JsValue)>>,
}

thread_local! {
    static STRINGS: std::cell::RefCell<StringCache> = const {
        std::cell::RefCell::new(StringCache { bytes: String::new(), slots: Vec::new() })
    };
}

impl StringCache {
    const SLOTS: usize = 256;

    fn get(&mut self, value: &str) -> JsValue {
        if self.slots.is_empty() {
            self.slots.resize(Self::SLOTS, None);
        }
        let hash = value.bytes().fold(0x811c_9dc5u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        });
        let slot = &mut self.slots[hash as usize % Self::SLOTS];
        if let Some((range, js)) = slot {
            if self.bytes.get(range.clone()) == Some(value) {
                return js.clone();
            }
        }
        let js = JsValue::from_str(value);
        let start = self.bytes.len();
        self.bytes.push_str(value);
        *slot = Some((start..self.bytes.len(), js.clone()));
        js
    }

    /// Forget every string; keep the memory of an ordinary result for the
    /// next one, not that of a 10 MB note.
    fn clear(&mut self) {
        self.bytes.clear();
        self.bytes.shrink_to(1 << 16);
        self.slots.clear();
    }
}

/// `value` as a JS string, made once per result ([`StringCache`]).
fn js_string(value: &str) -> JsValue {
    STRINGS.with(|strings| strings.borrow_mut().get(value))
}

/// `obj[name] = value`, with the name made into a JS string once.
fn set_field(obj: &PlainObject, name: &'static str, value: JsValue) {
    let id = (name.as_ptr() as usize, name.len());
    FIELD_NAMES.with(|names| {
        let mut names = names.borrow_mut();
        let i = match names.iter().position(|(n, _)| *n == id) {
            Some(i) => i,
            None => {
                names.push((id, JsValue::from_str(name)));
                names.len() - 1
            }
        };
        obj.set(&names[i].1, value);
    })
}

/// `{ variant: value }`, serde's external tagging.
fn tagged(variant: &str, value: JsValue) -> JsValue {
    let obj = new_object();
    obj.set(&variant.into(), value);
    obj.into()
}

/// An array being written, for sequences, tuples and tuple variants.
struct JsSeq {
    array: js_sys::Array,
    variant: Option<&'static str>,
}

impl JsSeq {
    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), JsSerError> {
        self.array.push(&value.serialize(JsSerializer)?);
        Ok(())
    }

    fn finish(self) -> Result<JsValue, JsSerError> {
        Ok(match self.variant {
            Some(v) => tagged(v, self.array.into()),
            None => self.array.into(),
        })
    }
}

/// An object being written, for structs, maps and struct variants.
struct JsObj {
    obj: PlainObject,
    key: Option<JsValue>,
    variant: Option<&'static str>,
}

impl JsObj {
    fn field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), JsSerError> {
        let value = value.serialize(JsSerializer)?;
        set_field(&self.obj, key, value);
        Ok(())
    }

    fn finish(self) -> Result<JsValue, JsSerError> {
        Ok(match self.variant {
            Some(v) => tagged(v, self.obj.into()),
            None => self.obj.into(),
        })
    }
}

/// The four sequence-like serializer traits, all appending to one array.
macro_rules! seq_like {
    ($($trait:ident :: $method:ident),*) => {$(
        impl serde::ser::$trait for JsSeq {
            type Ok = JsValue;
            type Error = JsSerError;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), JsSerError> {
                self.element(value)
            }
            fn end(self) -> Result<JsValue, JsSerError> {
                self.finish()
            }
        }
    )*};
}

seq_like!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl serde::ser::SerializeMap for JsObj {
    type Ok = JsValue;
    type Error = JsSerError;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), JsSerError> {
        self.key = Some(key.serialize(JsSerializer)?);
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), JsSerError> {
        let key = self.key.take().unwrap_or_default();
        let value = value.serialize(JsSerializer)?;
        if !key.is_string() {
            return Err(JsSerError(
                "Map key is not a string and cannot be an object key".to_string(),
            ));
        }
        self.obj.set(&key, value);
        Ok(())
    }
    fn end(self) -> Result<JsValue, JsSerError> {
        self.finish()
    }
}

impl serde::ser::SerializeStruct for JsObj {
    type Ok = JsValue;
    type Error = JsSerError;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), JsSerError> {
        self.field(key, value)
    }
    fn end(self) -> Result<JsValue, JsSerError> {
        self.finish()
    }
}

impl serde::ser::SerializeStructVariant for JsObj {
    type Ok = JsValue;
    type Error = JsSerError;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), JsSerError> {
        self.field(key, value)
    }
    fn end(self) -> Result<JsValue, JsSerError> {
        self.finish()
    }
}

impl JsSerializer {
    fn seq(variant: Option<&'static str>) -> JsSeq {
        JsSeq {
            array: js_sys::Array::new(),
            variant,
        }
    }

    fn obj(variant: Option<&'static str>) -> JsObj {
        JsObj {
            obj: new_object(),
            key: None,
            variant,
        }
    }
}

impl serde::Serializer for JsSerializer {
    type Ok = JsValue;
    type Error = JsSerError;
    type SerializeSeq = JsSeq;
    type SerializeTuple = JsSeq;
    type SerializeTupleStruct = JsSeq;
    type SerializeTupleVariant = JsSeq;
    type SerializeMap = JsObj;
    type SerializeStruct = JsObj;
    type SerializeStructVariant = JsObj;

    fn serialize_bool(self, v: bool) -> Result<JsValue, JsSerError> {
        Ok(v.into())
    }
    fn serialize_i8(self, v: i8) -> Result<JsValue, JsSerError> {
        Ok(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<JsValue, JsSerError> {
        Ok(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<JsValue, JsSerError> {
        Ok(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<JsValue, JsSerError> {
        const SAFE: i64 = (1 << 53) - 1;
        if (-SAFE..=SAFE).contains(&v) {
            Ok((v as f64).into())
        } else {
            Err(JsSerError(format!(
                "{v} can't be represented as a JavaScript number"
            )))
        }
    }
    fn serialize_i128(self, v: i128) -> Result<JsValue, JsSerError> {
        Ok(v.into())
    }
    fn serialize_u8(self, v: u8) -> Result<JsValue, JsSerError> {
        Ok(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<JsValue, JsSerError> {
        Ok(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<JsValue, JsSerError> {
        Ok(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<JsValue, JsSerError> {
        if v < 1 << 53 {
            Ok((v as f64).into())
        } else {
            Err(JsSerError(format!(
                "{v} can't be represented as a JavaScript number"
            )))
        }
    }
    fn serialize_u128(self, v: u128) -> Result<JsValue, JsSerError> {
        Ok(v.into())
    }
    fn serialize_f32(self, v: f32) -> Result<JsValue, JsSerError> {
        Ok(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<JsValue, JsSerError> {
        Ok(v.into())
    }
    fn serialize_char(self, v: char) -> Result<JsValue, JsSerError> {
        Ok(js_sys::JsString::from(v).into())
    }
    fn serialize_str(self, v: &str) -> Result<JsValue, JsSerError> {
        Ok(js_string(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<JsValue, JsSerError> {
        Ok(js_sys::Uint8Array::from(v).into())
    }
    fn serialize_none(self) -> Result<JsValue, JsSerError> {
        Ok(JsValue::UNDEFINED)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<JsValue, JsSerError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<JsValue, JsSerError> {
        Ok(JsValue::UNDEFINED)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<JsValue, JsSerError> {
        Ok(JsValue::UNDEFINED)
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<JsValue, JsSerError> {
        Ok(js_string(variant))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<JsValue, JsSerError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<JsValue, JsSerError> {
        Ok(tagged(variant, value.serialize(self)?))
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<JsSeq, JsSerError> {
        Ok(Self::seq(None))
    }
    fn serialize_tuple(self, _len: usize) -> Result<JsSeq, JsSerError> {
        Ok(Self::seq(None))
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<JsSeq, JsSerError> {
        Ok(Self::seq(None))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<JsSeq, JsSerError> {
        Ok(Self::seq(Some(variant)))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<JsObj, JsSerError> {
        Ok(Self::obj(None))
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<JsObj, JsSerError> {
        Ok(Self::obj(None))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<JsObj, JsSerError> {
        Ok(Self::obj(Some(variant)))
    }
}

/// Read an optional object argument; `undefined` and `null` give the default.
fn optional_arg<T: DeserializeOwned + Default>(value: JsValue, name: &str) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if !value.is_object() {
        return Err(js_error(&Error::invalid_argument(format!(
            "{name} must be an object, not {}",
            js_type(&value)
        ))));
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| js_error(&Error::invalid_argument(format!("{name}: {e}"))))
}

/// Read a required string argument.
fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        js_error(&Error::invalid_argument(format!(
            "{name} must be a string, not {}",
            js_type(value)
        )))
    })
}

fn js_type(value: &JsValue) -> String {
    if value.is_null() {
        "null".to_string()
    } else if js_sys::Array::is_array(value) {
        "an array".to_string()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// A JS `Error` named `CmisGuardError` with `code` and `field` properties.
fn js_error(e: &Error) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    err.set_name("CmisGuardError");
    let obj: &JsValue = err.as_ref();
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(obj, &"code".into(), &e.code().into());
    if let Some(field) = e.field() {
        let _ = js_sys::Reflect::set(obj, &"field".into(), &field.into());
    }
    err.into()
}

/// The crate version, e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The default policy as a plain object, for agencies to copy and override.
#[wasm_bindgen(js_name = defaultPolicy, unchecked_return_type = "Policy")]
pub fn default_policy() -> Result<JsValue, JsValue> {
    to_js(&Policy::default())
}

/// `anonymizedDob(dob, asOf, policy?)`: the January 1 date of birth the policy
/// records for a true `dob` (`YYYY-MM-DD`) at the reference date `asOf`.
#[wasm_bindgen(js_name = anonymizedDob, unchecked_return_type = "AnonymizedDob")]
pub fn anonymized_dob(
    #[wasm_bindgen(unchecked_param_type = "string")] dob: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] as_of: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "PolicyOverride")] policy: JsValue,
) -> Result<JsValue, JsValue> {
    let dob = string_arg(&dob, "dob")?;
    let as_of = string_arg(&as_of, "asOf")?;
    let policy: Policy = optional_arg(policy, "policy")?;
    let result = crate::anonymized_dob_str(&dob, &as_of, &policy).map_err(|e| js_error(&e))?;
    to_js(&result)
}

/// A finding as JS sees it: the span in UTF-16 code units (`start`, `end`),
/// so `text.slice(start, end) === finding.text`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsFinding<'a> {
    kind: crate::Kind,
    start: usize,
    end: usize,
    text: &'a str,
    /// Rounded to two decimals: an `f32` widened to a JS number shows noise digits.
    confidence: f64,
    severity: crate::FindingSeverity,
    rule: &'a str,
    reason: &'a str,
    replacement: &'a str,
}

/// A span in UTF-16 code units.
#[derive(Serialize)]
struct JsSpan {
    start: usize,
    end: usize,
}

/// One replacement of `redactText`: where it was in the input and where its
/// token is in the output, both in UTF-16 code units.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsRedaction<'a> {
    kind: crate::Kind,
    rule: &'a str,
    original: JsSpan,
    replaced: JsSpan,
}

#[derive(Serialize)]
struct JsRedacted<'a> {
    text: &'a str,
    redactions: Vec<JsRedaction<'a>>,
}

fn scan_options(options: JsValue) -> Result<crate::ScanOptions, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(crate::ScanOptions::default());
    }
    // Through JSON, so a wrong option is named (`options.minConfidence`).
    let options: crate::ScanOptions = core(crate::record::from_json_named(
        json_arg(options, "options")?,
        "options",
    ))?;
    options.check().map_err(|e| js_error(&e))?;
    Ok(options)
}

#[wasm_bindgen(typescript_custom_section)]
const SCAN_TYPES: &str = include_str!("scan.d.ts");

/// `scanText(text, options?)`: the PII in `text`, sorted, never overlapping,
/// with `start`/`end` in UTF-16 code units. Options: `allow`, `deny`, `known`,
/// `minConfidence`, `asOfYear`.
#[wasm_bindgen(js_name = scanText, unchecked_return_type = "Finding[]")]
pub fn scan_text(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ScanOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    let options = scan_options(options.unwrap_or(JsValue::UNDEFINED))?;
    let findings = crate::scan(&text, &options);
    let spans: Vec<crate::Span> = findings.iter().map(|f| f.span).collect();
    let js_spans = crate::spans_to_utf16(&text, &spans);
    let out: Vec<JsFinding<'_>> = findings
        .iter()
        .zip(js_spans)
        .map(|(f, s)| JsFinding {
            kind: f.kind,
            start: s.start,
            end: s.end,
            text: &f.text,
            confidence: (f64::from(f.confidence) * 100.0).round() / 100.0,
            severity: f.severity,
            rule: f.rule,
            reason: &f.reason,
            replacement: &f.replacement,
        })
        .collect();
    to_js(&out)
}

/// `redactText(text, options?)`: `{ text, redactions }`, every finding
/// replaced by its token (`[SSN]`); spans in UTF-16 code units.
#[wasm_bindgen(js_name = redactText, unchecked_return_type = "RedactedText")]
pub fn redact_text(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ScanOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    let options = scan_options(options.unwrap_or(JsValue::UNDEFINED))?;
    let r = crate::redact(&text, &options);
    let original: Vec<crate::Span> = r.redactions.iter().map(|x| x.original).collect();
    let replaced: Vec<crate::Span> = r.redactions.iter().map(|x| x.replaced).collect();
    let original = crate::spans_to_utf16(&text, &original);
    let replaced = crate::spans_to_utf16(&r.text, &replaced);
    let redactions = r
        .redactions
        .iter()
        .zip(original.into_iter().zip(replaced))
        .map(|(x, (o, n))| JsRedaction {
            kind: x.kind,
            rule: x.rule,
            original: JsSpan {
                start: o.start,
                end: o.end,
            },
            replaced: JsSpan {
                start: n.start,
                end: n.end,
            },
        })
        .collect();
    to_js(&JsRedacted {
        text: &r.text,
        redactions,
    })
}

/// `preloadPiiData()`: decode the scanner's name data now (about 25 ms)
/// rather than on the first `scanText`; pages call it when idle.
#[wasm_bindgen(js_name = preloadPiiData)]
pub fn preload_pii_data() {
    crate::preload_pii_data();
}

/// Tests only: traps at once (a wasm `unreachable`), touching no state, so the
/// page tests can check that a trapped module is re-created. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = __cmisGuardTestTrap)]
pub fn test_trap() {
    core::arch::wasm32::unreachable()
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Runs once when the module is instantiated: install the panic hook.
///
/// A panic aborts (the instance traps with a `RuntimeError`); the hook keeps
/// where it happened so the JS wrapper can report it. The panic's message is
/// deliberately dropped: messages such as a slicing error quote the text
/// being processed, which may be a client's case note.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_else(|| "unknown location".to_string());
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("internal error at {at}")));
    }));
}

/// Where the last panic happened (`"internal error at src/…:line"`), or
/// `undefined`. Read it from the trapped instance before re-creating it.
#[wasm_bindgen(js_name = lastPanic)]
pub fn last_panic() -> Option<String> {
    LAST_PANIC.with(|p| p.borrow().clone())
}

// ---- Client records: validation, anonymization, requests ----------------

#[wasm_bindgen(typescript_custom_section)]
const RECORD_TYPES: &str = include_str!("records.d.ts");

/// Read a required object argument as JSON, for the core's `from_json` readers.
fn json_arg(value: JsValue, name: &str) -> Result<serde_json::Value, JsValue> {
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(js_error(&Error::invalid_argument(format!(
            "{name} must be an object, not {}",
            js_type(&value)
        ))));
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| js_error(&Error::invalid_argument(format!("{name}: {e}"))))
}

fn core<T>(r: Result<T, Error>) -> Result<T, JsValue> {
    r.map_err(|e| js_error(&e))
}

/// `validateClient(record, options)`: `{ ok, issues }` for one record in
/// `anonymous` or `identified` mode.
#[wasm_bindgen(js_name = validateClient, unchecked_return_type = "Validation")]
pub fn validate_client(
    #[wasm_bindgen(unchecked_param_type = "ClientRecord")] record: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let record = core(crate::ClientRecord::from_json(json_arg(record, "record")?))?;
    let options = core(crate::ValidateOptions::from_json(json_arg(
        options, "options",
    )?))?;
    to_js(&core(crate::validate_client(&record, &options))?)
}

/// `validateHousehold(household, options)`: every member, and exactly one head.
#[wasm_bindgen(js_name = validateHousehold, unchecked_return_type = "Validation")]
pub fn validate_household(
    #[wasm_bindgen(unchecked_param_type = "Household")] household: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let household = core(crate::Household::from_json(json_arg(
        household,
        "household",
    )?))?;
    let options = core(crate::ValidateOptions::from_json(json_arg(
        options, "options",
    )?))?;
    to_js(&core(crate::validate_household(&household, &options))?)
}

/// `anonymizeClient(record, options)`: `{ record, changes, issues }`.
#[wasm_bindgen(js_name = anonymizeClient, unchecked_return_type = "Anonymized")]
pub fn anonymize_client(
    #[wasm_bindgen(unchecked_param_type = "ClientRecord")] record: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnonymizeOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let record = core(crate::ClientRecord::from_json(json_arg(record, "record")?))?;
    let options = core(crate::AnonymizeOptions::from_json(json_arg(
        options, "options",
    )?))?;
    to_js(&core(crate::anonymize_client(&record, &options))?)
}

/// `anonymizeHousehold(household, options)`: every member anonymized, members
/// in `options.remove` taken out.
#[wasm_bindgen(js_name = anonymizeHousehold, unchecked_return_type = "AnonymizedHousehold")]
pub fn anonymize_household(
    #[wasm_bindgen(unchecked_param_type = "Household")] household: JsValue,
    #[wasm_bindgen(unchecked_param_type = "HouseholdOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let household = core(crate::Household::from_json(json_arg(
        household,
        "household",
    )?))?;
    let options = core(crate::HouseholdOptions::from_json(json_arg(
        options, "options",
    )?))?;
    to_js(&core(crate::anonymize_household(&household, &options))?)
}

/// `deidentificationRequest(request)`: the support-ticket text, Client IDs only.
#[wasm_bindgen(js_name = deidentificationRequest, unchecked_return_type = "Ticket")]
pub fn deidentification_request(
    #[wasm_bindgen(unchecked_param_type = "DeidentificationRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    let request = core(crate::DeidentificationRequest::from_json(json_arg(
        request, "request",
    )?))?;
    to_js(&core(crate::deidentification_request(&request))?)
}

/// `mergeRequest(idA, idB)`: the ticket text to merge two anonymous records.
#[wasm_bindgen(js_name = mergeRequest, unchecked_return_type = "Ticket")]
pub fn merge_request(
    #[wasm_bindgen(unchecked_param_type = "string")] id_a: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] id_b: JsValue,
) -> Result<JsValue, JsValue> {
    let a = string_arg(&id_a, "idA")?;
    let b = string_arg(&id_b, "idB")?;
    to_js(&core(crate::merge_request(&a, &b))?)
}

/// `trackingSheetCsv(rows)`: the organization's tracking-sheet rows as CSV.
#[wasm_bindgen(js_name = trackingSheetCsv)]
pub fn tracking_sheet_csv(
    #[wasm_bindgen(unchecked_param_type = "TrackingRow[]")] rows: JsValue,
) -> Result<String, JsValue> {
    if !js_sys::Array::is_array(&rows) {
        return Err(js_error(&Error::invalid_argument(format!(
            "rows must be an array, not {}",
            js_type(&rows)
        ))));
    }
    let rows: Vec<serde_json::Value> = serde_wasm_bindgen::from_value(rows)
        .map_err(|e| js_error(&Error::invalid_argument(format!("rows: {e}"))))?;
    let rows = core(crate::TrackingRow::from_json_list(rows))?;
    core(crate::tracking_sheet_csv(&rows))
}
