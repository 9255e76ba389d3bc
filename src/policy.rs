//! The agency's anonymous-client policy, with the City of Spokane CMIS
//! defaults ("Anonymous Clients: Creating and Managing Them in the CMIS",
//! February 2021).
//!
//! A policy is plain data: an agency overrides any part of it as JSON
//! (camelCase keys). Unknown keys are rejected, so a misspelt override fails
//! loudly instead of being ignored.

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};

/// The whole policy.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Policy {
    /// How the anonymized date of birth is chosen.
    pub dob: DobPolicy,
    /// The anonymous-record template: name, quality codes, fields kept empty,
    /// free texts scanned for PII.
    pub anonymous: AnonymousPolicy,
}

/// The anonymous-record template ("Creating New Anonymous Client Record").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct AnonymousPolicy {
    /// First and last name of every anonymous client (seed: `Anonymous`).
    pub name: String,
    /// NameDataQuality for anonymous records. The seed's highlighted choice
    /// is lost in the text; default 2, "Partial, street name, or code name
    /// reported". Must not be 1 (Full name reported).
    pub name_data_quality: i64,
    /// SSNDataQuality for anonymous records (seed: 99, Data not collected);
    /// one of 8, 9, 99.
    pub ssn_data_quality: i64,
    /// Fields that must be empty, by their JS names. Unknown names are
    /// checked in the record's extra fields.
    pub must_be_empty: Vec<String>,
    /// Names of the free texts to scan for PII; `"*"` scans every text.
    pub scan_texts: Vec<String>,
}

/// The fields the seed says stay empty on an anonymous record.
pub const DEFAULT_MUST_BE_EMPTY: [&str; 9] = [
    "middleName",
    "nameSuffix",
    "ssn",
    "address",
    "city",
    "state",
    "zip",
    "phone",
    "email",
];

/// Fields the template sets, so they cannot also be required to be empty.
const TEMPLATE_FIELDS: [&str; 6] = [
    "firstName",
    "lastName",
    "nameDataQuality",
    "ssnDataQuality",
    "dob",
    "dobDataQuality",
];

impl Default for AnonymousPolicy {
    fn default() -> AnonymousPolicy {
        AnonymousPolicy {
            name: "Anonymous".to_string(),
            name_data_quality: 2,
            ssn_data_quality: 99,
            must_be_empty: DEFAULT_MUST_BE_EMPTY
                .iter()
                .map(|s| s.to_string())
                .collect(),
            scan_texts: vec!["*".to_string()],
        }
    }
}

impl AnonymousPolicy {
    /// Whether the free text with this name is scanned for PII.
    pub fn scans(&self, text_name: &str) -> bool {
        self.scan_texts.iter().any(|n| n == "*" || n == text_name)
    }
}

/// The date-of-birth rule: January 1 of (true birth year + 1), except that the
/// true year is kept for the young and the old, where a year's shift would
/// move the client across an age line that services depend on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct DobPolicy {
    /// Keep the true birth year when the client's age is at most this (seed: 24).
    pub keep_true_year_at_or_below: i32,
    /// Keep the true birth year when the client's age is at least this. The
    /// seed says "or 61 years old"; read as 61 or older.
    pub keep_true_year_at_or_above: i32,
    /// Dates of birth before this year are rejected as not credible.
    pub earliest_birth_year: i32,
}

impl Default for DobPolicy {
    fn default() -> DobPolicy {
        DobPolicy {
            keep_true_year_at_or_below: 24,
            keep_true_year_at_or_above: 61,
            earliest_birth_year: 1900,
        }
    }
}

impl Policy {
    /// Check that the policy's values make sense together.
    pub fn check(&self) -> Result<(), Error> {
        let d = &self.dob;
        if d.keep_true_year_at_or_below < 0 || d.keep_true_year_at_or_above < 0 {
            return Err(Error::new(
                ErrorKind::InvalidPolicy,
                "age thresholds cannot be negative",
            )
            .with_field("policy.dob"));
        }
        if d.keep_true_year_at_or_below >= d.keep_true_year_at_or_above {
            return Err(Error::new(
                ErrorKind::InvalidPolicy,
                format!(
                    "keepTrueYearAtOrBelow ({}) must be less than keepTrueYearAtOrAbove ({})",
                    d.keep_true_year_at_or_below, d.keep_true_year_at_or_above
                ),
            )
            .with_field("policy.dob"));
        }
        if !(1..=9998).contains(&d.earliest_birth_year) {
            return Err(
                Error::new(ErrorKind::InvalidPolicy, "earliestBirthYear must be a year")
                    .with_field("policy.dob.earliestBirthYear"),
            );
        }
        let a = &self.anonymous;
        let bad = |field: &str, msg: String| {
            Err(Error::new(ErrorKind::InvalidPolicy, msg).with_field(field))
        };
        if a.name.trim().is_empty() || a.name.chars().count() > 50 {
            return bad(
                "policy.anonymous.name",
                "the anonymous name must be 1 to 50 characters".to_string(),
            );
        }
        if ![2, 8, 9, 99].contains(&a.name_data_quality) {
            return bad(
                "policy.anonymous.nameDataQuality",
                format!(
                    "nameDataQuality {} is not 2, 8, 9 or 99 (1 would claim a full name)",
                    a.name_data_quality
                ),
            );
        }
        if ![8, 9, 99].contains(&a.ssn_data_quality) {
            return bad(
                "policy.anonymous.ssnDataQuality",
                format!(
                    "ssnDataQuality {} is not 8, 9 or 99 (an anonymous record has no SSN)",
                    a.ssn_data_quality
                ),
            );
        }
        for f in &a.must_be_empty {
            if f.trim().is_empty() || TEMPLATE_FIELDS.contains(&f.as_str()) {
                return bad(
                    "policy.anonymous.mustBeEmpty",
                    format!("\"{f}\" cannot be a must-be-empty field (the template sets it)"),
                );
            }
        }
        Ok(())
    }
}
