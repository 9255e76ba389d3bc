//! Validation of client records and households.
//!
//! Two modes. `anonymous` enforces the anonymous-record template of the
//! policy; `identified` applies the HMIS data-quality rules. Problems come
//! back as [`Issue`]s (data, with a stable code and, where one can be
//! computed, the value to set). Issue messages never quote the record's
//! values: they may end up in places the record must not.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::date::Date;
use crate::dob::{anonymized_dob, DOB_QUALITY_APPROXIMATE};
use crate::error::Error;
use crate::policy::Policy;
use crate::record::{
    coded_fields, filled, from_json_named, genders, races, ClientRecord, Household,
};

/// Which rules apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The anonymous-record template of the policy.
    Anonymous,
    /// The HMIS data-quality rules for an identified client.
    Identified,
}

/// How bad an issue is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The record must not be saved like this.
    Error,
    /// Worth a look; saving is allowed.
    Warning,
}

macro_rules! issue_codes {
    ($($(#[$doc:meta])* $variant:ident = $code:literal,)*) => {
        /// The stable code of an issue, as JS sees it in `issue.code`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[non_exhaustive]
        pub enum IssueCode {
            $($(#[$doc])* #[serde(rename = $code)] $variant,)*
        }
        impl IssueCode {
            /// Every code, in declaration order.
            pub const ALL: &'static [IssueCode] = &[$(IssueCode::$variant,)*];
            /// The stable string code.
            pub fn as_str(self) -> &'static str {
                match self { $(IssueCode::$variant => $code,)* }
            }
        }
    };
}

issue_codes! {
    // Anonymous mode.
    /// First or last name is not the policy's anonymous name.
    NameNotAnonymous = "name_not_anonymous",
    /// A field the policy keeps empty (middle name, suffix, SSN, contact) is filled.
    MustBeEmpty = "must_be_empty",
    /// NameDataQuality is not the policy's code for anonymous records.
    NameQualityNotAnonymous = "name_quality_not_anonymous",
    /// SSNDataQuality is not the policy's code for anonymous records.
    SsnQualityNotAnonymous = "ssn_quality_not_anonymous",
    /// The DOB is not the anonymized DOB of the true DOB given in the options.
    DobNotAnonymized = "dob_not_anonymized",
    /// Without a true DOB to compare: the DOB is not a January 1 date.
    DobNotJanuaryFirst = "dob_not_january_first",
    /// DOBDataQuality is not 2 (approximate) on an anonymous DOB.
    DobQualityNotApproximate = "dob_quality_not_approximate",
    /// The anonymized DOB shows the client in another age bracket (warning).
    DobBracketChanged = "dob_bracket_changed",
    /// A free text looks like it holds PII.
    TextContainsPii = "text_contains_pii",
    // Both modes.
    /// No DOB, with a quality code that says so (warning).
    DobMissing = "dob_missing",
    /// The DOB is not a date written as YYYY-MM-DD.
    DobFormat = "dob_format",
    /// The DOB is after the reference date.
    DobAfterReference = "dob_after_reference",
    /// The DOB is before 1915 (warning), or before the policy's earliest year (error).
    DobTooEarly = "dob_too_early",
    /// DOBDataQuality contradicts the DOB (a DOB with 8/9/99, none with 1/2).
    DobQualityContradicts = "dob_quality_contradicts",
    /// A coded field holds a value outside its HMIS list.
    CodeInvalid = "code_invalid",
    /// A text is longer than HMIS allows (names 50, additional race 100).
    TooLong = "too_long",
    /// A household has no head of household.
    HouseholdNoHead = "household_no_head",
    /// A household has more than one head of household.
    HouseholdMultipleHeads = "household_multiple_heads",
    // Identified mode.
    /// A data-quality code is missing (HMIS never leaves them null; in
    /// anonymous mode reported for the DOB quality of a record with no DOB).
    QualityMissing = "quality_missing",
    /// NameDataQuality contradicts the names (blank name with quality 1, ...).
    NameQualityContradicts = "name_quality_contradicts",
    /// The SSN is not a valid SSN.
    SsnInvalid = "ssn_invalid",
    /// SSNDataQuality contradicts the SSN.
    SsnQualityContradicts = "ssn_quality_contradicts",
    /// DOBDataQuality 2: HUD reports count it as a data issue (warning).
    DobApproximate = "dob_approximate",
    /// Veteran status Yes for a client under 18.
    VeteranUnder18 = "veteran_under_18",
    /// RaceNone (8/9/99) together with a race.
    RaceNoneWithRace = "race_none_with_race",
    /// GenderNone (8/9/99) together with a gender.
    GenderNoneWithGender = "gender_none_with_gender",
    // Household anonymization and requests.
    /// The head of household was removed; another member was made head (warning).
    HeadRemoved = "head_removed",
    /// A Client ID to remove is not in the household (warning).
    RemoveNotFound = "remove_not_found",
    /// Every member was removed (error).
    HouseholdEmpty = "household_empty",
    /// A free text was left for a person to review (warning, from anonymize).
    TextNeedsReview = "text_needs_review",
}

impl std::fmt::Display for IssueCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A problem with a record, as data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Issue {
    /// The field, by its JS name (`ssn`, `members[1].dob`, `texts[0]`).
    pub field: String,
    /// The stable code.
    pub code: IssueCode,
    /// Error or warning.
    pub severity: Severity,
    /// A sentence a case worker understands. Never quotes the record's values.
    pub message: String,
    /// The value to set, when one can be computed (`""` clears the field).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Value>,
}

impl Issue {
    pub(crate) fn error(field: &str, code: IssueCode, message: impl Into<String>) -> Issue {
        Issue {
            field: field.to_string(),
            code,
            severity: Severity::Error,
            message: message.into(),
            fix: None,
        }
    }

    pub(crate) fn warning(field: &str, code: IssueCode, message: impl Into<String>) -> Issue {
        Issue {
            severity: Severity::Warning,
            ..Issue::error(field, code, message)
        }
    }

    pub(crate) fn fix(mut self, value: impl Into<Value>) -> Issue {
        self.fix = Some(value.into());
        self
    }

    /// The same issue about a household member (`members[i].field`).
    pub(crate) fn in_member(mut self, i: usize) -> Issue {
        self.field = format!("members[{i}].{}", self.field);
        self
    }
}

/// The options of [`validate_client`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ValidateOptions {
    /// Which rules apply.
    pub mode: Mode,
    /// The reference date (today, or the record's creation date).
    pub as_of: Date,
    /// The client's true DOB, in anonymous mode: never stored, only compared.
    #[serde(default)]
    pub true_dob: Option<Date>,
    /// The agency's policy; the Spokane defaults when absent.
    #[serde(default)]
    pub policy: Policy,
}

impl ValidateOptions {
    /// Options with the default policy and no true DOB.
    pub fn new(mode: Mode, as_of: Date) -> ValidateOptions {
        ValidateOptions {
            mode,
            as_of,
            true_dob: None,
            policy: Policy::default(),
        }
    }

    /// Read options from JSON, with errors naming the option.
    pub fn from_json(value: Value) -> Result<ValidateOptions, Error> {
        require_keys(&value, "options", &["mode", "asOf"])?;
        from_json_named(value, "options")
    }
}

/// Misuse check: required keys of an options object, so the error says
/// which one is missing.
pub(crate) fn require_keys(value: &Value, what: &str, keys: &[&str]) -> Result<(), Error> {
    if let Value::Object(map) = value {
        for k in keys {
            if map.get(*k).map_or(true, Value::is_null) {
                return Err(Error::invalid_argument(format!("{what}.{k} is required"))
                    .with_field(&format!("{what}.{k}")));
            }
        }
    }
    Ok(())
}

/// What validation found.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Validation {
    /// True when there is no error (warnings allowed).
    pub ok: bool,
    /// Every issue, errors first, in field order within each severity.
    pub issues: Vec<Issue>,
}

/// The issues sorted by severity, errors first, keeping their order within a
/// severity (a stable sort, without a sort routine of its own in the module).
pub(crate) fn errors_first(issues: Vec<Issue>) -> Vec<Issue> {
    let (mut errors, warnings): (Vec<Issue>, Vec<Issue>) =
        issues.into_iter().partition(|i| match i.severity {
            Severity::Error => true,
            Severity::Warning => false,
        });
    errors.extend(warnings);
    errors
}

impl Validation {
    pub(crate) fn from_issues(mut issues: Vec<Issue>) -> Validation {
        // Stable: keeps field order within a severity.
        issues = errors_first(issues);
        Validation {
            ok: !issues.iter().any(|i| i.severity == Severity::Error),
            issues,
        }
    }

    /// The codes found, sorted and without repeats (for tests and summaries).
    pub fn codes(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self.issues.iter().map(|i| i.code.as_str()).collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

/// Validate one client record.
///
/// Errors only when the policy in the options is inconsistent; everything
/// about the record comes back as issues.
pub fn validate_client(
    record: &ClientRecord,
    options: &ValidateOptions,
) -> Result<Validation, Error> {
    options.policy.check()?;
    Ok(Validation::from_issues(client_issues(record, options)))
}

/// Validate a household: every member, and exactly one head of household.
pub fn validate_household(
    household: &Household,
    options: &ValidateOptions,
) -> Result<Validation, Error> {
    options.policy.check()?;
    let mut issues = Vec::new();
    for (i, m) in household.members.iter().enumerate() {
        // A true DOB applies to one person: not passed down to members.
        let member_options = ValidateOptions {
            true_dob: None,
            ..options.clone()
        };
        issues.extend(
            client_issues(m, &member_options)
                .into_iter()
                .map(|x| x.in_member(i)),
        );
    }
    issues.extend(head_issues(household));
    Ok(Validation::from_issues(issues))
}

/// The head-of-household rule: exactly one member with RelationshipToHoH 1.
pub(crate) fn head_issues(household: &Household) -> Vec<Issue> {
    if household.members.is_empty() {
        return Vec::new();
    }
    let heads = household
        .members
        .iter()
        .filter(|m| m.relationship_to_hoh == Some(1))
        .count();
    match heads {
        1 => Vec::new(),
        0 => vec![Issue::error(
            "members",
            IssueCode::HouseholdNoHead,
            "No member is the head of household: set one member's relationship to \"Self (head of household)\".",
        )],
        n => vec![Issue::error(
            "members",
            IssueCode::HouseholdMultipleHeads,
            format!("{n} members are marked head of household; a household has exactly one."),
        )],
    }
}

/// The display name of a field, for messages.
pub(crate) fn label(field: &str) -> &str {
    match field {
        "personalId" => "Client ID",
        "firstName" => "First Name",
        "middleName" => "Middle Name",
        "lastName" => "Last Name",
        "nameSuffix" => "Suffix",
        "nameDataQuality" => "Name Quality",
        "ssn" => "Social Security Number",
        "ssnDataQuality" => "SSN Quality",
        "dob" => "Birth Date",
        "dobDataQuality" => "Date of Birth Quality",
        "raceNone" => "Race (none)",
        "genderNone" => "Gender (none)",
        "sex" => "Sex",
        "sexualOrientation" => "Sexual Orientation",
        "veteranStatus" => "Veteran Status",
        "relationshipToHoH" => "Relationship to Head of Household",
        "address" => "Address",
        "city" => "City",
        "state" => "State",
        "zip" => "Zip Code",
        "phone" => "Phone",
        "email" => "E-mail",
        "additionalRaceEthnicity" => "Additional race and ethnicity",
        "differentIdentityText" => "Different identity",
        other => other,
    }
}

const QUALITY_NONE: [i64; 3] = [8, 9, 99];
/// Free-text fields of the record itself, scanned like the named texts.
pub(crate) const FREE_TEXT_FIELDS: [&str; 2] = ["additionalRaceEthnicity", "differentIdentityText"];
/// HUD data-quality reports flag dates of birth before this date.
const DQ_EARLIEST_DOB: (i32, u8, u8) = (1915, 1, 1);

fn client_issues(r: &ClientRecord, o: &ValidateOptions) -> Vec<Issue> {
    let mut out = Vec::new();
    common_issues(r, o, &mut out);
    match o.mode {
        Mode::Anonymous => anonymous_issues(r, o, &mut out),
        Mode::Identified => identified_issues(r, o, &mut out),
    }
    out
}

/// The parsed DOB, `None` when blank or malformed (reported elsewhere).
fn parsed_dob(r: &ClientRecord) -> Option<Date> {
    r.dob
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .and_then(|s| Date::parse(s).ok())
}

fn common_issues(r: &ClientRecord, o: &ValidateOptions, out: &mut Vec<Issue>) {
    for (field, value, list) in coded_fields(r) {
        if let Some(v) = value {
            if !list.codes().contains(&v) {
                let codes: Vec<String> = list.codes().iter().map(|c| c.to_string()).collect();
                out.push(Issue::error(
                    field,
                    IssueCode::CodeInvalid,
                    format!(
                        "{} has a code that is not in the HMIS list ({}).",
                        label(field),
                        codes.join(", ")
                    ),
                ));
            }
        }
    }
    for (field, max) in [
        ("firstName", 50),
        ("middleName", 50),
        ("lastName", 50),
        ("nameSuffix", 50),
        ("additionalRaceEthnicity", 100),
        ("differentIdentityText", 100),
    ] {
        let too_long = r
            .text_field(field)
            .and_then(|v| v.as_deref())
            .is_some_and(|s| s.chars().count() > max);
        if too_long {
            out.push(Issue::error(
                field,
                IssueCode::TooLong,
                format!(
                    "{} is longer than the {max} characters HMIS allows.",
                    label(field)
                ),
            ));
        }
    }

    // The date of birth: format and range, both modes.
    let dob_text = r.dob.as_deref().map(str::trim).unwrap_or("");
    if !dob_text.is_empty() {
        match Date::parse(dob_text) {
            Err(_) => out.push(Issue::error(
                "dob",
                IssueCode::DobFormat,
                "Birth Date is not a date written as YYYY-MM-DD, or does not exist.",
            )),
            Ok(d) if d > o.as_of => out.push(Issue::error(
                "dob",
                IssueCode::DobAfterReference,
                "Birth Date is after today's date (the reference date).",
            )),
            Ok(d) if d.year() < o.policy.dob.earliest_birth_year => out.push(Issue::error(
                "dob",
                IssueCode::DobTooEarly,
                format!(
                    "Birth Date is before {}: check the year.",
                    o.policy.dob.earliest_birth_year
                ),
            )),
            Ok(d) if (d.year(), d.month(), d.day()) < DQ_EARLIEST_DOB => out.push(Issue::warning(
                "dob",
                IssueCode::DobTooEarly,
                "Birth Date is before 1915: HUD data-quality reports flag it. Check the year.",
            )),
            Ok(_) => {}
        }
    } else if let Some(anon) = anonymous_true_dob(o) {
        // The real DOB is known: say what to record.
        out.push(
            Issue::error(
                "dob",
                IssueCode::DobNotAnonymized,
                "Birth Date is empty: record the anonymized date of birth for the real date typed in the helper.",
            )
            .fix(anon.dob.to_string()),
        );
        if r.dob_data_quality != Some(i64::from(DOB_QUALITY_APPROXIMATE)) {
            out.push(
                Issue::error(
                    "dobDataQuality",
                    IssueCode::DobQualityNotApproximate,
                    "Date of Birth Quality must be 2, Approximate or Partial DOB Reported, for an anonymous client.",
                )
                .fix(i64::from(DOB_QUALITY_APPROXIMATE)),
            );
        }
    } else {
        match r.dob_data_quality {
            Some(q) if QUALITY_NONE.contains(&q) => out.push(Issue::warning(
                "dob",
                IssueCode::DobMissing,
                "No Birth Date. If the client gives even a birth year, record an approximate date.",
            )),
            None if o.mode == Mode::Anonymous => {
                out.push(
                    Issue::error(
                        "dobDataQuality",
                        IssueCode::QualityMissing,
                        "Date of Birth Quality is required: with no Birth Date, choose Data not collected.",
                    )
                    .fix(99),
                );
                out.push(Issue::warning(
                    "dob",
                    IssueCode::DobMissing,
                    "No Birth Date. If the client gives even a birth year, type it into the helper to record an approximate date.",
                ));
            }
            Some(1 | 2) => out.push(
                Issue::error(
                    "dobDataQuality",
                    IssueCode::DobQualityContradicts,
                    "Date of Birth Quality says a date was reported, but Birth Date is empty.",
                )
                .fix(99),
            ),
            _ => {}
        }
    }
    if !dob_text.is_empty()
        && r.dob_data_quality
            .is_some_and(|q| QUALITY_NONE.contains(&q))
    {
        out.push(Issue::error(
            "dobDataQuality",
            IssueCode::DobQualityContradicts,
            "Date of Birth Quality says no date was collected, but Birth Date is filled in.",
        ));
    }
}

/// In anonymous mode with a usable true DOB: its anonymized DOB.
fn anonymous_true_dob(o: &ValidateOptions) -> Option<crate::dob::AnonymizedDob> {
    if o.mode != Mode::Anonymous {
        return None;
    }
    o.true_dob
        .and_then(|t| anonymized_dob(t, o.as_of, &o.policy).ok())
}

fn anonymous_issues(r: &ClientRecord, o: &ValidateOptions, out: &mut Vec<Issue>) {
    let a = &o.policy.anonymous;
    for field in ["firstName", "lastName"] {
        let value = r.text_field(field).and_then(|v| v.as_deref()).unwrap_or("");
        if value != a.name {
            out.push(
                Issue::error(
                    field,
                    IssueCode::NameNotAnonymous,
                    format!(
                        "{} must be \"{}\" for an anonymous client.",
                        label(field),
                        a.name
                    ),
                )
                .fix(a.name.clone()),
            );
        }
    }
    if r.name_data_quality != Some(a.name_data_quality) {
        out.push(
            Issue::error(
                "nameDataQuality",
                IssueCode::NameQualityNotAnonymous,
                format!(
                    "Name Quality must be {} for an anonymous client.",
                    quality_label(a.name_data_quality, QualityOf::Name)
                ),
            )
            .fix(a.name_data_quality),
        );
    }
    if r.ssn_data_quality != Some(a.ssn_data_quality) {
        out.push(
            Issue::error(
                "ssnDataQuality",
                IssueCode::SsnQualityNotAnonymous,
                format!(
                    "SSN Quality must be {} for an anonymous client.",
                    quality_label(a.ssn_data_quality, QualityOf::Ssn)
                ),
            )
            .fix(a.ssn_data_quality),
        );
    }
    for field in &a.must_be_empty {
        if r.field_is_filled(field) {
            out.push(
                Issue::error(
                    field,
                    IssueCode::MustBeEmpty,
                    format!(
                        "Leave {} empty for an anonymous client: it can identify them.",
                        label(field)
                    ),
                )
                .fix(""),
            );
        }
    }

    // The DOB: January 1 of the rule's year, quality 2.
    if let Some(dob) = parsed_dob(r) {
        if r.dob_data_quality != Some(i64::from(DOB_QUALITY_APPROXIMATE))
            && !r
                .dob_data_quality
                .is_some_and(|q| QUALITY_NONE.contains(&q))
        {
            out.push(
                Issue::error(
                    "dobDataQuality",
                    IssueCode::DobQualityNotApproximate,
                    "Date of Birth Quality must be 2, Approximate or Partial DOB Reported, for an anonymous client.",
                )
                .fix(i64::from(DOB_QUALITY_APPROXIMATE)),
            );
        }
        match o.true_dob {
            Some(true_dob) => {
                // When the real DOB is not usable, the helper says why.
                if let Ok(anon) = anonymized_dob(true_dob, o.as_of, &o.policy) {
                    if anon.dob != dob {
                        out.push(
                            Issue::error(
                                "dob",
                                IssueCode::DobNotAnonymized,
                                "Birth Date is not the anonymized date of birth for the real date typed in the helper.",
                            )
                            .fix(anon.dob.to_string()),
                        );
                    }
                    if let Some(issue) = bracket_warning(&anon) {
                        out.push(issue);
                    }
                }
            }
            None => {
                if (dob.month(), dob.day()) != (1, 1) {
                    let mut issue = Issue::error(
                        "dob",
                        IssueCode::DobNotJanuaryFirst,
                        "Birth Date must be January 1 for an anonymous client (see the date-of-birth helper).",
                    );
                    // Taking the date in the record as the true one.
                    if let Ok(anon) = anonymized_dob(dob, o.as_of, &o.policy) {
                        issue = issue.fix(anon.dob.to_string());
                    }
                    out.push(issue);
                }
            }
        }
    }

    // Free-text demographic fields: no PII either.
    for field in FREE_TEXT_FIELDS {
        let text = r.text_field(field).and_then(|v| v.as_deref()).unwrap_or("");
        for finding in text_findings(text) {
            out.push(Issue::error(
                field,
                IssueCode::TextContainsPii,
                format!(
                    "{}: {} Remove it: anonymous records hold no PII.",
                    label(field),
                    finding.reason
                ),
            ));
        }
    }

    // Free texts: no PII.
    for (i, t) in r.texts.iter().enumerate() {
        if !a.scans(&t.name) {
            continue;
        }
        for finding in text_findings(&t.text) {
            out.push(Issue::error(
                &format!("texts[{i}]"),
                IssueCode::TextContainsPii,
                format!(
                    "{}: {} Remove it: anonymous clients' notes and assessments hold no PII.",
                    text_label(&t.name),
                    finding.reason
                ),
            ));
        }
    }
}

/// A warning when the anonymized DOB shows another age bracket, or crosses
/// the VI-SPDAT 60 line. Names brackets only, never ages.
pub(crate) fn bracket_warning(anon: &crate::dob::AnonymizedDob) -> Option<Issue> {
    let mut parts = Vec::new();
    if anon.bracket_changed {
        parts.push(format!(
            "The anonymized Birth Date shows the client in the {} age bracket; their real age is in {}. Check eligibility and reports that use age brackets.",
            bracket_label(anon.shown_bracket),
            bracket_label(anon.true_bracket)
        ));
    }
    if anon.vi_spdat_60_crossed {
        parts.push(
            "The anonymized Birth Date is on the other side of the VI-SPDAT 60-or-older line: score the assessment on the real age."
                .to_string(),
        );
    }
    (!parts.is_empty())
        .then(|| Issue::warning("dob", IssueCode::DobBracketChanged, parts.join(" ")))
}

fn bracket_label(b: crate::dob::AgeBracket) -> &'static str {
    use crate::dob::AgeBracket::*;
    match b {
        Under18 => "under 18",
        Youth => "18-24",
        Adult => "25-61",
        Elderly => "62 and over",
    }
}

fn text_label(name: &str) -> String {
    if name.trim().is_empty() {
        "Free text".to_string()
    } else {
        name.to_string()
    }
}

#[derive(Clone, Copy)]
enum QualityOf {
    Name,
    Ssn,
}

fn quality_label(code: i64, of: QualityOf) -> String {
    let text = match (code, of) {
        (1, QualityOf::Name) => "Full name reported",
        (2, QualityOf::Name) => "Partial, street name, or code name reported",
        (1, QualityOf::Ssn) => "Full SSN reported",
        (2, QualityOf::Ssn) => "Approximate or partial SSN reported",
        (8, _) => "Client doesn't know",
        (9, _) => "Client prefers not to answer",
        (99, _) => "Data not collected",
        _ => "",
    };
    format!("{code} ({text})")
}

fn identified_issues(r: &ClientRecord, o: &ValidateOptions, out: &mut Vec<Issue>) {
    for field in ["nameDataQuality", "ssnDataQuality", "dobDataQuality"] {
        if r.code_field(field) == Some(None) {
            out.push(Issue::error(
                field,
                IssueCode::QualityMissing,
                format!(
                    "{} is required (choose Data not collected if nothing was asked).",
                    label(field)
                ),
            ));
        }
    }

    // Names.
    let first = filled(&r.first_name);
    let last = filled(&r.last_name);
    match r.name_data_quality {
        Some(1) if !first || !last => {
            let mut issue = Issue::error(
                if first { "lastName" } else { "firstName" },
                IssueCode::NameQualityContradicts,
                "Name Quality says a full name was reported, but a name is blank.",
            );
            if !first && !last {
                issue.field = "nameDataQuality".to_string();
                issue = issue.fix(99);
            }
            out.push(issue);
        }
        Some(q) if QUALITY_NONE.contains(&q) && first && last => out.push(Issue::warning(
            "nameDataQuality",
            IssueCode::NameQualityContradicts,
            "Name Quality says no name was given, but both names are filled in.",
        )),
        _ => {}
    }

    // SSN.
    let ssn = r.ssn.as_deref().map(str::trim).unwrap_or("");
    if ssn.is_empty() {
        if let Some(q @ (1 | 2)) = r.ssn_data_quality {
            out.push(
                Issue::error(
                    "ssnDataQuality",
                    IssueCode::SsnQualityContradicts,
                    format!(
                        "SSN Quality says {} but the SSN is empty.",
                        if q == 1 {
                            "a full SSN was reported"
                        } else {
                            "a partial SSN was reported"
                        }
                    ),
                )
                .fix(99),
            );
        }
    } else {
        let digits: String = ssn.chars().filter(|c| *c != '-' && *c != ' ').collect();
        let partial = digits.chars().any(|c| c == 'x' || c == 'X');
        match r.ssn_data_quality {
            Some(q) if QUALITY_NONE.contains(&q) => out.push(Issue::error(
                "ssnDataQuality",
                IssueCode::SsnQualityContradicts,
                "SSN Quality says no SSN was collected, but the SSN is filled in.",
            )),
            Some(1) if partial => out.push(
                Issue::error(
                    "ssnDataQuality",
                    IssueCode::SsnQualityContradicts,
                    "SSN Quality says a full SSN was reported, but some digits are unknown (x).",
                )
                .fix(2),
            ),
            _ => {}
        }
        if let Some(reason) = ssn_problem(&digits) {
            out.push(Issue::error(
                "ssn",
                IssueCode::SsnInvalid,
                format!("This is not a valid SSN: {reason}."),
            ));
        }
    }

    // DOB.
    if r.dob_data_quality == Some(2) && parsed_dob(r).is_some() {
        out.push(Issue::warning(
            "dobDataQuality",
            IssueCode::DobApproximate,
            "An approximate DOB shows up as a data-quality item in HUD reports; record the full DOB if the client gives it.",
        ));
    }
    if r.veteran_status == Some(1) {
        if let Some(dob) = parsed_dob(r) {
            let age = dob.age_on(o.as_of);
            if (0..18).contains(&age) {
                out.push(Issue::error(
                    "veteranStatus",
                    IssueCode::VeteranUnder18,
                    "Veteran Status is Yes, but the client is under 18.",
                ));
            }
        }
    }

    // Race and gender: "none" reasons exclude any selection.
    if r.race_none.is_some_and(|q| QUALITY_NONE.contains(&q))
        && races(r).iter().any(|(_, v)| *v == Some(1))
    {
        out.push(Issue::error(
            "raceNone",
            IssueCode::RaceNoneWithRace,
            "Race says \"doesn't know / prefers not to answer / not collected\" but a race is also selected: keep one.",
        ));
    }
    if r.gender_none.is_some_and(|q| QUALITY_NONE.contains(&q))
        && genders(r).iter().any(|(_, v)| *v == Some(1))
    {
        out.push(Issue::error(
            "genderNone",
            IssueCode::GenderNoneWithGender,
            "Gender says \"doesn't know / prefers not to answer / not collected\" but a gender is also selected: keep one.",
        ));
    }
}

/// Why an SSN (dashes removed, `x` for unknown digits) is invalid, per the
/// HMIS vendors' data-quality list; `None` when it passes.
pub(crate) fn ssn_problem(ssn: &str) -> Option<&'static str> {
    let b = ssn.as_bytes();
    if b.len() != 9
        || !b
            .iter()
            .all(|c| c.is_ascii_digit() || *c == b'x' || *c == b'X')
    {
        return Some("an SSN has 9 digits (x for a digit the client does not know)");
    }
    if b.iter().any(|c| !c.is_ascii_digit()) {
        // A partial SSN: only the complete parts can be checked.
        let area = &ssn[0..3];
        if area.bytes().all(|c| c.is_ascii_digit()) && bad_area(area) {
            return Some("the first three digits are never issued (000, 666, 900-999)");
        }
        return None;
    }
    let (area, group, serial) = (&ssn[0..3], &ssn[3..5], &ssn[5..9]);
    if bad_area(area) {
        return Some("the first three digits are never issued (000, 666, 900-999)");
    }
    if group == "00" {
        return Some("the middle two digits are never 00");
    }
    if serial == "0000" {
        return Some("the last four digits are never 0000");
    }
    if b.iter().all(|c| *c == b[0]) {
        return Some("all nine digits are the same");
    }
    if ssn == "123456789" || ssn == "987654321" {
        return Some("it is a sequence of digits");
    }
    if ssn == "078051120" || ssn == "219099999" {
        return Some("it is a well-known advertising number");
    }
    None
}

fn bad_area(area: &str) -> bool {
    area == "000" || area == "666" || area.starts_with('9')
}

/// A piece of free text that looks like PII.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TextFinding {
    /// Byte offsets into the text, half-open.
    pub(crate) span: std::ops::Range<usize>,
    /// What it looks like (`ssn`, `phone`, `email`).
    pub(crate) kind: &'static str,
    /// A sentence for the case worker; never quotes the text.
    pub(crate) reason: &'static str,
}

/// THE hook for free-text PII: every finding of the PII detector in `text`,
/// as (byte span, kind, reason). Reasons are fixed sentences per kind: the
/// detector's own reasons may quote the note, and validation messages never
/// do.
pub(crate) fn text_findings(text: &str) -> Vec<TextFinding> {
    crate::pii::scan(text, &crate::pii::ScanOptions::default())
        .into_iter()
        .map(|f| {
            let (kind, reason) = kind_reason(f.kind);
            TextFinding {
                span: f.span.start..f.span.end,
                kind,
                reason,
            }
        })
        .collect()
}

fn kind_reason(kind: crate::pii::Kind) -> (&'static str, &'static str) {
    use crate::pii::Kind;
    match kind {
        Kind::Name => ("name", "this looks like a person's name."),
        Kind::Ssn => ("ssn", "this looks like a Social Security Number."),
        Kind::Dob => ("dob", "this looks like a date of birth or birth year."),
        Kind::Age => ("age", "this looks like a person's age."),
        Kind::Address => (
            "address",
            "this looks like an address or a place where the client can be found.",
        ),
        Kind::Phone => ("phone", "this looks like a phone number."),
        Kind::Email => ("email", "this looks like an e-mail address."),
        Kind::Health => (
            "health",
            "this looks like health information (HIV/AIDS status or a diagnosis).",
        ),
        Kind::Id => ("id", "this looks like an ID, card or account number."),
        Kind::Url => (
            "url",
            "this looks like a link or handle that points at a person.",
        ),
        Kind::Other => ("other", "this is a term your agency marked as sensitive."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_findings_use_the_detector() {
        let text = "Call me at (509) 625-6756 or 509.625.6756; SSN 536-22-1847, mail a.b@x.org. Room 12, born 1990, Client ID 82830.";
        let got: Vec<(&str, &str)> = text_findings(text)
            .iter()
            .map(|f| (f.kind, &text[f.span.clone()]))
            .collect();
        assert_eq!(
            got,
            vec![
                ("phone", "(509) 625-6756"),
                ("phone", "509.625.6756"),
                ("ssn", "536-22-1847"),
                ("email", "a.b@x.org"),
                ("dob", "1990"),
            ]
        );
        // Reasons never quote the text.
        for f in text_findings(text) {
            assert!(
                !f.reason.contains("509") && !f.reason.contains("1847"),
                "{}",
                f.reason
            );
        }
        assert!(text_findings("Client is doing well. 👋 Ça va.").is_empty());
        assert!(text_findings("").is_empty());
        // Spans fall on char boundaries around non-ASCII text.
        let t = "é call 509-625-6756 é";
        let f = text_findings(t);
        assert_eq!(&t[f[0].span.clone()], "509-625-6756");
    }

    #[test]
    fn ssn_rules() {
        for (ssn, bad) in [
            ("524681357", false),
            ("52468135", true),
            ("000123456", true),
            ("666123456", true),
            ("912123456", true),
            ("524001357", true),
            ("524680000", true),
            ("555555555", true),
            ("123456789", true),
            ("987654321", true),
            ("078051120", true),
            ("219099999", true),
            ("xxxxx1357", false),
            ("666xx1357", true),
            ("52468135a", true),
        ] {
            assert_eq!(ssn_problem(ssn).is_some(), bad, "{ssn}");
        }
    }
}
