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
        Ok(())
    }
}
