//! The table of targeted PII cases (`tests/data/pii_cases.json`), shared with
//! the JS tests: each case lists exactly the findings expected, by kind and
//! text, in order; an empty list is a near miss that must not be flagged.

use cmis_guard::{redact, scan, ScanOptions};
use serde_json::Value;

#[test]
fn pii_cases() {
    let raw = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/pii_cases.json"
    ))
    .unwrap();
    let cases: Vec<Value> = serde_json::from_str(&raw).unwrap();
    assert!(cases.len() >= 120, "the table must keep at least 120 cases");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let options: ScanOptions = match case.get("options") {
            Some(o) => serde_json::from_value(o.clone())
                .unwrap_or_else(|e| panic!("{name}: bad options: {e}")),
            None => ScanOptions::default(),
        };
        options.check().unwrap_or_else(|e| panic!("{name}: {e}"));
        let want: Vec<(String, String)> = case["expect"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["kind"].as_str().unwrap().to_string(),
                    e["text"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let found = scan(text, &options);
        let got: Vec<(String, String)> = found
            .iter()
            .map(|f| {
                (
                    serde_json::to_value(f.kind)
                        .unwrap()
                        .as_str()
                        .unwrap()
                        .to_string(),
                    f.text.clone(),
                )
            })
            .collect();
        if got != want {
            let detail: Vec<String> = found
                .iter()
                .map(|f| format!("{:?} {:?} {} {}", f.kind, f.text, f.confidence, f.rule))
                .collect();
            failures.push(format!(
                "{name}: {text:?}\n    want {want:?}\n    got  {detail:?}"
            ));
        }
        // Every case is also a redaction case: redacting twice changes nothing.
        let once = redact(text, &options);
        let twice = redact(&once.text, &options);
        if twice.text != once.text {
            failures.push(format!(
                "{name}: redaction not idempotent: {:?} -> {:?}",
                once.text, twice.text
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn finding_serializes_as_documented() {
    let f = &scan("SSN 123-45-6701", &ScanOptions::default())[0];
    let v = serde_json::to_value(f).unwrap();
    assert_eq!(v["kind"], "SSN");
    assert_eq!(v["severity"], "block");
    assert_eq!(v["span"]["start"], 4);
    assert_eq!(v["span"]["end"], 15);
    assert_eq!(v["text"], "123-45-6701");
    assert_eq!(v["rule"], "ssn.digits");
    assert_eq!(v["replacement"], "[SSN]");
    assert!(v["reason"].as_str().unwrap().contains("Social Security"));
}

#[test]
fn options_deserialize_camel_case_and_reject_unknown_fields() {
    let o: ScanOptions = serde_json::from_str(
        r#"{"allow":["Hope House"],"minConfidence":0.7,"asOfYear":2025,"known":{"names":"Tina Morgan","dob":["1988-03-14"],"ssn":"123-45-6701"}}"#,
    )
    .unwrap();
    assert_eq!(o.min_confidence, 0.7);
    assert_eq!(o.known.names, ["Tina Morgan"]);
    assert!(serde_json::from_str::<ScanOptions>(r#"{"minConfidense":0.7}"#).is_err());
    let bad: ScanOptions = serde_json::from_str(r#"{"known":{"dob":"March"}}"#).unwrap();
    assert_eq!(bad.check().unwrap_err().code(), "date_format");
}
