//! De-identification: a client record, or a whole household, rewritten to
//! the anonymous-record template in one step.
//!
//! The result lists every change field by field. A change's `from` holds the
//! old value, PII included: show it to the case worker in the page if useful,
//! never store, send or log it.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::date::Date;
use crate::dob::{anonymized_dob, AnonymizedDob, DOB_QUALITY_APPROXIMATE};
use crate::error::Error;
use crate::pii::{Known, ScanOptions};
use crate::policy::Policy;
use crate::record::{coded_fields, from_json_named, ClientRecord, Household};
use crate::validate::{
    bracket_warning, head_issues, label, require_keys, Issue, IssueCode, FREE_TEXT_FIELDS,
};

/// The options of [`anonymize_client`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnonymizeOptions {
    /// The reference date for ages (today, or the record's creation date).
    pub as_of: Option<Date>,
    /// The client's true DOB, typed into the helper; used, never stored.
    /// Without it the record's own DOB is taken as the true one, unless it
    /// already is an anonymized (January 1, quality 2) date.
    #[serde(default)]
    pub true_dob: Option<Date>,
    /// The agency's policy; the Spokane defaults when absent.
    #[serde(default)]
    pub policy: Policy,
}

impl AnonymizeOptions {
    /// Options for `as_of` with the default policy and no true DOB.
    pub fn new(as_of: Date) -> AnonymizeOptions {
        AnonymizeOptions {
            as_of: Some(as_of),
            ..AnonymizeOptions::default()
        }
    }

    /// Read options from JSON, with errors naming the option.
    pub fn from_json(value: Value) -> Result<AnonymizeOptions, Error> {
        require_keys(&value, "options", &["asOf"])?;
        from_json_named(value, "options")
    }
}

/// One changed field.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// The field, by its JS name (`ssn`, `members[0].dob`).
    pub field: String,
    /// The old value. PII: display only, never store or log.
    pub from: Value,
    /// The new value (`null` when cleared).
    pub to: Value,
}

/// What [`anonymize_client`] returns.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Anonymized {
    /// The record, rewritten to the template.
    pub record: ClientRecord,
    /// What changed, field by field, in form order.
    pub changes: Vec<Change>,
    /// What a person should look at: free texts to review, a DOB that could
    /// not be used, an age bracket that moved.
    pub issues: Vec<Issue>,
}

/// Rewrite a record to the anonymous-record template of the policy.
///
/// Applying it to its own output changes nothing. Its output passes
/// anonymous-mode validation, except for what needs a person and is
/// reported in `issues`: free texts holding PII (until redaction is wired in)
/// and over-long race or identity texts.
pub fn anonymize_client(
    record: &ClientRecord,
    options: &AnonymizeOptions,
) -> Result<Anonymized, Error> {
    options.policy.check()?;
    let as_of = options.as_of.ok_or_else(|| {
        Error::invalid_argument("options.asOf is required").with_field("options.asOf")
    })?;
    let mut issues = Vec::new();
    let record_out = anonymized_record(
        record,
        as_of,
        options.true_dob,
        &options.policy,
        &mut issues,
    )?;
    let changes = diff(record, &record_out, "");
    Ok(Anonymized {
        record: record_out,
        changes,
        issues,
    })
}

fn anonymized_record(
    record: &ClientRecord,
    as_of: Date,
    true_dob: Option<Date>,
    policy: &Policy,
    issues: &mut Vec<Issue>,
) -> Result<ClientRecord, Error> {
    let a = &policy.anonymous;
    let mut r = record.clone();
    r.first_name = Some(a.name.clone());
    r.last_name = Some(a.name.clone());
    r.name_data_quality = Some(a.name_data_quality);
    r.ssn_data_quality = Some(a.ssn_data_quality);
    for field in &a.must_be_empty {
        if !r.field_is_filled(field) {
            continue;
        }
        if let Some(f) = r.text_field_mut(field) {
            *f = None;
        } else if let Some(c) = r.code_field_mut(field) {
            *c = None;
        } else if field == "texts" {
            r.texts.clear();
        } else {
            r.extra.remove(field);
        }
    }

    // Codes outside the HMIS lists cannot be kept; 99 where it is a choice.
    for (field, value, list) in coded_fields(&r) {
        if let Some(v) = value {
            if !list.codes().contains(&v) {
                let to = list.codes().contains(&99).then_some(99);
                if let Some(c) = r.code_field_mut(field) {
                    *c = to;
                }
                issues.push(Issue::warning(
                    field,
                    IssueCode::CodeInvalid,
                    format!(
                        "{} had a code outside the HMIS list; it was {}.",
                        label(field),
                        if to.is_some() {
                            "set to 99, Data not collected"
                        } else {
                            "cleared"
                        }
                    ),
                ));
            }
        }
    }

    // The date of birth.
    let new_dob = match true_dob {
        Some(t) => {
            let anon = anonymized_dob(t, as_of, policy).map_err(|e| {
                Error::new(e.kind(), e.message().to_string()).with_field("options.trueDob")
            })?;
            dob_notes(&anon, issues);
            Some(anon.dob)
        }
        None => record_dob(record, as_of, policy, issues),
    };
    match new_dob {
        Some(d) => {
            r.dob = Some(d.to_string());
            r.dob_data_quality = Some(i64::from(DOB_QUALITY_APPROXIMATE));
        }
        None => {
            r.dob = None;
            if !r.dob_data_quality.is_some_and(|q| [8, 9, 99].contains(&q)) {
                r.dob_data_quality = Some(99);
            }
        }
    }

    // Free texts: the PII detector's redaction, with the client's own
    // identifiers from the original record as known values, so "Maria" and
    // her phone number are found wherever they recur in the notes.
    let scan_options = ScanOptions {
        known: known_identifiers(record, r.dob.as_deref(), policy),
        ..ScanOptions::default()
    };
    for (i, t) in r.texts.iter_mut().enumerate() {
        if !a.scans(&t.name) {
            continue;
        }
        let name = if t.name.trim().is_empty() {
            "Free text".to_string()
        } else {
            t.name.clone()
        };
        redact_in_place(
            &mut t.text,
            &name,
            &format!("texts[{i}]"),
            &scan_options,
            issues,
        );
    }
    for field in FREE_TEXT_FIELDS {
        if let Some(Some(text)) = r.text_field_mut(field) {
            redact_in_place(text, label(field), field, &scan_options, issues);
        }
    }
    for (field, max) in [
        ("additionalRaceEthnicity", 100),
        ("differentIdentityText", 100),
    ] {
        let long = r
            .text_field(field)
            .and_then(|v| v.as_deref())
            .is_some_and(|s| s.chars().count() > max);
        if long {
            issues.push(Issue::warning(
                field,
                IssueCode::TooLong,
                format!(
                    "{} is longer than {max} characters: shorten it by hand.",
                    label(field)
                ),
            ));
        }
    }
    Ok(r)
}

/// The anonymized DOB from the record's own DOB, without a true DOB.
fn record_dob(
    record: &ClientRecord,
    as_of: Date,
    policy: &Policy,
    issues: &mut Vec<Issue>,
) -> Option<Date> {
    let text = record.dob.as_deref().map(str::trim).unwrap_or("");
    if text.is_empty() {
        return None;
    }
    let Ok(d) = Date::parse(text) else {
        issues.push(Issue::warning(
            "dob",
            IssueCode::DobFormat,
            "The Birth Date could not be read and was cleared: type the real date in the helper to record an approximate one.",
        ));
        return None;
    };
    let plausible = d <= as_of && d.year() >= policy.dob.earliest_birth_year;
    // Already anonymized: keep it, or a second run would shift it again.
    if plausible
        && (d.month(), d.day()) == (1, 1)
        && record.dob_data_quality == Some(i64::from(DOB_QUALITY_APPROXIMATE))
    {
        return Some(d);
    }
    match anonymized_dob(d, as_of, policy) {
        Ok(anon) => {
            dob_notes(&anon, issues);
            Some(anon.dob)
        }
        Err(_) => {
            let code = if d > as_of {
                IssueCode::DobAfterReference
            } else {
                IssueCode::DobTooEarly
            };
            issues.push(Issue::warning(
                "dob",
                code,
                "The Birth Date is not a possible date of birth and was cleared: type the real date in the helper.",
            ));
            None
        }
    }
}

fn dob_notes(anon: &AnonymizedDob, issues: &mut Vec<Issue>) {
    issues.extend(bracket_warning(anon));
}

/// The form order of the fields, for change lists; others follow by name.
const FIELD_ORDER: [&str; 17] = [
    "personalId",
    "firstName",
    "lastName",
    "middleName",
    "nameSuffix",
    "nameDataQuality",
    "ssn",
    "ssnDataQuality",
    "dob",
    "dobDataQuality",
    "relationshipToHoH",
    "address",
    "city",
    "state",
    "zip",
    "phone",
    "email",
];

/// A set of names, in order, each once. Inserted one by one: collecting
/// into a set would sort a vector first, and each sort is kilobytes of wasm.
fn name_set<'a>(names: impl Iterator<Item = &'a str>) -> BTreeSet<&'a str> {
    let mut set = BTreeSet::new();
    for name in names {
        set.insert(name);
    }
    set
}

fn diff(before: &ClientRecord, after: &ClientRecord, prefix: &str) -> Vec<Change> {
    let (Value::Object(b), Value::Object(a)) = (before.to_json(), after.to_json()) else {
        return Vec::new();
    };
    // The form order first, then the other fields by name, each once.
    let rest = name_set(
        b.keys()
            .chain(a.keys())
            .map(String::as_str)
            .filter(|k| !FIELD_ORDER.contains(k)),
    );
    FIELD_ORDER
        .into_iter()
        .filter(|k| b.contains_key(*k) || a.contains_key(*k))
        .chain(rest)
        .filter_map(|k| {
            let from = b.get(k).cloned().unwrap_or(Value::Null);
            let to = a.get(k).cloned().unwrap_or(Value::Null);
            (from != to).then(|| Change {
                field: format!("{prefix}{k}"),
                from,
                to,
            })
        })
        .collect()
}

/// The options of [`anonymize_household`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HouseholdOptions {
    /// The reference date for ages.
    pub as_of: Option<Date>,
    /// Client IDs of members to take out of the household (e.g. the DV
    /// perpetrator). Their records are not returned.
    #[serde(default)]
    pub remove: Vec<String>,
    /// True DOBs by Client ID, typed into the helper; used, never stored.
    #[serde(default)]
    pub true_dobs: BTreeMap<String, Date>,
    /// The Client ID of the new head, when the head is removed.
    #[serde(default)]
    pub new_head: Option<String>,
    /// The agency's policy; the Spokane defaults when absent.
    #[serde(default)]
    pub policy: Policy,
}

impl HouseholdOptions {
    /// Read options from JSON, with errors naming the option.
    pub fn from_json(value: Value) -> Result<HouseholdOptions, Error> {
        require_keys(&value, "options", &["asOf"])?;
        from_json_named(value, "options")
    }
}

/// What [`anonymize_household`] returns.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnonymizedHousehold {
    /// The household: remaining members, each anonymized.
    pub household: Household,
    /// What changed (`members[i].field`, `i` in the returned household).
    pub changes: Vec<Change>,
    /// The Client IDs taken out.
    pub removed: Vec<String>,
    /// The head of household's Client ID afterwards, when there is exactly one head.
    pub head_of_household: Option<String>,
    /// What a person should look at.
    pub issues: Vec<Issue>,
}

/// Anonymize every member of a household and take out the members listed in
/// `options.remove`.
///
/// When the head of household is removed, a new head is chosen: the member
/// whose Client ID is `options.newHead`; else the first spouse or partner
/// (RelationshipToHoH 3); else the first member who is not a child of the
/// head (not 2); else the first member. A `head_removed` warning says so: the
/// other members' relationships were relative to the old head and need a
/// look.
pub fn anonymize_household(
    household: &Household,
    options: &HouseholdOptions,
) -> Result<AnonymizedHousehold, Error> {
    options.policy.check()?;
    let as_of = options.as_of.ok_or_else(|| {
        Error::invalid_argument("options.asOf is required").with_field("options.asOf")
    })?;
    let remove = name_set(options.remove.iter().map(|s| s.trim()));
    let id_of = |m: &ClientRecord| m.personal_id.as_deref().map(str::trim).map(str::to_string);
    let mut issues = Vec::new();

    let mut kept: Vec<&ClientRecord> = Vec::new();
    let mut removed = Vec::new();
    let mut head_removed = None;
    for m in &household.members {
        match id_of(m) {
            Some(id) if remove.contains(id.as_str()) => {
                if m.relationship_to_hoh == Some(1) {
                    head_removed = Some(id.clone());
                }
                removed.push(id);
            }
            _ => kept.push(m),
        }
    }
    for id in &remove {
        if !removed.iter().any(|r| r == id) {
            issues.push(Issue::warning(
                "options.remove",
                IssueCode::RemoveNotFound,
                format!(
                    "Client {id} is not a member of this household: nothing was removed for it."
                ),
            ));
        }
    }

    let mut members = Vec::with_capacity(kept.len());
    let mut changes = Vec::new();
    for (i, m) in kept.iter().enumerate() {
        let true_dob = id_of(m).and_then(|id| options.true_dobs.get(&id).copied());
        let mut member_issues = Vec::new();
        let out = anonymized_record(m, as_of, true_dob, &options.policy, &mut member_issues)
            .map_err(|e| match id_of(m) {
                Some(id) => Error::new(e.kind(), e.message().to_string())
                    .with_field(&format!("options.trueDobs.{id}")),
                None => e,
            })?;
        issues.extend(member_issues.into_iter().map(|x| x.in_member(i)));
        members.push(out);
    }

    if kept.is_empty() && !household.members.is_empty() {
        issues.push(Issue::error(
            "members",
            IssueCode::HouseholdEmpty,
            "Every member was removed: there is no household left to de-identify.",
        ));
    } else if let Some(old) = head_removed {
        let chosen = choose_head(&members, options.new_head.as_deref());
        if let Some(i) = chosen {
            for (j, m) in members.iter_mut().enumerate() {
                if j == i {
                    m.relationship_to_hoh = Some(1);
                }
            }
            let new_id = members[i]
                .personal_id
                .clone()
                .map(|id| format!("Client {id}"))
                .unwrap_or_else(|| format!("member {}", i + 1));
            issues.push(Issue::warning(
                &format!("members[{i}].relationshipToHoH"),
                IssueCode::HeadRemoved,
                format!(
                    "The head of household (Client {old}) was removed; {new_id} is now the head. Check every member's relationship to the new head."
                ),
            ));
        }
    }

    let out = Household {
        members,
        extra: household.extra.clone(),
    };
    issues.extend(head_issues(&out));
    for (i, m) in out.members.iter().enumerate() {
        if let Some(orig) = kept.get(i) {
            changes.extend(diff(orig, m, &format!("members[{i}].")));
        }
    }
    let heads: Vec<&ClientRecord> = out
        .members
        .iter()
        .filter(|m| m.relationship_to_hoh == Some(1))
        .collect();
    let head_of_household = match heads.as_slice() {
        [one] => one.personal_id.clone(),
        _ => None,
    };
    let issues = crate::validate::errors_first(issues);
    Ok(AnonymizedHousehold {
        household: out,
        changes,
        removed,
        head_of_household,
        issues,
    })
}

fn choose_head(members: &[ClientRecord], wanted: Option<&str>) -> Option<usize> {
    if members.iter().any(|m| m.relationship_to_hoh == Some(1)) {
        // Someone else is already marked head; head_issues reports conflicts.
        return None;
    }
    if let Some(w) = wanted.map(str::trim) {
        if let Some(i) = members
            .iter()
            .position(|m| m.personal_id.as_deref().map(str::trim) == Some(w))
        {
            return Some(i);
        }
    }
    members
        .iter()
        .position(|m| m.relationship_to_hoh == Some(3))
        .or_else(|| {
            members
                .iter()
                .position(|m| m.relationship_to_hoh != Some(2))
        })
        .or(if members.is_empty() { None } else { Some(0) })
}

/// Redact `text` in place; a warning says how much was replaced (kinds only,
/// never the text), so the worker reads the note once more.
fn redact_in_place(
    text: &mut String,
    name: &str,
    field: &str,
    options: &ScanOptions,
    issues: &mut Vec<Issue>,
) {
    let red = crate::redact(text, options);
    if red.redactions.is_empty() {
        return;
    }
    let kinds = name_set(red.redactions.iter().map(|x| x.kind.code()));
    let kinds: Vec<&str> = kinds.into_iter().collect();
    issues.push(Issue::warning(
        field,
        IssueCode::TextNeedsReview,
        format!(
            "{name}: {} item(s) of PII were replaced ({}); read it once more before saving.",
            red.redactions.len(),
            kinds.join(", ")
        ),
    ));
    *text = red.text;
}

/// The client's identifiers in the record before anonymizing: names (not
/// the policy's anonymous name), SSN, the true DOB (only when this run
/// replaced it, so a second run does not treat the anonymized date as the
/// client's), phone, e-mail and address. The Client ID is not PII.
fn known_identifiers(record: &ClientRecord, new_dob: Option<&str>, policy: &Policy) -> Known {
    let filled = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let anonymous = policy.anonymous.name.trim();
    let name_parts: Vec<String> = [&record.first_name, &record.middle_name, &record.last_name]
        .into_iter()
        .filter_map(filled)
        .filter(|n| !n.eq_ignore_ascii_case(anonymous))
        .collect();
    let mut known = Known::default();
    if !name_parts.is_empty() {
        known.names.push(name_parts.join(" "));
    }
    known.ssn.extend(filled(&record.ssn));
    if let Some(dob) = filled(&record.dob) {
        if new_dob != Some(dob.as_str()) {
            known.dob.push(dob);
        }
    }
    known.phones.extend(filled(&record.phone));
    known.emails.extend(filled(&record.email));
    let address: Vec<String> = [&record.address, &record.city, &record.zip]
        .into_iter()
        .filter_map(filled)
        .collect();
    if let Some(street) = filled(&record.address) {
        known.addresses.push(street);
    }
    if address.len() > 1 {
        known.addresses.push(address.join(", "));
    }
    known
}
