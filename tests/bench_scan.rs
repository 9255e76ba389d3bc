//! Native benchmark of `scan`. A quick smoke run by default; the timing loops
//! run with `CMIS_BENCH=1 cargo test --release --test bench_scan`.
//!
//! Prints throughput on realistic notes, the time for one 5,000-character
//! note, and time per MB on adversarial shapes (long digit runs, one giant
//! word, thousands of capitalized words, repeated context keywords, every
//! character a candidate).

use std::hint::black_box;
use std::time::Instant;

use cmis_guard::{scan, ScanOptions};

/// The benchmark note (`tests/bench/note.txt`, shared with `node_scan.mjs`).
const NOTE: &str = include_str!("bench/note.txt");

fn note_of(len: usize) -> String {
    let mut s = String::with_capacity(len + NOTE.len());
    while s.len() < len {
        s.push_str(NOTE);
    }
    let mut end = len.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

/// Median seconds per call over `runs` batches of `reps` calls.
fn time(text: &str, runs: usize, reps: usize) -> f64 {
    let opts = ScanOptions::default();
    let mut samples: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..reps {
                black_box(scan(black_box(text), &opts));
            }
            t.elapsed().as_secs_f64() / reps as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn adversarial() -> Vec<(&'static str, String)> {
    let mb = 1 << 20;
    let rep = |unit: &str| unit.repeat(mb / unit.len());
    vec![
        ("long digit run", "7".repeat(mb)),
        ("spaced digits", rep("5 ")),
        ("dashed digit groups", rep("123-45-")),
        ("one giant word", "a".repeat(mb)),
        ("capitalized words", rep("Maria Lopez Hope Will ")),
        (
            "repeated context keywords",
            rep("SSN DOB phone born last 4 "),
        ),
        ("every char a candidate", rep("@.-#$/")),
        ("spelled digits", rep("five oh nine ")),
        ("dates", rep("3/14/88 ")),
        ("realistic notes", note_of(mb)),
    ]
}

fn main() {
    if std::env::var("CMIS_BENCH").is_ok_and(|v| v == "1") {
        let note = note_of(5000);
        let t = time(&note, 15, 200);
        println!("one 5,000-character note: {:.1} µs", t * 1e6);
        println!(
            "throughput on notes: {:.1} MB/s",
            note.len() as f64 / t / 1e6
        );
        for (name, text) in adversarial() {
            let t = time(&text, 3, 1);
            println!(
                "{name:<28} {:>8.1} ms per MB",
                t * 1e3 * (1 << 20) as f64 / text.len() as f64
            );
        }
    } else {
        // Smoke: everything runs and finds something.
        let note = note_of(5000);
        assert!(!scan(&note, &ScanOptions::default()).is_empty());
        for (_, text) in adversarial() {
            let small: String = text.chars().take(20_000).collect();
            black_box(scan(&small, &ScanOptions::default()));
        }
        println!("bench_scan smoke ok (set CMIS_BENCH=1 for timings)");
    }
}
