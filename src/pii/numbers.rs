//! Digit sequences: Social Security numbers, phone numbers, payment cards,
//! and identifiers (license, ProviderOne, DOC, account, plate, VIN).
//!
//! Digits are assembled once into runs of groups separated by spaces, dashes,
//! dots or parentheses, with spelled-out digits ("five oh nine") and masked
//! digits (`XXX`, `***`) as groups of their own; each rule then tests the
//! sub-runs of at most 19 digits, so the work stays linear.

use super::context::Phrases;
use super::context::{self, NOT_PII, WINDOW};
use super::tokens::{Doc, TokKind};
use super::{Cand, Kind};

/// How a group is attached to the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sep {
    First,
    Space,
    Dash,
    Dot,
    Paren,
    /// "509/555/0131": only between digit groups of a phone's shape.
    Slash,
}

#[derive(Clone, Debug)]
struct Group {
    first_tok: usize,
    last_tok: usize,
    start: usize,
    end: usize,
    /// ASCII digits, or `x` for a masked digit.
    digits: String,
    spelled: bool,
    sep: Sep,
}

pub(crate) const SSN_CONTEXT: Phrases = Phrases {
    id: 0,
    list: &[
        "ssn",
        "ss",
        "ss#",
        "ss #",
        "ssn#",
        "ss no",
        "ss number",
        "s.s.n",
        "social security",
        "social",
        "soc sec",
        "socsec",
        "ss card",
        "ssa",
    ],
};

pub(crate) const PHONE_CONTEXT: Phrases = Phrases {
    id: 1,
    list: &[
        "#",
        "cell",
        "call",
        "called",
        "calls",
        "calling",
        "contact",
        "cell#",
        "fax",
        "landline",
        "mobile",
        "message",
        "msg",
        "number",
        "phone",
        "ph",
        "ph#",
        "reach",
        "reached",
        "text",
        "texted",
        "txt",
        "tel",
        "voicemail",
        "vm",
    ],
};

pub(crate) const CARD_CONTEXT: Phrases = Phrases {
    id: 2,
    list: &[
        "amex",
        "account",
        "acct",
        "card",
        "credit",
        "debit",
        "discover",
        "ebt",
        "mastercard",
        "visa",
    ],
};

/// Spelled-out digits, for the keyword mask (values in `spelled_digit`):
/// English, and Spanish ("cinco cero nueve"). A word alone is no digit: a
/// run of spelled words needs seven of them (see `runs`), so "tiene dos
/// hijos" or "uno de los" is never a number.
pub(crate) const SPELLED_DIGITS: Phrases = Phrases {
    id: 31,
    list: &[
        "cero", "cinco", "cuatro", "dos", "eight", "five", "four", "nine", "niner", "nueve", "o",
        "oh", "ocho", "one", "seis", "seven", "siete", "six", "three", "tres", "two", "uno",
        "zero",
    ],
};

fn spelled_digit(w: &str) -> Option<char> {
    if w.len() > 6 {
        return None;
    }
    const WORDS: [(&str, char); 23] = [
        ("zero", '0'),
        ("oh", '0'),
        ("o", '0'),
        ("one", '1'),
        ("two", '2'),
        ("three", '3'),
        ("four", '4'),
        ("five", '5'),
        ("six", '6'),
        ("seven", '7'),
        ("eight", '8'),
        ("nine", '9'),
        ("niner", '9'),
        ("cero", '0'),
        ("uno", '1'),
        ("dos", '2'),
        ("tres", '3'),
        ("cuatro", '4'),
        ("cinco", '5'),
        ("seis", '6'),
        ("siete", '7'),
        ("ocho", '8'),
        ("nueve", '9'),
    ];
    WORDS
        .iter()
        .find(|(s, _)| s.eq_ignore_ascii_case(w))
        .map(|&(_, d)| d)
}

/// A group starting at token `i`, and the token after it.
fn group_at(doc: &Doc, i: usize) -> Option<(Group, usize)> {
    let t = doc.toks.get(i)?;
    let text = doc.tok_text(i);
    let mk = |digits: String, spelled: bool, last: usize, end: usize| Group {
        first_tok: i,
        last_tok: last,
        start: t.start,
        end,
        digits,
        spelled,
        sep: Sep::First,
    };
    match t.kind {
        TokKind::Num if text.len() <= 19 => Some((mk(text.to_string(), false, i, t.end), i + 1)),
        TokKind::Word => {
            let maybe_spelled = doc
                .kw
                .get(i)
                .is_some_and(|m| m & (1u64 << SPELLED_DIGITS.id) != 0);
            // The mask first: most words are no digit.
            if let Some(d) = maybe_spelled.then(|| spelled_digit(text)).flatten() {
                return Some((mk(d.to_string(), true, i, t.end), i + 1));
            }
            if text.len() <= 5 && text.bytes().all(|b| b == b'x' || b == b'X') {
                return Some((mk("x".repeat(text.len()), false, i, t.end), i + 1));
            }
            None
        }
        TokKind::Punct if text == "*" || text == "#" => {
            let mut j = i;
            let mut end = t.end;
            while j + 1 < doc.toks.len()
                && doc.punct(j + 1) == Some(text.chars().next()?)
                && doc.tight(j + 1)
                && j - i < 5
            {
                j += 1;
                end = doc.toks.get(j)?.end;
            }
            let n = j - i + 1;
            // A lone `#` is punctuation ("SSN #"), not a masked digit.
            if text == "#" && n < 2 {
                return None;
            }
            Some((mk("x".repeat(n), false, j, end), j + 1))
        }
        _ => None,
    }
}

/// Assemble all digit runs of the document.
fn runs(doc: &Doc) -> Vec<Vec<Group>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.toks.len() {
        let Some((g, mut next)) = group_at(doc, i) else {
            i += 1;
            continue;
        };
        let mut run = vec![g];
        loop {
            // Separator: white space, or one of - . ( ) with optional spaces.
            let mut j = next;
            let mut sep = Sep::Space;
            let Some(t) = doc.toks.get(j) else { break };
            if t.newline_before {
                break;
            }
            match doc.punct(j) {
                Some('-') => {
                    sep = Sep::Dash;
                    j += 1;
                }
                Some('.') => {
                    sep = Sep::Dot;
                    j += 1;
                }
                Some(')') => {
                    sep = Sep::Paren;
                    j += 1;
                }
                // "509/555/0131": a slash ties three digits to three or four
                // more; a date's groups ("12/14/2026") are not that shape.
                Some('/')
                    if run
                        .last()
                        .is_some_and(|g| g.digits.len() == 3 && !g.spelled)
                        && doc.tight(j)
                        && doc.tight(j + 1)
                        && matches!(doc.num_len(j + 1), 3 | 4) =>
                {
                    sep = Sep::Slash;
                    j += 1;
                }
                // "five zero nine, five five five": commas only between spelled digits.
                Some(',')
                    if run.last().is_some_and(|g| g.spelled)
                        && group_at(doc, j + 1).is_some_and(|(g, _)| g.spelled) =>
                {
                    j += 1;
                }
                _ => {}
            }
            if doc.toks.get(j).is_some_and(|t| t.newline_before) {
                break;
            }
            if j == next && !t.space_before {
                // Two groups touching with no separator cannot happen; stay safe.
                break;
            }
            let Some((mut g, after)) = group_at(doc, j) else {
                break;
            };
            g.sep = sep;
            run.push(g);
            next = after;
        }
        i = next.max(i + 1);
        // A spelled word alone ("one") is not a run worth testing.
        if run.iter().any(|g| !g.spelled) || run.len() >= 7 {
            out.push(run);
        }
    }
    out
}

pub(crate) fn ssn_valid(d: &str) -> bool {
    let b = d.as_bytes();
    if b.len() != 9 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let area = &d[0..3];
    if area == "000" || area == "666" || b[0] == b'9' {
        return false;
    }
    if &d[3..5] == "00" || &d[5..9] == "0000" {
        return false;
    }
    if b.iter().all(|&c| c == b[0]) {
        return false;
    }
    !matches!(d, "123456789" | "987654321" | "078051120" | "219099999")
}

/// NANP: area code and exchange do not start with 0 or 1.
pub(crate) fn nanp_valid(d10: &str) -> bool {
    let b = d10.as_bytes();
    b.len() == 10
        && b.iter().all(u8::is_ascii_digit)
        && !matches!(b[0], b'0' | b'1')
        && !matches!(b[3], b'0' | b'1')
        && !(b[1] == b'1' && b[2] == b'1')
}

pub(crate) fn luhn_valid(d: &str) -> bool {
    let mut sum = 0u32;
    for (i, c) in d.bytes().rev().enumerate() {
        if !c.is_ascii_digit() {
            return false;
        }
        let mut v = u32::from(c - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// A sub-run of groups, with what the rules need to know about its shape.
struct Sub<'r> {
    groups: &'r [Group],
    digits: String,
    lens: Vec<usize>,
}

impl Sub<'_> {
    fn shape(&self, want: &[usize]) -> bool {
        self.lens == want
    }
    fn singles(&self) -> bool {
        self.lens.len() >= 7 && self.lens.iter().all(|&l| l == 1)
    }
    fn spelled(&self) -> bool {
        self.groups.iter().any(|g| g.spelled)
    }
    fn seps(&self) -> impl Iterator<Item = Sep> + '_ {
        self.groups.iter().skip(1).map(|g| g.sep)
    }
    fn start(&self) -> usize {
        self.groups.first().map_or(0, |g| g.start)
    }
    fn has_paren(&self) -> bool {
        self.groups.iter().any(|g| g.sep == Sep::Paren)
    }
    fn end(&self) -> usize {
        self.groups.last().map_or(0, |g| g.end)
    }
    fn first_tok(&self) -> usize {
        self.groups.first().map_or(0, |g| g.first_tok)
    }
    fn last_tok(&self) -> usize {
        self.groups.last().map_or(0, |g| g.last_tok)
    }
    fn shape_text(&self) -> String {
        self.lens
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join("-")
    }
}

/// Runs longer than this are not one identifier (a table of numbers, or an
/// adversarial input); skipping them keeps the scan linear and cheap.
const MAX_RUN_GROUPS: usize = 40;

/// Birth words: a 4-digit number after them is a year, not a partial SSN.
pub(crate) const BIRTH_NEAR: Phrases = Phrases {
    id: 18,
    list: &["born", "born in", "b.", "dob", "since", "year"],
};

pub(crate) const LAST4_LEAD: Phrases = Phrases {
    id: 13,
    list: &[
        "ending in",
        "ends in",
        "ending with",
        "ending",
        "ends",
        "ends with",
        "last 4",
        "last four",
        "last 4 digits",
        "last4",
    ],
};

pub(crate) fn scan(doc: &Doc, out: &mut Vec<Cand>) {
    for run in runs(doc) {
        if run.len() > MAX_RUN_GROUPS {
            continue;
        }
        for a in 0..run.len() {
            // A group tied to the one before it by a dash or dot is part of
            // something longer; do not start a sub-run inside it.
            let tied_before =
                a > 0 && matches!(run[a].sep, Sep::Dash | Sep::Dot | Sep::Slash) && !run[a].spelled;
            let mut digits = String::new();
            let mut lens = Vec::new();
            for b in a..run.len().min(a + 20) {
                digits.push_str(&run[b].digits);
                lens.push(run[b].digits.len());
                if digits.len() > 19 {
                    break;
                }
                let tied_after = run.get(b + 1).is_some_and(|n| {
                    matches!(n.sep, Sep::Dash | Sep::Dot | Sep::Slash)
                        && !n.spelled
                        && !run[b].spelled
                });
                let sub = Sub {
                    groups: &run[a..=b],
                    digits: digits.clone(),
                    lens: lens.clone(),
                };
                classify(doc, &sub, tied_before || tied_after, out);
            }
        }
    }
    last_four(doc, out);
    ids(doc, out);
}

fn classify(doc: &Doc, s: &Sub, tied: bool, out: &mut Vec<Cand>) {
    let n = s.digits.len();
    if !matches!(n, 7 | 9 | 10 | 11 | 13..=19) {
        return;
    }
    let masked = s.digits.contains('x');
    if s.spelled() && n < 7 {
        return;
    }
    // Spelled digits mixed with numerals: "509 five five five 0142" yes,
    // "one 4111 1111" (a word next to a number) no.
    if s.spelled() && s.groups.iter().any(|g| !g.spelled && g.digits.len() > 1) {
        let words = s.groups.iter().filter(|g| g.spelled).count();
        if words < 3 || s.groups.iter().any(|g| g.digits.len() > 4) {
            return;
        }
    }
    let (first, last) = (s.first_tok(), s.last_tok());
    let not_pii = context::before(doc, first, 25, &NOT_PII).map(|(w, _)| w);
    let evasive =
        s.singles() || s.spelled() || doc.marked(s.start() + 1, s.end().saturating_sub(1));
    let penalty = if tied { 0.3 } else { 0.0 };

    // Social Security numbers.
    if n == 9 {
        let ctx = context::near(doc, first, last, WINDOW, &SSN_CONTEXT);
        if masked {
            let tail = s.digits.get(5..).unwrap_or("");
            if s.shape(&[3, 2, 4]) && tail.bytes().all(|b| b.is_ascii_digit()) {
                out.push(Cand::new(
                    Kind::Ssn,
                    s.start(),
                    s.end(),
                    0.9 - penalty,
                    "ssn.masked",
                    "Looks like a partly masked Social Security number: the last 4 digits are still readable"
                        .to_string(),
                ));
            }
        } else if ssn_valid(&s.digits) {
            let dashed = s.shape(&[3, 2, 4]) && s.seps().all(|p| p == Sep::Dash);
            let mut conf: f32 = if dashed {
                0.8
            } else if s.shape(&[3, 2, 4]) {
                0.7
            } else if evasive {
                0.65
            } else if s.shape(&[9]) {
                0.35
            } else {
                0.3
            };
            if ctx.is_some() {
                conf = (conf + 0.3).min(0.99);
            }
            if not_pii.is_some() && ctx.is_none() {
                conf -= 0.4;
            }
            let how = if dashed || s.shape(&[3, 2, 4]) {
                "3-2-4 digits".to_string()
            } else {
                format!("9 digits written as {}", s.shape_text())
            };
            let reason = match ctx {
                Some(w) => {
                    format!("Looks like a Social Security number: {how} near the word '{w}'")
                }
                None => format!(
                    "Looks like a Social Security number: {how} that pass the SSN validity rules"
                ),
            };
            out.push(Cand::new(
                Kind::Ssn,
                s.start(),
                s.end(),
                conf - penalty,
                "ssn.digits",
                reason,
            ));
        }
    }

    // Phone numbers.
    if !masked && (n == 10 || n == 11 || n == 7) {
        let d10 = match n {
            10 => Some(s.digits.as_str()),
            11 if s.digits.starts_with('1') => s.digits.get(1..),
            _ => None,
        };
        let ctx = context::near(doc, first, last, WINDOW, &PHONE_CONTEXT);
        let mut conf: f32 = -1.0;
        if d10.is_some_and(nanp_valid) {
            let parens = s.groups.iter().any(|g| g.sep == Sep::Paren)
                || doc.punct(first.wrapping_sub(1)) == Some('(');
            conf = if s.shape(&[3, 3, 4]) || s.shape(&[1, 3, 3, 4]) || parens {
                0.85
            } else if evasive {
                0.75
            } else if s.shape(&[10]) || s.shape(&[11]) {
                0.5
            } else {
                0.4
            };
        } else if n == 7 && s.shape(&[3, 4]) && !matches!(s.digits.as_bytes()[0], b'0' | b'1') {
            conf = if s.seps().all(|p| p == Sep::Dash || p == Sep::Dot) {
                0.45
            } else {
                0.25
            };
        }
        if conf > 0.0 {
            if ctx.is_some() {
                conf = (conf + 0.25).min(0.97);
            }
            if let Some(w) = not_pii {
                if w != "#" {
                    conf -= 0.4;
                }
            }
            let reason = match ctx {
                Some(w) => format!("Looks like a phone number ({n} digits) near the word '{w}'"),
                None => format!("Looks like a phone number: {n} digits shaped like a US number"),
            };
            // Include the opening parenthesis of "(509) 555-0142".
            let mut start = s.start();
            if s.has_paren() && doc.punct(first.wrapping_sub(1)) == Some('(') {
                start = doc.toks.get(first - 1).map_or(start, |t| t.start);
            }
            out.push(Cand::new(
                Kind::Phone,
                start,
                s.end(),
                conf - penalty,
                "phone.nanp",
                reason,
            ));
        }
    }

    // Payment cards.
    if !masked && (13..=19).contains(&n) {
        let ctx = context::near(doc, first, last, WINDOW, &CARD_CONTEXT);
        let luhn = luhn_valid(&s.digits);
        let card_shape =
            s.shape(&[4, 4, 4, 4]) && s.seps().all(|p| p == Sep::Dash || p == Sep::Space);
        let mut conf: f32 = if !luhn {
            if ctx.is_some() && n == 16 {
                0.7
            } else if card_shape {
                // Grouped 4-4-4-4 is how card numbers are written, checksum or not.
                0.65
            } else {
                -1.0
            }
        } else if s.shape(&[4, 4, 4, 4]) || s.shape(&[4, 6, 5]) || s.shape(&[4, 4, 4, 4, 3]) {
            0.9
        } else if evasive {
            0.8
        } else if s.lens.len() == 1 {
            0.65
        } else {
            0.5
        };
        if conf > 0.0 {
            if ctx.is_some() && luhn {
                conf = (conf + 0.2).min(0.98);
            }
            let reason = if luhn {
                format!("Looks like a payment card number: {n} digits that pass the card checksum")
            } else {
                format!(
                    "Looks like a card number: {n} digits near the word '{}'",
                    ctx.unwrap_or("card")
                )
            };
            out.push(Cand::new(
                Kind::Id,
                s.start(),
                s.end(),
                conf - penalty,
                "id.card",
                reason,
            ));
        }
    }
}

/// "last 4 of her SSN is 4421", "SSN ending in 4421".
fn last_four(doc: &Doc, out: &mut Vec<Cand>) {
    for i in 0..doc.toks.len() {
        if doc.num_len(i) != 4 {
            continue;
        }
        // Part of a longer number ("555-4421", "10:4421") is not a partial
        // SSN; after a word ("SSN:8814") it is.
        let tied = |j: usize| matches!(doc.punct(j), Some('-' | '.' | '/' | ':' | ','));
        if (i > 1 && tied(i - 1) && doc.tight(i) && doc.tight(i - 1) && doc.num_len(i - 2) > 0)
            || (tied(i + 1) && doc.tight(i + 1) && doc.tight(i + 2) && doc.num_len(i + 2) > 0)
        {
            continue;
        }
        let before = context::before(doc, i, 60, &SSN_CONTEXT);
        let ssn = before
            .or_else(|| context::after(doc, i, 20, &SSN_CONTEXT))
            .or_else(|| template_last4(doc, i).then_some(("last 4", 0)));
        let Some((w, dist)) = ssn else { continue };
        // "her SSN card and her debit card ending 7731": a nearer card word wins.
        let card = card_word_before(doc, i);
        if card.is_some_and(|card| card < dist) {
            continue;
        }
        let lead = context::before(doc, i, 40, &LAST4_LEAD);
        // "has her EBT card, last 4 are 6620, and her SS card": the card
        // named before "last 4" owns the number; an SSN word only after it
        // is the next thing in the list.
        if before.is_none() && card.is_some_and(|card| lead.is_some_and(|(_, l)| l < card)) {
            continue;
        }
        // "Last 4 of SSN 4421. Born in 1979": the year belongs to the birth words.
        if context::before(doc, i, 15, &BIRTH_NEAR).is_some() {
            continue;
        }
        let conf = if lead.is_some() {
            0.9
        } else if dist <= 12 {
            0.7
        } else {
            continue;
        };
        out.push(Cand::new(
            Kind::Ssn,
            doc.toks[i].start,
            doc.toks[i].end,
            conf,
            "ssn.last4",
            format!(
                "Looks like the last 4 digits of a Social Security number, near the word '{w}'"
            ),
        ));
    }
}

/// "DOB 09-Jan-1964\nLAST 4 0958\nPH ...": an intake template's "LAST 4"
/// field, starting its line (or after a "/") right after the date of birth, with no card
/// named: the SSN's last four, as the field always is in those forms.
fn template_last4(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    if k > 0 && doc.punct(k - 1) == Some(':') {
        k -= 1;
    }
    let last = if k >= 2 && doc.is(k - 1, "4") && doc.is(k - 2, "last") {
        k - 2
    } else {
        return false;
    };
    // A field starts its line or follows a separator ("DOB ... / LAST 4 ...").
    let starts_line = last == 0
        || doc.toks[last].newline_before
        || matches!(doc.punct(last - 1), Some('/' | '|' | ';'));
    starts_line
        && (1..=8).any(|d| last >= d && doc.is(last - d, "dob"))
        && card_word_before(doc, i).is_none()
}

/// The distance back to the nearest card word before token `i`, leaving
/// out the card of "ss card", "SSN card", "social security card": that card
/// is the SSN's ("lost ss card, last 4 2291").
fn card_word_before(doc: &Doc, i: usize) -> Option<usize> {
    let (w, dist) = context::before(doc, i, 40, &CARD_CONTEXT)?;
    let anchor = doc.toks.get(i)?.start;
    let head = doc.text.get(..anchor.checked_sub(dist)?)?.trim_end();
    let ssn_card = w == "card"
        && ["ss", "ssn", "security", "ss#"].iter().any(|p| {
            head.len() >= p.len()
                && head
                    .get(head.len() - p.len()..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(p))
                && !head
                    .get(..head.len() - p.len())
                    .is_some_and(|r| r.ends_with(|c: char| c.is_alphanumeric()))
        });
    (!ssn_card).then_some(dist)
}

/// Identifier keywords and what they name.
pub(crate) const ID_KEYWORDS: &[(&str, &str)] = &[
    ("apple health", "ProviderOne (Apple Health) ID"),
    ("a-number", "immigration A-number"),
    ("a#", "immigration A-number"),
    ("alien", "immigration A-number"),
    ("account number", "account number"),
    ("adap", "HIV drug assistance (ADAP) ID"),
    ("account #", "account number"),
    ("acct", "account number"),
    ("account", "account number"),
    ("booking", "booking number"),
    ("case", "court case number"),
    ("cause number", "court cause number"),
    ("claimant", "claimant number"),
    ("claim number", "VA claim number"),
    ("claim #", "VA claim number"),
    ("c-file", "VA claim file number"),
    ("cause #", "court cause number"),
    ("cause no", "court cause number"),
    ("driver's license", "driver's license number"),
    ("drivers license", "driver's license number"),
    ("driver license", "driver's license number"),
    ("driver's lic", "driver's license number"),
    ("d/l", "driver's license number"),
    ("dl#", "driver's license number"),
    ("dl", "driver's license number"),
    ("doc #", "Department of Corrections number"),
    ("doc#", "Department of Corrections number"),
    ("doc number", "Department of Corrections number"),
    ("doc", "Department of Corrections number"),
    ("docket", "court docket number"),
    ("ebt", "EBT card number"),
    ("fbi", "FBI number"),
    ("green card", "green card number"),
    ("id card", "ID card number"),
    ("identicard", "state ID number"),
    ("inmate", "inmate number"),
    ("insurance id", "insurance member ID"),
    ("itin", "taxpayer number"),
    ("jra", "juvenile rehabilitation number"),
    ("jr#", "juvenile rehabilitation number"),
    ("jr #", "juvenile rehabilitation number"),
    ("license number", "license number"),
    ("license #", "license number"),
    ("license no", "license number"),
    ("lic #", "license number"),
    ("lic#", "license number"),
    ("license plate", "license plate"),
    ("medicaid", "Medicaid ID"),
    ("medicare", "Medicare ID"),
    ("member id", "insurance member ID"),
    ("military id", "military ID number"),
    ("providerone", "ProviderOne (Apple Health) ID"),
    ("provider one", "ProviderOne (Apple Health) ID"),
    ("passport", "passport number"),
    ("police report", "police report number"),
    ("placa", "license plate"),
    ("plate", "license plate"),
    ("plates", "license plate"),
    ("placas", "license plate"),
    ("policy number", "insurance policy number"),
    ("state id", "state ID number"),
    ("sid", "state identification number"),
    ("spd report", "police report number"),
    ("spd case", "police report number"),
    ("spd #", "police report number"),
    ("service number", "military service number"),
    ("service #", "military service number"),
    ("svc #", "military service number"),
    ("svc#", "military service number"),
    ("student id", "student ID number"),
    ("tag", "license plate"),
    ("tenant id", "housing authority tenant ID"),
    ("tenant number", "housing authority tenant ID"),
    ("tenant #", "housing authority tenant ID"),
    ("tribal id", "tribal ID number"),
    ("uscis", "immigration case number"),
    ("va file", "VA claim file number"),
    ("va claim", "VA claim number"),
    ("vin", "vehicle identification number"),
    ("wa id", "state ID number"),
    ("warrant", "warrant number"),
    ("wdl", "driver's license number"),
];

/// Words and marks between an identifier keyword and its value. A question
/// mark and an opening quote: the answer to a question ("Plate? 'BVT3390'").
const ID_FILLERS: &[&str] = &[
    "#", "(", "-", ":", "=", ".", "card", "ending", "is", "id", "in", "no", "no.", "number", "num",
    "nbr", "of", "state", "was", "wa", "filed", ",", "case", "?", "'", "\"", "‘", "“",
];

fn ids(doc: &Doc, out: &mut Vec<Cand>) {
    let toks = &doc.toks;
    for i in 0..toks.len() {
        let t = toks[i];
        let text = doc.tok_text(i);
        // Shapes that need no keyword.
        if t.kind == TokKind::Mixed {
            let b = text.as_bytes();
            let upper = text.to_ascii_uppercase();
            if b.len() == 11 && b[..9].iter().all(u8::is_ascii_digit) && upper.ends_with("WA") {
                out.push(Cand::new(
                    Kind::Id,
                    t.start,
                    t.end,
                    0.92,
                    "id.providerone",
                    "Looks like a ProviderOne (Apple Health) ID: 9 digits and WA".to_string(),
                ));
                continue;
            }
            // The legacy Washington licence: 7 letters of the name (or `*`),
            // 3 digits, 2 check characters: TWOBUEJ123AB.
            let legacy_wa = b.len() == 12
                && b[..7].iter().all(u8::is_ascii_alphabetic)
                && b[7..10].iter().all(u8::is_ascii_digit)
                && b[10..].iter().all(u8::is_ascii_alphanumeric)
                && text.bytes().filter(u8::is_ascii_uppercase).count() >= 9;
            // WDL and 9 characters; a character or two more is a typo of one.
            let wdl = (12..=14).contains(&b.len())
                && upper.starts_with("WDL")
                && b[3..].iter().all(u8::is_ascii_alphanumeric);
            if wdl || legacy_wa {
                out.push(Cand::new(
                    Kind::Id,
                    t.start,
                    t.end,
                    0.92,
                    "id.wa_license",
                    "Looks like a Washington driver's license or ID number (WDL and 9 characters)"
                        .to_string(),
                ));
                continue;
            }
            if b.len() == 17
                && !upper.bytes().any(|c| matches!(c, b'I' | b'O' | b'Q'))
                && vin_check(&upper)
            {
                out.push(Cand::new(
                    Kind::Id,
                    t.start,
                    t.end,
                    0.9,
                    "id.vin",
                    "Looks like a vehicle identification number (17 characters, check digit valid)"
                        .to_string(),
                ));
                continue;
            }
        }
        if t.kind == TokKind::Mixed && plate_shape(text) && car_before(doc, i) {
            out.push(Cand::new(
                Kind::Id,
                t.start,
                t.end,
                0.75,
                "id.plate",
                "Looks like a licence plate (three letters and four digits) after a car"
                    .to_string(),
            ));
            continue;
        }
        if let Some(end) = legacy_wa_starred(doc, i) {
            out.push(Cand::new(
                Kind::Id,
                t.start,
                end,
                0.9,
                "id.wa_license",
                "Looks like an older Washington driver's license number (name letters with `*`, 3 digits, 2 check characters)"
                    .to_string(),
            ));
            continue;
        }
        // A Washington municipal or district court case number: a digit, a
        // letter, seven digits ("5Z0418833"), after a word about a court or an
        // order ("No-contact order: 5Z0418833", "MUNI CASE 4Z0122871").
        if t.kind == TokKind::Mixed && court_number_shape(text) && court_word_before(doc, i) {
            out.push(Cand::new(
                Kind::Id,
                t.start,
                t.end,
                0.8,
                "id.court_case",
                "Looks like a court case number (a digit, a letter and seven digits)".to_string(),
            ));
            continue;
        }
        // A Washington court case (cause) number: 24-2-01234-32.
        if doc.num_len(i) == 2
            && (i == 0
                || !doc.tight(i)
                || doc.kind(i - 1) == Some(TokKind::Punct) && doc.punct(i - 1) != Some('-'))
            && [(1, 1), (3, 5), (5, 2)].iter().all(|&(k, len)| {
                doc.punct(i + k) == Some('-')
                    && doc.tight(i + k)
                    && doc.tight(i + k + 1)
                    && (doc.num_len(i + k + 1) == len || len == 2 && doc.num_len(i + k + 1) == 1)
            })
        {
            out.push(Cand::new(
                Kind::Id,
                t.start,
                toks[i + 6].end,
                0.85,
                "id.court_case",
                "Looks like a court case (cause) number".to_string(),
            ));
            continue;
        }
        // An agency number: letters, a dash, digits ("DOC-1234567", "WA-12-345678").
        if t.kind == TokKind::Word
            && doc.all_caps(i)
            && (2..=4).contains(&text.len())
            && doc.punct(i + 1) == Some('-')
            && doc.tight(i + 1)
            && doc.tight(i + 2)
        {
            let mut e = i + 2;
            let mut digits = doc.num_len(e);
            if doc.punct(e + 1) == Some('-')
                && doc.tight(e + 1)
                && doc.tight(e + 2)
                && doc.num_len(e + 2) > 0
            {
                digits += doc.num_len(e + 2);
                e += 2;
            }
            if (5..=12).contains(&digits) && doc.num_len(i + 2) > 0 {
                out.push(Cand::new(
                    Kind::Id,
                    t.start,
                    toks[e].end,
                    0.7,
                    "id.agency_number",
                    "Looks like an agency or case number of a person".to_string(),
                ));
                continue;
            }
        }
        // "card ending in 4432", "EBT card last 4 4432".
        // "last 4 of card on file 7731": the lead a few words back.
        if doc.num_len(i) == 4
            && context::before(doc, i, 30, &LAST4_LEAD).is_some()
            && card_word_before(doc, i).is_some_and(|card| {
                // "her SSN card and her debit card ending 7731": the nearer word decides.
                context::before(doc, i, 60, &SSN_CONTEXT).map_or(true, |(_, ssn)| card < ssn)
            })
        {
            out.push(Cand::new(
                Kind::Id,
                t.start,
                t.end,
                0.8,
                "id.card_last4",
                "Looks like the last 4 digits of a card or account number".to_string(),
            ));
            continue;
        }
        // Immigration A-number: "A-123456789", "A123456789".
        let a_number = if t.kind == TokKind::Mixed {
            let b = text.as_bytes();
            matches!(b.first(), Some(b'A' | b'a'))
                && (9..=10).contains(&b.len())
                && b[1..].iter().all(u8::is_ascii_digit)
        } else {
            text == "A" && doc.punct(i + 1) == Some('-') && doc.tight(i + 1) && doc.tight(i + 2)
        };
        // "A-123456789", or grouped as on the card: "A-245-119-880".
        let a_end = if !a_number || t.kind == TokKind::Mixed {
            Some(i)
        } else if (8..=9).contains(&doc.num_len(i + 2)) {
            Some(i + 2)
        } else if matches!(doc.num_len(i + 2), 2 | 3)
            && [4, 6].iter().all(|&k| {
                doc.punct(i + k - 1) == Some('-')
                    && doc.tight(i + k - 1)
                    && doc.tight(i + k)
                    && doc.num_len(i + k) == 3
            })
            && !doc.tight(i + 7)
        {
            Some(i + 6)
        } else {
            None
        };
        if let (true, Some(a_end)) = (a_number, a_end) {
            let end = toks[a_end].end;
            out.push(Cand::new(
                Kind::Id,
                t.start,
                end,
                0.85,
                "id.a_number",
                "Looks like an immigration A-number".to_string(),
            ));
            continue;
        }
        // Keyword, fillers, value.
        if doc
            .kw
            .get(i)
            .map_or(true, |m| m & (1u64 << context::ID_KEYWORDS_ID) == 0)
        {
            continue;
        }
        let first = doc
            .text
            .as_bytes()
            .get(t.start)
            .map_or(0, u8::to_ascii_lowercase);
        let lo = ID_KEYWORDS.partition_point(|(p, _)| context::first_byte(p) < first);
        let Some(kw) = ID_KEYWORDS
            .get(lo..)
            .unwrap_or(&[])
            .iter()
            .take_while(|(p, _)| context::first_byte(p) == first)
            .find(|(p, _)| context::phrase_at(doc.text, t.start, p))
        else {
            continue;
        };
        let kw_end = t.start + kw.0.len();
        let mut j = doc.tok_at(kw_end);
        let mut skipped = 0;
        while j < toks.len() && skipped < 5 && toks[j].start < kw_end + 30 {
            let w = doc.tok_text(j);
            // "Passport RMI #R0048271": the issuing country's code.
            let country = kw.0 == "passport"
                && skipped == 0
                && (2..=3).contains(&w.len())
                && doc.all_caps(j)
                && toks[j].kind == TokKind::Word;
            // "her passport (Jordanian, #N4827715)": the nationality, a
            // capitalized word set off by a comma or a number sign.
            let nationality = kw.0 == "passport"
                && skipped <= 1
                && toks[j].kind == TokKind::Word
                && doc.capitalized(j)
                && matches!(doc.punct(j + 1), Some(',' | '#' | ':'));
            if country
                || nationality
                || ID_FILLERS.iter().any(|f| f.eq_ignore_ascii_case(w))
                    && toks[j].kind != TokKind::Num
            {
                j += 1;
                skipped += 1;
            } else {
                break;
            }
        }
        if context::before(doc, i, 20, &NOT_PII)
            .is_some_and(|(w, d)| !own_money(doc, t.start, w, d))
        {
            continue;
        }
        if let Some((s, e, k)) = id_value(doc, j) {
            // Keywords that are also ordinary words need a value with digits and length.
            let weak = matches!(
                kw.0,
                "tag"
                    | "account"
                    | "doc"
                    | "sid"
                    | "warrant"
                    | "booking"
                    | "inmate"
                    | "plate"
                    | "placa"
                    | "placas"
            );
            let v = doc.text.get(s..e).unwrap_or("");
            let alnum = v.chars().filter(|c| c.is_alphanumeric()).count();
            if weak && alnum < 5 {
                continue;
            }
            let digits = v.bytes().filter(u8::is_ascii_digit).count();
            // "case 4Z0219887": after the bare word "case" only a court
            // number's shape, letters with digits ("case 5402", a ticket or
            // a client's case in the system, is not one).
            if kw.0 == "case" && (digits < 6 || !v.bytes().any(|b| b.is_ascii_alphabetic())) {
                continue;
            }
            // "SPD report #2025-118447": a police report has a long number;
            // "SPD #3" may be an officer's or a unit's. (A bare "report #" or
            // "incident report #" is the shelter's own log, not the person's.)
            if matches!(kw.0, "spd report" | "spd case" | "spd #") && digits < 6 {
                continue;
            }
            let _ = k;
            out.push(Cand::new(
                Kind::Id,
                s,
                e,
                0.88,
                "id.keyword",
                format!(
                    "Looks like a {} (after the word '{}')",
                    kw.1,
                    doc.text.get(t.start..kw_end).unwrap_or(kw.0)
                ),
            ));
        } else if loose_keyword(doc, i, kw.0) {
            if let Some(k) = number_later(doc, j, kw_end) {
                out.push(Cand::new(
                    Kind::Id,
                    toks[k].start,
                    toks[k].end,
                    0.75,
                    "id.keyword",
                    format!(
                        "Looks like a {} (a few words after the word '{}')",
                        kw.1,
                        doc.text.get(t.start..kw_end).unwrap_or(kw.0)
                    ),
                ));
            }
        }
    }
}

/// "INCOME SSI $943 - ESD CLAIMANT ID 4471902": a dollar sign `d` bytes
/// before the keyword at byte `at` belongs to its own amount when a field
/// separator (" - ", ", ", "; ", "|") lies between them.
fn own_money(doc: &Doc, at: usize, w: &str, d: usize) -> bool {
    w == "$"
        && at
            .checked_sub(d)
            .and_then(|s| doc.text.get(s..at))
            .is_some_and(|between| {
                [" - ", ", ", "; ", "|", " / "]
                    .iter()
                    .any(|sep| between.contains(sep))
            })
}

/// Keywords for numbers people mention in passing, the number a few words
/// later: "a DOC number from a 2019 case, 398812", "his JRA, it was
/// 771204". "doc" alone is also a doctor: only written "DOC".
fn loose_keyword(doc: &Doc, i: usize, kw: &str) -> bool {
    match kw {
        "doc #" | "doc#" | "doc number" | "jra" | "jr#" | "jr #" | "inmate" | "booking" | "fbi" => {
            true
        }
        "doc" => doc.tok_text(i) == "DOC",
        _ => false,
    }
}

/// A bare number of 6 to 8 digits within a few words after token `j`, in the
/// same sentence: not a year, a zip code, a street number or a phone (too
/// short or too long), nor part of a date, a time, money or a longer number.
fn number_later(doc: &Doc, j: usize, kw_end: usize) -> Option<usize> {
    let mut k = j;
    while k < doc.toks.len() && k < j + 10 && doc.toks[k].start < kw_end + 45 {
        if doc.toks[k].newline_before
            || matches!(doc.punct(k), Some('.' | ';' | '!' | '?' | ':')) && doc.num_len(k + 1) == 0
        {
            return None;
        }
        let n = doc.num_len(k);
        if n > 0 {
            let glued = |m: usize| {
                doc.toks.get(m).is_some_and(|t| {
                    t.kind == TokKind::Punct && !matches!(doc.punct(m), Some(',' | ')' | '('))
                })
            };
            let tied_before = k > 0 && doc.tight(k) && glued(k - 1);
            let tied_after =
                doc.tight(k + 1) && glued(k + 1) && doc.tight(k + 2) && doc.kind(k + 2).is_some();
            if (6..=8).contains(&n) && !tied_before && !tied_after {
                return Some(k);
            }
        }
        k += 1;
    }
    None
}

/// "old WA license TRANQB*412P1": the legacy Washington licence of a short
/// name is padded with `*` among its 7 name letters, which splits it into
/// several tokens. From a capitalized word at token `i`, the end byte of the
/// 12 characters: 7 capitals or `*` (one `*` at least), 3 digits, 2 capitals
/// or digits, with no letter or digit glued on either side.
fn legacy_wa_starred(doc: &Doc, i: usize) -> Option<usize> {
    let t = doc.toks.get(i)?;
    if t.kind != TokKind::Word || t.end - t.start > 6 || !doc.all_caps(i) {
        return None;
    }
    let bytes = doc.text.as_bytes();
    let part = |c: u8| c.is_ascii_alphanumeric() || c == b'*';
    if t.start > 0 && bytes.get(t.start - 1).copied().is_some_and(part) {
        return None;
    }
    let b = bytes.get(t.start..t.start + 12)?;
    let ok = b[..7].iter().all(|&c| c.is_ascii_uppercase() || c == b'*')
        && b[..7].contains(&b'*')
        && b[7..10].iter().all(u8::is_ascii_digit)
        && b[10..]
            .iter()
            .all(|&c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && !bytes.get(t.start + 12).copied().is_some_and(part);
    ok.then_some(t.start + 12)
}

/// Three capital letters and four digits, the Washington plate: "BSK1192".
fn plate_shape(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 7
        && b[..3].iter().all(u8::is_ascii_uppercase)
        && b[3..].iter().all(u8::is_ascii_digit)
}

/// "DRIVES A SILVER CAMRY BSK1192", "(2011 Nissan Altima, WA BVN2284)",
/// "Honda Civic ABC1234": the state "WA" or a car's make or model right
/// before token `i`, or a make and its model: the plate of the car, with
/// no keyword ("Honda dealer ref ABC1234" is not one).
fn car_before(doc: &Doc, i: usize) -> bool {
    let car = |k: usize| {
        super::contact::CAR_MAKES
            .iter()
            .any(|m| doc.tok_text(k).eq_ignore_ascii_case(m))
    };
    let tied = |k: usize| doc.toks.get(k).is_some_and(|t| !t.newline_before);
    i >= 1
        && tied(i)
        && (doc.tok_text(i - 1) == "WA"
            || car(i - 1)
            || i >= 2 && car(i - 2) && doc.capitalized(i - 1) && tied(i - 1))
}

/// A digit, a capital letter, seven digits: "4Z0219887".
fn court_number_shape(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 9
        && b[0].is_ascii_digit()
        && b[1].is_ascii_uppercase()
        && b[2..].iter().all(u8::is_ascii_digit)
}

/// A word about a court, a charge or an order among the few words before
/// token `i`.
fn court_word_before(doc: &Doc, i: usize) -> bool {
    const WORDS: &[&str] = &[
        "case",
        "charge",
        "citation",
        "court",
        "docket",
        "dui",
        "dv",
        "muni",
        "municipal",
        "nco",
        "order",
        "protection",
        "warrant",
    ];
    (1..=6).any(|k| i >= k && WORDS.iter().any(|w| doc.is(i - k, w)))
}

/// The identifier value starting at token `j`: returns its byte span and the
/// index of its last token.
fn id_value(doc: &Doc, j: usize) -> Option<(usize, usize, usize)> {
    let first = doc.toks.get(j)?;
    let ok_first = match first.kind {
        TokKind::Num | TokKind::Mixed => true,
        TokKind::Word => {
            let w = doc.tok_text(j);
            // "C 31 447 902": one capital letter before spaced digits.
            let letter = w.len() == 1 && doc.num_len(j + 1) > 0 && !doc.tight(j + 1);
            // "T-0088214": one capital letter, a dash, digits.
            let lettered = w.len() == 1
                && doc.punct(j + 1) == Some('-')
                && doc.tight(j + 1)
                && doc.tight(j + 2)
                && doc.num_len(j + 2) > 0;
            w.len() <= 8 && doc.all_caps(j) && (w.len() >= 2 || letter || lettered)
        }
        TokKind::Punct => false,
    };
    if !ok_first {
        return None;
    }
    let mut last = j;
    let mut k = j + 1;
    while k < doc.toks.len() && k - j < 8 {
        let t = doc.toks[k];
        let prev_short_caps = doc.kind(last) == Some(TokKind::Word) || doc.num_len(last) > 0;
        match t.kind {
            TokKind::Punct if !t.space_before && matches!(doc.punct(k), Some('-' | '*')) => {
                if doc
                    .toks
                    .get(k + 1)
                    .is_some_and(|n| n.kind != TokKind::Punct || doc.punct(k + 1) == Some('*'))
                {
                    k += 1;
                    continue;
                }
                break;
            }
            TokKind::Punct if doc.punct(k) == Some('*') && !t.space_before => {
                k += 1;
                continue;
            }
            TokKind::Num | TokKind::Mixed
                if !t.space_before
                    || ((prev_short_caps || doc.kind(last) == Some(TokKind::Mixed))
                        && doc.tok_text(last).len() <= 4
                        && k == last + 1) =>
            {
                last = k;
                k += 1;
            }
            TokKind::Word if !t.space_before || doc.punct(k - 1) == Some('-') => {
                last = k;
                k += 1;
            }
            _ => break,
        }
    }
    let s = first.start;
    let e = doc.toks.get(last)?.end;
    let v = doc.text.get(s..e)?;
    let digits = v.bytes().filter(u8::is_ascii_digit).count();
    let alnum = v.chars().filter(|c| c.is_alphanumeric()).count();
    if digits == 0 || !(4..=20).contains(&alnum) {
        return None;
    }
    Some((s, e, last))
}

/// The North American VIN check digit (position 9).
fn vin_check(v: &str) -> bool {
    const W: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'H' => u32::from(c - b'A') + 1,
            b'J'..=b'N' => u32::from(c - b'J') + 1,
            b'P' => 7,
            b'R' => 9,
            b'S'..=b'Z' => u32::from(c - b'S') + 2,
            _ => return None,
        })
    };
    let b = v.as_bytes();
    if b.len() != 17 || !b.iter().any(u8::is_ascii_digit) {
        return false;
    }
    let mut sum = 0;
    for (k, &c) in b.iter().enumerate() {
        match val(c) {
            Some(x) => sum += x * W[k],
            None => return false,
        }
    }
    let check = sum % 11;
    let want = if check == 10 {
        b'X'
    } else {
        b'0' + check as u8
    };
    b[8] == want
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_keywords_sorted_by_first_byte() {
        // The keyword look-up searches only the bucket of the first byte.
        for pair in ID_KEYWORDS.windows(2) {
            assert!(
                context::first_byte(pair[0].0) <= context::first_byte(pair[1].0),
                "{:?} before {:?}",
                pair[0].0,
                pair[1].0
            );
        }
    }

    #[test]
    fn validators() {
        assert!(ssn_valid("123456701"));
        for bad in [
            "000123456",
            "666123456",
            "912345678",
            "123006789",
            "123450000",
            "111111111",
            "123456789",
            "078051120",
        ] {
            assert!(!ssn_valid(bad), "{bad}");
        }
        assert!(luhn_valid("4111111111111111"));
        assert!(!luhn_valid("4111111111111112"));
        assert!(nanp_valid("5095550142"));
        assert!(!nanp_valid("1095550142"));
        assert!(!nanp_valid("5091550142"));
        assert!(vin_check("1M8GDM9AXKP042788"));
    }
}
