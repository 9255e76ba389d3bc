//! The anonymized date of birth.
//!
//! The policy: record January 1 of (true birth year + 1); keep the true year
//! when the client is 24 or younger, or 61 or older (thresholds from
//! [`DobPolicy`]). Either way the day and month are lost, so the shown age is
//! the true age or one year off. The result says when that year moves the
//! client into another age bracket, because reports and eligibility follow
//! the brackets.

use serde::Serialize;

use crate::date::Date;
use crate::error::{Error, ErrorKind};
use crate::policy::{DobPolicy, Policy};

/// The HMIS DOBDataQuality code for an anonymized DOB: 2, "Approximate or
/// partial DOB reported".
pub const DOB_QUALITY_APPROXIMATE: u8 = 2;

/// Which branch of the rule produced the anonymized DOB.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DobRule {
    /// Age at or below the youth threshold: January 1 of the true year.
    KeepTrueYearYouth,
    /// Age at or above the older-adult threshold: January 1 of the true year.
    KeepTrueYearOlder,
    /// Everyone else: January 1 of the true year + 1.
    AddOneYear,
}

/// An age bracket that services and HUD reports depend on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum AgeBracket {
    /// Under 18: a minor.
    #[serde(rename = "under 18")]
    Under18,
    /// 18 to 24: youth (youth programs, youth HMIS reporting).
    #[serde(rename = "18-24")]
    Youth,
    /// 25 to 61: adult.
    #[serde(rename = "25-61")]
    Adult,
    /// 62 and over: HUD "elderly".
    #[serde(rename = "62 and over")]
    Elderly,
}

impl AgeBracket {
    /// The bracket of an age in whole years.
    pub fn of(age: i32) -> AgeBracket {
        match age {
            i32::MIN..=17 => AgeBracket::Under18,
            18..=24 => AgeBracket::Youth,
            25..=61 => AgeBracket::Adult,
            _ => AgeBracket::Elderly,
        }
    }

    fn label(self) -> &'static str {
        match self {
            AgeBracket::Under18 => "under 18",
            AgeBracket::Youth => "18-24",
            AgeBracket::Adult => "25-61",
            AgeBracket::Elderly => "62 and over",
        }
    }
}

/// The VI-SPDAT gives a point at 60 or older.
const VI_SPDAT_OLDER_AGE: i32 = 60;

/// The anonymized DOB and everything a case worker should know about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnonymizedDob {
    /// The date to record: always January 1.
    pub dob: Date,
    /// HMIS DOBDataQuality to record with it (2).
    pub dob_data_quality: u8,
    /// Which branch of the rule applied.
    pub rule: DobRule,
    /// The client's age at the reference date, from the true DOB.
    pub true_age: i32,
    /// The age the anonymized DOB will show at the reference date.
    pub shown_age: i32,
    /// The true age's bracket.
    pub true_bracket: AgeBracket,
    /// The shown age's bracket.
    pub shown_bracket: AgeBracket,
    /// Whether the shown age falls in another bracket than the true age.
    pub bracket_changed: bool,
    /// Whether the shown age and the true age are on different sides of the
    /// VI-SPDAT "60 or older" line.
    pub vi_spdat_60_crossed: bool,
    /// Sentences for the case worker, in order of importance.
    pub notes: Vec<String>,
}

/// Compute the anonymized DOB for a true `dob` at the reference date `as_of`.
///
/// Errors when the DOB is after the reference date or before the policy's
/// earliest credible birth year.
pub fn anonymized_dob(dob: Date, as_of: Date, policy: &Policy) -> Result<AnonymizedDob, Error> {
    policy.check()?;
    let p: &DobPolicy = &policy.dob;
    if dob > as_of {
        return Err(Error::new(
            ErrorKind::DateOutOfRange,
            format!("date of birth {dob} is after the reference date {as_of}"),
        )
        .with_field("dob"));
    }
    if dob.year() < p.earliest_birth_year {
        return Err(Error::new(
            ErrorKind::DateOutOfRange,
            format!(
                "date of birth {dob} is before {}: check the year",
                p.earliest_birth_year
            ),
        )
        .with_field("dob"));
    }

    let true_age = dob.age_on(as_of);
    let rule = if true_age <= p.keep_true_year_at_or_below {
        DobRule::KeepTrueYearYouth
    } else if true_age >= p.keep_true_year_at_or_above {
        DobRule::KeepTrueYearOlder
    } else {
        DobRule::AddOneYear
    };
    let year = match rule {
        DobRule::AddOneYear => dob.year() + 1,
        _ => dob.year(),
    };
    // The add-one branch only applies to ages above the youth threshold (>= 1),
    // so January 1 of year + 1 is never after the reference date.
    let anon = Date::jan1(year)?;
    let shown_age = anon.age_on(as_of);
    let true_bracket = AgeBracket::of(true_age);
    let shown_bracket = AgeBracket::of(shown_age);
    let bracket_changed = true_bracket != shown_bracket;
    let vi_spdat_60_crossed = (true_age >= VI_SPDAT_OLDER_AGE) != (shown_age >= VI_SPDAT_OLDER_AGE);

    let mut notes = Vec::new();
    notes.push(match rule {
        DobRule::KeepTrueYearYouth => format!(
            "Age {true_age} is {} or younger: the true birth year {} is kept, set to January 1.",
            p.keep_true_year_at_or_below,
            dob.year()
        ),
        DobRule::KeepTrueYearOlder => format!(
            "Age {true_age} is {} or older: the true birth year {} is kept, set to January 1.",
            p.keep_true_year_at_or_above,
            dob.year()
        ),
        DobRule::AddOneYear => format!(
            "January 1 of the year after the true birth year ({} + 1 = {year}).",
            dob.year()
        ),
    });
    if shown_age != true_age {
        notes.push(format!(
            "The record will show age {shown_age}; the client is {true_age}."
        ));
    }
    if bracket_changed {
        notes.push(format!(
            "Age bracket changes: true age is in {}, the record will show {}. Check eligibility and reports that use age brackets.",
            true_bracket.label(),
            shown_bracket.label()
        ));
    }
    if vi_spdat_60_crossed {
        notes.push(format!(
            "The VI-SPDAT 60-or-older line is crossed: the client is {true_age}, the record shows {shown_age}. Score the assessment on the true age."
        ));
    }

    Ok(AnonymizedDob {
        dob: anon,
        dob_data_quality: DOB_QUALITY_APPROXIMATE,
        rule,
        true_age,
        shown_age,
        true_bracket,
        shown_bracket,
        bracket_changed,
        vi_spdat_60_crossed,
        notes,
    })
}

/// [`anonymized_dob`] on `YYYY-MM-DD` strings, with errors naming the field.
pub fn anonymized_dob_str(dob: &str, as_of: &str, policy: &Policy) -> Result<AnonymizedDob, Error> {
    let dob = Date::parse(dob).map_err(|e| e.with_field("dob"))?;
    let as_of = Date::parse(as_of).map_err(|e| e.with_field("asOf"))?;
    anonymized_dob(dob, as_of, policy)
}
