//! The client-record table (`tests/data/record_cases.json`) against the core:
//! validation in both modes, households, anonymization. The same table
//! drives the wasm tests and the JS tests.

use std::collections::BTreeSet;

use cmis_guard::{
    anonymize_client, anonymize_household, validate_client, validate_household, AnonymizeOptions,
    ClientRecord, Household, HouseholdOptions, IssueCode, Mode, ValidateOptions,
};
use serde_json::{json, Value};

fn cases() -> Vec<Value> {
    serde_json::from_str(include_str!("data/record_cases.json")).expect("record_cases.json parses")
}

/// The case's options with `mode` and `asOf` filled in.
fn options(case: &Value, with_mode: bool) -> Value {
    let mut o = case.get("options").cloned().unwrap_or_else(|| json!({}));
    o["asOf"] = case["asOf"].clone();
    if with_mode {
        o["mode"] = case["mode"].clone();
    }
    o
}

fn codes_of(issues: &[cmis_guard::Issue]) -> Vec<String> {
    let set: BTreeSet<String> = issues.iter().map(|i| i.code.as_str().to_string()).collect();
    set.into_iter().collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

/// Errors left after anonymizing that need a person, by design.
const NEEDS_A_PERSON: [&str; 2] = ["text_contains_pii", "too_long"];

#[test]
fn record_table() {
    let cases = cases();
    assert!(cases.len() >= 100, "the table has {} cases", cases.len());
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        match case.get("op").and_then(Value::as_str).unwrap_or("validate") {
            "validate" => {
                let record = ClientRecord::from_json(case["record"].clone())
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                let o = ValidateOptions::from_json(options(case, true))
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                let v = validate_client(&record, &o).unwrap();
                assert_eq!(
                    codes_of(&v.issues),
                    strings(&case["expectCodes"]),
                    "{name}: {:#?}",
                    v.issues
                );
                if let Some(ok) = case.get("expectOk") {
                    assert_eq!(v.ok, ok.as_bool().unwrap(), "{name}");
                }
                for i in &v.issues {
                    assert!(!i.message.is_empty() && !i.field.is_empty(), "{name}");
                }
            }
            "validateHousehold" => {
                let h = Household::from_json(case["household"].clone()).unwrap();
                let o = ValidateOptions::from_json(options(case, true)).unwrap();
                let v = validate_household(&h, &o).unwrap();
                assert_eq!(
                    codes_of(&v.issues),
                    strings(&case["expectCodes"]),
                    "{name}: {:#?}",
                    v.issues
                );
                if let Some(ok) = case.get("expectOk") {
                    assert_eq!(v.ok, ok.as_bool().unwrap(), "{name}");
                }
            }
            "anonymize" => check_anonymize(name, case),
            "anonymizeHousehold" => check_anonymize_household(name, case),
            op => panic!("{name}: unknown op {op}"),
        }
    }
}

fn check_anonymize(name: &str, case: &Value) {
    let record = ClientRecord::from_json(case["record"].clone()).unwrap();
    let o = AnonymizeOptions::from_json(options(case, false)).unwrap();
    let a = anonymize_client(&record, &o).unwrap_or_else(|e| panic!("{name}: {e}"));
    let got = a.record.to_json();
    for (k, want) in case["expectRecord"].as_object().unwrap() {
        assert_eq!(&got[k], want, "{name}: field {k} of {got}");
    }
    let mut changed: Vec<String> = a.changes.iter().map(|c| c.field.clone()).collect();
    let mut want = strings(&case["expectChangedFields"]);
    changed.sort();
    want.sort();
    assert_eq!(changed, want, "{name}");
    assert_eq!(
        codes_of(&a.issues),
        strings(&case["expectIssueCodes"]),
        "{name}"
    );
    // A second application changes nothing.
    let again = anonymize_client(&a.record, &o).unwrap();
    assert_eq!(again.changes, vec![], "{name}: second application");
    // The output passes anonymous-mode validation, except what needs a person.
    let mut vo = ValidateOptions::new(Mode::Anonymous, o.as_of.unwrap());
    vo.true_dob = o.true_dob;
    vo.policy = o.policy.clone();
    let v = validate_client(&a.record, &vo).unwrap();
    for i in &v.issues {
        assert!(
            i.severity == cmis_guard::Severity::Warning
                || NEEDS_A_PERSON.contains(&i.code.as_str()),
            "{name}: output has {i:?}"
        );
    }
}

fn check_anonymize_household(name: &str, case: &Value) {
    let h = Household::from_json(case["household"].clone()).unwrap();
    let o = HouseholdOptions::from_json(options(case, false)).unwrap();
    let a = anonymize_household(&h, &o).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(a.removed, strings(&case["expectRemoved"]), "{name}");
    assert_eq!(
        a.head_of_household.as_deref(),
        case["expectHead"].as_str(),
        "{name}"
    );
    assert_eq!(
        codes_of(&a.issues),
        strings(&case["expectIssueCodes"]),
        "{name}: {:#?}",
        a.issues
    );
    assert_eq!(
        a.household.members.len() as u64,
        case["expectMemberCount"].as_u64().unwrap(),
        "{name}"
    );
    for m in &a.household.members {
        assert_eq!(m.first_name.as_deref(), Some("Anonymous"), "{name}");
        assert_eq!(m.ssn, None, "{name}");
    }
    let again = anonymize_household(&a.household, &o).unwrap();
    assert_eq!(again.changes, vec![], "{name}: second application");
}

#[test]
fn every_issue_code_is_in_the_table() {
    let mut seen = BTreeSet::new();
    for case in cases() {
        for key in ["expectCodes", "expectIssueCodes"] {
            if let Some(codes) = case.get(key) {
                seen.extend(strings(codes));
            }
        }
    }
    for code in IssueCode::ALL {
        assert!(seen.contains(code.as_str()), "no case for {code}");
    }
}

#[test]
fn issues_carry_fixes_where_computable() {
    let record = ClientRecord::from_json(json!({
        "firstName": "Maria", "lastName": "Lopez", "middleName": "Q", "nameDataQuality": 1,
        "ssn": "524681357", "ssnDataQuality": 1, "dob": "1990-06-15", "dobDataQuality": 1,
        "phone": "509-555-0100"
    }))
    .unwrap();
    let as_of = cmis_guard::Date::parse("2026-11-28").unwrap();
    let v = validate_client(&record, &ValidateOptions::new(Mode::Anonymous, as_of)).unwrap();
    let fix = |field: &str| {
        v.issues
            .iter()
            .find(|i| i.field == field)
            .and_then(|i| i.fix.clone())
    };
    assert_eq!(fix("firstName"), Some(json!("Anonymous")));
    assert_eq!(fix("middleName"), Some(json!("")));
    assert_eq!(fix("nameDataQuality"), Some(json!(2)));
    assert_eq!(fix("ssn"), Some(json!("")));
    assert_eq!(fix("ssnDataQuality"), Some(json!(99)));
    assert_eq!(fix("dob"), Some(json!("1991-01-01")));
    assert_eq!(fix("dobDataQuality"), Some(json!(2)));
    assert_eq!(fix("phone"), Some(json!("")));
    // Messages never quote the record's values.
    for i in &v.issues {
        for pii in ["Maria", "Lopez", "524681357", "1990-06-15", "509-555-0100"] {
            assert!(!i.message.contains(pii), "{i:?}");
        }
    }
}

#[test]
fn unknown_fields_round_trip() {
    let input = json!({
        "personalId": "82830", "firstName": "Anonymous", "nickname": "JJ",
        "customFlags": { "a": [1, 2.5, "x", true] }, "DateCreated": "2026-01-01 10:00:00"
    });
    let r = ClientRecord::from_json(input.clone()).unwrap();
    assert_eq!(r.extra.len(), 3);
    let out = r.to_json();
    for (k, v) in input.as_object().unwrap() {
        assert_eq!(&out[k], v, "{k}");
    }
    let h =
        Household::from_json(json!({ "members": [input.clone()], "householdId": "H1" })).unwrap();
    let out = h.to_json();
    assert_eq!(out["householdId"], "H1");
    assert_eq!(out["members"][0]["customFlags"], input["customFlags"]);
}

#[test]
fn bad_input_is_a_clear_error_naming_the_field() {
    let cases = [
        (json!({ "ssn": 524681357 }), "record.ssn"),
        (json!({ "nameDataQuality": "2" }), "record.nameDataQuality"),
        (json!({ "nameDataQuality": 2.5 }), "record.nameDataQuality"),
        (json!({ "texts": "note" }), "record.texts"),
        (
            json!({ "texts": [{ "name": 1, "text": "x" }] }),
            "record.texts",
        ),
        (json!({ "personalId": true }), "record.personalId"),
        (json!({ "firstName": ["Maria"] }), "record.firstName"),
    ];
    for (input, field) in cases {
        let e = ClientRecord::from_json(input.clone()).unwrap_err();
        assert_eq!(e.code(), "invalid_argument", "{input}");
        assert_eq!(e.field(), Some(field), "{input}: {e}");
        assert!(
            !e.message().contains("524681357") && !e.message().contains("Maria"),
            "{e}"
        );
    }
    for input in [json!(null), json!("x"), json!([1]), json!(3)] {
        assert_eq!(
            ClientRecord::from_json(input).unwrap_err().code(),
            "invalid_argument"
        );
    }
    // Options.
    let bad_options = [
        (json!({ "asOf": "2026-11-28" }), "options.mode"),
        (json!({ "mode": "anonymous" }), "options.asOf"),
        (
            json!({ "mode": "secret", "asOf": "2026-11-28" }),
            "options.mode",
        ),
        (
            json!({ "mode": "anonymous", "asOf": "2026-13-01" }),
            "options.asOf",
        ),
        (
            json!({ "mode": "anonymous", "asOf": "11/28/2026" }),
            "options.asOf",
        ),
        (
            json!({ "mode": "anonymous", "asOf": "2026-11-28", "trueDob": "1990-02-30" }),
            "options.trueDob",
        ),
        (
            json!({ "mode": "anonymous", "asOf": "2026-11-28", "color": 1 }),
            "options.color",
        ),
        (
            json!({ "mode": "anonymous", "asOf": "2026-11-28", "policy": { "anonymous": { "nme": "x" } } }),
            "options.policy",
        ),
    ];
    for (input, field) in bad_options {
        let e = ValidateOptions::from_json(input.clone()).unwrap_err();
        assert_eq!(e.code(), "invalid_argument", "{input}");
        assert_eq!(e.field(), Some(field), "{input}: {e}");
        assert!(!e.message().contains("1990-02-30"), "{e}");
    }
    // Inconsistent policies are invalid_policy errors, not panics.
    let as_of = cmis_guard::Date::parse("2026-11-28").unwrap();
    let record = ClientRecord::default();
    for policy in [
        json!({ "anonymous": { "nameDataQuality": 1 } }),
        json!({ "anonymous": { "ssnDataQuality": 1 } }),
        json!({ "anonymous": { "name": " " } }),
        json!({ "anonymous": { "mustBeEmpty": ["dob"] } }),
    ] {
        let mut o = ValidateOptions::new(Mode::Anonymous, as_of);
        o.policy = serde_json::from_value(policy).unwrap();
        assert_eq!(
            validate_client(&record, &o).unwrap_err().code(),
            "invalid_policy"
        );
    }
    // A true DOB after the reference date is an anonymize error on that option.
    let o = AnonymizeOptions::from_json(json!({ "asOf": "2026-11-28", "trueDob": "2027-01-01" }))
        .unwrap();
    let e = anonymize_client(&record, &o).unwrap_err();
    assert_eq!(e.field(), Some("options.trueDob"));
    // Households.
    assert!(Household::from_json(json!({ "members": {} })).is_err());
    let e = Household::from_json(json!({ "members": [{}, { "ssn": 1 }] })).unwrap_err();
    assert_eq!(e.field(), Some("members[1].ssn"));
}
