//! The anonymized-DOB table (`tests/data/dob_cases.json`) against the core.
//! The same table drives the wasm tests and the JS tests.

use cmis_guard::{anonymized_dob_str, Policy};
use serde_json::Value;

fn cases() -> Vec<Value> {
    serde_json::from_str(include_str!("data/dob_cases.json")).expect("dob_cases.json parses")
}

#[test]
fn dob_table() {
    let cases = cases();
    assert!(cases.len() >= 30, "the table has {} cases", cases.len());
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let policy_json = case
            .get("policy")
            .cloned()
            .unwrap_or(Value::Object(Default::default()));
        let policy: Result<Policy, _> = serde_json::from_value(policy_json);
        let policy = policy.unwrap_or_else(|e| panic!("{name}: policy does not parse: {e}"));
        let got = anonymized_dob_str(
            case["dob"].as_str().unwrap(),
            case["asOf"].as_str().unwrap(),
            &policy,
        );
        match (got, case.get("expect"), case.get("error")) {
            (Ok(result), Some(expect), None) => {
                let result = serde_json::to_value(&result).unwrap();
                for (key, want) in expect.as_object().unwrap() {
                    assert_eq!(&result[key], want, "{name}: field {key} of {result}");
                }
                assert_eq!(result["dobDataQuality"], 2, "{name}");
                assert!(
                    !result["notes"].as_array().unwrap().is_empty(),
                    "{name}: notes"
                );
            }
            (Err(err), None, Some(want)) => {
                assert_eq!(err.code(), want["code"].as_str().unwrap(), "{name}: {err}");
                assert_eq!(err.field(), want["field"].as_str(), "{name}: {err}");
                assert!(!err.message().is_empty(), "{name}");
            }
            (got, _, _) => panic!("{name}: unexpected outcome {got:?}"),
        }
    }
}

#[test]
fn unknown_policy_keys_are_rejected() {
    let r: Result<Policy, _> = serde_json::from_str(r#"{ "dob": { "keepTrueYearAtOrAbov": 62 } }"#);
    assert!(r.is_err());
}

#[test]
fn bracket_notes_say_what_changed() {
    let r = anonymized_dob_str("2008-12-01", "2026-11-28", &Policy::default()).unwrap();
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("under 18") && n.contains("18-24")),
        "{:?}",
        r.notes
    );
}
