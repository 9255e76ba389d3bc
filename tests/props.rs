//! Property-style tests with a small deterministic generator (no extra
//! dependencies): whatever the input, findings are in bounds, on char
//! boundaries, sorted and non-overlapping; redaction is idempotent and never
//! changes text outside the findings.

use cmis_guard::{redact, scan, Finding, ScanOptions};

/// xorshift64*: deterministic, good enough to shuffle fragments.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const FRAGMENTS: &[&str] = &[
    "Met with",
    "Maria",
    "Lopez",
    "her son",
    "Marcus",
    "Ms.",
    "Nguyễn",
    "boyfriend",
    "Tyler",
    "LOPEZ, MARIA",
    "J.",
    "Ramirez",
    "\"Tina\"",
    "hope",
    "Will",
    "SSN",
    "123-45-6701",
    "XXX-XX-4421",
    "last 4",
    "4421",
    "(509) 555-0142",
    "509.555.0142",
    "five oh nine",
    "zero",
    "one",
    "DOB",
    "3/14/88",
    "1988-03-14",
    "March 14th, 1988",
    "born in",
    "1979",
    "b.",
    "34 years old",
    "age",
    "a 10 year old car",
    "1234 N Division St",
    "Apt 4B",
    "Spokane, WA 99201",
    "PO Box",
    "tina.rae@gmail.com",
    "tina dot rae at gmail dot com",
    "@tina_rae",
    "facebook.com/tina",
    "HIV+",
    "viral load",
    "Biktarvy",
    "bipolar",
    "WDL12345678A",
    "123456789WA",
    "4111 1111 1111 1111",
    "plate",
    "ABC 1234",
    "Client ID 82830",
    "HUD 3.01",
    "$1,240",
    "3:30pm",
    "route 25",
    "room 12",
    "[NAME]",
    "[SSN]",
    "[PHONE]",
    "[",
    "]",
    ".",
    ",",
    ":",
    "-",
    "/",
    "(",
    ")",
    "#",
    "@",
    "\"",
    "'",
    "\r\n",
    "\n",
    " ",
    "  ",
    "👋",
    "👩‍👧",
    "é",
    "ñ",
    "\u{200B}",
    "\u{00AD}",
    "\u{FEFF}",
    "１２３",
    "－",
    "\u{2013}",
    "\u{2212}",
    "\u{FF20}",
    "\u{3002}",
    "\u{00A0}",
    "0",
    "9",
    "00",
    "999999999999999999999999",
    "x",
    "X",
    "o",
    "oh",
    "ß",
    "İ",
    "ǅ",
    "\u{0301}",
    "Ω",
    "日本",
];

fn gen(rng: &mut Rng) -> String {
    let n = (rng.next() % 40) as usize;
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(rng.pick(FRAGMENTS));
        if rng.next() % 3 != 0 {
            s.push(' ');
        }
    }
    s
}

fn check_invariants(text: &str, found: &[Finding]) {
    let mut prev_end = 0;
    for f in found {
        assert!(f.span.start < f.span.end, "{text:?}: empty span {f:?}");
        assert!(f.span.end <= text.len(), "{text:?}: out of bounds {f:?}");
        assert!(
            text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end),
            "{text:?}: {f:?}"
        );
        assert!(
            f.span.start >= prev_end,
            "{text:?}: overlap or unsorted at {f:?}"
        );
        assert_eq!(&text[f.span.start..f.span.end], f.text, "{text:?}");
        assert!((0.0..=1.0).contains(&f.confidence));
        prev_end = f.span.end;
    }
}

#[test]
fn invariants_hold_on_generated_notes() {
    let opts = ScanOptions::default();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let text = gen(&mut rng);
        let found = scan(&text, &opts);
        check_invariants(&text, &found);

        let r = redact(&text, &opts);
        // Idempotent: the output has nothing left to find.
        let again = scan(&r.text, &opts);
        assert!(
            again.is_empty(),
            "{text:?} -> {:?} still has {again:?}",
            r.text
        );
        // Outside the findings the text is unchanged.
        let (mut pos_in, mut pos_out) = (0, 0);
        for red in &r.redactions {
            assert_eq!(
                &text[pos_in..red.original.start],
                &r.text[pos_out..red.replaced.start]
            );
            pos_in = red.original.end;
            pos_out = red.replaced.end;
        }
        assert_eq!(&text[pos_in..], &r.text[pos_out..]);
    }
}

#[test]
fn never_panics_on_random_chars() {
    const CHARS: &[char] = &[
        'a', 'Z', '0', '5', '9', ' ', '\n', '\r', '-', '.', '/', '@', '#', '$', '(', ')', '[', ']',
        '"', '\'', ',', ':', '*', 'x', 'é', '👋', '\u{200B}', '\u{FF10}', '\u{FF19}', '\u{2014}',
        '\u{00AD}', '\u{3000}', 'İ', 'ß',
    ];
    let opts = ScanOptions {
        min_confidence: 0.0,
        ..ScanOptions::default()
    };
    let mut rng = Rng(42);
    for _ in 0..2000 {
        let n = (rng.next() % 80) as usize;
        let text: String = (0..n)
            .map(|_| CHARS[(rng.next() % CHARS.len() as u64) as usize])
            .collect();
        let found = scan(&text, &opts);
        check_invariants(&text, &found);
        let r = redact(&text, &opts);
        check_invariants(&r.text, &scan(&r.text, &ScanOptions::default()));
    }
}

#[test]
fn never_panics_on_token_soup() {
    // Short token sequences hit the rules' look-behind and look-ahead at the
    // edges of the text, where an index could underflow.
    const TOKENS: &[&str] = &[
        "12", "5", "1988", "88", "509", "555", "0142", "123", "45", "6701", "(", ")", "-", "/",
        ".", ",", ":", "?", "\"", "'", "#", "$", "@", "A", "N", "a", "is", "now", "age", "ages",
        "and", "DOB", "born", "SSN", "last", "4", "Maria", "Lopez", "son", "Mr", "at", "dot",
        "com", "gmail", "Apt", "St", "WA", "99201", "PO", "Box", "HIV", "yo", "y", "o", "years",
        "old", "14th", "March", "x", "XXX", "five", "oh", "[NAME]", "\r\n",
    ];
    let opts = ScanOptions {
        min_confidence: 0.0,
        ..ScanOptions::default()
    };
    let mut rng = Rng(7);
    for _ in 0..20_000 {
        let n = 1 + (rng.next() % 7) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(rng.pick(TOKENS));
            if rng.next() % 2 == 0 {
                text.push(' ');
            }
        }
        let found = scan(&text, &opts);
        check_invariants(&text, &found);
    }
}
