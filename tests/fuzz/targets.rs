//! The bodies of the fuzz targets, shared with the regression test
//! (`tests/fuzz_regressions.rs`) so every crash found stays a test.
//!
//! Each takes arbitrary bytes, must not panic, and checks the invariants it
//! can check cheaply.

use cmis_guard::{
    anonymize_client, anonymize_household, anonymized_dob_str, redact, scan, spans_to_utf16,
    utf16_to_byte_offsets, validate_client, validate_household, AnonymizeOptions, ClientRecord,
    Date, Household, HouseholdOptions, Mode, Policy, ScanOptions, Severity, ValidateOptions,
};

/// The anonymized DOB on arbitrary date strings: the input is split at the
/// first NUL into the DOB and the reference date.
pub fn dob(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (dob, as_of) = text.split_once('\0').unwrap_or((&text, "2026-11-28"));
    if let Ok(r) = anonymized_dob_str(dob, as_of, &Policy::default()) {
        assert_eq!((r.dob.month(), r.dob.day()), (1, 1), "always January 1");
        assert!(
            (r.true_age - r.shown_age).abs() <= 1,
            "shown age within a year"
        );
        assert!(r.true_age >= 0);
    }
}

/// `scan` and `redact` on arbitrary text. A first line starting with `known:`
/// supplies a known name, so the known-identifier rules are reached too.
pub fn scan_text(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut options = ScanOptions::default();
    if let Some(rest) = text.strip_prefix("known:") {
        options.known.names = vec![rest.lines().next().unwrap_or("").to_string()];
    }
    let found = scan(&text, &options);
    let mut last_end = 0;
    for f in &found {
        assert!(
            f.span.start < f.span.end && f.span.end <= text.len(),
            "in bounds"
        );
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        assert!(f.span.start >= last_end, "sorted, not overlapping");
        assert_eq!(&text[f.span.start..f.span.end], f.text);
        assert!((0.0..=1.0).contains(&f.confidence));
        last_end = f.span.end;
    }
    // UTF-16 offsets map back to the same bytes.
    let spans: Vec<_> = found.iter().map(|f| f.span).collect();
    let utf16 = spans_to_utf16(&text, &spans);
    let flat: Vec<usize> = utf16.iter().flat_map(|s| [s.start, s.end]).collect();
    let back = utf16_to_byte_offsets(&text, &flat).expect("offsets we made are valid");
    let orig: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    assert_eq!(back, orig, "UTF-16 round trip");

    // Redaction keeps the text outside findings and is idempotent.
    let once = redact(&text, &options);
    let twice = redact(&once.text, &options);
    assert_eq!(once.text, twice.text, "redaction is idempotent");
    if found.is_empty() {
        assert_eq!(once.text, text, "nothing found, nothing changed");
    }
}

fn json(data: &[u8]) -> Option<serde_json::Value> {
    serde_json::from_slice(data).ok()
}

fn as_of() -> Date {
    Date::parse("2026-11-28").unwrap()
}

/// Validation and anonymization of one record given as arbitrary JSON.
pub fn record(data: &[u8]) {
    let Some(value) = json(data) else { return };
    let Ok(record) = ClientRecord::from_json(value) else {
        return;
    };
    for mode in [Mode::Anonymous, Mode::Identified] {
        let v = validate_client(&record, &ValidateOptions::new(mode, as_of())).unwrap();
        assert_eq!(v.ok, v.issues.iter().all(|i| i.severity != Severity::Error));
    }
    let options = AnonymizeOptions::new(as_of());
    let Ok(once) = anonymize_client(&record, &options) else {
        return;
    };
    let twice = anonymize_client(&once.record, &options).expect("anonymized record anonymizes");
    assert!(
        twice.changes.is_empty(),
        "anonymizing is idempotent: {:?}",
        twice.changes
    );
    // Serializing and reading back keeps the record (unknown fields too).
    let again = ClientRecord::from_json(once.record.to_json()).expect("own output reads back");
    assert_eq!(again, once.record);
}

/// Validation and anonymization of a household given as arbitrary JSON.
pub fn household(data: &[u8]) {
    let Some(value) = json(data) else { return };
    let Ok(household) = Household::from_json(value) else {
        return;
    };
    let _ = validate_household(&household, &ValidateOptions::new(Mode::Identified, as_of()));
    let first = household
        .members
        .first()
        .and_then(|m| m.personal_id.clone());
    let options = HouseholdOptions {
        as_of: Some(as_of()),
        remove: first.into_iter().collect(),
        ..HouseholdOptions::default()
    };
    if let Ok(out) = anonymize_household(&household, &options) {
        assert!(out.household.members.len() <= household.members.len());
    }
}
