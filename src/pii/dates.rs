//! Dates of birth and ages.
//!
//! Every date in the note is read (numeric `3/14/88`, ISO `1988-03-14`,
//! `March 14th, 1988`, `14 Mar 1988`); a date is a DOB when birth words are
//! nearer than service words ("seen", "appointment", "court"), or when it is a
//! full date long enough ago to be a birth date and nothing says otherwise.
//! Bare years are DOBs only after birth words ("born in 1979", "b. 1992").

use super::context;
use super::context::Phrases;
use super::names;
use super::tokens::{CaseMode, Doc, TokKind};
use super::{Cand, Kind};

pub(crate) const DOB_WORDS: Phrases = Phrases {
    id: 4,
    list: &[
        "birth dates",
        "birth date",
        "birthdates",
        "birthdate",
        "birthday",
        "b-day",
        "birth",
        "bday",
        "born",
        "b.",
        "cumpleaños",
        "date of birth",
        "d.o.b",
        "d/o/b",
        "dobs",
        "dob",
        "fecha de nacimiento",
        "fecha de nac",
        "fecha nac",
        // "F. nac.: 3/5/85" (Spanish forms).
        "f. nac",
        "f.nac",
        "nacimiento",
        "nacido",
        "nacida",
        // "nació el 3 de mayo de 1985": Spanish "was born".
        "nació",
        "nacio",
        "year of birth",
        "yob",
    ],
};

pub(crate) const SERVICE_WORDS: Phrases = Phrases {
    id: 5,
    list: &[
        "appointment",
        "appt",
        "arrested",
        "admitted",
        // Spanish: "audiencia" (hearing), "cita" (appointment), "corte",
        // "desde" (since), "hasta" (until), "desalojo" (eviction), "visita".
        "audiencia",
        "applied",
        "approved",
        "as of",
        "at",
        "after",
        "assessment",
        "assessed",
        "by",
        "booked",
        "before",
        "between",
        "court",
        "called",
        "cita",
        "corte",
        "clean",
        "due",
        "dos",
        "date of service",
        "discharged",
        "denied",
        "divorced",
        "date",
        "dated",
        "deadline",
        "desde",
        "desalojo",
        "desalojado",
        "desalojada",
        "entered",
        "entry",
        "exit",
        "exited",
        "expires",
        "expired",
        "exp",
        "evicted",
        "eviction",
        "ended",
        "effective",
        "from",
        "hearing",
        "hasta",
        "intake",
        "incarcerated",
        "issued",
        "in",
        "last",
        "lease",
        "met",
        "meet",
        "moved",
        "move-in",
        "married",
        "next",
        "on",
        "paid",
        "released",
        "release",
        "received",
        "rent",
        "seen",
        "scheduled",
        "since",
        "started",
        "start",
        "signed",
        "submitted",
        "sober",
        "sentenced",
        "through",
        "thru",
        "today",
        "until",
        "visit",
        "visita",
        "visited",
        "vi-spdat",
    ],
};

pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub(crate) fn month_of(w: &str) -> Option<u32> {
    // Cheap rejection before allocating: month names are 3 to 9 letters
    // starting with one of j f m a s o n d.
    let first = w.as_bytes().first()?.to_ascii_lowercase();
    if !(3..=9).contains(&w.len()) || !b"jfmasond".contains(&first) {
        return None;
    }
    // Every month has its own first three letters: find it by them, then
    // the word must be the whole name, those three letters, or "sept".
    const fn key3(b: &[u8]) -> u32 {
        (b[0].to_ascii_lowercase() as u32)
            | (b[1].to_ascii_lowercase() as u32) << 8
            | (b[2].to_ascii_lowercase() as u32) << 16
    }
    const HEADS: [u32; 12] = {
        let mut out = [0; 12];
        let mut i = 0;
        while i < 12 {
            out[i] = key3(MONTHS[i].as_bytes());
            i += 1;
        }
        out
    };
    let b = w.as_bytes();
    // The key once, not once per month (opt-level "z" does not hoist it).
    let k = key3(b);
    let p = HEADS.iter().position(|&h| h == k)?;
    let m = MONTHS.get(p)?.as_bytes();
    (b.len() == 3 || m.eq_ignore_ascii_case(b) || b.eq_ignore_ascii_case(b"sept"))
        .then_some(p as u32 + 1)
}

/// A day written as `14` or `14th`.
fn day_of(doc: &Doc, i: usize) -> Option<u32> {
    let t = doc.tok_text(i);
    let v = match doc.kind(i)? {
        TokKind::Num if t.len() <= 2 => t.parse().ok()?,
        TokKind::Mixed => {
            let n = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suf = t.get(n.len()..)?.to_ascii_lowercase();
            if n.len() > 2 || !matches!(suf.as_str(), "st" | "nd" | "rd" | "th") {
                return None;
            }
            n.parse().ok()?
        }
        _ => return None,
    };
    (1..=31).contains(&v).then_some(v)
}

/// A date found in the text: first and last token, and what it says.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FoundDate {
    pub first: usize,
    pub last: usize,
    pub year: Option<i32>,
    pub month: u32,
    pub day: Option<u32>,
}

fn year_of(doc: &Doc, i: usize, as_of: i32) -> Option<i32> {
    let t = doc.tok_text(i);
    let len = doc.num_len(i);
    let v: i32 = t.parse().ok()?;
    match len {
        4 if (1900..=as_of + 1).contains(&v) => Some(v),
        // Two-digit years: this century if not in the future.
        2 => Some(if 2000 + v <= as_of {
            2000 + v
        } else {
            1900 + v
        }),
        _ => None,
    }
}

/// Read a date starting at token `i`.
pub(crate) fn date_at(doc: &Doc, i: usize) -> Option<FoundDate> {
    let as_of = doc.as_of_year;
    let k = doc.kind(i)?;
    if k == TokKind::Num {
        let a = doc.num(i)?;
        let la = doc.num_len(i);
        let sep = doc.punct(i + 1).filter(|c| matches!(c, '/' | '-' | '.'))?;
        if !doc.tight(i + 1) || !doc.tight(i + 2) || doc.kind(i + 2) != Some(TokKind::Num) {
            return None;
        }
        let b = doc.num(i + 2)?;
        let lb = doc.num_len(i + 2);
        let third = doc.punct(i + 3) == Some(sep)
            && doc.tight(i + 3)
            && doc.tight(i + 4)
            && doc.num_len(i + 4) > 0;
        if la == 4 {
            // ISO: 1988-03-14.
            if !third || lb > 2 || doc.num_len(i + 4) > 2 {
                return None;
            }
            let (m, d) = (b, doc.num(i + 4)?);
            if (1..=12).contains(&m)
                && (1..=31).contains(&d)
                && (1900..=as_of + 1).contains(&(a as i32))
            {
                return Some(FoundDate {
                    first: i,
                    last: i + 4,
                    year: Some(a as i32),
                    month: m,
                    day: Some(d),
                });
            }
            return None;
        }
        if la > 2 || lb > 4 {
            return None;
        }
        if third {
            let ly = doc.num_len(i + 4);
            if ly != 2 && ly != 4 || lb > 2 {
                return None;
            }
            // A fourth group means a longer number (a phone), not a date.
            if matches!(doc.punct(i + 5), Some('/' | '-' | '.'))
                && doc.tight(i + 5)
                && doc.num_len(i + 6) > 0
            {
                return None;
            }
            let y = year_of(doc, i + 4, as_of)?;
            let (m, d) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
            if (1..=12).contains(&m) && (1..=31).contains(&d) {
                return Some(FoundDate {
                    first: i,
                    last: i + 4,
                    year: Some(y),
                    month: m,
                    day: Some(d),
                });
            }
            return None;
        }
        if sep == '/' && (1..=12).contains(&a) {
            // 3/14 or 03/1988.
            if lb == 4 {
                let y = year_of(doc, i + 2, as_of)?;
                return Some(FoundDate {
                    first: i,
                    last: i + 2,
                    year: Some(y),
                    month: a,
                    day: None,
                });
            }
            if lb <= 2 && (1..=31).contains(&b) {
                return Some(FoundDate {
                    first: i,
                    last: i + 2,
                    year: None,
                    month: a,
                    day: Some(b),
                });
            }
        }
        return None;
    }
    if k == TokKind::Word {
        // March 14th, 1988 / March 1988 / Mar. 14
        let m = month_of(doc.tok_text(i))?;
        let mut j = i + 1;
        if doc.punct(j) == Some('.') {
            j += 1;
        }
        if let Some(d) = day_of(doc, j) {
            let mut last = j;
            let mut y = None;
            let mut k2 = j + 1;
            if doc.punct(k2) == Some(',') {
                k2 += 1;
            }
            if doc.punct(k2) == Some('\'') {
                k2 += 1;
            }
            if let Some(v) = year_of(doc, k2, as_of) {
                y = Some(v);
                last = k2;
            }
            return Some(FoundDate {
                first: i,
                last,
                year: y,
                month: m,
                day: Some(d),
            });
        }
        if doc.num_len(j) == 4 {
            let y = year_of(doc, j, as_of)?;
            return Some(FoundDate {
                first: i,
                last: j,
                year: Some(y),
                month: m,
                day: None,
            });
        }
        return None;
    }
    if k == TokKind::Mixed || k == TokKind::Num {
        return None;
    }
    None
}

/// The month of a Spanish month name or abbreviation ("febrero", "dic",
/// "setiembre"): Spanish-speaking clients and interpreters write dates
/// day first, "14 de febrero de 1990", "12/diciembre/1980".
fn mes_of(w: &str) -> Option<u32> {
    const MESES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    // Cheap rejection: 3 to 10 letters starting with one of e f m a j s o n d.
    let b = w.as_bytes();
    if !(3..=10).contains(&b.len()) || !b"efmajsond".contains(&b[0].to_ascii_lowercase()) {
        return None;
    }
    let pos = if b.len() == 3 {
        // "ene", "abr", "ago", "dic", "set": the first three letters.
        MESES
            .iter()
            .position(|m| m.as_bytes()[..3].eq_ignore_ascii_case(b))
            .or_else(|| b.eq_ignore_ascii_case(b"set").then_some(8))
    } else {
        MESES
            .iter()
            .position(|m| m.as_bytes().eq_ignore_ascii_case(b))
            .or_else(|| b.eq_ignore_ascii_case(b"setiembre").then_some(8))
    }?;
    u32::try_from(pos + 1).ok()
}

/// 14 Mar 1988, 14th of March, 1988; "14-Mar-1988", "12/Dec/1980"; in
/// Spanish "14 de febrero de 1990", "3 de mayo del 1985", "12/diciembre/1980".
fn day_first_date(doc: &Doc, i: usize) -> Option<FoundDate> {
    let d = day_of(doc, i)?;
    let mut j = i + 1;
    // "12/diciembre/1980": the same mark, tight, on both sides of the month.
    let sep = doc
        .punct(j)
        .filter(|c| matches!(c, '/' | '-' | '.') && doc.tight(j) && doc.tight(j + 1));
    let de = doc.is(j, "de");
    if sep.is_some() || de || doc.is(j, "of") {
        j += 1;
    }
    if doc.kind(j) != Some(TokKind::Word) {
        return None;
    }
    let w = doc.tok_text(j);
    let mut k = j + 1;
    if let Some(c) = sep {
        if doc.punct(k) != Some(c) || !doc.tight(k) || !doc.tight(k + 1) {
            return None;
        }
        k += 1;
    } else if doc.punct(k) == Some('.')
        || doc.punct(k) == Some(',')
        || de && (doc.is(k, "de") || doc.is(k, "del"))
    {
        k += 1;
    }
    let spanish = sep.is_some() || de || doc.num_len(k) == 4;
    let m = month_of(w).or_else(|| mes_of(w).filter(|_| spanish))?;
    let (year, last) = match year_of(doc, k, doc.as_of_year) {
        Some(y) if doc.num_len(k) == 4 => (Some(y), k),
        _ if sep.is_some() => return None,
        _ => (None, j),
    };
    Some(FoundDate {
        first: i,
        last,
        year,
        month: m,
        day: Some(d),
    })
}

/// All dates of the document, in order, not overlapping.
pub(crate) fn all_dates(doc: &Doc) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.toks.len() {
        // A date glued to a longer number on its left is not a date.
        let glued = i > 0
            && doc.tight(i)
            && matches!(doc.punct(i - 1), Some('/' | '-' | '.'))
            && doc.num_len(i) > 0;
        let found = if glued {
            None
        } else {
            date_at(doc, i).or_else(|| day_first_date(doc, i))
        };
        match found {
            Some(d) => {
                out.push(d);
                i = d.last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// Which of the two word lists has the nearer keyword before token `first`
/// (within `window` bytes): `Some(true)` for birth words.
fn nearest_is_birth(
    doc: &Doc,
    first: usize,
    window: usize,
    not_before: usize,
) -> Option<(bool, &'static str)> {
    const WEAK: &[&str] = &[
        "on", "in", "at", "by", "from", "date", "last", "next", "before", "after", "between",
        "dated",
    ];
    let anchor = doc.toks.get(first)?.start;
    // A keyword before an earlier date belongs to that date.
    let birth =
        context::before(doc, first, window, &DOB_WORDS).filter(|&(_, d)| anchor - d >= not_before);
    let service = context::before(doc, first, window, &SERVICE_WORDS);
    let strong = service.filter(|(s, _)| !WEAK.contains(s));
    // "DOB on lease 11/02/1971", "DOB per ID: ...": the service word only
    // says where the birth date is written.
    let strong = strong.filter(|&(s, ds)| {
        !birth.is_some_and(|(b, db)| {
            let from = anchor.saturating_sub(db).saturating_add(b.len());
            let to = anchor.saturating_sub(ds);
            doc.text.get(from..to).is_some_and(|gap| {
                let gap = gap.trim().to_ascii_lowercase();
                [
                    "on", "on the", "per", "per the", "from", "from the", "as on",
                ]
                .contains(&gap.as_str())
            }) && s.len() > 1
        })
    });
    match (birth, service) {
        (Some((b, db)), Some(_)) if strong.map_or(true, |(_, ds)| db <= ds) => Some((true, b)),
        (Some((b, _)), None) => Some((true, b)),
        // "typo in the year, should be 07/22/1991": a weak word alone
        // ("in", "on") says nothing; the date itself decides.
        (None, Some(_)) if strong.is_none() => None,
        (_, Some((s, _))) => Some((false, s)),
        (None, None) => None,
    }
}

/// Whether a sentence ends between bytes `from` and `to`: a period, "!",
/// "?" or ";" token, or a line break, ("d.o.b" is one phrase, not ends).
fn sentence_break(doc: &Doc, from: usize, to: usize) -> bool {
    let mut k = doc.tok_at(from);
    while let Some(t) = doc.toks.get(k) {
        if t.start >= to {
            break;
        }
        if t.start > from && t.newline_before
            || matches!(doc.punct(k), Some('!' | '?' | ';'))
            // Not the period of "D.O.B. 3/14" or "b. 6/2".
            || doc.punct(k) == Some('.')
                && !doc.tight(k + 1)
                && k >= 1
                && doc.tok_text(k - 1).chars().count() > 1
        {
            return true;
        }
        k += 1;
    }
    false
}

/// Birth words written after a date ("3/14/88 (DOB)").
pub(crate) const BIRTH_AFTER: Phrases = Phrases {
    id: 16,
    list: &["birthday", "born", "dob", "d.o.b", "date of birth"],
};

pub(crate) const BIRTH_YEAR_LEAD: Phrases = Phrases {
    id: 14,
    list: &[
        "born around",
        "born approx",
        "birth year",
        "born about",
        "birthyear",
        "birthdate",
        "birth yr",
        "birthday",
        "born in",
        "born",
        "b.",
        "date of birth",
        "d.o.b",
        "dob",
        "nacido en",
        "nacida en",
        "nació en",
        "nacio en",
        "năm sinh",
        "sinh năm",
        "year of birth",
        "year born",
        "yob",
    ],
};

/// The date rules, over `dates`, the document's [`all_dates`].
pub(crate) fn scan(doc: &Doc, dates: &[FoundDate], out: &mut Vec<Cand>) {
    let as_of = doc.as_of_year;
    let mut prev_end = 0;
    for &d in dates {
        let (Some(s), Some(e)) = (doc.toks.get(d.first), doc.toks.get(d.last)) else {
            continue;
        };
        let (start, end) = (s.start, e.end);
        let mut ctx = nearest_is_birth(doc, d.first, 45, prev_end);
        let last_end = prev_end;
        prev_end = end;
        // "ROI revoked 11/20. Name, DOB, SSN": a birth word in the next
        // sentence is about another thing.
        let after_birth = context::after(doc, d.last, 12, &BIRTH_AFTER)
            .filter(|&(_, dist)| !sentence_break(doc, end, end + dist));
        // "birth cert.\nOrder for protection filed 6/19": a month and day
        // with no year is a birthday only in the birth word's sentence.
        if d.year.is_none() && matches!(ctx, Some((true, _))) {
            if let Some((_, dist)) = context::before(doc, d.first, 45, &DOB_WORDS) {
                if sentence_break(doc, s.start - dist, s.start) {
                    ctx = None;
                }
            }
        }
        // "DOB was entered as 6/15/1964", "update DOB in system, it was
        // entered wrong, correct is 12/14/1994": a correction of a DOB.
        if !matches!(ctx, Some((true, _))) {
            if let Some(w) = dob_correction(doc, &d, last_end) {
                ctx = Some((true, w));
            }
        }
        // "hh of 2 adults. Dustin Maki (3-22-95) & partner ...": a full
        // date long ago in brackets right after a full name is that
        // person's birth date, whatever service word came before.
        if matches!(ctx, Some((false, _)))
            && d.year.is_some_and(|y| y <= as_of - 14)
            && d.day.is_some()
            && d.first >= 3
            && doc.punct(d.first - 1) == Some('(')
            && doc.punct(d.last + 1) == Some(')')
            && name_word(doc, d.first - 2)
            && name_word(doc, d.first - 3)
        {
            ctx = None;
        }
        let (conf, reason) = match (ctx, after_birth) {
            (Some((true, w)), _) => (0.95, format!("Looks like a date of birth: a date after the word '{w}'")),
            (_, Some((w, _))) => (0.9, format!("Looks like a date of birth: a date followed by '{w}'")),
            (Some((false, _)), None) => continue,
            (None, None) => match (d.year, d.day) {
                (Some(y), Some(_)) if y <= as_of - 14 => (
                    0.65,
                    format!("Looks like a date of birth: a full date in {y}, too long ago to be a recent service date"),
                ),
                _ => continue,
            },
        };
        if let Some(y) = d.year {
            // "Don't enter DOB as 01/01/1900": a system's empty date.
            if y > as_of || y <= 1900 {
                continue;
            }
        }
        // "DOB 01/01/1990 entered per template": an anonymized DOB is not PII.
        if d.month == 1
            && d.day == Some(1)
            && context::near(doc, d.first, d.last, 50, &TEMPLATE_WORDS).is_some()
        {
            continue;
        }
        out.push(Cand::new(Kind::Dob, start, end, conf, "dob.date", reason));
    }
    eight_digit_dobs(doc, out);
    birth_years(doc, out);
    birth_year_echoes(doc, dates, out);
    let from = out.len();
    let dobs = dob_years(doc, out);
    ages(doc, &dobs, out);
    ages_after_dobs(doc, &dobs, out);
    let mut k = 0;
    out.retain(|c| {
        k += 1;
        k <= from
            || c.rule != "age.years_old"
            || !doc.text[..c.end].to_ascii_lowercase().ends_with("old")
            || !thing_age(doc, c.start)
    });
    spelled_ages(doc, out);
    spelled_dobs(doc, out);
}

/// Animals and things whose age is given a few words later: "dog (pit mix,
/// 8 yrs old)", "the 2012 Ford is 14 years old", "the boiler is 30 years
/// old", "a dog named Sunny, 8 years old".
fn thing_age(doc: &Doc, start: usize) -> bool {
    const MORE: &[&str] = &[
        "boiler", "heater", "fridge", "furnace", "ford", "honda", "toyota", "chevy", "dodge",
        "subaru", "nissan", "transit", "husky", "kitten", "horse", "cats", "dogs", "pets",
    ];
    let i = doc.tok_at(start);
    let mut k = i;
    while k > 0 {
        k -= 1;
        let t = doc.toks[k];
        if t.start + 40 < start || sentence_break(doc, t.start, start) {
            return false;
        }
        let w = doc.lower(k);
        if PERSON.contains(&w) || w == "and" || w == "but" || w == "who" {
            return false;
        }
        if THINGS.contains(&w) || MORE.contains(&w) {
            return true;
        }
    }
    false
}

/// A day written as an ordinal word: "fourth", "twelfth", "twenty-first",
/// "thirtieth"; returns it and its last token.
fn ordinal_day(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    const ORD: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let pos = |w: &str| {
        ORD.iter()
            .position(|o| o.eq_ignore_ascii_case(w))
            .and_then(|p| u32::try_from(p + 1).ok())
    };
    let t = doc.tok_text(i);
    // Every ordinal ends in -st, -nd, -rd or -th, and the tens in -ty: a
    // cheap test first, since this is asked of every token.
    let b = t.as_bytes();
    let ending = match b {
        [.., x, y] => [x.to_ascii_lowercase(), y.to_ascii_lowercase()],
        _ => return None,
    };
    if doc.kind(i) != Some(TokKind::Word)
        || b.len() < 5
        || !matches!(&ending, b"st" | b"nd" | b"rd" | b"th" | b"ty")
    {
        return None;
    }
    if t.eq_ignore_ascii_case("thirtieth") {
        return Some((30, i));
    }
    if let Some(v) = pos(t) {
        return Some((v, i));
    }
    let tens = match spelled_number(t)? {
        20 => 20,
        30 => 30,
        _ => return None,
    };
    let k = if doc.punct(i + 1) == Some('-') {
        i + 2
    } else {
        i + 1
    };
    let u = pos(doc.tok_text(k)).filter(|&u| u <= 9)?;
    (tens + u <= 31).then_some((tens + u, k))
}

/// A year written in words: "nineteen eighty-four", "nineteen oh five",
/// "two thousand eight", "two thousand and twelve", "twenty twelve";
/// returns it and its last token.
fn spelled_year(doc: &Doc, i: usize, as_of: i32) -> Option<(i32, usize)> {
    // The two last digits: "eighty-four", "twelve", "oh five".
    let tail = |k: usize| -> Option<(u32, usize)> {
        let t = doc.tok_text(k);
        if t.eq_ignore_ascii_case("oh") || t.eq_ignore_ascii_case("o") {
            let u = spelled_number(doc.tok_text(k + 1)).filter(|&u| (1..=9).contains(&u))?;
            return Some((u, k + 1));
        }
        spelled_compound(doc, k).filter(|&(v, _)| v >= 10)
    };
    let head = spelled_number(doc.tok_text(i))?;
    let (y, last) = match head {
        19 | 20 => {
            let (t, last) = tail(i + 1)?;
            (head * 100 + t, last)
        }
        2 if doc.is(i + 1, "thousand") => {
            let mut k = i + 2;
            if doc.is(k, "and") {
                k += 1;
            }
            let t = spelled_number(doc.tok_text(k));
            match t {
                Some(v) if v >= 1 => {
                    let (t, last) = tail(k).unwrap_or((v, k));
                    (2000 + t, last)
                }
                _ => (2000, i + 1),
            }
        }
        _ => return None,
    };
    let y = i32::try_from(y).ok()?;
    (1900..=as_of).contains(&y).then_some((y, last))
}

/// Dates of birth written in words after a birth word: "birthday the fourth
/// of July, two thousand eight", "Date of birth? A: "March twelfth,
/// nineteen eighty-four"", "born May 3rd, nineteen ninety".
fn spelled_dobs(doc: &Doc, out: &mut Vec<Cand>) {
    let as_of = doc.as_of_year;
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        // "the fourth of July", "March twelfth", "March 12th", "July the 4th".
        let md = if let Some((_, e)) = ordinal_day(doc, i) {
            let j = if doc.is(e + 1, "of") { e + 2 } else { e + 1 };
            (doc.kind(j) == Some(TokKind::Word) && month_of(doc.tok_text(j)).is_some()).then_some(j)
        } else if doc.kind(i) == Some(TokKind::Word) && month_of(doc.tok_text(i)).is_some() {
            let j = if doc.is(i + 1, "the") { i + 2 } else { i + 1 };
            ordinal_day(doc, j)
                .map(|(_, e)| e)
                .or_else(|| day_of(doc, j).map(|_| j))
        } else {
            None
        };
        let Some(e) = md else {
            i += 1;
            continue;
        };
        let mut k = e + 1;
        if doc.punct(k) == Some(',') {
            k += 1;
        }
        let Some((_, last)) = spelled_year(doc, k, as_of) else {
            i += 1;
            continue;
        };
        if let Some((true, w)) = nearest_is_birth(doc, i, 45, 0) {
            out.push(Cand::new(
                Kind::Dob,
                doc.toks[i].start,
                doc.toks[last].end,
                0.9,
                "dob.spelled",
                format!("Looks like a date of birth written in words after the word '{w}'"),
            ));
            i = last + 1;
        } else {
            i += 1;
        }
    }
}

/// Words right before a date that correct a record: "should be", "correct
/// is", "real one is", "entered as", "changed to".
fn correction_cue(doc: &Doc, first: usize) -> bool {
    let w = |back: usize| first.checked_sub(back).map_or("", |k| doc.tok_text(k));
    let is = |back: usize, words: &[&str]| words.iter().any(|x| w(back).eq_ignore_ascii_case(x));
    let mut b = 1;
    if first > 0 && matches!(doc.punct(first - 1), Some(':' | '"')) {
        b = 2;
    }
    if first < b + 2 {
        return false;
    }
    is(b, &["be"]) && is(b + 1, &["should", "must", "would"])
        || is(b, &["is", "was"])
            && (is(b + 1, &["correct", "real", "actual", "right", "true"])
                || is(b + 1, &["one", "date", "dob"])
                    && is(b + 2, &["correct", "real", "actual", "right", "true"]))
        || is(b, &["as"])
            && is(
                b + 1,
                &["entered", "listed", "recorded", "showing", "shows"],
            )
        || is(b, &["as"])
            && is(b + 1, &["wrong", "incorrectly", "wrongly"])
            && is(b + 2, &["entered", "listed", "recorded"])
        || is(b, &["to"])
            && is(
                b + 1,
                &[
                    "changed",
                    "corrected",
                    "fixed",
                    "updated",
                    "update",
                    "change",
                    "correct",
                    "fix",
                ],
            )
        || is(b, &["actually"]) && is(b + 1, &["is", "it's", "its"])
}

/// A date with a year corrected after a DOB word earlier in the same
/// sentence ("DOB was entered as 6/15/1964", "update DOB in system, it was
/// entered wrong, correct is 12/14/1994"), with no other kind of date
/// ("move-in", "court") named between them.
fn dob_correction(doc: &Doc, d: &FoundDate, not_before: usize) -> Option<&'static str> {
    let y = d.year?;
    if y >= doc.as_of_year || !correction_cue(doc, d.first) {
        return None;
    }
    let anchor = doc.toks.get(d.first)?.start;
    let (w, dist) = context::before(doc, d.first, 110, &DOB_WORDS)?;
    let from = anchor - dist;
    if from < not_before || sentence_break(doc, from, anchor) {
        return None;
    }
    const ENTRY: &[&str] = &[
        "entered", "entry", "on", "in", "at", "by", "from", "date", "last", "dated",
    ];
    let mut k = doc.tok_at(from) + 1;
    while k < d.first {
        if let Some(p) = context::phrase_at_tok(doc, k, &SERVICE_WORDS) {
            if !ENTRY.contains(&p) {
                return None;
            }
        }
        k += 1;
    }
    Some(w)
}

/// The value of one spelled number word: "zero" to "nineteen" and the tens
/// "twenty" to "ninety" ("forty-two" is two words, put together by the caller).
fn spelled_number(w: &str) -> Option<u32> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    // Every one is 3 to 9 letters starting with z, o, t, f, s, e or n.
    let b = w.as_bytes();
    if !(3..=9).contains(&b.len())
        || !matches!(b[0] | 0x20, b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n')
    {
        return None;
    }
    let same = |u: &&str| u.len() == b.len() && u.as_bytes().eq_ignore_ascii_case(b);
    if let Some(v) = UNITS.iter().position(same) {
        return u32::try_from(v).ok();
    }
    TENS.iter()
        .position(same)
        .and_then(|v| u32::try_from(v * 10 + 20).ok())
}

/// A number in words at token `i`, with its units when it is a multiple of
/// ten ("forty-two", "forty two"); returns it and its last token.
fn spelled_compound(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    let v = spelled_number(doc.tok_text(i))?;
    if v >= 20 {
        let k = if doc.punct(i + 1) == Some('-') {
            i + 2
        } else {
            i + 1
        };
        if let Some(u) = spelled_number(doc.tok_text(k)).filter(|&u| (1..=9).contains(&u)) {
            return Some((v + u, k));
        }
    }
    Some((v, i))
}

/// Ages written in words: "seventeen years old", "a forty-two-year-old",
/// "age seventeen", "she is now nineteen".
fn spelled_ages(doc: &Doc, out: &mut Vec<Cand>) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let Some((v, e)) = spelled_compound(doc, i).filter(|&(v, _)| v >= 1) else {
            i += 1;
            continue;
        };
        // After: years old, year-old, yrs old, yo, months old.
        let mut k = e + 1;
        if doc.punct(k) == Some('-') {
            k += 1;
        }
        let unit = doc.lower(k);
        let is_unit = matches!(unit, "year" | "years" | "yr" | "yrs" | "month" | "months");
        let mut m = k + 1;
        if doc.punct(m) == Some('-') {
            m += 1;
        }
        let mut found = None;
        if is_unit && doc.is(m, "old") {
            let mut after = m + 1;
            if doc.punct(after) == Some('-') {
                after += 1;
            }
            let noun = doc.lower(after);
            if !THINGS.contains(&noun) {
                found = Some(m);
            }
        } else if unit == "yo" {
            found = Some(k);
        } else if i > 0 {
            // Before: "age seventeen", "aged forty", "turned eighteen", "is now nineteen".
            let mut p = i - 1;
            if doc.punct(p) == Some(':') && p > 0 {
                p -= 1;
            }
            let lead = ["age", "aged", "turned", "turns", "turning"]
                .iter()
                .any(|w| doc.is(p, w))
                || doc.is(p, "now") && p > 0 && (doc.is(p - 1, "is") || doc.sentence_start(p))
                // "Client is fifty-one.", "she's forty-four,"
                || (doc.is(p, "is") || doc.is(p, "was"))
                    && p > 0
                    && spelled_age_subject(doc, p - 1)
                // "A: I'm forty-four.", "shes sixteen", "I am thirty."
                || ["she's", "he's", "i'm", "im", "shes", "hes"]
                    .iter()
                    .any(|w| doc.is(p, w))
                || doc.is(p, "am") && p > 0 && doc.is(p - 1, "i")
                // "Brayden Marsh, sixteen, ran away": set off by commas
                // after a full name (a known given name and a surname).
                || (10..=99).contains(&v)
                    && doc.punct(p) == Some(',')
                    && doc.punct(e + 1) == Some(',')
                    && full_name_before(doc, p);
            // "Age? - 'I'm thirty-eight'": a quoted answer ends at the quote.
            let ends = matches!(
                doc.punct(e + 1),
                Some('.' | ',' | ';' | ')' | '!' | '?' | '\'' | '"' | '\u{2019}' | '\u{201d}')
            ) || doc.is(e + 1, "and")
                || e + 1 >= n
                // "- Age: sixty-eight" ending its line.
                || doc.toks[e + 1].newline_before;
            if lead && ends {
                found = Some(e);
            }
        }
        match found {
            Some(end) => {
                push_age(
                    out,
                    doc.toks[i].start,
                    doc.toks[end].end,
                    0.75,
                    v,
                    "age.spelled",
                );
                i = end + 1;
            }
            None => i = e + 1,
        }
    }
}

/// Whether the two words before token `k` are a full name: a known given
/// name and a capitalized surname ("Brayden Marsh, sixteen,").
fn full_name_before(doc: &Doc, k: usize) -> bool {
    k >= 2
        && doc.kind(k - 1) == Some(TokKind::Word)
        && doc.kind(k - 2) == Some(TokKind::Word)
        && doc.capitalized(k - 1)
        && doc.capitalized(k - 2)
        && !doc.all_caps(k - 1)
        && !doc.all_caps(k - 2)
        && !names::is_common_word(doc.tok_text(k - 1))
        && names::lookup(&super::tokens::fold_word(doc.tok_text(k - 2)))
            .is_some_and(|n| n.given_rank.is_some())
}

/// Whether token `k`, before "is" or "was", names who a spelled age is of:
/// a person word ("Client is fifty-one.", "her son is six,") or a name
/// ("Aiden is six."), not a thing ("The fee is forty.", "Room is twelve.").
fn spelled_age_subject(doc: &Doc, k: usize) -> bool {
    let w = doc.tok_text(k);
    ["yth", "pt"].iter().any(|p| doc.is(k, p))
        || PERSON.iter().any(|p| p.eq_ignore_ascii_case(w))
            && !doc.is(k, "her")
            && !doc.is(k, "him")
        || doc.kind(k) == Some(TokKind::Word)
            && doc.capitalized(k)
            && !doc.all_caps(k)
            && !doc.sentence_start(k)
            && !names::is_common_word(w)
            && month_of(w).is_none()
}

/// "DOB 03141988", "A: 19880314": a date written as 8 digits after birth words.
fn eight_digit_dobs(doc: &Doc, out: &mut Vec<Cand>) {
    for i in 0..doc.toks.len() {
        if doc.num_len(i) != 8 {
            continue;
        }
        let Some(v) = doc.num(i) else { continue };
        let (a, b, c) = (v / 1_000_000, v / 10_000 % 100, v % 10_000);
        let (y1, m1, d1) = (v / 10_000, v / 100 % 100, v % 100);
        let as_of = doc.as_of_year as u32;
        let mmddyyyy =
            (1..=12).contains(&a) && (1..=31).contains(&b) && (1900..=as_of).contains(&c);
        let yyyymmdd =
            (1900..=as_of).contains(&y1) && (1..=12).contains(&m1) && (1..=31).contains(&d1);
        if !(mmddyyyy || yyyymmdd) {
            continue;
        }
        let Some((w, _)) = context::before(doc, i, 40, &DOB_WORDS) else {
            continue;
        };
        let t = doc.toks[i];
        out.push(Cand::new(
            Kind::Dob,
            t.start,
            t.end,
            0.9,
            "dob.date",
            format!("Looks like a date of birth written as 8 digits after the word '{w}'"),
        ));
    }
}

/// A date found once as a date of birth is one wherever it recurs in the note.
pub(crate) fn propagate_dobs(doc: &Doc, dates: &[FoundDate], cands: &mut Vec<Cand>) {
    use std::collections::HashSet;
    let dob_spans: HashSet<(usize, usize)> = cands
        .iter()
        .filter(|c| c.kind == Kind::Dob)
        .map(|c| (c.start, c.end))
        .collect();
    let sure: HashSet<(usize, usize)> = cands
        .iter()
        .filter(|c| c.kind == Kind::Dob && c.conf >= 0.85)
        .map(|c| (c.start, c.end))
        .collect();
    if sure.is_empty() {
        return;
    }
    let span = |d: &FoundDate| (doc.toks[d.first].start, doc.toks[d.last].end);
    let confirmed: HashSet<(Option<i32>, u32, Option<u32>)> = dates
        .iter()
        .filter(|d| sure.contains(&span(d)))
        .map(|d| (d.year, d.month, d.day))
        .collect();
    for d in dates {
        let (s, e) = span(d);
        if d.day.is_some()
            && confirmed.contains(&(d.year, d.month, d.day))
            && !dob_spans.contains(&(s, e))
        {
            cands.push(Cand::new(
                Kind::Dob,
                s,
                e,
                0.88,
                "dob.repeat",
                "The same date as a date of birth found earlier in this note".to_string(),
            ));
        }
    }
}

/// "born in 1979", "b. 1992", "DOB: 1979", "birth year 1985".
fn birth_years(doc: &Doc, out: &mut Vec<Cand>) {
    for i in 0..doc.toks.len() {
        // "born in '92".
        if doc.num_len(i) == 2 && i > 0 && doc.punct(i - 1) == Some('\'') && doc.tight(i) {
            if let (Some(y), Some((w, _))) = (
                year_of(doc, i, doc.as_of_year),
                context::before(doc, i - 1, 22, &BIRTH_YEAR_LEAD),
            ) {
                let t = doc.toks[i - 1];
                out.push(Cand::new(
                    Kind::Dob,
                    t.start,
                    doc.toks[i].end,
                    0.9,
                    "dob.year",
                    format!("Looks like a birth year: {y} after the word '{w}'"),
                ));
            }
            continue;
        }
        // "Year of birth? A: 88", "born: 79": a two-digit year right after birth words.
        if doc.num_len(i) == 2
            && !(doc.tight(i + 1) && matches!(doc.punct(i + 1), Some('/' | '-' | '.' | ':')))
        {
            if let (Some(y), Some((w, d))) = (
                year_of(doc, i, doc.as_of_year),
                context::before(doc, i, 24, &BIRTH_YEAR_LEAD),
            ) {
                let between_ok = (doc.tok_at(doc.toks[i].start - d)..i).all(|k| {
                    doc.kind(k) == Some(TokKind::Word)
                        && (context::phrase_at_tok(doc, k, &BIRTH_YEAR_LEAD).is_some()
                            || doc.is(k, "a")
                            || doc.is(k, "year")
                            || doc.is(k, "of")
                            || doc.is(k, "birth")
                            || doc.is(k, "in"))
                        || matches!(doc.punct(k), Some(':' | '?' | '-'))
                });
                if between_ok {
                    let t = doc.toks[i];
                    out.push(Cand::new(
                        Kind::Dob,
                        t.start,
                        t.end,
                        0.85,
                        "dob.year",
                        format!("Looks like a birth year: {y} after the word '{w}'"),
                    ));
                    continue;
                }
            }
        }
        if doc.num_len(i) != 4 {
            continue;
        }
        // Part of a date or a longer number.
        if (i > 0 && doc.tight(i) && matches!(doc.punct(i - 1), Some('/' | '-' | '.' | ',')))
            || (matches!(doc.punct(i + 1), Some('/' | '-')) && doc.tight(i + 1))
        {
            continue;
        }
        let Some(y) = doc.num(i).map(|v| v as i32) else {
            continue;
        };
        if !(1900..=doc.as_of_year).contains(&y) {
            continue;
        }
        let Some((w, _)) = context::before(doc, i, 22, &BIRTH_YEAR_LEAD) else {
            continue;
        };
        out.push(Cand::new(
            Kind::Dob,
            doc.toks[i].start,
            doc.toks[i].end,
            0.9,
            "dob.year",
            format!("Looks like a birth year: {y} after the word '{w}'"),
        ));
    }
}

/// An estimated date of birth and its year said twice: "Born 1993, doesn't
/// know exact date, entered 07/01/1993 per client estimate" (a full date in
/// the birth year, though a service word comes first: nobody is served in
/// the year they were born, years ago), and "DOB 07/01/1993 (estimated,
/// only knows year 1993)" (the year of a date of birth after "year").
fn birth_year_echoes(doc: &Doc, dates: &[FoundDate], out: &mut Vec<Cand>) {
    let as_of = doc.as_of_year;
    let span = |d: &FoundDate| (doc.toks[d.first].start, doc.toks[d.last].end);
    // The DOB findings so far, by start, with the furthest end up to each:
    // a span overlaps one iff some finding starting before its end ends
    // after its start. One binary search per question keeps this linear in
    // a note of nothing but dates.
    let dobs = sorted_spans(out, Kind::Dob);
    let mut reach = 0;
    let far: Vec<usize> = dobs
        .iter()
        .map(|&(_, e)| {
            reach = reach.max(e);
            reach
        })
        .collect();
    let dob_at = |s: usize, e: usize| {
        let k = dobs.partition_point(|&(a, _)| a < e);
        k > 0 && far[k - 1] > s
    };
    // Birth years (1900-2155, as flags): bare years found after birth
    // words, and years of dates of birth.
    let slot = |y: i32| usize::try_from(y - 1900).ok().filter(|&k| k < 256);
    let mut said = [false; 256];
    let mut of_dates = [false; 256];
    let mut any = false;
    for c in out
        .iter()
        .filter(|c| c.kind == Kind::Dob && c.rule == "dob.year")
    {
        let t = doc.text.get(c.start..c.end).unwrap_or("");
        if let Some(k) = t
            .parse::<i32>()
            .ok()
            .filter(|_| t.len() == 4)
            .and_then(slot)
        {
            said[k] = true;
            any = true;
        }
    }
    for d in dates {
        let (s, e) = span(d);
        if let Some(k) = d.year.and_then(slot).filter(|_| dob_at(s, e)) {
            of_dates[k] = true;
            any = true;
        }
    }
    if !any {
        return;
    }
    // A full date in a birth year found after a birth word, not a recent one
    // (a baby "born 2025, seen 3/4/2025").
    for d in dates {
        let (Some(y), Some(_)) = (d.year, d.day) else {
            continue;
        };
        let (s, e) = span(d);
        if y > as_of - 14
            || !slot(y).is_some_and(|k| said[k])
            || dob_at(s, e)
            || d.month == 1
                && d.day == Some(1)
                && context::near(doc, d.first, d.last, 50, &TEMPLATE_WORDS).is_some()
        {
            continue;
        }
        out.push(Cand::new(
            Kind::Dob,
            s,
            e,
            0.85,
            "dob.date",
            format!(
                "Looks like a date of birth: a full date in {y}, the birth year given in this note"
            ),
        ));
    }
    // "only knows year 1993", "est. yr 1993": the year of a date of birth.
    for i in 1..doc.toks.len() {
        if doc.num_len(i) != 4 || !(doc.is(i - 1, "year") || doc.is(i - 1, "yr")) {
            continue;
        }
        let Some(y) = doc.num(i).and_then(|v| i32::try_from(v).ok()) else {
            continue;
        };
        let t = doc.toks[i];
        if !slot(y).is_some_and(|k| of_dates[k])
            || doc.tight(i + 1) && matches!(doc.punct(i + 1), Some('/' | '-'))
            || dob_at(t.start, t.end)
        {
            continue;
        }
        out.push(Cand::new(
            Kind::Dob,
            t.start,
            t.end,
            0.85,
            "dob.year",
            format!("Looks like a birth year: {y}, the year of the date of birth in this note"),
        ));
    }
}

/// Nouns after "N year old" that are not people: "a 10 year old car".
const THINGS: &[&str] = &[
    "car",
    "truck",
    "van",
    "vehicle",
    "rv",
    "house",
    "home",
    "building",
    "trailer",
    "camper",
    "debt",
    "case",
    "warrant",
    "conviction",
    "lease",
    "eviction",
    "bike",
    "phone",
    "laptop",
    "tv",
    "couch",
    "mattress",
    "tent",
    "dog",
    "cat",
    "pet",
    "puppy",
    "program",
    "company",
    "record",
    "charge",
    "ticket",
    "bill",
    "loan",
    "tree",
    "roof",
    "furnace",
    "apartment",
    "unit",
    "motorhome",
    "boat",
    "motorcycle",
    "policy",
    "account",
    "injury",
    "scar",
    "habit",
    "addiction",
    "tradition",
    "church",
    "business",
    "vehicles",
    "cars",
    "computer",
    "judgment",
    "judgement",
];

/// Words near an anonymized January 1 DOB.
pub(crate) const TEMPLATE_WORDS: Phrases = Phrases {
    id: 28,
    list: &[
        "anonymized",
        "anonymous",
        "placeholder",
        "per policy",
        "per template",
        "template",
    ],
};

/// Words of a question about age, before an answer.
pub(crate) const AGE_QUESTION: Phrases = Phrases {
    id: 22,
    list: &[
        "age",
        "ages",
        "how old",
        "or older",
        "or younger",
        "over 60",
        "under 18",
    ],
};

/// Words for a person, before an age: "Youth (17)", "son, 6,".
const PERSON: &[&str] = &[
    "youth",
    // "unaccompanied minor, 14, from Guatemala".
    "minor",
    "siblings",
    "son",
    "daughter",
    "child",
    "kid",
    "boy",
    "girl",
    "client",
    "brother",
    "sister",
    "baby",
    "infant",
    "toddler",
    "teen",
    "male",
    "female",
    "man",
    "woman",
    "mom",
    "dad",
    "mother",
    "father",
    "partner",
    "husband",
    "wife",
    "boyfriend",
    "girlfriend",
    "grandson",
    "granddaughter",
    "niece",
    "nephew",
    "cousin",
    "grandmother",
    "grandfather",
    "aunt",
    "uncle",
    "ex",
    "roommate",
    "friend",
    "hoh",
    "self",
    "kids",
    "children",
    "twins",
    "boys",
    "girls",
    "sons",
    "daughters",
    "grandkids",
    "grandchildren",
    "stepson",
    "stepdaughter",
    "veteran",
    "vet",
    "gentleman",
    "lady",
    "guy",
    "adult",
    "senior",
    "elder",
    "individual",
    "person",
    "patient",
    "tenant",
    "resident",
    "participant",
    "applicant",
    "caller",
    "her",
    "him",
    "them",
    "she",
    "he",
    "they",
    "newborn",
    // Short forms in case notes: "cl (16)", "her bf (21)".
    "cl",
    "clt",
    "bf",
    "gf",
    // "5 kids, youngest is 2.", "oldest (14)".
    "youngest",
    "oldest",
    "eldest",
];

/// Plural words for children, before a list of their ages: "kids 12, 9
/// and 3".
const KIDS: &[&str] = &[
    "kids",
    "children",
    "sons",
    "daughters",
    "grandkids",
    "grandchildren",
    "twins",
    "boys",
    "girls",
    "hijos",
    "hijas",
];

/// Words after "N year old" that make it a person's age even when a
/// capitalized word comes first ("45-year-old Anglo female").
const PERSON_AFTER_AGE: &[&str] = &[
    "female",
    "male",
    "woman",
    "man",
    "women",
    "men",
    "lady",
    "guy",
    "girl",
    "boy",
    "mother",
    "father",
    "mom",
    "dad",
    "veteran",
    "vet",
    "client",
    "person",
    "individual",
    "youth",
    "grandmother",
    "grandfather",
    "son",
    "daughter",
    "nonbinary",
    "trans",
];

/// Words near an estimated number that make it a person's age.
pub(crate) const AGE_GUESS: Phrases = Phrases {
    id: 33,
    list: &[
        "age",
        "born",
        "boy",
        "didn't give",
        "dob",
        "girl",
        "guy",
        "he's",
        "kid",
        "kids",
        "last name",
        "looks",
        "minor",
        "name",
        "old",
        "she's",
        "said",
        "says",
        "they're",
        "teen",
        "years",
        "youth",
        "yth",
    ],
};

/// The birth year of a date-of-birth finding, read from its last token:
/// "03-22-1975", "Sept 14, 1968", "5-17-99", "19720315".
fn dob_year(doc: &Doc, c: &Cand) -> Option<i32> {
    let last = doc.tok_at(c.end).checked_sub(1)?;
    let as_of = doc.as_of_year;
    match doc.num_len(last) {
        4 => year_of(doc, last, as_of),
        2 if last >= 1
            && doc.tight(last)
            && matches!(doc.punct(last - 1), Some('/' | '-' | '.')) =>
        {
            year_of(doc, last, as_of)
        }
        8 => {
            let t = doc.tok_text(last);
            let head: i32 = t.get(..4)?.parse().ok()?;
            let tail: i32 = t.get(4..)?.parse().ok()?;
            [head, tail]
                .into_iter()
                .find(|y| (1900..=as_of).contains(y))
        }
        _ => None,
    }
}

/// The dates of birth found so far, as (end byte, last token, birth year),
/// in text order.
fn dob_years(doc: &Doc, out: &[Cand]) -> Vec<(usize, usize, i32)> {
    let mut v: Vec<(usize, usize, i32)> = out
        .iter()
        .filter(|c| c.kind == Kind::Dob)
        .filter_map(|c| {
            let y = dob_year(doc, c)?;
            Some((c.end, doc.tok_at(c.end).checked_sub(1)?, y))
        })
        .collect();
    v.sort_unstable();
    v.dedup_by_key(|d| d.0);
    v
}

/// Whether `v` can be the age of someone born in year `y`: notes stay in
/// the system for years, so the age may be a few years short of what it
/// would be in the as-of year ("DOB 03-22-1975 / 49" written in 2024).
fn fits_birth_year(doc: &Doc, y: i32, v: u32) -> bool {
    let now = doc.as_of_year.saturating_sub(y);
    let v = i32::try_from(v).unwrap_or(i32::MAX);
    now >= 1 && (now.saturating_sub(4)..=now.saturating_add(1)).contains(&v)
}

/// The birth year of the last date of birth that ends before byte `pos`.
fn dob_before(dobs: &[(usize, usize, i32)], pos: usize) -> Option<i32> {
    let k = dobs.partition_point(|d| d.0 <= pos);
    k.checked_sub(1).map(|k| dobs[k].2)
}

/// "DOB 19720315, 52.", "DOB: Sept 14, 1968 (57)", "DOB / age: 03-22-1975
/// / 49", "dob 5-17-99, she 25.": intake lines give the age right after the
/// date of birth, set off by a comma, a slash or brackets. The number must
/// fit the birth year, which keeps out counts and scores.
fn ages_after_dobs(doc: &Doc, dobs: &[(usize, usize, i32)], out: &mut Vec<Cand>) {
    for &(_, last, y) in dobs {
        let mut k = last + 1;
        let bracket = doc.punct(k) == Some('(');
        if !(bracket || matches!(doc.punct(k), Some(',' | '/'))) {
            continue;
        }
        k += 1;
        // "dob 5-17-99, she 25": the verb left out.
        if !bracket && ["she", "he", "age"].iter().any(|w| doc.is(k, w)) {
            k += 1;
        }
        let Some(v) = doc.num(k).filter(|_| doc.num_len(k) <= 3) else {
            continue;
        };
        if !fits_birth_year(doc, y, v) || doc.tight(k + 1) && doc.num_len(k + 2) > 0 {
            continue;
        }
        let closed = if bracket {
            doc.punct(k + 1) == Some(')')
        } else {
            matches!(doc.punct(k + 1), Some(',' | '.' | ';' | ')' | '/'))
                || k + 1 >= doc.toks.len()
                || doc.toks[k + 1].newline_before
        };
        let (s, e) = (doc.toks[k].start, doc.toks[k].end);
        // Overlaps with the other age rules are resolved with all findings.
        if closed {
            push_age(out, s, e, 0.7, v, "age.after_dob");
        }
    }
}

/// "age 34", "34 years old", "34 y/o", "34yo", "turned 35".
fn ages(doc: &Doc, dobs: &[(usize, usize, i32)], out: &mut Vec<Cand>) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = doc.toks[i];
        // Mixed tokens: 34yo, 34yrs, 34y.
        if t.kind == TokKind::Mixed {
            let s = doc.tok_text(i);
            let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suf = s.get(digits.len()..).unwrap_or("").to_ascii_lowercase();
            // "34M", "34F": age and sex, as in a medical note; "Jiyoung
            // Han 31F." ends a sentence. Not a temperature ("low of 2F",
            // "temp 58F"), an amount ("$1.2M") or a unit in a list of unit
            // codes ("Units 2A, 3C, 4F").
            let code = |k: usize| doc.kind(k) == Some(TokKind::Mixed);
            // "Temperature 19F.", "opens when temp < 20F": a reading.
            // Asked only of a number with "M" or "F" after it (a closure:
            // most mixed tokens are no such age and skip the look-back).
            let weather = || {
                (i.saturating_sub(6)..i).any(|k| {
                    matches!(doc.punct(k), Some('<' | '>'))
                        || [
                            "temp",
                            "temperature",
                            "weather",
                            "low",
                            "high",
                            "below",
                            "above",
                            "degrees",
                            "forecast",
                            "overnight",
                            "chill",
                        ]
                        .iter()
                        .any(|w| doc.is(k, w))
                })
            };
            let not_age = || {
                weather()
                    || i >= 1
                        && (doc.tight(i) && doc.punct(i - 1).is_some()
                            || [
                                "of", "temp", "low", "high", "at", "to", "unit", "units", "apt",
                                "room", "rooms", "suite", "floor", "lot", "degrees",
                            ]
                            .iter()
                            .any(|w| doc.is(i - 1, w))
                            || i >= 2 && doc.punct(i - 1) == Some(',') && code(i - 2))
                    || doc.punct(i + 1) == Some(',') && code(i + 2)
            };
            let closed = !doc.tight(i + 1)
                || matches!(doc.punct(i + 1), Some('.' | ','))
                    && !(doc.tight(i + 2) && doc.kind(i + 2) != Some(TokKind::Punct));
            if !digits.is_empty()
                && digits.len() <= 2
                && matches!(suf.as_str(), "m" | "f")
                && closed
                && !not_age()
            {
                if let Ok(v) = digits.parse::<u32>() {
                    if (1..=110).contains(&v) {
                        push_age(out, t.start, t.end, 0.6, v, "age.years_old");
                    }
                }
                continue;
            }
            // "her 40th birthday".
            if matches!(suf.as_str(), "st" | "nd" | "rd" | "th")
                && (doc.is(i + 1, "birthday") || doc.is(i + 1, "bday"))
            {
                if let Ok(v) = digits.parse::<u32>() {
                    if (1..=110).contains(&v) {
                        push_age(out, t.start, doc.toks[i + 1].end, 0.75, v, "age.stated");
                    }
                }
                continue;
            }
            // "34ish".
            if suf == "ish" && digits.len() <= 2 {
                if let Ok(v) = digits.parse::<u32>() {
                    push_age(out, t.start, t.end, 0.6, v, "age.stated");
                }
                continue;
            }
            // "3mo", "6wk": an infant's age.
            if !digits.is_empty()
                && digits.len() <= 2
                && matches!(suf.as_str(), "mo" | "mos" | "wk" | "wks")
            {
                if let Ok(v) = digits.parse::<u32>() {
                    let end = if doc.is(i + 1, "old") {
                        doc.toks[i + 1].end
                    } else {
                        t.end
                    };
                    push_age(out, t.start, end, 0.7, v, "age.years_old");
                }
                continue;
            }
            if !digits.is_empty()
                && digits.len() <= 3
                && matches!(suf.as_str(), "yo" | "yrs" | "yr" | "y" | "yoa")
            {
                if let Ok(v) = digits.parse::<u32>() {
                    let mut end = t.end;
                    let mut conf = 0.85;
                    if suf.starts_with("yr") && doc.is(i + 1, "old") {
                        end = doc.toks[i + 1].end;
                    } else if suf == "y"
                        && doc.punct(i + 1) == Some(',')
                        && i > 0
                        && matches!(doc.punct(i - 1), Some(',' | ')'))
                    {
                        // "Zoe Martinez-Cruz (aka "Zee"), 18y, kicked out".
                    } else if suf.starts_with("yr")
                        && i >= 1
                        && yrs_subject(doc, i - 1)
                        && yrs_closed(doc, i + 1)
                    {
                        // "clt Tre'Von Jacksn (spelld Jackson on his ID) 23yrs,":
                        // as "57 yrs," after a person, spaced.
                        conf = 0.7;
                    } else if suf.starts_with("yr") || suf == "y" {
                        if !(doc.is(i + 1, "old")
                            || doc.punct(i + 1) == Some('/') && doc.is(i + 2, "o"))
                        {
                            continue;
                        }
                        end = doc.toks.get(i + 1).map_or(end, |x| x.end);
                    }
                    if v <= 110 {
                        push_age(out, t.start, end, conf, v, "age.years_old");
                    }
                }
            }
            continue;
        }
        if t.kind != TokKind::Num || doc.num_len(i) > 3 {
            continue;
        }
        let Some(v) = doc.num(i) else { continue };
        if v > 110 {
            continue;
        }
        // A number glued to other digits or money is not an age.
        if i > 0
            && doc.tight(i)
            && matches!(
                doc.punct(i - 1),
                Some('$' | '.' | ',' | '/' | ':' | '#' | '-')
            )
        {
            continue;
        }
        // "keke. 22. 8 mo pregnant": a period and a space end a sentence.
        if doc.tight(i + 1)
            && matches!(doc.punct(i + 1), Some('.' | ',' | ':' | '/' | '%'))
            && doc.num_len(i + 2) > 0
            && (doc.tight(i + 2) || !matches!(doc.punct(i + 1), Some(',' | '.')))
        {
            continue;
        }
        // "approx. 15-16", "looks about 17-18": an estimated age range.
        if doc.punct(i + 1) == Some('-') && doc.tight(i + 1) && doc.tight(i + 2) {
            let hi = doc.num(i + 2).filter(|&w| w > v && w <= v + 5 && w <= 99);
            let mut p = i;
            if p > 0 && doc.punct(p - 1) == Some('.') {
                p -= 1;
            }
            let lead = p > 0
                && [
                    "approx",
                    "approximately",
                    "about",
                    "around",
                    "maybe",
                    "looks",
                    "appears",
                    "est",
                    "estimated",
                    "roughly",
                ]
                .iter()
                .any(|w| doc.is(p - 1, w));
            let after = i + 3;
            let ends = after >= n
                || matches!(doc.punct(after), Some('.' | ',' | ';' | ')' | '?'))
                || doc.is(after, "and")
                || doc.is(after, "yo")
                || doc.is(after, "years") && doc.is(after + 1, "old");
            if hi.is_some() && lead && ends && v >= 1 {
                push_age(out, t.start, doc.toks[i + 2].end, 0.7, v, "age.stated");
                continue;
            }
        }
        // "age 34", "aged 34", "age: 34".
        let mut j = i;
        let mut lead = None;
        for _ in 0..2 {
            if j == 0 {
                break;
            }
            j -= 1;
            let w = doc.tok_text(j);
            // "Edad: 45": Spanish intake forms.
            if [
                "age", "aged", "ages", "turned", "turns", "turning", "is now", "age of", "edad",
            ]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(w))
            {
                lead = Some(j);
                break;
            }
            // "age ~ 50": an estimate is still the person's age.
            if !matches!(doc.punct(j), Some(':' | '-' | '=' | '~'))
                && !doc.is(j, "of")
                && !doc.is(j, "is")
            {
                break;
            }
        }
        if let Some(l) = lead {
            let w = doc.lower(l);
            if w == "ages" {
                // "ages 4 and 7" are two children's ages; "ages 18-24" is a band.
                let e = age_list_end(doc, i);
                if e > i {
                    push_age(
                        out,
                        doc.toks[l].start,
                        doc.toks[e].end,
                        0.75,
                        v,
                        "age.stated",
                    );
                }
                continue;
            }
            // "turned 35 dollars"? "age 34" followed by a unit is not an age.
            let next = doc.lower(i + 1);
            if [
                "dollars", "percent", "minutes", "hours", "days", "times", "miles", "%", "am", "pm",
            ]
            .contains(&next)
            {
                continue;
            }
            if w.starts_with("turn")
                && doc.kind(i + 1) == Some(TokKind::Word)
                && ![
                    "years",
                    "yrs",
                    "in",
                    "on",
                    "and",
                    "last",
                    "this",
                    "next",
                    "today",
                    "yesterday",
                    "recently",
                    "soon",
                ]
                .contains(&next)
            {
                continue;
            }
            push_age(out, doc.toks[l].start, t.end, 0.85, v, "age.stated");
            continue;
        }
        // "Youth (17)", "her son Marcus (6)", "DOB 3/14/88 (38)": an age in
        // parentheses after a person or a date of birth.
        let list_end = age_list_end(doc, i);
        // "(9 months)": a small child's age with its unit.
        let paren_unit = ["months", "mos", "mo", "weeks", "wks"]
            .iter()
            .any(|u| doc.is(list_end + 1, u))
            && doc.punct(list_end + 2) == Some(')');
        // "Sione (18, Tongan)", "(minor, 15)": an age and a word in brackets.
        // "(65, wheelchair user)": up to three words after the comma.
        let words_then_close = |from: usize| {
            let w = (from..from + 3)
                .take_while(|&k| doc.kind(k) == Some(TokKind::Word))
                .count();
            w > 0 && doc.punct(from + w) == Some(')')
        };
        let paren_more = i >= 2
            && (doc.punct(i - 1) == Some('(')
                && doc.punct(list_end + 1) == Some(',')
                && words_then_close(list_end + 2)
                || i >= 3
                    && doc.punct(i - 1) == Some(',')
                    && doc.kind(i - 2) == Some(TokKind::Word)
                    && doc.punct(i - 3) == Some('(')
                    && doc.punct(list_end + 1) == Some(')')
                    && ["minor", "youth", "adult", "teen", "age"]
                        .iter()
                        .any(|w| doc.is(i - 2, w)));
        if paren_more && (1..=99).contains(&v) {
            push_age(out, t.start, t.end, 0.7, v, "age.parenthesized");
            continue;
        }
        if paren_unit && i >= 2 && doc.punct(i - 1) == Some('(') && v <= 36 {
            push_age(
                out,
                t.start,
                doc.toks[list_end + 1].end,
                0.7,
                v,
                "age.parenthesized",
            );
            continue;
        }
        if i >= 2 && doc.punct(i - 1) == Some('(') && doc.punct(list_end + 1) == Some(')') {
            let p = doc.tok_text(i - 2);
            let after_date = doc.num_len(i - 2) > 0
                && matches!(doc.punct(i.wrapping_sub(3)), Some('/' | '-' | '.'))
                && doc.tight(i - 2)
                // "DOB 19610318 (65)".
                || doc.num_len(i - 2) == 8;
            // "Angelo Reyes Jr. (17)", "Dale Hicks III (52)": after a
            // name's suffix.
            let suffix = |k: usize| {
                ["jr", "sr", "ii", "iii", "iv"].iter().any(|w| doc.is(k, w))
                    && k >= 1
                    && doc.capitalized(k - 1)
            };
            let person = PERSON.iter().any(|w| w.eq_ignore_ascii_case(p))
                || suffix(i - 2)
                || i >= 4 && doc.punct(i - 2) == Some('.') && doc.tight(i - 2) && suffix(i - 3)
                || matches!(doc.punct(i - 2), Some('"' | '\''))
                || (doc.capitalized(i - 2) && !doc.all_caps(i - 2))
                || (doc.case != CaseMode::Mixed
                    && doc.kind(i - 2) == Some(TokKind::Word)
                    && !names::is_common_word(p));
            if person || after_date {
                push_age(
                    out,
                    t.start,
                    doc.toks[list_end].end,
                    0.7,
                    v,
                    "age.parenthesized",
                );
                continue;
            }
        }
        // "Maria Lopez, 34, came in", "Marcus (son), 6,", "Tina "T", 19,": an
        // age set off by commas after a name or a person word.
        if i >= 2 && doc.punct(i - 1) == Some(',') && v >= 1 {
            let p = doc.tok_text(i - 2);
            // "TREVON J., 17,": after an initial.
            let closing = matches!(doc.punct(i - 2), Some('"' | ')'))
                || i >= 3
                    && doc.punct(i - 2) == Some('.')
                    && doc.tight(i - 2)
                    && doc.tok_text(i - 3).chars().count() == 1
                    && doc.capitalized(i - 3)
                // "Andre Marshall Jr., 16, on probation": after a name's
                // suffix and its period.
                || i >= 4
                    && doc.punct(i - 2) == Some('.')
                    && doc.tight(i - 2)
                    && ["jr", "sr"].iter().any(|w| doc.is(i - 3, w))
                    && doc.capitalized(i - 4);
            // "Mrs. Kim, Soon-ja, 68,": a hyphenated name whose second
            // part is lowercase.
            let hyphenated = i >= 4
                && doc.kind(i - 2) == Some(TokKind::Word)
                && doc.punct(i - 3) == Some('-')
                && doc.tight(i - 3)
                && doc.tight(i - 2)
                && doc.capitalized(i - 4)
                && !doc.all_caps(i - 4);
            let name_like = closing
                || hyphenated
                || doc.kind(i - 2) == Some(TokKind::Word)
                    && (PERSON.iter().any(|w| w.eq_ignore_ascii_case(p))
                        || (doc.capitalized(i - 2) && month_of(p).is_none())
                        || (doc.case != CaseMode::Mixed
                            && !names::is_common_word(p)
                            && month_of(p).is_none()));
            // "Kiana Tautala, 19, 24 wks pregnant": the second number is
            // no age.
            // "Keke, 30, 2 boys": nor is a count of things.
            let mut e = if list_end > i
                && (["wks", "weeks", "wk"]
                    .iter()
                    .any(|u| doc.is(list_end + 1, u))
                    || doc.kind(list_end + 1) == Some(TokKind::Word)
                        && !["months", "mos", "mo", "years", "yrs", "yo", "and"]
                            .iter()
                            .any(|u| doc.is(list_end + 1, u)))
            {
                i
            } else {
                list_end
            };
            let unit = doc.lower(e + 1);
            if matches!(
                unit,
                "months" | "mos" | "mo" | "years" | "yrs" | "yo" | "weeks" | "wks"
            ) {
                e += 1;
            }
            // "1) obtain ID, 2) apply": a list number, not an age.
            let enumerator = doc.punct(e + 1) == Some(')')
                && doc.tight(e + 1)
                && !(i.saturating_sub(6)..i).any(|k| doc.punct(k) == Some('('));
            // "Pham Thi Hoa (Ms. Hoa), 49 - nail salon closed", "Yeng
            // Thao, 36 — newly dx'd": a dash set off by spaces also closes.
            let spaced_dash = doc.punct(e + 1) == Some('-')
                && !doc.tight(e + 1)
                && !doc.tight(e + 2)
                && doc.num_len(e + 2) == 0;
            let ends = matches!(doc.punct(e + 1), Some(',' | '.' | ';' | ')' | '('))
                || doc.is(e + 1, "and")
                || spaced_dash
                || e + 1 == n
                || doc.toks.get(e + 1).is_some_and(|t| t.newline_before);
            if ends && name_like && !enumerator {
                push_age(out, t.start, doc.toks[e].end, 0.7, v, "age.apposition");
                continue;
            }
            // "cl Ramón Ibarra presented at the front desk, 54, injured":
            // an adult age set off by commas in a clause about a client.
            let words_around = doc.kind(i - 2) == Some(TokKind::Word)
                && doc.kind(e + 2) == Some(TokKind::Word)
                && doc.punct(e + 1) == Some(',');
            if words_around && e == i && (16..=99).contains(&v) && client_in_clause(doc, i - 1) {
                push_age(out, t.start, t.end, 0.65, v, "age.apposition");
                continue;
            }
        }
        // "VISPDAT for Roberta Cline - 60.": an age after a dash that
        // follows a full name, closing the sentence.
        if i >= 3
            && doc.punct(i - 1) == Some('-')
            && !doc.tight(i - 1)
            && !doc.tight(i)
            && (14..=99).contains(&v)
            && doc.kind(i - 2) == Some(TokKind::Word)
            && doc.kind(i - 3) == Some(TokKind::Word)
            && doc.capitalized(i - 2)
            && doc.capitalized(i - 3)
            && !doc.all_caps(i - 2)
            && names::lookup(&super::tokens::fold_word(doc.tok_text(i - 3)))
                .is_some_and(|n| n.given_rank.is_some())
            && (matches!(doc.punct(i + 1), Some('.' | ',' | ';')) || i + 1 == n)
        {
            push_age(out, t.start, t.end, 0.65, v, "age.apposition");
            continue;
        }
        // "Maria's 34,", "she's 34." ('s for "is").
        if i >= 1 && doc.kind(i - 1) == Some(TokKind::Word) {
            let p = doc.tok_text(i - 1);
            let is_contraction = p.len() > 2
                && (p.ends_with("'s") || p.ends_with("'S"))
                && (doc.capitalized(i - 1)
                    || ["she's", "he's", "who's"]
                        .iter()
                        .any(|w| w.eq_ignore_ascii_case(p)))
                // "so I'm 68": "i'm" has no "'s" to end with.
                || ["i'm", "shes", "hes", "im"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(p));
            let ends = matches!(
                doc.punct(i + 1),
                Some(',' | '.' | ';' | ')' | '?' | '!' | '(')
            ) || ["and", "now", "born", "dob", "years", "yrs", "yo"]
                .iter()
                .any(|w| doc.is(i + 1, w))
                || i + 1 == n
                // "so I'm 68\n", "he's 20 is that ok", "she's 19 & pregnant":
                // after "I'm" or "he's", a new clause or line.
                || doc.toks[i + 1].newline_before
                || doc.punct(i + 1) == Some('&')
                // "shes 15 n her step dad hits her": "n" for "and".
                || ["is", "but", "so", "with", "n"].iter().any(|w| doc.is(i + 1, w))
                    && ["she's", "he's", "who's", "i'm", "shes", "hes", "im"]
                        .iter()
                        .any(|w| w.eq_ignore_ascii_case(p));
            // "Age? 'I'm 45'": a quoted answer about oneself closes at the
            // quote (not a height, "I'm 5'10"", nor "'my dog, hes 8'").
            let quoted = ["i'm", "im"].iter().any(|w| doc.is(i - 1, w))
                && matches!(doc.punct(i + 1), Some('\'' | '"' | '\u{2019}' | '\u{201d}'))
                && !(doc.tight(i + 2) && doc.num_len(i + 2) > 0);
            if is_contraction && (ends || quoted) {
                push_age(out, t.start, t.end, 0.7, v, "age.stated");
                continue;
            }
        }
        // "dob 5-17-99, she 25. has no id": the verb left out in a hurried
        // note. Only at a clause start, closed by punctuation, and only an
        // age that fits the date of birth given before (an adult's age
        // when there is none).
        if i >= 1
            && (doc.is(i - 1, "she") || doc.is(i - 1, "he"))
            && (i == 1
                || matches!(doc.punct(i - 2), Some(',' | '.' | ';' | ':'))
                || doc.toks[i - 1].newline_before)
            && (matches!(doc.punct(i + 1), Some(',' | '.' | ';' | '!'))
                || i + 1 == n
                || doc.toks[i + 1].newline_before)
            && !(doc.tight(i + 1) && doc.num_len(i + 2) > 0)
            && dob_before(dobs, t.start)
                .map_or((14..=99).contains(&v), |y| fits_birth_year(doc, y, v))
        {
            push_age(out, t.start, t.end, 0.65, v, "age.stated");
            continue;
        }
        // "Q: Age? 45": the answer right after the question mark.
        if i >= 2
            && doc.punct(i - 1) == Some('?')
            && (doc.is(i - 2, "age") || doc.is(i - 2, "old"))
            && (matches!(doc.punct(i + 1), Some('.' | ',' | ';'))
                || i + 1 == n
                || doc.toks.get(i + 1).is_some_and(|t| t.newline_before))
        {
            push_age(out, t.start, t.end, 0.7, v, "age.stated");
            continue;
        }
        // Question and answer: "Age? A: 34", "How old are the kids? A: 3, 5",
        // "Are you 60 or older? A: no, 59".
        let yes_no = i >= 4
            && doc.punct(i - 1) == Some(',')
            && (doc.is(i - 2, "no") || doc.is(i - 2, "yes"))
            && doc.punct(i - 3) == Some(':');
        let q = if yes_no { i - 2 } else { i };
        if q >= 2
            && doc.punct(q - 1) == Some(':')
            && (doc.is(q - 2, "a") || doc.punct(q - 2) == Some('?'))
            && context::before(doc, i, 60, &AGE_QUESTION).is_some()
        {
            push_age(out, t.start, doc.toks[list_end].end, 0.7, v, "age.stated");
            continue;
        }
        // "her kids are 4 and 7"; "the twins are 4.", "both kids are 7,":
        // one number for two people of the same age.
        let one_age = list_end == i
            && i >= 2
            && (doc.is(i - 2, "twins") || i >= 3 && doc.is(i - 3, "both"))
            && (1..=99).contains(&v)
            && (matches!(doc.punct(i + 1), Some('.' | ',' | ';' | ')'))
                || i + 1 == n
                || doc.toks[i + 1].newline_before)
            && !(doc.tight(i + 1) && doc.num_len(i + 2) > 0);
        if i >= 2
            && doc.is(i - 1, "are")
            && (list_end > i || one_age)
            && [
                "kids",
                "children",
                "sons",
                "daughters",
                "they",
                "twins",
                "boys",
                "girls",
            ]
            .iter()
            .any(|w| doc.is(i - 2, w))
        {
            push_age(out, t.start, doc.toks[list_end].end, 0.75, v, "age.stated");
            continue;
        }
        // "spouse Rine, kids 12, 9 and 3.": a list of two or more ages
        // right after a plural word for children, closed by punctuation.
        if i >= 1
            && list_end > i
            && KIDS.iter().any(|w| doc.is(i - 1, w))
            && (matches!(doc.punct(list_end + 1), Some('.' | ',' | ';' | ')'))
                || list_end + 1 == n
                // "Kids 4 and 7 with her.": the children's whereabouts.
                || doc.is(list_end - 1, "and")
                    && ["with", "w", "staying", "living", "at"]
                        .iter()
                        .any(|w| doc.is(list_end + 1, w))
                || doc.toks[list_end + 1].newline_before)
            && !(doc.tight(list_end + 1) && doc.num_len(list_end + 2) > 0)
        {
            let mut k = i;
            while k <= list_end {
                if let Some(a) = doc.num(k).filter(|_| doc.kind(k) == Some(TokKind::Num)) {
                    push_age(out, doc.toks[k].start, doc.toks[k].end, 0.7, a, "age.list");
                }
                k += 1;
            }
            continue;
        }
        // "she is 34.", "Marcus is 6 and", "he turned 40,".
        let next_old =
            doc.is(i + 2, "old") || doc.punct(i + 2) == Some('-') && doc.is(i + 3, "old");
        // "she is now 34.", "she's now 18", "... since she was 15. now 18."
        if i >= 1
            && doc.is(i - 1, "now")
            && (i >= 2
                && ["is", "she's", "he's", "they're"]
                    .iter()
                    .any(|w| doc.is(i - 2, w))
                || doc.sentence_start(i - 1)
                // "Tuan now 66 and retired": after a name.
                || i >= 2
                    && doc.kind(i - 2) == Some(TokKind::Word)
                    && doc.capitalized(i - 2)
                    && !doc.all_caps(i - 2)
                    && !names::is_common_word(doc.tok_text(i - 2))
                    && month_of(doc.tok_text(i - 2)).is_none()
                    && (1..=99).contains(&v))
            && (matches!(doc.punct(i + 1), Some('.' | ',' | ';'))
                || i + 1 == n
                || doc.is(i + 1, "and") && (1..=99).contains(&v))
        {
            push_age(out, t.start, t.end, 0.7, v, "age.stated");
            continue;
        }
        if i >= 2
            && !next_old
            && (doc.is(i - 1, "is")
                || doc.is(i - 1, "was")
                || doc.is(i - 1, "turns")
                || doc.is(i - 1, "turned")
                // "Lorena tiene 39, Esteban 44." (Spanish: has 39 years).
                || doc.is(i - 1, "tiene"))
        {
            let who = doc.tok_text(i - 2);
            let subject = [
                "she", "he", "they", "client", "who", "son", "daughter", "child", "youth", "now",
                "cl", "clt", "yth", "pt", "guest", "tenant", "resident", "ella", "él",
            ]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(who))
                || PERSON.iter().any(|w| w.eq_ignore_ascii_case(who))
                || doc.capitalized(i - 2) && !doc.all_caps(i - 2)
                // "Min-jun is 71": a hyphenated name whose second part is
                // lowercase.
                || i >= 4
                    && doc.kind(i - 2) == Some(TokKind::Word)
                    && doc.punct(i - 3) == Some('-')
                    && doc.tight(i - 3)
                    && doc.tight(i - 2)
                    && doc.capitalized(i - 4)
                    && !doc.all_caps(i - 4)
                // "Danielle Fox (client) is 43", "(legal name Lamont Pierce) is 48".
                || doc.punct(i - 2) == Some(')') && (i.saturating_sub(8)..i - 2).any(|k| doc.capitalized(k))
                // "tevita is 44.": in a note without capitals, a word that
                // is no common word is likely a name.
                || doc.case != CaseMode::Mixed
                    && doc.kind(i - 2) == Some(TokKind::Word)
                    && who.chars().count() >= 3
                    && !names::is_common_word(who);
            let next = doc.lower(i + 1);
            let years = matches!(next, "years" | "yrs" | "yr" | "yo")
                // "she is 9 months." (not "3 months sober", "14 wks pregnant").
                || v <= 36
                    && matches!(next, "months" | "mos" | "weeks" | "wks")
                    && (doc.is(i + 2, "old")
                        || matches!(doc.punct(i + 2), Some(',' | '.' | ';' | ')' | '\''))
                        || i + 2 == n);
            let ends = years
                || matches!(doc.punct(i + 1), Some(',' | '.' | ';' | ')' | '('))
                // "he is 70 or so", "she is 17 but looks younger".
                || next == "or" && doc.is(i + 2, "so")
                || next == "but"
                || doc.punct(i + 1) == Some('-') && !doc.tight(i + 1)
                || next == "and"
                || next == "now"
                // "She is 75 per her state ID", "he is 40 according to his ID".
                || next == "per"
                || next == "according"
                // "her son Bao who is 19 & on SSI".
                || doc.punct(i + 1) == Some('&')
                || i + 1 == n
                || doc.toks[i + 1].newline_before;
            if subject && ends {
                let end = if years { doc.toks[i + 1].end } else { t.end };
                push_age(out, t.start, end, 0.75, v, "age.stated");
                continue;
            }
        }
        // "ELIJAH HAD BLOODY NOSE. BOTH 17.", "they are both 16,": one age
        // said of the two people just named.
        if i >= 1
            && doc.is(i - 1, "both")
            && (doc.sentence_start(i - 1)
                || i >= 2
                    && ["are", "were", "they're", "theyre"]
                        .iter()
                        .any(|w| doc.is(i - 2, w)))
            && (1..=99).contains(&v)
            && (matches!(doc.punct(i + 1), Some('.' | ',' | ';' | ')' | '!'))
                || i + 1 == n
                || doc.toks[i + 1].newline_before)
            && !(doc.tight(i + 1) && doc.num_len(i + 2) > 0)
        {
            push_age(out, t.start, t.end, 0.65, v, "age.stated");
            continue;
        }
        // "Chen Wei (on his state ID). 55. Restaurant closed": a number
        // standing alone as a sentence in the middle of a line.
        if i >= 1
            && doc.punct(i - 1) == Some('.')
            && !doc.tight(i)
            && !doc.toks[i].newline_before
            && (14..=99).contains(&v)
            && doc.punct(i + 1) == Some('.')
            && doc.tight(i + 1)
            && !doc.tight(i + 2)
        {
            push_age(out, t.start, t.end, 0.6, v, "age.stated");
            continue;
        }
        // "skyler (no last name given), says 18.": a self-reported age
        // right after "says" when a person is the one saying.
        let sayer = i >= 2
            && (doc.is(i - 1, "says") || doc.is(i - 1, "said"))
            && (matches!(doc.punct(i - 2), Some(',' | ')'))
                || [
                    "she", "he", "they", "youth", "yth", "client", "cl", "caller",
                ]
                .iter()
                .any(|w| doc.is(i - 2, w))
                || doc.capitalized(i - 2) && !doc.all_caps(i - 2));
        if sayer
            && (12..=99).contains(&v)
            && (matches!(doc.punct(i + 1), Some('.' | ',' | ';')) || i + 1 == n)
            && !(doc.tight(i + 2) && doc.num_len(i + 2) > 0)
        {
            push_age(out, t.start, t.end, 0.6, v, "age.stated");
            continue;
        }
        // "maybe 18.", "looks about 17,", "minor, ~15,": an estimated age.
        if i >= 1
            && ([
                "maybe",
                "about",
                "approx",
                "approximately",
                "around",
                "roughly",
            ]
            .iter()
            .any(|w| doc.is(i - 1, w))
                || doc.punct(i - 1) == Some('~') && doc.tight(i))
            && (10..=99).contains(&v)
            && (matches!(doc.punct(i + 1), Some('.' | ',' | ';' | ')')) || i + 1 == n)
            && !(doc.tight(i + 1) && doc.num_len(i + 2) > 0)
            && context::before(doc, i, 40, &AGE_GUESS).is_some()
        {
            push_age(out, t.start, t.end, 0.6, v, "age.stated");
            continue;
        }
        // "34 years old", "34-year-old", "34 yrs old", "8 months old", "34 y/o", "34 years of age".
        let mut k = i + 1;
        if doc.punct(k) == Some('-') {
            k += 1;
        }
        let unit = doc.lower(k);
        let is_year = matches!(unit, "year" | "years" | "yr" | "yrs" | "y");
        let is_small = matches!(
            unit,
            "month" | "months" | "mo" | "mos" | "week" | "weeks" | "wk" | "wks" | "day"
        );
        // "52 años" (Spanish), "50 tuổi" (Vietnamese, a word used only
        // for age): a person's age in years.
        if ["yo", "yoa", "años", "anos", "tuổi"].contains(&unit) {
            push_age(out, t.start, doc.toks[k].end, 0.85, v, "age.years_old");
            continue;
        }
        // "35 Jahre alt" (German), "elle a 35 ans" (French): the age form
        // only, not "seit 3 Jahre" or "depuis 3 ans", which are durations.
        if unit == "jahre" && doc.is(k + 1, "alt") {
            push_age(out, t.start, doc.toks[k + 1].end, 0.85, v, "age.years_old");
            continue;
        }
        if unit == "ans" && i >= 1 && doc.is(i - 1, "a") {
            push_age(out, t.start, doc.toks[k].end, 0.85, v, "age.years_old");
            continue;
        }
        if unit == "y" && matches!(doc.punct(k + 1), Some('/' | '.')) && doc.is(k + 2, "o") {
            let end = if doc.punct(k + 3) == Some('.') && doc.tight(k + 3) {
                k + 3
            } else {
                k + 2
            };
            push_age(out, t.start, doc.toks[end].end, 0.85, v, "age.years_old");
            continue;
        }
        if unit == "y" && doc.punct(k + 1) == Some('/') && doc.is(k + 2, "o") {
            push_age(out, t.start, doc.toks[k + 2].end, 0.85, v, "age.years_old");
            continue;
        }
        // "su nieto de 9 meses", "la bebé tiene 3 meses.": a child's age in
        // months or weeks in Spanish (not "paga 100% por 3 meses").
        if ["meses", "mes", "semanas"].contains(&unit) && v <= 36 && i >= 1 {
            let closed = matches!(doc.punct(k + 1), Some('.' | ',' | ';' | ')'))
                || k + 1 >= n
                || doc.toks[k + 1].newline_before;
            // "su hija Ximena de 6 meses": the child's name between.
            let kin = i >= 2
                && doc.is(i - 1, "de")
                && (NINOS.iter().any(|w| doc.is(i - 2, w))
                    || i >= 3
                        && doc.capitalized(i - 2)
                        && !doc.all_caps(i - 2)
                        && NINOS.iter().any(|w| doc.is(i - 3, w)));
            if kin || doc.is(i - 1, "tiene") && closed {
                push_age(out, t.start, doc.toks[k].end, 0.75, v, "age.years_old");
                continue;
            }
        }
        if !(is_year || is_small) {
            continue;
        }
        let mut m = k + 1;
        if doc.punct(m) == Some('-') {
            m += 1;
        }
        // "Youngest is 14 months.", "baby ANGEL 6 MONTHS": a small child's age.
        let closed = matches!(doc.punct(m), Some('.' | ',' | ';' | ')'))
            || m >= n
            || doc.toks.get(m).is_some_and(|t| t.newline_before);
        // "Clt Darlene Whitehorse (Spokane Tribe, ...) 57 yrs, been sleeping",
        // "son 6 yrs.": years closed by punctuation right after the person
        // (not "5 yrs homeless", "for 2 yrs.", "partner 5 yrs,").
        // "Mrs. Lakshmi Venkatesan (71 yrs)": in brackets right after a name.
        let named_paren = i >= 2
            && doc.punct(i - 1) == Some('(')
            && doc.punct(m) == Some(')')
            && doc.kind(i - 2) == Some(TokKind::Word)
            && doc.capitalized(i - 2)
            && !doc.all_caps(i - 2)
            && !names::is_common_word(doc.tok_text(i - 2))
            && month_of(doc.tok_text(i - 2)).is_none()
            // Not a stay somewhere ("lived at Hillyard (3 yrs)").
            && v >= 18
            && !(i >= 3
                && ["at", "in", "on", "from", "near", "to", "with", "for"]
                    .iter()
                    .any(|w| doc.is(i - 3, w)));
        if is_year && unit != "y" && closed && i >= 1 && (yrs_subject(doc, i - 1) || named_paren) {
            push_age(out, t.start, doc.toks[k].end, 0.7, v, "age.years_old");
            continue;
        }
        if is_small && closed && i >= 1 && v <= 36 {
            let p = doc.tok_text(i - 1);
            // "Youngest is 14 months", "Angel is 6 weeks", but not "wait at
            // DOL is 3 weeks": "is" after a person word or a name.
            let is_person = i >= 2 && {
                let who = doc.tok_text(i - 2);
                PERSON.iter().any(|w| w.eq_ignore_ascii_case(who))
                    || doc.capitalized(i - 2) && !doc.all_caps(i - 2)
                    // "Youngest, Nou, is 14 months.", "Nou (baby) is 6 weeks."
                    || matches!(doc.punct(i - 2), Some(',' | ')'))
                        && i >= 3
                        && doc.capitalized(i - 3)
                    || doc.case != CaseMode::Mixed
                        && doc.kind(i - 2) == Some(TokKind::Word)
                        && !names::is_common_word(who)
            };
            let person = doc.is(i - 1, "is") && is_person
                || doc.is(i - 1, "baby")
                || PERSON.iter().any(|w| w.eq_ignore_ascii_case(p))
                || doc.kind(i - 1) == Some(TokKind::Word)
                    && doc.all_caps(i - 1)
                    && i >= 2
                    && doc.all_caps(i - 2)
                    && doc.case == CaseMode::Mixed;
            if person {
                push_age(out, t.start, doc.toks[k].end, 0.7, v, "age.years_old");
                continue;
            }
        }
        if doc.is(m, "old") {
            // "a 10 year old car" is about a thing.
            let mut after = m + 1;
            if doc.punct(after) == Some('-') {
                after += 1;
            }
            let noun = doc.lower(after);
            if THINGS.contains(&noun) {
                continue;
            }
            // "45-year-old Anglo female", "39 year old Samoan woman": a person.
            // "71-year-old Vietnam-era vet": a person word a few words on,
            // across hyphenated words.
            let mut person_after = false;
            let mut k2 = after;
            while k2 < after + 5 {
                if PERSON_AFTER_AGE.iter().any(|w| doc.is(k2, w)) {
                    person_after = true;
                    break;
                }
                if doc.kind(k2) != Some(TokKind::Word) && doc.punct(k2) != Some('-') {
                    break;
                }
                k2 += 1;
            }
            // "Hollis Granger, 71-year-old ...": set off after a name.
            let person_after = person_after
                || i >= 2
                    && doc.punct(i - 1) == Some(',')
                    && doc.capitalized(i - 2)
                    && month_of(doc.tok_text(i - 2)).is_none();
            // "a 10 year old Honda": a capitalized word no name list knows is a make.
            if !person_after
                && doc.case == CaseMode::Mixed
                && doc.capitalized(after)
                && names::lookup(&super::tokens::fold_word(doc.tok_text(after)))
                    .map_or(true, |n| n.given_rank.is_none())
            {
                continue;
            }
            // "the dog is 8 years old", "my truck is 20 years old".
            if i >= 2
                && (doc.is(i - 1, "is") || doc.is(i - 1, "was"))
                && [
                    "dog", "cat", "puppy", "kitten", "pet", "car", "truck", "van", "vehicle", "rv",
                    "house", "trailer", "camper", "tent", "phone", "bike",
                ]
                .iter()
                .any(|w| doc.is(i - 2, w))
            {
                continue;
            }
            push_age(out, t.start, doc.toks[m].end, 0.85, v, "age.years_old");
        } else if is_year && doc.is(m, "of") && doc.is(m + 1, "age") {
            push_age(out, t.start, doc.toks[m + 1].end, 0.85, v, "age.years_old");
        }
    }
}

/// Spanish words for a child or grandchild, before "de N meses".
const NINOS: &[&str] = &[
    "hijo", "hija", "nieto", "nieta", "bebé", "bebe", "niño", "niña", "nino", "nina", "nene",
    "nena", "sobrino", "sobrina",
];

/// Words for whom "N yrs" right after is an age, not how long a
/// relation or a status has lasted ("partner 5 yrs", "tenant 3 yrs").
const YRS_OF: &[&str] = &[
    "client",
    "clt",
    "cl",
    "pt",
    "youth",
    "yth",
    "minor",
    "son",
    "daughter",
    "child",
    "kid",
    "boy",
    "girl",
    "baby",
    "toddler",
    "grandson",
    "granddaughter",
    "niece",
    "nephew",
    "male",
    "female",
    "man",
    "woman",
];

/// Whether token `k` could be a surname or given name: capitalized (not a
/// shouted word), and no common word or month.
fn name_word(doc: &Doc, k: usize) -> bool {
    let w = doc.tok_text(k);
    doc.kind(k) == Some(TokKind::Word)
        && doc.capitalized(k)
        && !doc.all_caps(k)
        && !names::is_common_word(w)
        && month_of(w).is_none()
}

/// Whether "N yrs" after token `k` is said of a person: a word from
/// [`YRS_OF`], a full name ("Darlene Whitehorse 57 yrs,"), or a bracket
/// closing a remark after a name ("Whitehorse (tribal ID 0417-2231) 57
/// yrs,"), looked for at most 16 tokens back on the same line.
fn yrs_subject(doc: &Doc, k: usize) -> bool {
    if YRS_OF.iter().any(|w| doc.is(k, w)) {
        return true;
    }
    // "YOUTH KEANU MAKOA 19 YRS": in a note written in capitals, a
    // capitalized word may be all capitals.
    let upper = doc.case == crate::pii::tokens::CaseMode::Upper;
    let name_like = |k: usize| {
        name_word(doc, k)
            || upper
                && doc.kind(k) == Some(TokKind::Word)
                && doc.tok_text(k).len() > 1
                && !names::is_common_word(doc.tok_text(k))
                && month_of(doc.tok_text(k)).is_none()
    };
    let full_name = |k: usize| {
        k >= 1 && name_like(k) && (name_like(k - 1) || YRS_OF.iter().any(|w| doc.is(k - 1, w)))
    };
    if doc.punct(k) == Some('.') {
        return after_name_slot(doc, k);
    }
    if doc.punct(k) != Some(')') {
        return full_name(k);
    }
    let lo = k.saturating_sub(16);
    let mut j = k;
    while j > lo {
        if doc.toks[j].newline_before {
            return false;
        }
        j -= 1;
        match doc.punct(j) {
            Some('(') => return j >= 1 && full_name(j - 1),
            Some(')' | '.' | ';') => return false,
            _ => {}
        }
    }
    false
}

/// "CLIENT: HOANG, MINH DUC. 45 YRS.": whether the sentence ending at the
/// full stop at token `k` is a name slot (a client or name label, a colon,
/// then only words and commas), at most 8 tokens back on the same line.
fn after_name_slot(doc: &Doc, k: usize) -> bool {
    let lo = k.saturating_sub(8);
    let mut j = k;
    while j > lo {
        j -= 1;
        if doc.punct(j) == Some(':') {
            return j >= 1
                && j + 1 < k
                && ["client", "clt", "name", "youth", "pt"]
                    .iter()
                    .any(|w| doc.is(j - 1, w));
        }
        let word = doc.kind(j) == Some(TokKind::Word) || doc.punct(j) == Some(',');
        if !word || doc.toks[j].newline_before {
            return false;
        }
    }
    false
}

/// Whether token `k`, after "N yrs", closes it: a comma, a full stop, a
/// semicolon, a bracket, a line end or the end of the text.
fn yrs_closed(doc: &Doc, k: usize) -> bool {
    matches!(doc.punct(k), Some('.' | ',' | ';' | ')'))
        || doc.toks.get(k).map_or(true, |t| t.newline_before)
}

/// Whether a word for the client starts the clause ending before token `end`
/// (at most 12 tokens back, not across a sentence end).
fn client_in_clause(doc: &Doc, end: usize) -> bool {
    let lo = end.saturating_sub(12);
    let mut k = end;
    while k > lo {
        k -= 1;
        if matches!(doc.punct(k), Some('.' | ';' | '?' | '!' | ':')) {
            return false;
        }
        if ["client", "cl", "clt", "youth", "yth", "pt", "patient"]
            .iter()
            .any(|w| doc.is(k, w))
        {
            return true;
        }
        if doc.toks.get(k).is_some_and(|t| t.newline_before) {
            return false;
        }
    }
    false
}

/// The last number of a list of ages starting at token `i`: "4 and 7",
/// "3, 5, and 9", "4 & 7" (`i` itself when there is no list).
fn age_list_end(doc: &Doc, i: usize) -> usize {
    let mut last = i;
    let mut k = i + 1;
    for _ in 0..6 {
        let mut j = k;
        if doc.punct(j) == Some(',') {
            j += 1;
        }
        if doc.is(j, "and") || doc.punct(j) == Some('&') {
            j += 1;
        }
        if j == k || doc.num(j).map_or(true, |v| v > 110) || doc.num_len(j) > 3 {
            break;
        }
        last = j;
        k = j + 1;
    }
    last
}

fn push_age(out: &mut Vec<Cand>, start: usize, end: usize, conf: f32, v: u32, rule: &'static str) {
    out.push(Cand::new(
        Kind::Age,
        start,
        end,
        conf,
        rule,
        format!("Looks like a person's age ({v})"),
    ));
}

/// The number of tokens of a field separator at token `i` ("//" or "|").
fn field_sep(doc: &Doc, i: usize) -> Option<usize> {
    match doc.punct(i) {
        Some('|') => Some(1),
        Some('/') if doc.punct(i + 1) == Some('/') && doc.tight(i + 1) => Some(2),
        _ => None,
    }
}

/// Whether token `i` is an emoji or another pictograph (the symbol blocks
/// from U+2600 on), which closes a phrase as punctuation does.
fn emoji(doc: &Doc, i: usize) -> bool {
    doc.punct(i).is_some_and(|c| c as u32 >= 0x2600)
}

/// "kayleigh is 17, brooklynn 18.", "Marquise 16.": a number standing
/// right after a name found with confidence, closed by punctuation, is the
/// person's age.
pub(crate) fn ages_after_names(doc: &Doc, cands: &mut Vec<Cand>) {
    let mut found = Vec::new();
    for c in cands
        .iter()
        .filter(|c| c.kind == Kind::Name && c.conf >= 0.6)
    {
        let mut i = doc.tok_at(c.end);
        // "Diego R. (17) showed up": over the initial of a surname.
        let name_end = match initial_after(doc, i, c.end) {
            Some(dot) => {
                i = dot + 1;
                doc.toks[dot].end
            }
            None => c.end,
        };
        // "ana lucia reyes, 34, HIV+", "tyler (17)": a comma or a bracket between.
        let mut expect = name_end + 1;
        let mut bracket = false;
        // "INTAKE // LORENA MEDINA-CRUZ // 29 // DOB": fields of a header
        // line set off by "//" or "|"; the same mark must close the number.
        let sep = field_sep(doc, i).filter(|_| !doc.tight(i));
        if let Some(w) = sep {
            i += w;
            expect = doc.toks.get(i).map_or(0, |t| t.start);
            let after = i + 1;
            if !(field_sep(doc, after) == Some(w) && !doc.tight(after)
                || after == doc.toks.len()
                || doc.toks.get(after).is_some_and(|t| t.newline_before))
            {
                continue;
            }
        } else if doc.punct(i) == Some(',') && doc.toks.get(i).is_some_and(|p| p.start == name_end)
        {
            i += 1;
            expect = name_end + 2;
        } else if doc.punct(i) == Some('(')
            && doc.toks.get(i).is_some_and(|p| p.start == name_end + 1)
        {
            bracket = true;
            i += 1;
            expect = name_end + 2;
        } else if ["is", "turned", "turns"].iter().any(|w| doc.is(i, w))
            && doc.toks.get(i).is_some_and(|p| p.start == name_end + 1)
        {
            // "son aiden is 6, still at same school", "jess turned 19 and":
            // in a note with capitals, a lowercase name the age rules do
            // not take for a name.
            expect = doc.toks[i].end + 1;
            i += 1;
        }
        let Some(t) = doc.toks.get(i) else { continue };
        if t.kind == TokKind::Num && t.start == expect && doc.num_len(i) == 8 && !bracket {
            if let Some(dob) = listed_dob(doc, i) {
                found.push(dob);
            }
            continue;
        }
        if t.kind != TokKind::Num || t.start != expect || doc.num_len(i) > 2 {
            continue;
        }
        if bracket && doc.punct(i + 1) != Some(')') {
            continue;
        }
        let Some(v) = doc.num(i).filter(|v| (1..=99).contains(v)) else {
            continue;
        };
        // "Daughter Kaylee 18 months.": a small child's age.
        let unit = ["months", "mos", "mo", "weeks", "wks"]
            .iter()
            .any(|u| doc.is(i + 1, u));
        let i_end = if unit { i + 1 } else { i };
        // "kofi mensah 55 sleeping at the bus depot", "Gabriela Ochoa 19
        // checked in": a verb said of the person after the number.
        let verb_after = !bracket
            && doc.kind(i_end + 1) == Some(TokKind::Word)
            && (doc.tok_text(i_end + 1).len() > 5 && doc.tok_text(i_end + 1).ends_with("ing")
                || [
                    "checked",
                    "came",
                    "says",
                    "said",
                    "reports",
                    "arrived",
                    "presented",
                    "walked",
                    "is",
                    "was",
                    "has",
                ]
                .iter()
                .any(|w| doc.is(i_end + 1, w)));
        let ends = matches!(doc.punct(i_end + 1), Some(',' | '.' | ';' | ')'))
            || doc.is(i_end + 1, "and")
            || i_end + 1 == doc.toks.len()
            || doc.toks[i_end + 1].newline_before
            || verb_after && !unit
            || sep.is_some()
            // "aiden is 6 per his mom".
            || doc.is(i_end + 1, "per")
            // "jayden 17 🙁 parents kicked him out": an emoji closes.
            || emoji(doc, i_end + 1);
        // "Maria 3.5", "Tom 2/14": a number glued to more digits is no age
        // ("Ortiz, 33)\n10. Any" is not glued: the digits are past a break).
        let glued = doc.tight(i + 1) && doc.tight(i + 2) && doc.num_len(i + 2) > 0;
        if ends && !glued {
            found.push(Cand::new(
                Kind::Age,
                t.start,
                doc.toks[i_end].end,
                0.65,
                "age.after_name",
                format!("Looks like a person's age ({v}) right after their name"),
            ));
        }
    }
    cands.extend(found);
    ages_in_lists(doc, cands);
}

/// "Diego R. (17)": the full stop's token when token `i`, one space after
/// the name ending at byte `end`, is a capital initial and a full stop.
fn initial_after(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    let t = doc.toks.get(i)?;
    let w = doc.tok_text(i);
    (t.start == end + 1
        && w.len() == 1
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && doc.punct(i + 1) == Some('.')
        && doc.tight(i + 1))
    .then_some(i + 1)
}

/// "tanya lefebvre, 19780923, score 10": an 8-digit date (year, month, day
/// or month, day, year) of a plausible birth year, right after a name and
/// a comma and closed by a comma, a full stop or a line end, is the
/// person's date of birth in a list of fields.
fn listed_dob(doc: &Doc, i: usize) -> Option<Cand> {
    let v = doc.num(i)?;
    let as_of = u32::try_from(doc.as_of_year).ok()?;
    let born = |y: u32| (as_of.saturating_sub(105)..=as_of.saturating_sub(10)).contains(&y);
    let (y1, m1, d1) = (v / 10_000, v / 100 % 100, v % 100);
    let (m2, d2, y2) = (v / 1_000_000, v / 10_000 % 100, v % 10_000);
    let ymd = born(y1) && (1..=12).contains(&m1) && (1..=31).contains(&d1);
    let mdy = born(y2) && (1..=12).contains(&m2) && (1..=31).contains(&d2);
    let closed = matches!(doc.punct(i + 1), Some(',' | '.' | ';'))
        || doc.toks.get(i + 1).map_or(true, |t| t.newline_before);
    let t = doc.toks.get(i)?;
    ((ymd || mdy) && closed).then(|| {
        Cand::new(
            Kind::Dob,
            t.start,
            t.end,
            0.7,
            "dob.date",
            "Looks like a date of birth written as 8 digits right after a name".to_string(),
        )
    })
}

/// Units a child's or a person's age is given in after the number.
const AGE_UNITS: &[&str] = &[
    "months", "month", "mos", "mo", "weeks", "wks", "years", "yrs", "yo",
];

/// The spans of the findings of one kind, in order.
fn sorted_spans(cands: &[Cand], kind: Kind) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.kind == kind)
        .map(|c| (c.start, c.end))
        .collect();
    spans.sort_unstable();
    spans
}

/// "Children: Nasra (6), Abdullahi (4), Idil 11 months", "Hibaaq 6,
/// Guuleed 3 with her", "2 children (3yo and 11 mo)": the next item of a
/// list that starts with an age is an age too, when it names a person
/// (a name, then the number) or gives the number with an age's unit.
fn ages_in_lists(doc: &Doc, cands: &mut Vec<Cand>) {
    let mut ages = sorted_spans(cands, Kind::Age);
    let mut q = 0;
    while q < ages.len() {
        let (_, end) = ages[q];
        q += 1;
        let mut k = doc.tok_at(end);
        // "(4), Idil": past the bracket the age was in.
        if doc.punct(k) == Some(')') && doc.tight(k) {
            k += 1;
        }
        let joined = doc.punct(k) == Some(',') || doc.punct(k) == Some('&') || doc.is(k, "and");
        if !joined {
            continue;
        }
        k += 1;
        if doc.is(k, "and") && doc.punct(k - 1) == Some(',') {
            k += 1;
        }
        // A name: one found, or a capitalized word no dictionary knows.
        let named = doc.toks.get(k).is_some_and(|t| {
            cands
                .iter()
                .any(|c| c.kind == Kind::Name && c.start <= t.start && t.end <= c.end)
        }) || doc.kind(k) == Some(TokKind::Word)
            && doc.capitalized(k)
            && !doc.all_caps(k)
            && !names::is_common_word(doc.tok_text(k))
            && month_of(doc.tok_text(k)).is_none();
        if named {
            k += 1;
        }
        let bracket = doc.punct(k) == Some('(');
        if bracket {
            k += 1;
        }
        let Some(v) = doc.num(k).filter(|v| (1..=99).contains(v)) else {
            continue;
        };
        if doc.num_len(k) > 2 || doc.tight(k + 1) && doc.num_len(k + 2) > 0 {
            continue;
        }
        let mut e = k;
        let unit = AGE_UNITS.iter().any(|u| doc.is(k + 1, u));
        if unit {
            e += 1;
        }
        if bracket && doc.punct(e + 1) != Some(')') {
            continue;
        }
        let closed = matches!(doc.punct(e + 1), Some(',' | '.' | ';' | ')' | '&'))
            || doc.is(e + 1, "and")
            || e + 1 >= doc.toks.len()
            || doc.toks[e + 1].newline_before;
        // Not "Keke, 30, 2 boys": without a name, a count of things.
        let not_unit = doc.kind(e + 1) != Some(TokKind::Word)
            || ![
                "days", "minutes", "min", "hours", "hrs", "dollars", "percent", "am", "pm", "kids",
                "children", "boys", "girls", "times", "nights", "pregnant", "sober", "clean",
                "ago",
            ]
            .iter()
            .any(|w| doc.is(e + 1, w));
        // "Kiana Tautala, 19, 24 wks pregnant": a unit alone needs the
        // item to end there.
        if !(closed || unit && doc.is(e + 1, "old") || named && not_unit) {
            continue;
        }
        if !named && !unit && !bracket {
            continue;
        }
        let (s, t) = (doc.toks[k].start, doc.toks[e].end);
        if ages.iter().any(|&(a, b)| a < t && s < b) {
            continue;
        }
        cands.push(Cand::new(
            Kind::Age,
            s,
            t,
            0.65,
            "age.list",
            format!("Looks like a person's age ({v}) in a list after another age"),
        ));
        ages.push((s, t));
    }
}
