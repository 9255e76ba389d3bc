//! Reading the argument types (records, options, requests) from JSON values.
//!
//! The types keep their derived `Deserialize` for Rust callers, but the
//! crate's own readers (`from_json` and the wasm exports) use the functions
//! here: serde's derived code, monomorphised for every type and driven
//! through `serde_json::Value`'s deserializer, was about 30 KB of the
//! gzipped wasm module. Each reader accepts and rejects exactly what
//! `serde_json::from_value` with the derived impl does, with the same value,
//! and fails with serde's message for the same first problem, which
//! [`crate::record::from_json_named`] turns into the message users see. The
//! tests at the end compare both on generated values.
//!
//! serde's rules, as the derived code and `serde_json::Value` apply them:
//! structs read from an object key by key in key order (`Value`'s maps are
//! sorted), or from an array field by field; `#[serde(default)]` fills what
//! is missing; `deny_unknown_fields` rejects other keys; `Option` takes
//! `null` as `None`; enums of unit variants take `"name"` or
//! `{"name": null}`.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::anonymize::{AnonymizeOptions, HouseholdOptions};
use crate::date::Date;
use crate::pii::{Known, ScanOptions};
use crate::policy::{AnonymousPolicy, DobPolicy, Policy};
use crate::record::{ClientRecord, NamedText};
use crate::requests::{DeidentificationRequest, RemovalReason, TrackingRow};
use crate::validate::{Mode, ValidateOptions};

/// A reader's result; the error is serde's message.
pub(crate) type Read<T> = Result<T, String>;

/// A type read from the keys of a JSON object (the crate's argument types).
pub(crate) trait FromJson: Sized {
    /// Read from `map`; on failure the key at fault (`None` when no single
    /// key is, e.g. a required key is missing) and serde's message.
    fn from_object(map: &Map<String, Value>) -> Result<Self, (Option<String>, String)>;
}

/// serde's description of the value it did not expect (`Unexpected`).
fn unexpected(v: &Value) -> String {
    match v {
        Value::Null => "unit value".to_string(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => format!("integer `{u}`"),
            (None, Some(i)) => format!("integer `{i}`"),
            // serde writes the number as well. What users see of a message
            // is only what follows ", expected " (`record::shape_message`),
            // which a number never contains, so it is left out here rather
            // than pulling float formatting into the module.
            (None, None) => "floating point".to_string(),
        },
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".to_string(),
        Value::Object(_) => "map".to_string(),
    }
}

fn invalid_type(v: &Value, expected: &str) -> String {
    format!("invalid type: {}, expected {expected}", unexpected(v))
}

/// serde's list of accepted names: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    match names {
        [one] => format!("`{one}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => {
            let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("one of {}", quoted.join(", "))
        }
    }
}

/// A string (`String`, and `Cow<str>` for dates).
pub(crate) fn string(v: &Value) -> Read<String> {
    match v {
        Value::String(s) => Ok(s.clone()),
        _ => Err(invalid_type(v, "a string")),
    }
}

/// `Option<T>`: `null` is `None`.
fn option<T>(v: &Value, read: impl Fn(&Value) -> Read<T>) -> Read<Option<T>> {
    match v {
        Value::Null => Ok(None),
        _ => read(v).map(Some),
    }
}

/// An integer type (`i64`, `i32`); `expected` is its name, as serde writes it.
fn integer<T: TryFrom<i64>>(v: &Value, expected: &str) -> Read<T> {
    let Value::Number(n) = v else {
        return Err(invalid_type(v, expected));
    };
    match (n.as_i64(), n.as_u64()) {
        (Some(i), _) => {
            T::try_from(i).map_err(|_| format!("invalid value: integer `{i}`, expected {expected}"))
        }
        (None, Some(u)) => Err(format!("invalid value: integer `{u}`, expected {expected}")),
        (None, None) => Err(invalid_type(v, expected)),
    }
}

fn int64(v: &Value) -> Read<i64> {
    integer(v, "i64")
}

fn int32(v: &Value) -> Read<i32> {
    integer(v, "i32")
}

/// `f32`: serde casts whichever kind of number it is given with `as`.
fn float32(v: &Value) -> Read<f32> {
    let Value::Number(n) = v else {
        return Err(invalid_type(v, "f32"));
    };
    Ok(match (n.as_u64(), n.as_i64(), n.as_f64()) {
        (Some(u), _, _) => u as f32,
        (None, Some(i), _) => i as f32,
        (None, None, f) => f.unwrap_or_default() as f32,
    })
}

fn boolean(v: &Value) -> Read<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        _ => Err(invalid_type(v, "a boolean")),
    }
}

/// `Vec<T>`: an array, every element read in order.
fn seq<T>(v: &Value, read: impl Fn(&Value) -> Read<T>) -> Read<Vec<T>> {
    let Value::Array(items) = v else {
        return Err(invalid_type(v, "a sequence"));
    };
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        out.push(read(x)?);
    }
    Ok(out)
}

/// `BTreeMap<String, T>`: an object, every value read in key order.
fn map<T>(v: &Value, read: impl Fn(&Value) -> Read<T>) -> Read<BTreeMap<String, T>> {
    let Value::Object(m) = v else {
        return Err(invalid_type(v, "a map"));
    };
    let mut out = BTreeMap::new();
    for (k, x) in m {
        out.insert(k.clone(), read(x)?);
    }
    Ok(out)
}

/// [`Date`]: a string, then `Date::parse`'s error as the message.
fn date(v: &Value) -> Read<Date> {
    Date::parse(&string(v)?).map_err(|e| e.to_string())
}

/// An enum of unit variants: `"name"` or `{"name": null}`.
fn unit_variant<T: Copy>(v: &Value, variants: &[(&str, T)]) -> Read<T> {
    let (name, payload) = match v {
        Value::String(s) => (s, None),
        Value::Object(m) => match m.iter().next() {
            Some((k, x)) if m.len() == 1 => (k, Some(x)),
            _ => return Err("invalid value: map, expected map with a single key".to_string()),
        },
        _ => return Err(invalid_type(v, "string or map")),
    };
    let Some(&(_, variant)) = variants.iter().find(|(n, _)| n == name) else {
        let names: Vec<&str> = variants.iter().map(|(n, _)| *n).collect();
        return Err(format!(
            "unknown variant `{name}`, expected {}",
            one_of(&names)
        ));
    };
    match payload {
        Some(x) if !x.is_null() => Err(invalid_type(x, "unit")),
        _ => Ok(variant),
    }
}

/// Each key of an object in order, read by `field`: keys not in `fields`
/// are an error when `deny_unknown`, else given to `field` as well (which
/// ignores them or keeps them). On error: the key and serde's message.
fn fields_of(
    map: &Map<String, Value>,
    fields: &[&str],
    deny_unknown: bool,
    mut field: impl FnMut(&str, &Value) -> Read<()>,
) -> Result<(), (String, String)> {
    for (k, v) in map {
        let known = fields.contains(&k.as_str());
        let r = if !known && deny_unknown {
            Err(format!("unknown field `{k}`, expected {}", one_of(fields)))
        } else {
            field(k, v)
        };
        r.map_err(|e| (k.clone(), e))?;
    }
    Ok(())
}

/// A struct with `#[serde(default)]` starting from `value`: from an object
/// (see [`fields_of`]), or from an array whose elements are the fields in
/// declaration order (missing ones keep their default; more is an error).
fn structure<T>(
    v: &Value,
    expecting: &str,
    fields: &[&str],
    deny_unknown: bool,
    mut value: T,
    mut field: impl FnMut(&mut T, &str, &Value) -> Read<()>,
) -> Read<T> {
    match v {
        Value::Object(m) => {
            fields_of(m, fields, deny_unknown, |k, x| field(&mut value, k, x))
                .map_err(|(_, e)| e)?;
        }
        Value::Array(items) => {
            for (name, x) in fields.iter().zip(items) {
                field(&mut value, name, x)?;
            }
            if items.len() > fields.len() {
                return Err(format!(
                    "invalid length {}, expected fewer elements in array",
                    items.len()
                ));
            }
        }
        _ => return Err(invalid_type(v, expecting)),
    }
    Ok(value)
}

/// For [`FromJson`] readers: the key at fault.
fn at_key<T>(r: Result<T, (String, String)>) -> Result<T, (Option<String>, String)> {
    r.map_err(|(k, e)| (Some(k), e))
}

// ---- The types ----------------------------------------------------------

const POLICY_FIELDS: &[&str] = &["dob", "anonymous"];
const DOB_POLICY_FIELDS: &[&str] = &[
    "keepTrueYearAtOrBelow",
    "keepTrueYearAtOrAbove",
    "earliestBirthYear",
];
const ANONYMOUS_POLICY_FIELDS: &[&str] = &[
    "name",
    "nameDataQuality",
    "ssnDataQuality",
    "mustBeEmpty",
    "scanTexts",
];

/// [`Policy`], as in `options.policy`.
pub(crate) fn policy(v: &Value) -> Read<Policy> {
    let start = Policy::default();
    structure(v, "struct Policy", POLICY_FIELDS, true, start, |p, k, x| {
        match k {
            "dob" => p.dob = dob_policy(x)?,
            _ => p.anonymous = anonymous_policy(x)?,
        }
        Ok(())
    })
}

fn dob_policy(v: &Value) -> Read<DobPolicy> {
    let start = DobPolicy::default();
    structure(
        v,
        "struct DobPolicy",
        DOB_POLICY_FIELDS,
        true,
        start,
        |d, k, x| {
            match k {
                "keepTrueYearAtOrBelow" => d.keep_true_year_at_or_below = int32(x)?,
                "keepTrueYearAtOrAbove" => d.keep_true_year_at_or_above = int32(x)?,
                _ => d.earliest_birth_year = int32(x)?,
            }
            Ok(())
        },
    )
}

fn anonymous_policy(v: &Value) -> Read<AnonymousPolicy> {
    let start = AnonymousPolicy::default();
    let expecting = "struct AnonymousPolicy";
    structure(
        v,
        expecting,
        ANONYMOUS_POLICY_FIELDS,
        true,
        start,
        |a, k, x| {
            match k {
                "name" => a.name = string(x)?,
                "nameDataQuality" => a.name_data_quality = int64(x)?,
                "ssnDataQuality" => a.ssn_data_quality = int64(x)?,
                "mustBeEmpty" => a.must_be_empty = seq(x, string)?,
                _ => a.scan_texts = seq(x, string)?,
            }
            Ok(())
        },
    )
}

fn named_text(v: &Value) -> Read<NamedText> {
    let start = NamedText::default();
    structure(
        v,
        "struct NamedText",
        &["name", "text"],
        false,
        start,
        |t, k, x| {
            match k {
                "name" => t.name = string(x)?,
                "text" => t.text = string(x)?,
                _ => {}
            }
            Ok(())
        },
    )
}

/// `personalId`: a string, or a whole number kept as its decimal string.
fn client_id(v: &Value) -> Read<Option<String>> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        Value::Number(n) if n.is_u64() => Ok(n.as_u64().map(|u| u.to_string())),
        _ => Err("invalid type, expected a Client ID (a string or a whole number)".to_string()),
    }
}

impl FromJson for ClientRecord {
    fn from_object(map: &Map<String, Value>) -> Result<Self, (Option<String>, String)> {
        let mut r = ClientRecord::default();
        // No unknown key is an error: they are kept in `extra`.
        at_key(fields_of(map, &[], false, |k, v| {
            if k == "personalId" {
                r.personal_id = client_id(v)?;
            } else if let Some(f) = r.text_field_mut(k) {
                *f = option(v, string)?;
            } else if let Some(f) = r.code_field_mut(k) {
                *f = option(v, int64)?;
            } else if k == "texts" {
                r.texts = seq(v, named_text)?;
            } else {
                r.extra.insert(k.to_string(), v.clone());
            }
            Ok(())
        }))?;
        Ok(r)
    }
}

fn mode(v: &Value) -> Read<Mode> {
    unit_variant(
        v,
        &[
            ("anonymous", Mode::Anonymous),
            ("identified", Mode::Identified),
        ],
    )
}

impl FromJson for ValidateOptions {
    fn from_object(map: &Map<String, Value>) -> Result<Self, (Option<String>, String)> {
        let (mut mode_, mut as_of, mut true_dob) = (None, None, None);
        let mut policy_ = Policy::default();
        let fields = &["mode", "asOf", "trueDob", "policy"];
        at_key(fields_of(map, fields, true, |k, v| {
            match k {
                "mode" => mode_ = Some(mode(v)?),
                "asOf" => as_of = Some(date(v)?),
                "trueDob" => true_dob = option(v, date)?,
                _ => policy_ = policy(v)?,
            }
            Ok(())
        }))?;
        let missing = |name: &str| (None, format!("missing field `{name}`"));
        Ok(ValidateOptions {
            mode: mode_.ok_or_else(|| missing("mode"))?,
            as_of: as_of.ok_or_else(|| missing("asOf"))?,
            true_dob,
            policy: policy_,
        })
    }
}

impl FromJson for AnonymizeOptions {
    fn from_object(map: &Map<String, Value>) -> Result<Self, (Option<String>, String)> {
        let mut o = AnonymizeOptions::default();
        at_key(fields_of(
            map,
            &["asOf", "trueDob", "policy"],
            true,
            |k, v| {
                match k {
                    "asOf" => o.as_of = option(v, date)?,
                    "trueDob" => o.true_dob = option(v, date)?,
                    _ => o.policy = policy(v)?,
                }
                Ok(())
            },
        ))?;
        Ok(o)
    }
}

impl FromJson for HouseholdOptions {
    fn from_object(map: &Map<String, Value>) -> Result<Self, (Option<String>, String)> {
        let mut o = HouseholdOptions::default();
        let fields = &["asOf", "remove", "trueDobs", "newHead", "policy"];
        at_key(fields_of(map, fields, true, |k, v| {
            match k {
                "asOf" => o.as_of = option(v, date)?,
                "remove" => o.remove = seq(v, string)?,
                "trueDobs" => o.true_dobs = self::map(v, date)?,
                "newHead" => o.new_head = option(v, string)?,
                _ => o.policy = policy(v)?,
            }
            Ok(())
        }))?;
        Ok(o)
    }
}

impl FromJson for DeidentificationRequest {
    fn from_object(map: &Map<String, Value>) -> Result<Self, (Option<String>, String)> {
        let mut r = DeidentificationRequest::default();
        let fields = &["clientId", "remove", "removeReason", "notesEditable"];
        let reasons = [("dv_perpetrator", RemovalReason::DvPerpetrator)];
        at_key(fields_of(map, fields, true, |k, v| {
            match k {
                "clientId" => r.client_id = string(v)?,
                "remove" => r.remove = seq(v, string)?,
                "removeReason" => r.remove_reason = option(v, |x| unit_variant(x, &reasons))?,
                _ => r.notes_editable = boolean(v)?,
            }
            Ok(())
        }))?;
        Ok(r)
    }
}

impl FromJson for TrackingRow {
    fn from_object(map: &Map<String, Value>) -> Result<Self, (Option<String>, String)> {
        let mut r = TrackingRow::default();
        at_key(fields_of(
            map,
            &["name", "clientId", "date"],
            true,
            |k, v| {
                match k {
                    "name" => r.name = string(v)?,
                    "clientId" => r.client_id = string(v)?,
                    _ => r.date = option(v, date)?,
                }
                Ok(())
            },
        ))?;
        Ok(r)
    }
}

/// A `Known` field: a string or an array of strings (an untagged enum in serde).
fn one_or_many(v: &Value) -> Read<Vec<String>> {
    let strings = |items: &[Value]| -> Option<Vec<String>> {
        items
            .iter()
            .map(|x| x.as_str().map(str::to_string))
            .collect()
    };
    match v {
        Value::String(s) => Ok(vec![s.clone()]),
        Value::Array(items) => strings(items)
            .ok_or_else(|| "data did not match any variant of untagged enum OneOrMany".to_string()),
        _ => Err("data did not match any variant of untagged enum OneOrMany".to_string()),
    }
}

const KNOWN_FIELDS: &[&str] = &[
    "names",
    "dob",
    "ssn",
    "phones",
    "addresses",
    "emails",
    "ids",
];

fn known(v: &Value) -> Read<Known> {
    structure(
        v,
        "struct Known",
        KNOWN_FIELDS,
        true,
        Known::default(),
        |kn, k, x| {
            let list = match k {
                "names" => &mut kn.names,
                "dob" => &mut kn.dob,
                "ssn" => &mut kn.ssn,
                "phones" => &mut kn.phones,
                "addresses" => &mut kn.addresses,
                "emails" => &mut kn.emails,
                _ => &mut kn.ids,
            };
            *list = one_or_many(x)?;
            Ok(())
        },
    )
}

impl FromJson for ScanOptions {
    fn from_object(map: &Map<String, Value>) -> Result<Self, (Option<String>, String)> {
        let mut o = ScanOptions::default();
        let fields = &["allow", "deny", "known", "minConfidence", "asOfYear"];
        at_key(fields_of(map, fields, true, |k, v| {
            match k {
                "allow" => o.allow = seq(v, string)?,
                "deny" => o.deny = seq(v, string)?,
                "known" => o.known = known(v)?,
                "minConfidence" => o.min_confidence = float32(v)?,
                _ => o.as_of_year = int32(v)?,
            }
            Ok(())
        }))?;
        Ok(o)
    }
}

#[cfg(test)]
mod tests {
    //! The readers against serde's derived impls, through the message users
    //! see: `from_json_named` as it was (serde on the whole object, then on
    //! each key alone) and as it is, on generated values of every shape.

    use serde::de::DeserializeOwned;
    use serde_json::{json, Map, Value};

    use super::FromJson;
    use crate::error::Error;
    use crate::record::{from_json_named, json_type, shape_message};

    /// `from_json_named` before this module, with serde doing the reading.
    fn with_serde<T: DeserializeOwned>(value: Value, what: &str) -> Result<T, Error> {
        let Value::Object(mut map) = value else {
            return Err(Error::invalid_argument(format!(
                "{what} must be an object, not {}",
                json_type(&value)
            )));
        };
        map.retain(|_, v| !v.is_null());
        let value = Value::Object(map.clone());
        match serde_json::from_value::<T>(value.clone()) {
            Ok(t) => Ok(t),
            Err(e) => {
                for (k, v) in &map {
                    let one = Value::Object([(k.clone(), v.clone())].into_iter().collect());
                    let culprit = serde_json::from_value::<T>(one)
                        .err()
                        .filter(|e| !e.to_string().starts_with("missing field"));
                    if let Some(e) = culprit {
                        return Err(Error::invalid_argument(shape_message(&e.to_string(), v))
                            .with_field(&format!("{what}.{k}")));
                    }
                }
                Err(Error::invalid_argument(shape_message(&e.to_string(), &value)).with_field(what))
            }
        }
    }

    /// A small deterministic generator (an LCG): the same values every run.
    struct Gen(u64);

    impl Gen {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((self.0 >> 33) as usize) % n
        }

        fn pick<T: Clone>(&mut self, xs: &[T]) -> T {
            xs[self.below(xs.len())].clone()
        }

        /// Any JSON value, favouring the awkward ones.
        fn weird(&mut self, depth: usize) -> Value {
            if depth < 3 && self.below(5) == 0 {
                let n = self.below(4);
                return if self.below(2) == 0 {
                    Value::Array((0..n).map(|_| self.weird(depth + 1)).collect())
                } else {
                    let mut m = Map::new();
                    for _ in 0..n {
                        let k = self.pick(&KEYS).to_string();
                        m.insert(k, self.weird(depth + 1));
                    }
                    Value::Object(m)
                };
            }
            self.pick(&SIMPLE)()
        }

        /// A value that is often right for some field of some type.
        fn value(&mut self, depth: usize) -> Value {
            match self.below(6) {
                0 => self.weird(depth),
                1 => self.pick(&GOOD)(),
                2 => Value::Array((0..self.below(4)).map(|_| self.pick(&GOOD)()).collect()),
                3 if depth < 3 => self.object(depth + 1, &[]),
                4 if depth < 3 => {
                    Value::Array((0..self.below(4)).map(|_| self.value(depth + 1)).collect())
                }
                _ => self.pick(&GOOD)(),
            }
        }

        /// An object with the field names of one of the types read here
        /// (`keys`, or a nested type's), now and then another name.
        fn object(&mut self, depth: usize, keys: &[&str]) -> Value {
            let nested = self.pick(&NESTED);
            let keys = if depth == 0 { keys } else { nested };
            let mut m = Map::new();
            for _ in 0..self.below(6) {
                let k = if self.below(8) == 0 {
                    self.pick(&KEYS)
                } else {
                    self.pick(keys)
                };
                m.insert(k.to_string(), self.value(depth));
            }
            Value::Object(m)
        }
    }

    const KEYS: [&str; 48] = [
        "personalId",
        "firstName",
        "lastName",
        "ssn",
        "dob",
        "nameDataQuality",
        "ssnDataQuality",
        "dobDataQuality",
        "sex",
        "relationshipToHoH",
        "texts",
        "name",
        "text",
        "extra",
        "foo",
        "zz",
        "mode",
        "asOf",
        "trueDob",
        "policy",
        "remove",
        "trueDobs",
        "newHead",
        "clientId",
        "removeReason",
        "notesEditable",
        "date",
        "allow",
        "deny",
        "known",
        "minConfidence",
        "asOfYear",
        "names",
        "phones",
        "ids",
        "anonymous",
        "keepTrueYearAtOrBelow",
        "keepTrueYearAtOrAbove",
        "earliestBirthYear",
        "mustBeEmpty",
        "scanTexts",
        "dv_perpetrator",
        "identified",
        "82830",
        "white",
        "woman",
        "email",
        "",
    ];

    const NESTED: [&[&str]; 6] = [
        super::POLICY_FIELDS,
        super::DOB_POLICY_FIELDS,
        super::ANONYMOUS_POLICY_FIELDS,
        super::KNOWN_FIELDS,
        &["name", "text"],
        &["82830", "82476"],
    ];

    type Make = fn() -> Value;

    const SIMPLE: [Make; 30] = [
        || Value::Null,
        || json!(true),
        || json!(false),
        || json!(0),
        || json!(1),
        || json!(-1),
        || json!(99),
        || json!(2147483648u64),
        || json!(-2147483649i64),
        || json!(4294967297u64),
        || json!(i64::MAX),
        || json!(u64::MAX),
        || json!(i64::MIN),
        || json!(1.5),
        || json!(-2.5),
        || json!(1e21),
        || json!(0.1),
        || json!(""),
        || json!("x"),
        || json!("2"),
        || json!("anonymous"),
        || json!("a, expected b"),
        || json!("x, expected y at line 1 column 2"),
        || json!("1990-02-30"),
        || json!("0000-01-01"),
        || json!("a\"b\\c\n\u{7}\u{200b}\u{301}é"),
        || json!([]),
        || json!({}),
        || json!({"anonymous": null}),
        || json!({"identified": 5}),
    ];

    const GOOD: [Make; 16] = [
        || json!("anonymous"),
        || json!("identified"),
        || json!("dv_perpetrator"),
        || json!("2026-11-28"),
        || json!("1990-06-15"),
        || json!("82830"),
        || json!(82830),
        || json!("Maria Lopez"),
        || json!(2),
        || json!(24),
        || json!(0.5),
        || json!(true),
        || json!(["ssn", "zz"]),
        || json!({"name": "caseNote", "text": "Met Maria Lopez"}),
        || json!({"82830": "1990-06-15"}),
        || json!({"dob": {"keepTrueYearAtOrBelow": 20}, "anonymous": {"name": "Anon"}}),
    ];

    fn same<T: FromJson + DeserializeOwned + PartialEq + std::fmt::Debug>(
        g: &mut Gen,
        keys: &[&str],
    ) {
        for i in 0..20_000 {
            let mut v = if i % 50 == 0 {
                g.weird(0)
            } else {
                g.object(0, keys)
            };
            // Half the objects for `ValidateOptions` have the two keys it requires.
            if let (Value::Object(m), true) = (&mut v, i % 2 == 0 && keys.contains(&"mode")) {
                m.entry("mode").or_insert(json!("anonymous"));
                m.entry("asOf").or_insert(json!("2026-11-28"));
            }
            let want = with_serde::<T>(v.clone(), "what");
            let got = from_json_named::<T>(v.clone(), "what");
            assert_eq!(got, want, "{v}");
        }
    }

    #[test]
    fn the_readers_match_serde() {
        let mut g = Gen(20261128);
        let record = [
            "personalId",
            "firstName",
            "ssn",
            "dob",
            "nameDataQuality",
            "white",
            "texts",
            "zz",
        ];
        same::<crate::ClientRecord>(&mut g, &record);
        // And back: `to_json` (built by hand) is serde's serialization.
        for _ in 0..20_000 {
            let mut v = g.object(0, &record);
            if let Value::Object(m) = &mut v {
                m.retain(|_, x| !x.is_null());
            }
            if let Ok(mut r) = crate::ClientRecord::from_json(v) {
                if g.below(4) == 0 {
                    r.extra.insert("firstName".to_string(), json!(1));
                }
                assert_eq!(r.to_json(), serde_json::to_value(&r).unwrap(), "{r:?}");
            }
        }
        same::<crate::ValidateOptions>(&mut g, &["mode", "asOf", "trueDob", "policy"]);
        same::<crate::AnonymizeOptions>(&mut g, &["asOf", "trueDob", "policy"]);
        let household = ["asOf", "remove", "trueDobs", "newHead", "policy"];
        same::<crate::HouseholdOptions>(&mut g, &household);
        let request = ["clientId", "remove", "removeReason", "notesEditable"];
        same::<crate::DeidentificationRequest>(&mut g, &request);
        same::<crate::TrackingRow>(&mut g, &["name", "clientId", "date"]);
        let scan = ["allow", "deny", "known", "minConfidence", "asOfYear"];
        same::<crate::ScanOptions>(&mut g, &scan);
    }
}
