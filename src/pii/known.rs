//! Identifiers of this client from the intake form, found wherever they recur
//! in the note in any common format; and the agency's deny list.

use super::dates;
use super::tokens::{fold_word, Doc, TokKind};
use super::{Cand, Kind, ScanOptions};
use crate::date::Date;

/// Read a known DOB: `YYYY-MM-DD`, `M/D/YYYY`, `March 14, 1988`, ...
pub(crate) fn parse_known_date(s: &str) -> Option<(i32, u32, u32)> {
    if let Ok(d) = Date::parse(s) {
        return Some((d.year(), u32::from(d.month()), u32::from(d.day())));
    }
    let doc = Doc::new(s.trim(), 9999);
    let d = dates::all_dates(&doc).into_iter().next()?;
    Some((d.year?, d.month, d.day?))
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Call `f` with the span of every whole-word, case-insensitive occurrence of
/// `phrase` (compared word by word, accents folded, spacing ignored).
pub(crate) fn find_phrase(doc: &Doc, phrase: &str, mut f: impl FnMut(usize, usize)) {
    let want = Doc::new(phrase.trim(), doc.as_of_year);
    let want_words: Vec<String> = (0..want.toks.len())
        .map(|i| fold_word(want.tok_text(i)))
        .collect();
    let Some(first) = want_words.first() else {
        return;
    };
    let n = want_words.len();
    for i in 0..doc.toks.len() {
        if fold_word(doc.tok_text(i)) != *first {
            continue;
        }
        if (1..n).all(|k| {
            want_words
                .get(k)
                .is_some_and(|w| fold_word(doc.tok_text(i + k)) == *w)
        }) {
            if let (Some(a), Some(b)) = (doc.toks.get(i), doc.toks.get(i + n - 1)) {
                f(a.start, b.end);
            }
        }
    }
}

pub(crate) fn scan(doc: &Doc, options: &ScanOptions, out: &mut Vec<Cand>) {
    let k = &options.known;

    for name in &k.names {
        find_phrase(doc, name, |s, e| {
            out.push(Cand::new(
                Kind::Name,
                s,
                e,
                0.99,
                "known.name",
                "This is the client's name from the form".to_string(),
            ))
        });
        // Each part alone (first name alone), when it is at least 2 letters.
        let parts = Doc::new(name, doc.as_of_year);
        for p in 0..parts.toks.len() {
            let w = parts.tok_text(p);
            if parts.kind(p) == Some(TokKind::Word) && w.chars().count() >= 2 {
                find_phrase(doc, w, |s, e| {
                    out.push(Cand::new(
                        Kind::Name,
                        s,
                        e,
                        0.97,
                        "known.name",
                        "This is part of the client's name from the form".to_string(),
                    ))
                });
            }
        }
    }

    let dobs: Vec<(i32, u32, u32)> = k.dob.iter().filter_map(|d| parse_known_date(d)).collect();
    if !dobs.is_empty() {
        for d in dates::all_dates(doc) {
            let hit = dobs.iter().any(|&(y, m, day)| {
                d.month == m && d.day == Some(day) && d.year.map_or(true, |dy| dy == y)
            });
            if hit {
                if let (Some(a), Some(b)) = (doc.toks.get(d.first), doc.toks.get(d.last)) {
                    out.push(Cand::new(
                        Kind::Dob,
                        a.start,
                        b.end,
                        0.99,
                        "known.dob",
                        "This is the client's date of birth from the form".to_string(),
                    ));
                }
            }
        }
    }

    let ssns: Vec<String> = k
        .ssn
        .iter()
        .map(|s| digits(s))
        .filter(|d| d.len() == 9)
        .collect();
    let phones: Vec<String> = k
        .phones
        .iter()
        .map(|p| {
            let d = digits(p);
            if d.len() == 11 && d.starts_with('1') {
                d[1..].to_string()
            } else {
                d
            }
        })
        .filter(|d| d.len() >= 7)
        .collect();
    let ids: Vec<String> = k
        .ids
        .iter()
        .map(|s| {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_ascii_uppercase()
        })
        .filter(|s| s.len() >= 4)
        .collect();
    if !ssns.is_empty() || !phones.is_empty() || !ids.is_empty() {
        digit_windows(doc, |s, e, d, alnum| {
            if ssns.contains(&d) {
                out.push(Cand::new(
                    Kind::Ssn,
                    s,
                    e,
                    0.99,
                    "known.ssn",
                    "This is the client's Social Security number from the form".to_string(),
                ));
            } else if phones
                .iter()
                .any(|p| *p == d || (d.len() == 11 && d.starts_with('1') && d[1..] == **p))
            {
                out.push(Cand::new(
                    Kind::Phone,
                    s,
                    e,
                    0.99,
                    "known.phone",
                    "This is the client's phone number from the form".to_string(),
                ));
            } else if ids.contains(&alnum) {
                out.push(Cand::new(
                    Kind::Id,
                    s,
                    e,
                    0.99,
                    "known.id",
                    "This is an identifier of the client from the form".to_string(),
                ));
            }
        });
        // "last 4" of a known SSN.
        for i in 0..doc.toks.len() {
            if doc.num_len(i) == 4 && ssns.iter().any(|x| x.ends_with(doc.tok_text(i))) {
                let tied =
                    (i > 0 && doc.tight(i) && matches!(doc.punct(i - 1), Some('-' | '.' | '/')))
                        || (doc.tight(i + 1) && matches!(doc.punct(i + 1), Some('-' | '.' | '/')));
                if !tied {
                    let t = doc.toks[i];
                    out.push(Cand::new(
                        Kind::Ssn,
                        t.start,
                        t.end,
                        0.8,
                        "known.ssn_last4",
                        "These are the last 4 digits of the client's Social Security number"
                            .to_string(),
                    ));
                }
            }
        }
    }

    for a in k.addresses.iter().chain(k.emails.iter()) {
        let kind = if a.contains('@') {
            Kind::Email
        } else {
            Kind::Address
        };
        find_phrase(doc, a, |s, e| {
            out.push(Cand::new(
                kind,
                s,
                e,
                0.99,
                "known.contact",
                "This is the client's contact information from the form".to_string(),
            ))
        });
        // The street line alone ("1234 N Division St" from a full address).
        if kind == Kind::Address {
            if let Some((street, _)) = a.split_once(',') {
                find_phrase(doc, street, |s, e| {
                    out.push(Cand::new(
                        kind,
                        s,
                        e,
                        0.97,
                        "known.contact",
                        "This is the client's address from the form".to_string(),
                    ))
                });
            }
        }
    }

    for entry in &options.deny {
        let (kind, term) = match entry.split_once(':') {
            Some((k, t)) if Kind::from_code(k).is_some() => {
                (Kind::from_code(k).unwrap_or(Kind::Other), t)
            }
            _ => (Kind::Other, entry.as_str()),
        };
        find_phrase(doc, term, |s, e| {
            out.push(Cand::new(
                kind,
                s,
                e,
                1.0,
                "deny.term",
                format!(
                    "'{}' is on the agency's list of terms never to record",
                    term.trim()
                ),
            ))
        });
    }
}

/// Every window of 1 to 6 consecutive number-like tokens (with separators
/// between), as digits and as upper-case alphanumerics. Bounded: at most
/// 6 windows per token.
fn digit_windows(doc: &Doc, mut f: impl FnMut(usize, usize, String, String)) {
    let n = doc.toks.len();
    for i in 0..n {
        if !matches!(doc.kind(i), Some(TokKind::Num | TokKind::Mixed)) {
            continue;
        }
        if i > 0 && doc.tight(i) && matches!(doc.kind(i - 1), Some(TokKind::Num | TokKind::Mixed)) {
            continue;
        }
        let mut d = String::new();
        let mut a = String::new();
        let mut j = i;
        let mut groups = 0;
        while j < n && groups < 6 {
            match doc.kind(j) {
                Some(TokKind::Num | TokKind::Mixed) => {
                    let t = doc.tok_text(j);
                    d.extend(t.chars().filter(char::is_ascii_digit));
                    a.extend(
                        t.chars()
                            .filter(|c| c.is_alphanumeric())
                            .map(|c| c.to_ascii_uppercase()),
                    );
                    groups += 1;
                    // Whole number only: the next token must not continue it.
                    let continues = doc.tight(j + 1)
                        && matches!(doc.punct(j + 1), Some('-' | '.'))
                        && doc.tight(j + 2)
                        && doc.num_len(j + 2) > 0;
                    let spaced_more = doc.num_len(j + 1) > 0
                        && !doc.toks.get(j + 1).is_some_and(|t| t.newline_before);
                    if !continues && !spaced_more || d.len() >= 7 {
                        // "(509)555-0142": include the opening parenthesis.
                        let open = i > 0 && doc.punct(i - 1) == Some('(') && doc.tight(i) && j > i;
                        let s = if open {
                            doc.toks[i - 1].start
                        } else {
                            doc.toks[i].start
                        };
                        f(s, doc.toks[j].end, d.clone(), a.clone());
                    }
                    j += 1;
                }
                Some(TokKind::Punct) if matches!(doc.punct(j), Some('-' | '.' | '(' | ')')) => {
                    j += 1
                }
                _ => break,
            }
            if d.len() > 19 {
                break;
            }
        }
    }
}
