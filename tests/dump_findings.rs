//! Dump every finding of `scan` over the test texts, one line each, so a
//! change meant to keep behaviour (a speed-up, a refactor) can be checked
//! with `diff`:
//!
//! ```text
//! cargo test --release --test dump_findings -- /tmp/before.txt
//! # ... change the code ...
//! cargo test --release --test dump_findings -- /tmp/after.txt
//! diff /tmp/before.txt /tmp/after.txt
//! ```
//!
//! Texts: every corpus in `tests/data` (`pii_*.jsonl`) with default options,
//! as written, lowercased, uppercased, and each file joined into one text;
//! `pii_cases.json` with each case's options; the scan fuzz seeds and
//! regressions; and the benchmark's note and adversarial shapes (cut to
//! 20 kB). Without an argument it writes nothing.

use std::fmt::Write as _;
use std::path::Path;

use cmis_guard::{scan, ScanOptions};
use serde_json::Value;

/// The benchmark note (`tests/bench/note.txt`, shared with `node_scan.mjs`).
const NOTE: &str = include_str!("bench/note.txt");

fn fill(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len() + 1)[..n].to_string()
}

fn dump(out: &mut String, label: &str, text: &str, options: &ScanOptions) {
    let found = scan(text, options);
    let _ = writeln!(out, "== {label}: {} findings", found.len());
    for f in found {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{:?}\t{}\t{}\t{:?}\t{}\t{:?}",
            f.kind.code(),
            f.span.start,
            f.span.end,
            f.text,
            f.confidence,
            f.rule,
            f.severity,
            f.replacement,
            f.reason
        );
    }
}

fn main() {
    let Some(dest) = std::env::args().skip(1).find(|a| !a.starts_with('-')) else {
        println!("dump_findings: give an output file to write the findings to");
        return;
    };
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut out = String::new();
    let default = ScanOptions::default();
    for file in [
        "pii_corpus.jsonl",
        "pii_holdout.jsonl",
        "pii_challenge.jsonl",
        "pii_probe.jsonl",
        "pii_fresh.jsonl",
        "pii_sealed.jsonl",
        "pii_sealed2.jsonl",
        "pii_sealed3.jsonl",
        "pii_sealed4.jsonl",
        "pii_corpus_sample.jsonl",
    ] {
        let Ok(body) = std::fs::read_to_string(data.join(file)) else {
            let _ = writeln!(out, "== {file}: absent");
            continue;
        };
        let mut joined = String::new();
        for (n, line) in body.lines().enumerate() {
            let Ok(doc) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            let text = doc["text"].as_str().unwrap_or("");
            let id = doc["id"].as_str().unwrap_or("?");
            let label = format!("{file}:{}:{id}", n + 1);
            dump(&mut out, &label, text, &default);
            dump(
                &mut out,
                &format!("{label}:lower"),
                &text.to_lowercase(),
                &default,
            );
            dump(
                &mut out,
                &format!("{label}:upper"),
                &text.to_uppercase(),
                &default,
            );
            joined.push_str(text);
            joined.push_str("\n\n");
        }
        dump(&mut out, &format!("{file}:joined"), &joined, &default);
    }
    let cases: Value = serde_json::from_str(
        &std::fs::read_to_string(data.join("pii_cases.json")).expect("pii_cases.json"),
    )
    .expect("pii_cases.json is JSON");
    for case in cases.as_array().into_iter().flatten() {
        let options: ScanOptions = match case.get("options") {
            Some(o) => serde_json::from_value(o.clone()).expect("case options"),
            None => ScanOptions::default(),
        };
        let name = case["name"].as_str().unwrap_or("?");
        let text = case["text"].as_str().unwrap_or("");
        dump(&mut out, &format!("pii_cases.json:{name}"), text, &options);
    }
    for dir in ["seeds", "regressions"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzz")
            .join(dir)
            .join("scan");
        let mut files: Vec<_> = std::fs::read_dir(&path)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        for file in files {
            let bytes = std::fs::read(&file).expect("fuzz input");
            let text = String::from_utf8_lossy(&bytes);
            let mut options = ScanOptions::default();
            if let Some(rest) = text.strip_prefix("known:") {
                options.known.names = vec![rest.lines().next().unwrap_or("").to_string()];
            }
            let name = file.file_name().unwrap_or_default().to_string_lossy();
            dump(&mut out, &format!("fuzz:{dir}/{name}"), &text, &options);
        }
    }
    let n = 20_000;
    for (name, unit) in [
        ("note", NOTE),
        ("long digit run", "7"),
        ("spaced digits", "5 "),
        ("dashed digit groups", "123-45-"),
        ("one giant word", "a"),
        ("capitalized words", "Maria Lopez Hope Will "),
        ("repeated context keywords", "SSN DOB phone born last 4 "),
        ("every char a candidate", "@.-#$/"),
        ("spelled digits", "five oh nine "),
        ("dates", "3/14/88 "),
    ] {
        dump(&mut out, &format!("bench:{name}"), &fill(unit, n), &default);
    }
    std::fs::write(&dest, out).expect("write the dump");
    println!("dump_findings: wrote {dest}");
}
