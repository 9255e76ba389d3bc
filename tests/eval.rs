//! Evaluation on a labeled corpus of case notes (JSON lines:
//! `{"id","category","text","pii":[{"kind":"NAME","text":"Maria Lopez"}]}`).
//!
//! ```text
//! cargo test --release --test eval -- tests/data/pii_corpus.jsonl
//! CMIS_EVAL_STRICT=1 cargo test --release --test eval   # also assert the targets
//! ```
//!
//! Every whole-word occurrence of a gold `text` is gold of that kind. A gold
//! span is recalled when a finding of the same kind overlaps it (AGE and DOB
//! count for each other); a finding is a true positive when it overlaps a gold
//! span of the same kind, else a false positive. Without the corpus file the
//! command evaluates the small sample next to it, or prints a note.

use std::collections::BTreeMap;
use std::path::Path;

use cmis_guard::{scan, Kind, ScanOptions};
use serde_json::Value;

/// Recall targets per kind, and the overall precision target.
const RECALL_TARGETS: &[(&str, f64)] = &[
    ("SSN", 0.97),
    ("PHONE", 0.97),
    ("EMAIL", 0.97),
    ("DOB", 0.97),
    ("NAME", 0.92),
    ("ADDRESS", 0.92),
    ("HEALTH", 0.92),
];
const PRECISION_TARGET: f64 = 0.90;

fn same_kind(a: &str, b: &str) -> bool {
    a == b || (matches!(a, "AGE" | "DOB") && matches!(b, "AGE" | "DOB"))
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// Byte spans of every whole-word occurrence of `needle` in `text`.
fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let mut from = 0;
    while let Some(p) = text.get(from..).and_then(|t| t.find(needle)) {
        let s = from + p;
        let e = s + needle.len();
        let before_ok = !needle.starts_with(is_word)
            || text[..s].chars().next_back().map_or(true, |c| !is_word(c));
        let after_ok =
            !needle.ends_with(is_word) || text[e..].chars().next().map_or(true, |c| !is_word(c));
        if before_ok && after_ok {
            out.push((s, e));
        }
        from = s + needle.chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// The shape of a missed span, without its content: letters as `a`/`A`,
/// digits as `9`, runs collapsed ("Maria Lopez" -> "Aa Aa").
fn shape(s: &str) -> String {
    let mut out = String::new();
    let mut last = None;
    for c in s.chars() {
        let k = if c.is_ascii_digit() {
            '9'
        } else if c.is_uppercase() {
            'A'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if Some(k) != last || !k.is_alphanumeric() {
            out.push(k);
        }
        last = Some(k);
    }
    out
}

#[derive(Default)]
struct PerKind {
    gold: usize,
    recalled: usize,
    found: usize,
    tp: usize,
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a.ends_with(".jsonl"))
        .collect();
    let root = env!("CARGO_MANIFEST_DIR");
    let corpus = format!("{root}/tests/data/pii_corpus.jsonl");
    let sample = format!("{root}/tests/data/pii_corpus_sample.jsonl");
    // Several files are evaluated as one corpus (their ids are distinct).
    let paths: Vec<String> = if args.is_empty() {
        if Path::new(&corpus).exists() {
            vec![corpus]
        } else {
            println!("note: {corpus} is not here yet; evaluating the sample {sample} instead");
            vec![sample]
        }
    } else {
        args
    };
    let mut raw = String::new();
    for path in &paths {
        let Ok(text) = std::fs::read_to_string(path) else {
            println!("note: cannot read {path}; nothing to evaluate");
            return;
        };
        raw.push_str(&text);
        raw.push('\n');
    }
    let path = paths.join(" + ");
    let strict = std::env::var("CMIS_EVAL_STRICT").is_ok_and(|v| v == "1");
    // `CMIS_EVAL_SHOW=1` lists every miss and false positive with its note id
    // (the corpora are invented; this is for working on the rules).
    let show = std::env::var("CMIS_EVAL_SHOW").is_ok_and(|v| v == "1");
    let options = ScanOptions::default();

    let mut kinds: BTreeMap<String, PerKind> = BTreeMap::new();
    let mut fp_by_rule: BTreeMap<(String, &'static str), usize> = BTreeMap::new();
    let mut per_rule: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    let mut misses: BTreeMap<(String, String), usize> = BTreeMap::new();
    let (mut notes, mut notes_with_miss, mut chars) = (0usize, 0usize, 0usize);
    let start = std::time::Instant::now();
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{path}:{}: {e}", n + 1));
        let text = doc["text"].as_str().unwrap_or("");
        notes += 1;
        chars += text.chars().count();
        let mut gold: Vec<(String, usize, usize, String)> = Vec::new();
        for p in doc["pii"].as_array().into_iter().flatten() {
            let kind = p["kind"].as_str().unwrap_or("").to_string();
            let t = p["text"].as_str().unwrap_or("");
            for (s, e) in occurrences(text, t) {
                if !gold.iter().any(|g| g.0 == kind && g.1 == s && g.2 == e) {
                    gold.push((kind.clone(), s, e, t.to_string()));
                }
            }
        }
        let found = scan(text, &options);
        let code = |k: Kind| {
            serde_json::to_value(k)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        };
        let mut missed_here = false;
        for (kind, s, e, t) in &gold {
            let pk = kinds.entry(kind.clone()).or_default();
            pk.gold += 1;
            if found
                .iter()
                .any(|f| same_kind(&code(f.kind), kind) && f.span.start < *e && *s < f.span.end)
            {
                pk.recalled += 1;
            } else {
                missed_here = true;
                if show {
                    println!("MISS {} {kind} {t:?}", doc["id"]);
                }
                *misses.entry((kind.clone(), shape(t))).or_default() += 1;
            }
        }
        if missed_here {
            notes_with_miss += 1;
        }
        for f in &found {
            let k = code(f.kind);
            let tp = gold
                .iter()
                .any(|g| same_kind(&g.0, &k) && f.span.start < g.2 && g.1 < f.span.end);
            let pr = per_rule.entry(f.rule).or_default();
            pr.0 += 1;
            pr.1 += usize::from(tp);
            let pk = kinds.entry(k.clone()).or_default();
            pk.found += 1;
            if tp {
                pk.tp += 1;
            } else {
                if show {
                    println!("FP   {} {k} {:?} ({})", doc["id"], f.text, f.rule);
                }
                *fp_by_rule.entry((k, f.rule)).or_default() += 1;
            }
        }
    }
    let elapsed = start.elapsed();

    let ratio = |a: usize, b: usize| {
        if b == 0 {
            f64::NAN
        } else {
            a as f64 / b as f64
        }
    };
    println!(
        "corpus: {path}\nnotes: {notes}, characters: {chars}, scan time: {:.1} ms",
        elapsed.as_secs_f64() * 1e3
    );
    println!(
        "{:<8} {:>6} {:>8} {:>7} {:>10}",
        "kind", "gold", "recall", "found", "precision"
    );
    let (mut all_found, mut all_tp) = (0, 0);
    for (k, p) in &kinds {
        println!(
            "{:<8} {:>6} {:>8.3} {:>7} {:>10.3}",
            k,
            p.gold,
            ratio(p.recalled, p.gold),
            p.found,
            ratio(p.tp, p.found)
        );
        all_found += p.found;
        all_tp += p.tp;
    }
    let precision = ratio(all_tp, all_found);
    let leak = ratio(notes_with_miss, notes);
    println!("overall precision: {precision:.3} ({all_tp}/{all_found})");
    println!("notes with some gold PII left unflagged: {leak:.3} ({notes_with_miss}/{notes})");

    println!("per rule (found, precision):");
    for (r, (found, tp)) in &per_rule {
        println!("  {r:<24} {found:>5} {:>7.3}", ratio(*tp, *found));
    }
    let mut fps: Vec<_> = fp_by_rule.into_iter().collect();
    fps.sort_by_key(|f| std::cmp::Reverse(f.1));
    println!("top false positives (kind, rule):");
    for ((k, r), c) in fps.iter().take(15) {
        println!("  {c:>4}  {k:<8} {r}");
    }
    let mut ms: Vec<_> = misses.into_iter().collect();
    ms.sort_by_key(|m| std::cmp::Reverse(m.1));
    println!("top misses (kind, shape of the missed text):");
    for ((k, s), c) in ms.iter().take(20) {
        println!("  {c:>4}  {k:<8} {s}");
    }

    if strict {
        let mut failed = Vec::new();
        for (k, target) in RECALL_TARGETS {
            if let Some(p) = kinds.get(*k) {
                let r = ratio(p.recalled, p.gold);
                if p.gold > 0 && r < *target {
                    failed.push(format!("{k} recall {r:.3} < {target}"));
                }
            }
        }
        if precision.is_nan() || precision < PRECISION_TARGET {
            failed.push(format!(
                "overall precision {precision:.3} < {PRECISION_TARGET}"
            ));
        }
        assert!(failed.is_empty(), "targets missed: {}", failed.join("; "));
        println!("all targets met");
    }
}
