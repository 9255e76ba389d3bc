//! wasm-bindgen tests shared by the Node and Chromium runs: the JS API
//! through the binding module, driven by the same tables as the native tests.

use cmis_guard::wasm;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

fn js_to_json(v: &JsValue) -> Value {
    let s: String = js_sys::JSON::stringify(v).unwrap().into();
    serde_json::from_str(&s).unwrap()
}

fn json_to_js(v: &Value) -> JsValue {
    js_sys::JSON::parse(&v.to_string()).unwrap()
}

fn prop(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &key.into()).unwrap()
}

#[wasm_bindgen_test]
fn dob_table_through_js_api() {
    let cases: Vec<Value> = serde_json::from_str(include_str!("../data/dob_cases.json")).unwrap();
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let policy = case
            .get("policy")
            .map(json_to_js)
            .unwrap_or(JsValue::UNDEFINED);
        let got = wasm::anonymized_dob(
            case["dob"].as_str().unwrap().into(),
            case["asOf"].as_str().unwrap().into(),
            policy,
        );
        match (got, case.get("expect"), case.get("error")) {
            (Ok(result), Some(expect), None) => {
                let result = js_to_json(&result);
                for (key, want) in expect.as_object().unwrap() {
                    assert_eq!(&result[key], want, "{name}: field {key}");
                }
            }
            (Err(err), None, Some(want)) => {
                assert!(
                    err.is_instance_of::<js_sys::Error>(),
                    "{name}: throws an Error"
                );
                assert_eq!(prop(&err, "name").as_string().unwrap(), "CmisGuardError");
                assert_eq!(
                    prop(&err, "code").as_string().unwrap(),
                    want["code"].as_str().unwrap(),
                    "{name}"
                );
                assert_eq!(
                    prop(&err, "field").as_string().as_deref(),
                    want["field"].as_str(),
                    "{name}"
                );
            }
            (got, _, _) => panic!(
                "{name}: unexpected outcome {:?}",
                got.map(|v| js_to_json(&v))
            ),
        }
    }
}

#[wasm_bindgen_test]
fn wrong_argument_types_throw_structured_errors() {
    let bad: [(JsValue, JsValue, JsValue, &str); 4] = [
        (
            JsValue::from(19880314),
            "2026-11-28".into(),
            JsValue::UNDEFINED,
            "dob",
        ),
        (
            JsValue::NULL,
            "2026-11-28".into(),
            JsValue::UNDEFINED,
            "dob",
        ),
        (
            "1988-03-14".into(),
            JsValue::UNDEFINED,
            JsValue::UNDEFINED,
            "asOf",
        ),
        (
            "1988-03-14".into(),
            "2026-11-28".into(),
            "strict".into(),
            "policy",
        ),
    ];
    for (dob, as_of, policy, what) in bad {
        let err = wasm::anonymized_dob(dob, as_of, policy).unwrap_err();
        assert_eq!(prop(&err, "code").as_string().unwrap(), "invalid_argument");
        let msg = prop(&err, "message").as_string().unwrap();
        assert!(msg.contains(what), "{msg}");
    }
}

#[wasm_bindgen_test]
fn default_policy_round_trips() {
    let p = wasm::default_policy().unwrap();
    let json = js_to_json(&p);
    assert_eq!(json["dob"]["keepTrueYearAtOrBelow"], 24);
    assert_eq!(json["dob"]["keepTrueYearAtOrAbove"], 61);
    let r = wasm::anonymized_dob("1990-06-15".into(), "2026-11-28".into(), p).unwrap();
    assert_eq!(js_to_json(&r)["dob"], "1991-01-01");
}

fn sorted_codes(issues: &Value) -> Vec<String> {
    let mut v: Vec<String> = issues
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["code"].as_str().unwrap().to_string())
        .collect();
    v.sort();
    v.dedup();
    v
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[wasm_bindgen_test]
fn record_table_through_js_api() {
    let cases: Vec<Value> =
        serde_json::from_str(include_str!("../data/record_cases.json")).unwrap();
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let mut options = case
            .get("options")
            .cloned()
            .unwrap_or_else(|| serde_json::json!({}));
        options["asOf"] = case["asOf"].clone();
        let op = case.get("op").and_then(Value::as_str).unwrap_or("validate");
        if op.starts_with("validate") {
            options["mode"] = case["mode"].clone();
        }
        let o = json_to_js(&options);
        match op {
            "validate" | "validateHousehold" => {
                let v = if op == "validate" {
                    wasm::validate_client(json_to_js(&case["record"]), o)
                } else {
                    wasm::validate_household(json_to_js(&case["household"]), o)
                };
                let v = js_to_json(&v.unwrap_or_else(|_| panic!("{name}: threw")));
                assert_eq!(
                    sorted_codes(&v["issues"]),
                    strings(&case["expectCodes"]),
                    "{name}"
                );
                if let Some(ok) = case.get("expectOk") {
                    assert_eq!(&v["ok"], ok, "{name}");
                }
            }
            "anonymize" => {
                let a = wasm::anonymize_client(json_to_js(&case["record"]), o.clone());
                let a = js_to_json(&a.unwrap_or_else(|_| panic!("{name}: threw")));
                for (k, want) in case["expectRecord"].as_object().unwrap() {
                    assert_eq!(&a["record"][k], want, "{name}: {k}");
                }
                assert_eq!(
                    sorted_codes(&a["issues"]),
                    strings(&case["expectIssueCodes"]),
                    "{name}"
                );
                let again = wasm::anonymize_client(json_to_js(&a["record"]), o).unwrap();
                assert_eq!(
                    js_to_json(&again)["changes"],
                    serde_json::json!([]),
                    "{name}"
                );
            }
            _ => {
                let a = wasm::anonymize_household(json_to_js(&case["household"]), o);
                let a = js_to_json(&a.unwrap_or_else(|_| panic!("{name}: threw")));
                assert_eq!(a["removed"], case["expectRemoved"], "{name}");
                assert_eq!(a["headOfHousehold"], case["expectHead"], "{name}");
                assert_eq!(
                    sorted_codes(&a["issues"]),
                    strings(&case["expectIssueCodes"]),
                    "{name}"
                );
            }
        }
    }
}

#[wasm_bindgen_test]
fn record_arguments_of_the_wrong_shape_throw() {
    let ok = json_to_js(&serde_json::json!({ "mode": "anonymous", "asOf": "2026-11-28" }));
    for record in [
        JsValue::NULL,
        JsValue::from(3),
        "x".into(),
        js_sys::Array::new().into(),
    ] {
        let err = wasm::validate_client(record, ok.clone()).unwrap_err();
        assert_eq!(prop(&err, "code").as_string().unwrap(), "invalid_argument");
    }
    let err = wasm::validate_client(
        json_to_js(&serde_json::json!({ "ssn": 524681357 })),
        ok.clone(),
    )
    .unwrap_err();
    assert_eq!(prop(&err, "field").as_string().unwrap(), "record.ssn");
    let err = wasm::merge_request("1".into(), JsValue::from(2)).unwrap_err();
    assert_eq!(prop(&err, "code").as_string().unwrap(), "invalid_argument");
}
