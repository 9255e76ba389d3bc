//! Every input in `tests/fuzz/seeds/<target>/` and `tests/fuzz/regressions/<target>/`
//! through the fuzz target bodies: the seed corpus and every crash the fuzzers
//! ever found, run natively in the normal test run.

#[path = "fuzz/targets.rs"]
mod targets;

use std::fs;
use std::path::Path;

fn run(target: &str, body: fn(&[u8])) {
    let mut n = 0;
    for dir in ["seeds", "regressions"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzz")
            .join(dir)
            .join(target);
        let Ok(entries) = fs::read_dir(&path) else {
            continue;
        };
        for entry in entries {
            let file = entry.unwrap().path();
            body(&fs::read(&file).unwrap());
            n += 1;
        }
    }
    assert!(n > 0, "no inputs for fuzz target {target}");
}

#[test]
fn dob_inputs() {
    run("dob", targets::dob);
}

#[test]
fn scan_inputs() {
    run("scan", targets::scan_text);
}

#[test]
fn record_inputs() {
    run("record", targets::record);
}

#[test]
fn household_inputs() {
    run("household", targets::household);
}
