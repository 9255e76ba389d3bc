//! The client record, following the HMIS `Client.csv` elements (FY2024, with
//! the FY2026 `Sex` element), plus the intake page's contact fields and the
//! client's free texts.
//!
//! Field names are camelCase as JS sees them (`firstName`, `nameDataQuality`,
//! `ssn`, `dob`, ...). Coded fields hold the HMIS numeric codes as plain
//! integers, so a code outside the HMIS list is reported by validation as an
//! issue instead of failing to parse. Dates are kept as written, for the same
//! reason: a malformed date is a `dob_format` issue. Fields this crate does
//! not know are kept in `extra` and written back unchanged.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use crate::error::Error;
use crate::read::FromJson;

/// One client, as the intake form and `Client.csv` describe them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ClientRecord {
    /// HMIS PersonalID: the CMIS Client ID shown on the client's dashboard.
    /// A JS number is accepted and kept as its decimal string.
    #[serde(deserialize_with = "opt_id")]
    pub personal_id: Option<String>,
    /// 3.01 First name.
    pub first_name: Option<String>,
    /// 3.01 Middle name.
    pub middle_name: Option<String>,
    /// 3.01 Last name.
    pub last_name: Option<String>,
    /// 3.01 Name suffix (Jr, III, ...).
    pub name_suffix: Option<String>,
    /// 3.01 NameDataQuality: 1, 2, 8, 9, 99.
    pub name_data_quality: Option<i64>,
    /// 3.02 SSN: nine characters, digits or `x` for an unknown digit; dashes are ignored.
    pub ssn: Option<String>,
    /// 3.02 SSNDataQuality: 1, 2, 8, 9, 99.
    pub ssn_data_quality: Option<i64>,
    /// 3.03 Date of birth, `YYYY-MM-DD`.
    pub dob: Option<String>,
    /// 3.03 DOBDataQuality: 1, 2, 8, 9, 99.
    pub dob_data_quality: Option<i64>,

    /// 3.04 American Indian, Alaska Native, or Indigenous (0/1).
    pub am_ind_ak_native: Option<i64>,
    /// 3.04 Asian or Asian American (0/1).
    pub asian: Option<i64>,
    /// 3.04 Black, African American, or African (0/1).
    pub black_af_american: Option<i64>,
    /// 3.04 Hispanic/Latina/e/o (0/1).
    pub hispanic_latinaeo: Option<i64>,
    /// 3.04 Middle Eastern or North African (0/1).
    pub mid_east_n_african: Option<i64>,
    /// 3.04 Native Hawaiian or Pacific Islander (0/1).
    pub native_hi_pacific: Option<i64>,
    /// 3.04 White (0/1).
    pub white: Option<i64>,
    /// 3.04 RaceNone: 8, 9, 99, only when no race is selected.
    pub race_none: Option<i64>,
    /// 3.04 Additional race and ethnicity detail (free text, max 100).
    pub additional_race_ethnicity: Option<String>,

    /// 3.06 Woman (Girl, if child) (0/1).
    pub woman: Option<i64>,
    /// 3.06 Man (Boy, if child) (0/1).
    pub man: Option<i64>,
    /// 3.06 Non-Binary (0/1).
    pub non_binary: Option<i64>,
    /// 3.06 Culturally specific identity (0/1).
    pub culturally_specific: Option<i64>,
    /// 3.06 Transgender (0/1).
    pub transgender: Option<i64>,
    /// 3.06 Questioning (0/1).
    pub questioning: Option<i64>,
    /// 3.06 Different identity (0/1).
    pub different_identity: Option<i64>,
    /// 3.06 GenderNone: 8, 9, 99, only when no gender is selected.
    pub gender_none: Option<i64>,
    /// 3.06 Different identity text.
    pub different_identity_text: Option<String>,
    /// 4.21 Sex (FY2026): 0 Female, 1 Male, 8, 9, 99.
    pub sex: Option<i64>,
    /// R3 Sexual orientation: 1-6, 8, 9, 99.
    pub sexual_orientation: Option<i64>,
    /// 3.07 VeteranStatus: 0 No, 1 Yes, 8, 9, 99.
    pub veteran_status: Option<i64>,
    /// 3.15 RelationshipToHoH: 1 Self (head of household), 2-5, 99.
    #[serde(rename = "relationshipToHoH")]
    pub relationship_to_hoh: Option<i64>,

    /// Intake page: street address.
    pub address: Option<String>,
    /// Intake page: city.
    pub city: Option<String>,
    /// Intake page: state.
    pub state: Option<String>,
    /// Intake page: zip code.
    pub zip: Option<String>,
    /// Intake page: phone number.
    pub phone: Option<String>,
    /// Intake page: e-mail address.
    pub email: Option<String>,

    /// Free texts attached to the client: case notes, assessment answers
    /// (VI-SPDAT), each with a name.
    pub texts: Vec<NamedText>,

    /// Every field this crate does not know, kept as given.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A named free text: a case note, an assessment answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NamedText {
    /// What the text is (`caseNote`, `viSpdat.q12`, ...).
    pub name: String,
    /// The text itself.
    pub text: String,
}

/// A household: its members, each with their relationship to the head of
/// household (`relationshipToHoH`, 1 for the head).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Household {
    /// The members, head of household included.
    pub members: Vec<ClientRecord>,
    /// Every other field, kept as given.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The kinds of coded field, each with its HMIS list of codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CodeList {
    /// 1, 2, 8, 9, 99 (the three data-quality elements).
    Quality,
    /// 0, 1 (race and gender columns).
    YesNo,
    /// 8, 9, 99 (RaceNone, GenderNone).
    NoneReason,
    /// 0, 1, 8, 9, 99 (veteran status, sex).
    YesNoReason,
    /// 1-6, 8, 9, 99.
    SexualOrientation,
    /// 1-5, 99.
    Relationship,
}

impl CodeList {
    pub(crate) fn codes(self) -> &'static [i64] {
        match self {
            CodeList::Quality => &[1, 2, 8, 9, 99],
            CodeList::YesNo => &[0, 1],
            CodeList::NoneReason => &[8, 9, 99],
            CodeList::YesNoReason => &[0, 1, 8, 9, 99],
            CodeList::SexualOrientation => &[1, 2, 3, 4, 5, 6, 8, 9, 99],
            CodeList::Relationship => &[1, 2, 3, 4, 5, 99],
        }
    }
}

/// The race and ethnicity columns, as (JS name, value).
pub(crate) fn races(r: &ClientRecord) -> [(&'static str, Option<i64>); 7] {
    [
        ("amIndAkNative", r.am_ind_ak_native),
        ("asian", r.asian),
        ("blackAfAmerican", r.black_af_american),
        ("hispanicLatinaeo", r.hispanic_latinaeo),
        ("midEastNAfrican", r.mid_east_n_african),
        ("nativeHiPacific", r.native_hi_pacific),
        ("white", r.white),
    ]
}

/// The gender columns, as (JS name, value).
pub(crate) fn genders(r: &ClientRecord) -> [(&'static str, Option<i64>); 7] {
    [
        ("woman", r.woman),
        ("man", r.man),
        ("nonBinary", r.non_binary),
        ("culturallySpecific", r.culturally_specific),
        ("transgender", r.transgender),
        ("questioning", r.questioning),
        ("differentIdentity", r.different_identity),
    ]
}

/// Every coded field, as (JS name, value, list).
pub(crate) fn coded_fields(r: &ClientRecord) -> Vec<(&'static str, Option<i64>, CodeList)> {
    let mut v = vec![
        ("nameDataQuality", r.name_data_quality, CodeList::Quality),
        ("ssnDataQuality", r.ssn_data_quality, CodeList::Quality),
        ("dobDataQuality", r.dob_data_quality, CodeList::Quality),
        ("raceNone", r.race_none, CodeList::NoneReason),
        ("genderNone", r.gender_none, CodeList::NoneReason),
        ("sex", r.sex, CodeList::YesNoReason),
        (
            "sexualOrientation",
            r.sexual_orientation,
            CodeList::SexualOrientation,
        ),
        ("veteranStatus", r.veteran_status, CodeList::YesNoReason),
        (
            "relationshipToHoH",
            r.relationship_to_hoh,
            CodeList::Relationship,
        ),
    ];
    for (name, value) in races(r).into_iter().chain(genders(r)) {
        v.push((name, value, CodeList::YesNo));
    }
    v
}

/// The text fields, by their JS names (see [`ClientRecord::text_field`]).
const TEXT_FIELDS: [&str; 15] = [
    "personalId",
    "firstName",
    "middleName",
    "lastName",
    "nameSuffix",
    "ssn",
    "dob",
    "additionalRaceEthnicity",
    "differentIdentityText",
    "address",
    "city",
    "state",
    "zip",
    "phone",
    "email",
];

impl ClientRecord {
    /// Read a record from a JSON value, with an error that names the field
    /// when one has the wrong type.
    pub fn from_json(value: Value) -> Result<ClientRecord, Error> {
        from_json_named(value, "record")
    }

    /// The record as a JSON value (unknown fields included).
    ///
    /// The same value as `serde_json::to_value(self)`, built by hand: serde's
    /// serializer into `Value` would be compiled into the wasm module for
    /// this one use (anonymization's list of changes).
    pub fn to_json(&self) -> Value {
        let mut m = serde_json::Map::new();
        for name in TEXT_FIELDS {
            let v = self.text_field(name).and_then(Clone::clone);
            m.insert(name.to_string(), v.map_or(Value::Null, Value::String));
        }
        for (name, v, _) in coded_fields(self) {
            m.insert(name.to_string(), v.map_or(Value::Null, Value::from));
        }
        let texts = self.texts.iter().map(|t| {
            let mut o = serde_json::Map::new();
            o.insert("name".to_string(), Value::String(t.name.clone()));
            o.insert("text".to_string(), Value::String(t.text.clone()));
            Value::Object(o)
        });
        m.insert("texts".to_string(), Value::Array(texts.collect()));
        // Last, as serde's `flatten` writes them: an unknown field named
        // like a known one wins.
        for (k, v) in &self.extra {
            m.insert(k.clone(), v.clone());
        }
        Value::Object(m)
    }

    /// A known text field by its JS name, or `None` for an unknown name.
    pub(crate) fn text_field(&self, name: &str) -> Option<&Option<String>> {
        Some(match name {
            "personalId" => &self.personal_id,
            "firstName" => &self.first_name,
            "middleName" => &self.middle_name,
            "lastName" => &self.last_name,
            "nameSuffix" => &self.name_suffix,
            "ssn" => &self.ssn,
            "dob" => &self.dob,
            "additionalRaceEthnicity" => &self.additional_race_ethnicity,
            "differentIdentityText" => &self.different_identity_text,
            "address" => &self.address,
            "city" => &self.city,
            "state" => &self.state,
            "zip" => &self.zip,
            "phone" => &self.phone,
            "email" => &self.email,
            _ => return None,
        })
    }

    pub(crate) fn text_field_mut(&mut self, name: &str) -> Option<&mut Option<String>> {
        Some(match name {
            "personalId" => &mut self.personal_id,
            "firstName" => &mut self.first_name,
            "middleName" => &mut self.middle_name,
            "lastName" => &mut self.last_name,
            "nameSuffix" => &mut self.name_suffix,
            "ssn" => &mut self.ssn,
            "dob" => &mut self.dob,
            "additionalRaceEthnicity" => &mut self.additional_race_ethnicity,
            "differentIdentityText" => &mut self.different_identity_text,
            "address" => &mut self.address,
            "city" => &mut self.city,
            "state" => &mut self.state,
            "zip" => &mut self.zip,
            "phone" => &mut self.phone,
            "email" => &mut self.email,
            _ => return None,
        })
    }

    /// A known coded field by its JS name.
    pub(crate) fn code_field_mut(&mut self, name: &str) -> Option<&mut Option<i64>> {
        Some(match name {
            "nameDataQuality" => &mut self.name_data_quality,
            "ssnDataQuality" => &mut self.ssn_data_quality,
            "dobDataQuality" => &mut self.dob_data_quality,
            "raceNone" => &mut self.race_none,
            "genderNone" => &mut self.gender_none,
            "sex" => &mut self.sex,
            "sexualOrientation" => &mut self.sexual_orientation,
            "veteranStatus" => &mut self.veteran_status,
            "relationshipToHoH" => &mut self.relationship_to_hoh,
            "amIndAkNative" => &mut self.am_ind_ak_native,
            "asian" => &mut self.asian,
            "blackAfAmerican" => &mut self.black_af_american,
            "hispanicLatinaeo" => &mut self.hispanic_latinaeo,
            "midEastNAfrican" => &mut self.mid_east_n_african,
            "nativeHiPacific" => &mut self.native_hi_pacific,
            "white" => &mut self.white,
            "woman" => &mut self.woman,
            "man" => &mut self.man,
            "nonBinary" => &mut self.non_binary,
            "culturallySpecific" => &mut self.culturally_specific,
            "transgender" => &mut self.transgender,
            "questioning" => &mut self.questioning,
            "differentIdentity" => &mut self.different_identity,
            _ => return None,
        })
    }

    /// A known coded field's value by its JS name.
    pub(crate) fn code_field(&self, name: &str) -> Option<Option<i64>> {
        coded_fields(self)
            .into_iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, v, _)| v)
    }

    /// Whether a field (known or unknown) holds something: a non-blank
    /// string, a number, `true`, a non-empty array or object.
    pub(crate) fn field_is_filled(&self, name: &str) -> bool {
        if let Some(f) = self.text_field(name) {
            return filled(f);
        }
        if let Some(c) = self.code_field(name) {
            return c.is_some();
        }
        if name == "texts" {
            return self.texts.iter().any(|t| !t.text.trim().is_empty());
        }
        self.extra.get(name).is_some_and(value_is_filled)
    }
}

/// Whether an optional string holds something other than white space.
pub(crate) fn filled(s: &Option<String>) -> bool {
    s.as_deref().is_some_and(|s| !s.trim().is_empty())
}

pub(crate) fn value_is_filled(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(_) => true,
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

impl Household {
    /// Read a household (`{ members: [...] }`), with an error naming the
    /// member and field when one has the wrong type.
    pub fn from_json(value: Value) -> Result<Household, Error> {
        let Value::Object(mut map) = value else {
            return Err(Error::invalid_argument(format!(
                "household must be an object with members, not {}",
                json_type(&value)
            )));
        };
        let members = match map.remove("members") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .into_iter()
                .enumerate()
                .map(|(i, m)| from_json_named(m, &format!("members[{i}]")))
                .collect::<Result<Vec<ClientRecord>, Error>>()?,
            Some(other) => {
                return Err(Error::invalid_argument(format!(
                    "household.members must be an array, not {}",
                    json_type(&other)
                )))
            }
        };
        // Inserted one by one: `collect` into a map sorts first, and the
        // keys are sorted already (one sort fewer in the module).
        let mut extra = BTreeMap::new();
        for (k, v) in map {
            extra.insert(k, v);
        }
        Ok(Household { members, extra })
    }

    /// The household as a JSON value.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// Read `value` as a `T` ([`crate::read`]); when that fails, the error names
/// the key at fault (`what.key`) and says what it must be.
///
/// This was `serde_json::from_value` on the whole object and then on each key
/// alone, in key order, taking the first key that failed alone (errors
/// of a required key missing from the one-key object did not count). A
/// reader that stops at the first key that fails finds the same key: each
/// key is read on its own, and no nested type has a required field.
pub(crate) fn from_json_named<T: FromJson>(value: Value, what: &str) -> Result<T, Error> {
    let Value::Object(mut map) = value else {
        return Err(Error::invalid_argument(format!(
            "{what} must be an object, not {}",
            json_type(&value)
        )));
    };
    // JS `undefined` and `null` both mean "not given".
    map.retain(|_, v| !v.is_null());
    T::from_object(&map).map_err(|(key, e)| match key {
        Some(k) => {
            // The key is one of the map's (the reader walked them).
            let v = map.get(&k).unwrap_or(&Value::Null);
            Error::invalid_argument(shape_message(&e, v)).with_field(&format!("{what}.{k}"))
        }
        None => {
            Error::invalid_argument(shape_message(&e, &Value::Object(map.clone()))).with_field(what)
        }
    })
}

/// A serde error message as one that never quotes the value (it may be PII):
/// "must be <what serde expected>, not <the JSON type>".
pub(crate) fn shape_message(text: &str, v: &Value) -> String {
    match text.split_once(", expected ") {
        Some((_, expected)) => {
            // serde_json appends " at line N column M" for text input only.
            let expected = expected.split(" at line ").next().unwrap_or(expected);
            format!("must be {expected}, not {}", json_type(v))
        }
        // Custom messages may quote the value (a date of birth): never repeat them.
        None if text.starts_with("unknown variant") => {
            "is not one of the accepted values".to_string()
        }
        None if text.starts_with("unknown field") => "is not a known option".to_string(),
        None if text.contains("YYYY-MM-DD") => "must be a date written as YYYY-MM-DD".to_string(),
        None if text.contains("does not exist") || text.contains("outside 0001-9999") => {
            "is a date that does not exist".to_string()
        }
        None => "is not valid".to_string(),
    }
}

pub(crate) fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A Client ID given as a string or as a whole number.
fn opt_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match Option::<Value>::deserialize(d)? {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(Value::Number(n)) if n.is_u64() => Ok(Some(n.to_string())),
        Some(_) => Err(serde::de::Error::custom(
            "invalid type, expected a Client ID (a string or a whole number)",
        )),
    }
}
