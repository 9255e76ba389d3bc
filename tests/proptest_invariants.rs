//! Property tests with proptest (shrinking counterexamples) for the
//! invariants that matter most; `tests/props.rs` and `tests/record_props.rs`
//! cover more shapes with deterministic generators.
//!
//! - findings are in bounds, on char boundaries, sorted, non-overlapping, and
//!   their `text` is the slice they point at;
//! - UTF-16 offsets map back to the same byte offsets;
//! - redaction is idempotent and never touches text outside findings;
//! - anonymizing is idempotent, and validation never panics.
#![cfg(not(target_arch = "wasm32"))]

use cmis_guard::{
    anonymize_client, redact, scan, spans_to_utf16, utf16_to_byte_offsets, validate_client,
    AnonymizeOptions, ClientRecord, Date, Mode, ScanOptions, ValidateOptions,
};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Text made of pieces that trigger the detector's rules, joined by
/// separators that people and evasions use, plus arbitrary characters.
fn note() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Maria".to_string()),
        Just("lopez".to_string()),
        Just("SSN".to_string()),
        Just("DOB".to_string()),
        Just("born".to_string()),
        Just("her son".to_string()),
        Just("HIV+".to_string()),
        Just("@".to_string()),
        Just("[NAME]".to_string()),
        Just("five oh nine".to_string()),
        Just("１２３".to_string()),
        Just("\u{200b}".to_string()),
        Just("\r\n".to_string()),
        Just("😀".to_string()),
        Just("é".to_string()),
        "[0-9]{1,10}",
        "[0-9]{3}[-. ][0-9]{2,3}[-. ][0-9]{4}",
        "[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}",
        "[A-Za-z]{1,12}",
        "[a-z]{1,8}@[a-z]{1,8}\\.(com|org)",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    let sep = prop_oneof![
        Just(" "),
        Just(", "),
        Just(". "),
        Just("-"),
        Just(""),
        Just("\n"),
        Just(": ")
    ];
    prop::collection::vec((piece, sep), 0..24).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(p, s)| format!("{p}{s}"))
            .collect::<String>()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn findings_are_well_formed(text in note()) {
        let found = scan(&text, &ScanOptions::default());
        let mut last = 0;
        for f in &found {
            prop_assert!(f.span.start < f.span.end && f.span.end <= text.len());
            prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            prop_assert!(f.span.start >= last, "sorted and non-overlapping");
            prop_assert_eq!(&text[f.span.start..f.span.end], f.text.as_str());
            prop_assert!((0.0..=1.0).contains(&f.confidence));
            last = f.span.end;
        }
        let spans: Vec<_> = found.iter().map(|f| f.span).collect();
        let utf16 = spans_to_utf16(&text, &spans);
        for (s, u) in spans.iter().zip(&utf16) {
            // The UTF-16 offset counts the code units before the byte offset.
            prop_assert_eq!(u.start, text[..s.start].encode_utf16().count());
            prop_assert_eq!(u.end, text[..s.end].encode_utf16().count());
        }
        let flat: Vec<usize> = utf16.iter().flat_map(|s| [s.start, s.end]).collect();
        let back = utf16_to_byte_offsets(&text, &flat).unwrap();
        let orig: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
        prop_assert_eq!(back, orig);
    }

    #[test]
    fn redaction_is_idempotent_and_local(text in note()) {
        let options = ScanOptions::default();
        let once = redact(&text, &options);
        prop_assert_eq!(&redact(&once.text, &options).text, &once.text);
        // Outside the redactions, the output is the input.
        let (mut i, mut o) = (0, 0);
        for r in &once.redactions {
            prop_assert_eq!(&text[i..r.original.start], &once.text[o..r.replaced.start]);
            i = r.original.end;
            o = r.replaced.end;
        }
        prop_assert_eq!(&text[i..], &once.text[o..]);
    }
}

fn record() -> impl Strategy<Value = Value> {
    let text = prop_oneof![
        Just(Value::Null),
        Just(json!("")),
        Just(json!("Maria")),
        Just(json!("Anonymous")),
        "[A-Za-z' -]{0,20}".prop_map(Value::from),
    ];
    let code = prop_oneof![
        Just(Value::Null),
        Just(json!(1)),
        Just(json!(2)),
        Just(json!(8)),
        Just(json!(9)),
        Just(json!(99)),
        Just(json!(7)),
    ];
    let dob = prop_oneof![
        Just(Value::Null),
        Just(json!("1990-06-15")),
        Just(json!("1991-01-01")),
        Just(json!("2004-02-29")),
        Just(json!("1899-01-01")),
        Just(json!("2030-01-01")),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::from),
    ];
    let ssn = prop_oneof![
        Just(Value::Null),
        Just(json!("536221847")),
        Just(json!("123-45-6789")),
        "[0-9x]{0,11}".prop_map(Value::from),
    ];
    (
        text.clone(),
        text,
        code.clone(),
        ssn,
        code.clone(),
        dob,
        code,
        note(),
    )
        .prop_map(|(first, last, nq, ssn, sq, dob, dq, note)| {
            json!({
                "personalId": "82830",
                "firstName": first, "lastName": last, "nameDataQuality": nq,
                "ssn": ssn, "ssnDataQuality": sq, "dob": dob, "dobDataQuality": dq,
                "phone": "509-555-0100", "vendorField": {"kept": true},
                "texts": [{ "name": "caseNote", "text": note }],
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn anonymizing_is_idempotent(value in record()) {
        let as_of = Date::parse("2026-11-28").unwrap();
        let Ok(record) = ClientRecord::from_json(value) else { return Ok(()) };
        for mode in [Mode::Anonymous, Mode::Identified] {
            validate_client(&record, &ValidateOptions::new(mode, as_of)).unwrap();
        }
        let options = AnonymizeOptions::new(as_of);
        let Ok(once) = anonymize_client(&record, &options) else { return Ok(()) };
        let twice = anonymize_client(&once.record, &options).unwrap();
        prop_assert!(twice.changes.is_empty(), "{:?}", twice.changes);
        prop_assert_eq!(&once.record.extra["vendorField"], &json!({"kept": true}));
        let v = validate_client(&once.record, &ValidateOptions::new(Mode::Anonymous, as_of)).unwrap();
        let errors: Vec<&str> = v
            .issues
            .iter()
            .filter(|i| i.severity == cmis_guard::Severity::Error)
            .map(|i| i.code.as_str())
            .collect();
        prop_assert!(errors.is_empty(), "anonymized record has errors {:?}", errors);
    }
}
