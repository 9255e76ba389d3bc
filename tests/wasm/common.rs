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
