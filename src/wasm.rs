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
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&serializer).map_err(|e| {
        js_error(&Error::invalid_argument(format!(
            "cannot return result: {e}"
        )))
    })
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
#[wasm_bindgen(js_name = defaultPolicy)]
pub fn default_policy() -> Result<JsValue, JsValue> {
    to_js(&Policy::default())
}

/// `anonymizedDob(dob, asOf, policy?)`: the January 1 date of birth the policy
/// records for a true `dob` (`YYYY-MM-DD`) at the reference date `asOf`.
#[wasm_bindgen(js_name = anonymizedDob)]
pub fn anonymized_dob(dob: JsValue, as_of: JsValue, policy: JsValue) -> Result<JsValue, JsValue> {
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
    confidence: f32,
    severity: crate::Severity,
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
    let options: crate::ScanOptions = optional_arg(options, "options")?;
    options.check().map_err(|e| js_error(&e))?;
    Ok(options)
}

/// `scanText(text, options?)`: the PII in `text`, sorted, never overlapping,
/// with `start`/`end` in UTF-16 code units. Options: `allow`, `deny`, `known`,
/// `minConfidence`, `asOfYear`.
#[wasm_bindgen(js_name = scanText)]
pub fn scan_text(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    let options = scan_options(options)?;
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
            confidence: f.confidence,
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
#[wasm_bindgen(js_name = redactText)]
pub fn redact_text(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = string_arg(&text, "text")?;
    let options = scan_options(options)?;
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

/// Tests only: traps at once (a wasm `unreachable`), touching no state, so the
/// page tests can check that a trapped module is re-created. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = __cmisGuardTestTrap)]
pub fn test_trap() {
    core::arch::wasm32::unreachable()
}
