//! The WebAssembly binding: every export of cmis-guard lives here.
//!
//! Each export does the same three steps: read the JS arguments (as
//! `serde_wasm_bindgen` did, see "Reading arguments" below), call the core,
//! write the result with one shared serializer (plain objects, camelCase). Problems with the data come back as
//! data; an argument of the wrong shape throws a `CmisGuardError` (an `Error`
//! with a stable `code` and, when known, the `field`).

use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::policy::{AnonymousPolicy, DobPolicy};
use crate::{Error, Policy};

/// The one serializer: maps become plain objects, not `Map`s.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(JsSerializer).map_err(|e| {
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
    /// A plain object, written with `obj[key] = value` and read with
    /// `obj[key]` (no `Reflect`).
    type PlainObject;
    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &PlainObject, key: &JsValue, value: JsValue);
    #[wasm_bindgen(method, indexing_getter)]
    fn get(this: &PlainObject, key: &JsValue) -> JsValue;
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
        Ok(v.into())
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
        Ok(variant.into())
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

// ---- Reading arguments -----------------------------------------------------
//
// Arguments used to be read with `serde_wasm_bindgen` (into a
// `serde_json::Value` for the core's readers, and straight into a `Policy`
// for `anonymizedDob`). The functions here accept, convert and reject the
// same values with the same messages, without its generic deserializer in
// the module; they make the same JS calls (`Number.isSafeInteger`,
// `Object.entries`, the iteration protocol) where it made them.
// `tests/js/dump_records.mjs` compares the exports before and after.

#[wasm_bindgen]
extern "C" {
    /// `String(value)`: how serde_wasm_bindgen's errors read.
    #[wasm_bindgen(js_name = String)]
    fn js_string(value: &JsValue) -> String;
}

/// A serde_wasm_bindgen error: a JS `Error` with this message, as `String()` shows it.
fn arg_error(message: &str) -> String {
    format!("Error: {message}")
}

/// serde's "invalid type" error for a JS value, which it describes as
/// serde_wasm_bindgen did.
fn invalid_type_js(v: &JsValue, expected: &str) -> String {
    let unexpected = if v.loose_eq(&JsValue::NULL) {
        "unit value".to_string()
    } else if let Some(b) = v.as_bool() {
        format!("boolean `{b}`")
    } else if let Some(f) = v.as_f64() {
        format!("floating point `{}`", float_text(f))
    } else if let Some(s) = v.as_string() {
        format!("string {s:?}")
    } else if is_bytes(v) {
        "byte array".to_string()
    } else {
        format!("{v:?}")
    };
    arg_error(&format!("invalid type: {unexpected}, expected {expected}"))
}

fn is_bytes(v: &JsValue) -> bool {
    v.dyn_ref::<js_sys::Uint8Array>().is_some() || v.dyn_ref::<js_sys::ArrayBuffer>().is_some()
}

/// A float as serde writes it in an error: Rust's `Display` (no exponent),
/// with ".0" added when that has no decimal point. The digits are those of
/// JS's `String()`, which like Rust writes the shortest digits that read
/// back as the same number; only JS's exponent form (`1e+21`, `1.5e-7`) is
/// written out.
fn float_text(f: f64) -> String {
    if f.is_nan() {
        return "NaN".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let js = js_string(&JsValue::from_f64(f.abs()));
    let (mantissa, exponent) = js.split_once('e').unwrap_or((&js, "0"));
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    let n = digits.len() as i64;
    // Where the decimal point goes: `point` digits before it (0 or fewer:
    // it comes first, with zeros after it; `n` or more: zeros before it).
    let point = int.len() as i64 + exponent.parse::<i64>().unwrap_or(0);
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if point <= 0 {
        format!(
            "{sign}0.{}{digits}",
            "0".repeat(point.unsigned_abs() as usize)
        )
    } else if point >= n {
        format!("{sign}{digits}{}.0", "0".repeat((point - n) as usize))
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{sign}{a}.{b}")
    }
}

/// A JS value as JSON: `undefined` and `null` are null, booleans and strings
/// themselves, safe integers integers and other numbers floats (NaN and the
/// infinities null), BigInts 64-bit integers, arrays arrays, and objects
/// that are not iterable (or are a `Map`) objects. Typed arrays, other
/// iterables, functions and symbols are errors.
fn json_of(v: &JsValue) -> Result<Value, String> {
    if v.loose_eq(&JsValue::NULL) {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if v.is_bigint() {
        return match i64::try_from(v.clone()) {
            Ok(i) => Ok(Value::from(i)),
            Err(v) => u64::try_from(v).map(Value::from).map_err(|_| {
                arg_error("Couldn't deserialize i64 or u64 from a BigInt outside i64::MIN..u64::MAX bounds")
            }),
        };
    }
    if let Some(f) = v.as_f64() {
        return Ok(if js_sys::Number::is_safe_integer(v) {
            Value::from(f as i64)
        } else {
            serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
        });
    }
    if let Some(s) = v.as_string() {
        return Ok(Value::String(s));
    }
    if let Some(array) = v.dyn_ref::<js_sys::Array>() {
        let mut items = Vec::new();
        for x in array.iter() {
            items.push(json_of(&x)?);
        }
        return Ok(Value::Array(items));
    }
    if is_bytes(v) {
        return Err(arg_error(
            "invalid type: byte array, expected any valid JSON value",
        ));
    }
    if v.is_object() && (!js_sys::Symbol::iterator().js_in(v) || v.has_type::<js_sys::Map>()) {
        return object_of(v).map(Value::Object);
    }
    Err(invalid_type_js(v, "any valid JSON value"))
}

/// An object's entries as a JSON object: a `Map`'s by iterating it, another
/// object's by `Object.entries`. Keys must be strings.
fn object_of(v: &JsValue) -> Result<serde_json::Map<String, Value>, String> {
    let mut out = serde_json::Map::new();
    let mut first = true;
    let mut entry = |pair: JsValue| -> Result<(), String> {
        let pair: js_sys::Array = pair.unchecked_into();
        let (key, value) = (pair.get(0), pair.get(1));
        let Some(k) = key.as_string() else {
            // serde_json asks for its first key as "a string key".
            let expected = if first { "a string key" } else { "a string" };
            return Err(invalid_type_js(&key, expected));
        };
        first = false;
        out.insert(k, json_of(&value)?);
        Ok(())
    };
    match js_sys::try_iter(v).map_err(|e| js_string(&e))? {
        Some(pairs) => {
            for pair in pairs {
                entry(pair.map_err(|e| js_string(&e))?)?;
            }
        }
        None => {
            for pair in js_sys::Object::entries(v.unchecked_ref()).iter() {
                entry(pair)?;
            }
        }
    }
    Ok(out)
}

/// The fields of a struct read from a JS object: each name looked up with
/// `obj[name]` (inherited properties too; other keys are not looked at),
/// names the object does not have skipped.
fn js_fields(
    v: &JsValue,
    expecting: &str,
    fields: &[&str],
    mut field: impl FnMut(&str, JsValue) -> Result<(), String>,
) -> Result<(), String> {
    if !v.is_object() {
        return Err(invalid_type_js(v, expecting));
    }
    let obj: &PlainObject = v.unchecked_ref();
    for name in fields {
        let key = JsValue::from_str(name);
        let x = obj.get(&key);
        // `undefined` is a value given or a key missing: `in` tells which.
        if x.is_undefined() && !key.js_in(v) {
            continue;
        }
        field(name, x)?;
    }
    Ok(())
}

/// A number that is a safe integer (serde_wasm_bindgen's `i32`; `i64` takes BigInts too).
fn safe_integer_of(v: &JsValue, expected: &str) -> Result<i64, String> {
    match v.as_f64() {
        Some(f) if js_sys::Number::is_safe_integer(v) => Ok(f as i64),
        _ => Err(invalid_type_js(v, expected)),
    }
}

fn i32_of(v: &JsValue) -> Result<i32, String> {
    let n = safe_integer_of(v, "i32")?;
    i32::try_from(n).map_err(|_| arg_error(&format!("invalid value: integer `{n}`, expected i32")))
}

fn i64_of(v: &JsValue) -> Result<i64, String> {
    if v.is_bigint() {
        return i64::try_from(v.clone()).map_err(|_| {
            arg_error("Couldn't deserialize i64 from a BigInt outside i64::MIN..i64::MAX bounds")
        });
    }
    safe_integer_of(v, "i64")
}

fn string_of(v: &JsValue) -> Result<String, String> {
    v.as_string().ok_or_else(|| invalid_type_js(v, "a string"))
}

/// A list of strings: an array, or any other iterable.
fn strings_of(v: &JsValue) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    if let Some(array) = v.dyn_ref::<js_sys::Array>() {
        for x in array.iter() {
            out.push(string_of(&x)?);
        }
        return Ok(out);
    }
    let Some(items) = js_sys::try_iter(v).map_err(|e| js_string(&e))? else {
        return Err(invalid_type_js(v, "a sequence"));
    };
    for x in items {
        out.push(string_of(&x.map_err(|e| js_string(&e))?)?);
    }
    Ok(out)
}

/// `anonymizedDob`'s policy. Unlike the record exports' options, unknown
/// keys are not rejected here: serde_wasm_bindgen only looked up the known
/// ones.
fn policy_of(v: &JsValue) -> Result<Policy, String> {
    let mut p = Policy::default();
    js_fields(v, "struct Policy", &["dob", "anonymous"], |name, x| {
        match name {
            "dob" => p.dob = dob_policy_of(&x)?,
            _ => p.anonymous = anonymous_policy_of(&x)?,
        }
        Ok(())
    })?;
    Ok(p)
}

fn dob_policy_of(v: &JsValue) -> Result<DobPolicy, String> {
    let mut d = DobPolicy::default();
    let fields = &[
        "keepTrueYearAtOrBelow",
        "keepTrueYearAtOrAbove",
        "earliestBirthYear",
    ];
    js_fields(v, "struct DobPolicy", fields, |name, x| {
        let n = i32_of(&x)?;
        match name {
            "keepTrueYearAtOrBelow" => d.keep_true_year_at_or_below = n,
            "keepTrueYearAtOrAbove" => d.keep_true_year_at_or_above = n,
            _ => d.earliest_birth_year = n,
        }
        Ok(())
    })?;
    Ok(d)
}

fn anonymous_policy_of(v: &JsValue) -> Result<AnonymousPolicy, String> {
    let mut a = AnonymousPolicy::default();
    let fields = &[
        "name",
        "nameDataQuality",
        "ssnDataQuality",
        "mustBeEmpty",
        "scanTexts",
    ];
    js_fields(v, "struct AnonymousPolicy", fields, |name, x| {
        match name {
            "name" => a.name = string_of(&x)?,
            "nameDataQuality" => a.name_data_quality = i64_of(&x)?,
            "ssnDataQuality" => a.ssn_data_quality = i64_of(&x)?,
            "mustBeEmpty" => a.must_be_empty = strings_of(&x)?,
            _ => a.scan_texts = strings_of(&x)?,
        }
        Ok(())
    })?;
    Ok(a)
}

/// Read the optional `policy` argument; `undefined` and `null` give the default.
fn policy_arg(value: &JsValue) -> Result<Policy, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Policy::default());
    }
    if !value.is_object() {
        return Err(js_error(&Error::invalid_argument(format!(
            "policy must be an object, not {}",
            js_type(value)
        ))));
    }
    policy_of(value).map_err(|e| js_error(&Error::invalid_argument(format!("policy: {e}"))))
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
    let policy = policy_arg(&policy)?;
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
fn json_arg(value: JsValue, name: &str) -> Result<Value, JsValue> {
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(js_error(&Error::invalid_argument(format!(
            "{name} must be an object, not {}",
            js_type(&value)
        ))));
    }
    json_of(&value).map_err(|e| js_error(&Error::invalid_argument(format!("{name}: {e}"))))
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
    let mut list = Vec::new();
    for x in rows.unchecked_ref::<js_sys::Array>().iter() {
        list.push(
            json_of(&x).map_err(|e| js_error(&Error::invalid_argument(format!("rows: {e}"))))?,
        );
    }
    let rows = core(crate::TrackingRow::from_json_list(list))?;
    core(crate::tracking_sheet_csv(&rows))
}
