//! Names found by the place they fill in a note, whatever the name data
//! says about the words: the value of a header or a label ("intake:
//! shandiin begay, navajo nation", "name - dang xiong."), the words right
//! before a date of birth or an age ("Walk in. Hodan Warsame, DOB ..."), and
//! two words nobody knows after a role word in a note without capitals
//! ("CLIENT TESFALEM GHEBREMEDHIN PRESENTED").
//!
//! A slot takes at most three words and must be closed by what closes a
//! name (a comma, a bracket, the end of the line, a verb said of a person),
//! so a header followed by prose ("follow up: housing search went well")
//! is left alone.

use super::{base, is_org_word, looks_inflected, word, Word, REPORT_VERBS, ROLE_NOUNS};
use crate::pii::context::WordSet;
use crate::pii::tokens::{fold_word, is_title, CaseMode, Doc, TokKind};
use crate::pii::{Cand, Kind};

/// Words that head a note or a line and are followed by the person it is
/// about: "intake: ...", "f/u - ...", "CM note: ...".
const HEADERS: &[&str] = &[
    "intake",
    "new intake",
    "walk in",
    "walk-in",
    "walkin",
    "follow up",
    "follow-up",
    "followup",
    "f/u",
    "fu",
    "note",
    "notes",
    "contact",
    "client",
    "cl",
    "clt",
    "youth",
    "yth",
    "hoh",
    "name",
    "client name",
    "full name",
    "legal name",
    "caller",
    "visitor",
    "guest",
    "participant",
    "pt",
    "patient",
    "tenant",
    "applicant",
    "outreach",
    "phone call",
    "call",
    "text",
    "visit",
    "home visit",
    "check-in",
    "check in",
    "re",
    "subject",
    "name given",
    "given name",
    "preferred name",
    "goes by",
    "aka",
];

/// Words that say "the person's name" itself: the value after them may be
/// any words, common ones included ("name - dang xiong", "Name: Hope Grant").
const NAME_LABELS: &[&str] = &[
    "name",
    "client name",
    "full name",
    "legal name",
    "name given",
    "given name",
    "preferred name",
    "goes by",
    "aka",
];

/// Words right after a name that say the name is a person's: a date of
/// birth or an age follows it.
fn dob_or_age_after(doc: &Doc, k: usize) -> bool {
    let is_dob = |j: usize| ["dob", "born", "age", "aged"].iter().any(|w| doc.is(j, w));
    let age_at = |j: usize| {
        // The Doc's lowercased text: no String per token asked.
        let t = doc.lower(j);
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 3 {
            return false;
        }
        let rest = &t[digits..];
        if matches!(
            rest,
            "yo" | "y/o" | "yrs" | "yoa" | "m" | "f" | "mo" | "mos"
        ) {
            return true;
        }
        if !rest.is_empty() {
            return false;
        }
        let v = doc.num(j).unwrap_or(0);
        if !(1..=110).contains(&v) {
            return false;
        }
        // "34 y/o", "34 years old", "34," "34)".
        let unit = doc.lower(j + 1);
        matches!(
            unit,
            "yo" | "y" | "years" | "yrs" | "yr" | "months" | "mos" | "weeks"
        ) || matches!(doc.punct(j + 1), Some(',' | ')' | ';'))
    };
    // "Keala Kahananui (HoH), 38": a role in brackets between.
    // "Tavita Leota (Samoan), 19": a word in brackets between.
    if doc.punct(k) == Some('(')
        && (super::role_word(doc, k + 1) || doc.capitalized(k + 1))
        && doc.punct(k + 2) == Some(')')
    {
        return dob_or_age_after(doc, k + 3);
    }
    match doc.punct(k) {
        Some(',') => is_dob(k + 1) || age_at(k + 1),
        Some('(') => is_dob(k + 1) || age_at(k + 1) && doc.punct(k + 2) == Some(')'),
        Some('-') => is_dob(k + 1),
        _ => is_dob(k),
    }
}

/// What closes the value of a header: punctuation, the end of the text or
/// the line, or a verb said of a person ("agnieszka kowalczyk called").
fn closes(doc: &Doc, k: usize) -> bool {
    match doc.toks.get(k) {
        None => true,
        Some(t) if t.newline_before => true,
        Some(_) => {
            matches!(doc.punct(k), Some(',' | '(' | ';' | '.' | ':' | '/'))
                || REPORT_VERBS.iter().any(|v| doc.is(k, v) && *v != "and")
                || [
                    "came", "called", "missed", "found", "got", "left", "brought",
                ]
                .iter()
                .any(|v| doc.is(k, v))
        }
    }
}

/// A header phrase ending right before token `i` (with its separator),
/// starting a line or a sentence. Returns the header.
fn header_before(doc: &Doc, i: usize) -> Option<&'static str> {
    if i < 2
        || !matches!(
            doc.punct(i - 1),
            Some(':' | '-' | '=' | '\u{2013}' | '\u{2014}')
        )
    {
        return None;
    }
    let end = doc.toks[i - 2].end;
    HEADERS
        .iter()
        .filter(|h| {
            end.checked_sub(h.len()).is_some_and(|s| {
                doc.text
                    .get(s..end)
                    .is_some_and(|t| t.eq_ignore_ascii_case(h))
                    && (s == 0
                        || !doc.text[..s]
                            .chars()
                            .next_back()
                            .is_some_and(char::is_alphanumeric))
            })
        })
        .max_by_key(|h| h.len())
        .copied()
        .filter(|h| {
            // The header starts a line, a sentence or the note, or ends a
            // heading such as "Ryan White CM note:".
            let first = doc.tok_at(end - h.len());
            doc.sentence_start(first) || *h == "note" || *h == "notes"
        })
}

/// How a slot treats its words.
#[derive(Clone, Copy, PartialEq)]
enum Take {
    /// Capitalized words in a mixed-case note; any rare word otherwise.
    Capitals,
    /// Also rare lowercase words in a mixed-case note ("new intake - pa
    /// nhia vang, dob ..."): the slot itself must be strong.
    Lowercase,
    /// Any word, common ones too: the value of a "name:" label.
    Any,
}

/// Can token `i` stand in a name slot?
fn eligible(doc: &Doc, words: &[Option<Word>], i: usize, take: Take) -> Option<Word> {
    // The cheap tests first: this runs for many words of a note.
    let w = word(words, i)?;
    if w.stop || take != Take::Any && w.is_common() && !w.known() {
        return None;
    }
    let text = doc.tok_text(i);
    let rare = !w.is_common() && !looks_inflected(text);
    let capital = doc.capitalized(i) && (w.cap || doc.all_caps(i));
    if doc.case == CaseMode::Mixed && !capital && !(take != Take::Capitals && rare) {
        return None;
    }
    if !text
        .chars()
        .all(|c| c.is_alphabetic() || c == '\'' || c == '\u{2019}')
    {
        return None;
    }
    static TRIGGERS: WordSet = WordSet::new(&[super::STRONG_TRIGGERS]);
    if is_title(base(text))
        || super::origin_word(text)
        || super::role_word(doc, i)
        || doc.is_any(i, &TRIGGERS)
        || is_org_word(doc, i)
    {
        return None;
    }
    Some(w)
}

/// The words of a slot from token `i`: up to three eligible words, one
/// line. Returns the last token and whether any word is no common word.
fn slot(doc: &Doc, words: &[Option<Word>], i: usize, take: Take) -> Option<(usize, bool)> {
    let mut last = None;
    let mut rare = false;
    for k in i..i + 3 {
        if k > i && doc.toks.get(k).is_some_and(|t| t.newline_before) {
            break;
        }
        let Some(w) = eligible(doc, words, k, take) else {
            break;
        };
        rare |= !w.is_common() && !looks_inflected(doc.tok_text(k));
        last = Some(k);
        // A possessive ends the name: "mele's medicaid".
        if base(doc.tok_text(k)).len() < doc.tok_text(k).len() {
            break;
        }
    }
    last.map(|l| (l, rare))
}

pub(super) fn scan(doc: &Doc, words: &[Option<Word>], out: &mut Vec<Cand>) {
    let mixed = doc.case == CaseMode::Mixed;
    let n = doc.toks.len();
    // For each token, the next one (itself included) that could start an
    // age or a date of birth: a number or a DOB word. One pass, backwards.
    let mut next_hint = vec![n; n + 1];
    for k in (0..n).rev() {
        let hint = matches!(doc.kind(k), Some(TokKind::Num | TokKind::Mixed))
            || ["dob", "born", "age", "aged"].iter().any(|w| doc.is(k, w));
        next_hint[k] = if hint { k } else { next_hint[k + 1] };
    }
    let mut i = 0;
    while i < n {
        if doc.punct(i) == Some('"') {
            i = quoted_before_aka(doc, i, out).unwrap_or(i + 1);
            continue;
        }
        if doc.kind(i) != Some(TokKind::Word) {
            i += 1;
            continue;
        }
        // The value of a header or label.
        if let Some(h) = header_before(doc, i) {
            let label = NAME_LABELS.contains(&h);
            let take = if label { Take::Any } else { Take::Lowercase };
            if let Some((last, rare)) = slot(doc, words, i, take) {
                let possessive = base(doc.tok_text(last)).len() < doc.tok_text(last).len();
                let two = last > i;
                let ok = (rare || label || words[i].is_some_and(|w| w.given() && !w.is_common()))
                    && (possessive || closes(doc, last + 1))
                    && (two || label || rare && !looks_inflected(doc.tok_text(i)));
                if ok {
                    // "NAME: JOHNSON, DARNELL", "Follow-up: Terrence (TJ) Washington".
                    let last = super::extend(doc, words, last);
                    push(
                        doc,
                        i,
                        last,
                        // A "name:" label is the strongest sign there is.
                        if label { 0.9 } else { 0.8 },
                        format!("Looks like a person's name after '{h}'"),
                        out,
                    );
                    i = last + 1;
                    continue;
                }
            }
        }
        // Words right before a date of birth or an age (a number or a DOB
        // word must be a few tokens ahead: most words are passed over here).
        let ahead = next_hint.get(i + 1).is_some_and(|&k| k < i + 9);
        // "pt is tou vang, 44 y/o": two or three rare words in lowercase too.
        let found = ahead
            .then(|| slot(doc, words, i, Take::Capitals))
            .flatten()
            .or_else(|| {
                ahead
                    .then(|| slot(doc, words, i, Take::Lowercase))
                    .flatten()
                    .filter(|&(last, _)| last > i)
            });
        if let Some((last, rare)) = found {
            let lead_ok = i == 0
                || !doc.is(i - 1, "the") && !matches!(doc.punct(i - 1), Some('-' | '/' | '&'));
            let all_rare = (i..=last).all(|k| {
                word(words, k).is_some_and(|w| !w.is_common()) && !looks_inflected(doc.tok_text(k))
            });
            if lead_ok && dob_or_age_after(doc, last + 1) && (all_rare || mixed && rare) {
                let conf = if rare || last > i { 0.8 } else { 0.7 };
                let why = "Looks like a person's name before their date of birth or age";
                push(doc, i, last, conf, why.to_string(), out);
                i = last + 1;
                continue;
            }
        }
        // "danny is texting her", "ashley's # 509-...", "rashida sims.": a
        // given name the data knows, written in lowercase in a mixed-case note.
        // "use amber's 509 555 0185", "bri's tiktok": a possessive before
        // something a person has makes even a word or a short form a name.
        let text = doc.tok_text(i);
        let possessive = base(text).len() < text.len();
        // Not "he's couch surfing" nor "his sister's place".
        let owner = possessive
            && (POSSESSED.iter().any(|k| doc.is(i + 1, k)) || doc.num_len(i + 1) == 3)
            && !matches!(
                base(text).to_ascii_lowercase().as_str(),
                "he" | "she"
                    | "it"
                    | "who"
                    | "that"
                    | "there"
                    | "what"
                    | "where"
                    | "here"
                    | "buddy"
                    | "dtr"
                    | "sis"
                    | "gma"
                    | "gpa"
            )
            && !super::is_role_text(&base(text).to_lowercase());
        if mixed
            && !doc.capitalized(i)
            && word(words, i).is_some_and(|w| {
                !w.stop
                    && (w.given() && !w.is_common()
                        || owner && (w.given() || !w.known() && !w.is_common()))
            })
            && !looks_inflected(base(text))
        {
            // "marisela will transfer", "tina marie said": a verb said of a
            // person after the name (or after a second given name).
            let verb_at = |k: usize| {
                super::speech_verb_at(doc, k).is_some()
                    || doc.is(k, "is") && doc.tok_text(k + 1).ends_with("ing")
                    || !doc.is(k, "and") && !doc.is(k, "is") && doc.is_any(k, &REPORT_SET)
            };
            let second = word(words, i + 1).is_some_and(|x| x.given() && !x.is_common() && !x.stop)
                && !doc.capitalized(i + 1)
                && verb_at(i + 2);
            let verb = !possessive && (verb_at(i + 1) || second);
            // "jolene m. - 34 yo", "jade w (jade whitfield)": with an initial.
            let initial = !possessive
                && doc.kind(i + 1) == Some(TokKind::Word)
                && doc.tok_text(i + 1).len() == 1
                && doc.tight(i + 2) == (doc.punct(i + 2) == Some('.'))
                && (doc.punct(i + 2) == Some('.') && !doc.is(i + 1, "a")
                    || matches!(doc.punct(i + 2), Some('(' | ',' | '-')));
            // "called marisol @ 509...", "met w/ benito.": right after an
            // action done with a person.
            let acted_on = !possessive
                && super::phrase_before(doc, i, &super::PERSON_VERBS_END).is_some()
                && !doc.capitalized(i + 1)
                && doc.kind(i + 1) != Some(TokKind::Word);
            let owns = owner
                || possessive
                    && (doc.punct(i + 1) == Some('#')
                        || super::KIN_AFTER.iter().any(|k| doc.is(i + 1, k)));
            // A sentence of its own, or after an action done with a person, or
            // before a role in brackets: given name and surname.
            let pair = word(words, i + 1).is_some_and(|x| x.surname() && !x.stop && !x.is_common())
                && !doc.capitalized(i + 1);
            // "(jade whitfield)": in brackets too.
            let alone = pair
                && (doc.sentence_start(i) && doc.punct(i + 2) == Some('.')
                    || super::phrase_before(doc, i, &super::PERSON_VERBS_END).is_some()
                    || doc.punct(i + 2) == Some('(') && super::role_word(doc, i + 3)
                    || i > 0 && doc.punct(i - 1) == Some('(') && doc.punct(i + 2) == Some(')'));
            if (verb || owns || alone || acted_on || initial)
                && text.chars().count() >= 3
                && !super::role_word(doc, i)
            {
                let last = if alone || second || initial { i + 1 } else { i };
                let why = "Looks like a person's name written in lowercase".to_string();
                push(doc, i, last, 0.65, why, out);
                i = last + 1;
                continue;
            }
        }
        // "phone f/u with kalani.": a rare word in lowercase right after an
        // action done with a person, closed by punctuation.
        if mixed
            && !doc.capitalized(i)
            && matches!(doc.punct(i + 1), Some('.' | ',' | ';' | '!' | '?'))
            && word(words, i).is_some_and(|w| !w.is_common() && !w.stop)
            && doc.tok_text(i).chars().count() >= 3
            && doc.tok_text(i).chars().all(char::is_alphabetic)
            && !looks_inflected(doc.tok_text(i))
            && !super::role_word(doc, i)
            && super::phrase_before(doc, i, &super::PERSON_VERBS_END)
                .is_some_and(|v| v.len() > 4 && v.ends_with("with"))
        {
            let why = "Looks like a person's name right after an action done with them";
            push(doc, i, i, 0.6, why.to_string(), out);
            i += 1;
            continue;
        }
        // "CLIENT TESFALEM GHEBREMEDHIN": two words nobody knows after a role
        // word, in a note without capitals.
        if !mixed && i > 0 && ROLE_NOUNS.iter().any(|r| doc.is(i - 1, r)) {
            let unknown = |k: usize| {
                word(words, k).is_some_and(|w| !w.is_common() && !w.stop)
                    && doc.tok_text(k).chars().count() >= 3
                    && doc.tok_text(k).chars().all(char::is_alphabetic)
                    && !looks_inflected(doc.tok_text(k))
                    && !is_org_word(doc, k)
            };
            if unknown(i) && unknown(i + 1) {
                let why = format!(
                    "Looks like a person's name after the word '{}'",
                    doc.tok_text(i - 1).to_lowercase()
                );
                push(doc, i, i + 1, 0.75, why, out);
                i += 2;
                continue;
            }
        }
        i += 1;
    }
}

fn push(doc: &Doc, first: usize, last: usize, conf: f32, why: String, out: &mut Vec<Cand>) {
    out.push(Cand::new(
        Kind::Name,
        doc.toks[first].start,
        super::span_end(doc, last),
        conf,
        "name.slot",
        why,
    ));
}

/// The words of a quoted nickname starting at token `open` (a `"`):
/// returns the last word and the closing quote. At most four words, hyphens
/// inside ("T-Bone"), single letters too ("Big D").
fn quoted(doc: &Doc, open: usize) -> Option<(usize, usize)> {
    if doc.punct(open) != Some('"') {
        return None;
    }
    let mut k = open + 1;
    while k < open + 6
        && (doc.kind(k) == Some(TokKind::Word)
            || doc.punct(k) == Some('-') && doc.tight(k) && doc.tight(k + 1))
    {
        k += 1;
    }
    (k > open + 1 && doc.punct(k) == Some('"')).then_some((k - 1, k))
}

/// A nickname in brackets right after a name: Zbigniew Wójcik ("Zbyszek"),
/// Mike Dunleavy ("Big D").
pub(super) fn nickname_after(doc: &Doc, words: &[Option<Word>], last: usize, out: &mut Vec<Cand>) {
    if doc.punct(last + 1) != Some('(') {
        return;
    }
    // "Mohamed Yusuf (Mo)", "Raymond Tso (Ray)": a short form of one of the
    // name's words, even one the lists keep for something else (mo, ray).
    let short = doc.tok_text(last + 2);
    let short_form = doc.kind(last + 2) == Some(TokKind::Word)
        && doc.punct(last + 3) == Some(')')
        && short.chars().count() >= 2
        && (last.saturating_sub(2)..=last).any(|k| {
            let full = doc.tok_text(k);
            doc.kind(k) == Some(TokKind::Word)
                && full.len() > short.len()
                && full.is_char_boundary(short.len())
                && full[..short.len()].eq_ignore_ascii_case(short)
        });
    if short_form {
        let why = "A short form of the name just before it, in brackets".to_string();
        push(doc, last + 2, last + 2, 0.85, why, out);
        return;
    }
    // "Faadumo Jama (prefers Faduma)", "Park Ji-woo (goes by Jiwoo)".
    let intro = ["prefers", "preferred", "goes"]
        .iter()
        .any(|w| doc.is(last + 2, w));
    let at = if doc.is(last + 3, "by") {
        last + 4
    } else {
        last + 3
    };
    if intro && doc.kind(at) == Some(TokKind::Word) && doc.punct(at + 1) == Some(')') {
        let w = word(words, at);
        let name_like = if doc.case == CaseMode::Mixed {
            doc.capitalized(at) && !w.is_some_and(|w| w.stop || w.is_common() && !w.known())
        } else {
            w.is_some_and(|w| w.known())
        };
        if name_like {
            let why = "The name the person goes by, in brackets after their name".to_string();
            push(doc, at, at, 0.85, why, out);
            return;
        }
    }
    // "Terrence (TJ) Washington", "Ms. Adebayo (Funmilayo)", "chuy (jesus
    // ramos)": another name of the same person in brackets.
    if let Some((end, rare)) = slot(doc, words, last + 2, Take::Lowercase) {
        let acronym = (last + 2..=end).any(|k| {
            // Latin capitals only: a name in Chinese characters has no case.
            doc.case == CaseMode::Mixed
                && doc.tok_text(k).chars().all(|c| c.is_ascii_uppercase())
                && doc.tok_text(k).chars().count() > 2
                && !word(words, k).is_some_and(|w| w.known())
        });
        let known_given = word(words, last + 2).is_some_and(|w| w.given());
        let origin = super::origin_word(doc.tok_text(last + 2));
        if doc.punct(end + 1) == Some(')') && (rare || known_given) && !acronym && !origin {
            let why = "Another name of the same person, in brackets after their name".to_string();
            push(doc, last + 2, end, 0.8, why, out);
            return;
        }
    }
    if let Some((end, close)) = quoted(doc, last + 2) {
        if doc.punct(close + 1) == Some(')') {
            let why = "A nickname in quotes right after a person's name".to_string();
            push(doc, last + 3, end, 0.8, why, out);
        }
    }
}

/// A nickname right before a name in brackets: "Cookie (Darlene Sikes)",
/// "lil ray (raymond torres jr)", "'Red' (friend Leroy Fisher)", and a
/// nickname in brackets after a word for the person: "cl (tiny) says".
pub(super) fn nickname_before(
    doc: &Doc,
    words: &[Option<Word>],
    first: usize,
    last: usize,
    out: &mut Vec<Cand>,
) {
    if first < 2 {
        return;
    }
    // The bracket opens before the name, or before a kin word before it.
    let mut open = first - 1;
    if doc.punct(open) != Some('(') && super::role_word(doc, open) && open > 0 {
        open -= 1;
    }
    if doc.punct(open) != Some('(') {
        return;
    }
    let mut close = last + 1;
    if doc.is(close, "jr") || doc.is(close, "sr") {
        close += 1;
    }
    if doc.punct(close) != Some(')') || open == 0 {
        return;
    }
    // 'Red' (friend Leroy Fisher): a quoted word.
    let mut end = open - 1;
    if matches!(doc.punct(end), Some('"' | '\'')) && end > 0 {
        end -= 1;
    }
    let usable = |k: usize| {
        word(words, k).is_some_and(|w| !w.stop)
            && !["him", "her", "them", "his", "their"]
                .iter()
                .any(|p| doc.is(k, p))
            && !super::role_word(doc, k)
            && !is_org_word(doc, k)
            && !super::origin_word(doc.tok_text(k))
            && super::speech_verb_at(doc, k).is_none()
    };
    if !usable(end) {
        return;
    }
    // Two words: "lil ray", "Big Lou", on one line.
    let mut start = end;
    if start > 0 && usable(start - 1) && !doc.toks[start].newline_before {
        start -= 1;
    }
    let ok = doc.case != CaseMode::Mixed || doc.capitalized(end);
    if ok {
        let why = "A nickname right before the person's name in brackets".to_string();
        push(doc, start, end, 0.8, why, out);
    }
}

/// `"DRIFTER" AKA CALEB PRUITT`: a quoted name before "aka".
fn quoted_before_aka(doc: &Doc, i: usize, out: &mut Vec<Cand>) -> Option<usize> {
    let (end, close) = quoted(doc, i)?;
    let aka = ["aka", "a.k.a", "also known as"]
        .iter()
        .any(|w| doc.is(close + 1, w));
    if !aka {
        return None;
    }
    let why = "A nickname in quotes before 'aka'".to_string();
    push(doc, i + 1, end, 0.8, why, out);
    Some(close + 1)
}

/// A family named by its surname: "the Eze family", "Torres household",
/// "host: the Hendersons (Bill & Carla)". Only in a note with capitals.
pub(super) fn family_names(doc: &Doc, words: &[Option<Word>], out: &mut Vec<Cand>) {
    if doc.case != CaseMode::Mixed {
        return;
    }
    for i in 0..doc.toks.len() {
        let Some(w) = word(words, i) else {
            continue;
        };
        if !w.cap || w.stop || doc.all_caps(i) || i > 0 && doc.capitalized(i - 1) {
            continue;
        }
        let text = doc.tok_text(i);
        if super::origin_word(text)
            || super::demonym_shaped(text)
            || super::role_word(doc, i)
            || is_org_word(doc, i)
        {
            continue;
        }
        let family = ["family", "household", "fam", "kids", "children"]
            .iter()
            .any(|f| doc.is(i + 1, f))
            && !doc.capitalized(i + 1)
            && !text.contains('\'')
            && (!w.is_common() || w.surname() && i > 0 && doc.is(i - 1, "the"));
        // "the Hendersons": a known surname in the plural.
        let plural = !family
            && i > 0
            && doc.is(i - 1, "the")
            && !doc.capitalized(i + 1)
            && text.len() > 4
            && text.ends_with('s')
            && !text.ends_with("'s")
            && text.get(..text.len() - 1).is_some_and(|stem| {
                crate::pii::names::lookup(&fold_word(stem))
                    .is_some_and(|n| n.surname_rank.is_some() && !n.common_word)
            });
        if family || plural {
            let why = if family {
                "Looks like a family's surname"
            } else {
                "Looks like a family's surname, in the plural"
            };
            let t = doc.toks[i];
            out.push(Cand::new(
                Kind::Name,
                t.start,
                t.end,
                0.75,
                "name.family",
                why.to_string(),
            ));
        }
    }
}

/// Verbs after a subject ("is", "was", "will", "needs"...), as a set.
pub(super) static REPORT_SET: WordSet = WordSet::new(&[REPORT_VERBS]);

/// Things a person has: "Chidi's viral load", "ashley's # 509-...".
pub(super) const POSSESSED: &[&str] = &[
    "phone",
    "cell",
    "number",
    "email",
    "address",
    "ssn",
    "dob",
    "birthday",
    "viral",
    "meds",
    "medication",
    "id",
    "mail",
    "tent",
    "caseworker",
    "doctor",
    "therapist",
    "probation",
    "medicaid",
    "voucher",
    "lease",
    "benefits",
    "rent",
    "labs",
    "arrival",
    "visa",
    "application",
    "appointment",
    "appt",
    "hearing",
    "job",
    "car",
    "truck",
    "van",
    "belongings",
    "diagnosis",
    "school",
    "sentence",
    "parole",
    "ex",
    "place",
    "house",
    "apt",
    "couch",
    "tiktok",
    "instagram",
    "ig",
    "snap",
    "snapchat",
    "fb",
];

/// Words that close a message before the sender's name.
const SIGN_OFFS: &[&str] = &[
    "thanks",
    "thx",
    "thank you",
    "ty",
    "regards",
    "cheers",
    "submitted by",
    "sent by",
    "signed",
    "best",
];

/// A staff member signing a ticket or a message at its end: "Thanks, Mark
/// Ellison (Coordinated Entry)", "- Jess", "SUBMITTED BY: K. NGUYEN, YWCA".
pub(super) fn signature(doc: &Doc, i: usize, last: usize) -> bool {
    let rest = &doc.toks[last + 1..];
    if rest.len() > 8 || rest.iter().any(|t| t.newline_before) {
        return false;
    }
    // "Entered in Clarity by Jess.": who did the paperwork.
    let by_staff = i > 0
        && doc.is(i - 1, "by")
        && (i.saturating_sub(7)..i).any(|k| {
            [
                "entered",
                "done",
                "completed",
                "written",
                "submitted",
                "assessed",
                "updated",
                "closed",
                "reviewed",
                "approved",
            ]
            .iter()
            .any(|w| doc.is(k, w))
        });
    if by_staff {
        return true;
    }
    let mut j = i;
    while j > 0 && matches!(doc.punct(j - 1), Some(',' | ':')) {
        j -= 1;
    }
    let after_dash = j > 0 && matches!(doc.punct(j - 1), Some('-' | '\u{2013}' | '\u{2014}'));
    let dash = after_dash
        && (j == 1
            || doc.toks[j - 1].newline_before
            || matches!(doc.punct(j - 2), Some('.' | '!' | '?' | ')')));
    // "Thanks - Marcus, SNAP": a sign-off, a dash, the name.
    if after_dash {
        j -= 1;
    }
    dash || SIGN_OFFS.iter().any(|w| {
        let end = doc.toks.get(j.wrapping_sub(1)).map_or(0, |t| t.end);
        j > 0
            && end >= w.len()
            && doc
                .text
                .get(end - w.len()..end)
                .is_some_and(|t| t.eq_ignore_ascii_case(w))
            && (end == w.len()
                || !doc.text[..end - w.len()].ends_with(|c: char| c.is_alphanumeric()))
    })
}

/// A place someone comes from: "moved from Gallup", "came from Odessa",
/// "born in Kenya".
pub(super) fn place_of_origin(doc: &Doc, i: usize) -> bool {
    if i < 2 || base(doc.tok_text(i)).len() < doc.tok_text(i).len() {
        return false;
    }
    let from = doc.is(i - 1, "from")
        && [
            "came",
            "come",
            "comes",
            "moved",
            "relocated",
            "originally",
            "both",
            "is",
            "are",
            "was",
            "were",
            "arrived",
            "transferred",
            "here",
            "coming",
            "refugee",
        ]
        .iter()
        .any(|w| doc.is(i - 2, w));
    let born_in = doc.is(i - 1, "in")
        && ["born", "raised", "up", "lived", "grew"]
            .iter()
            .any(|w| doc.is(i - 2, w));
    from || born_in
}

/// A name that is also a common word ("Phoenix", "Hope", "Angel") found
/// with high confidence recurs in a mixed-case note wherever it is written
/// with a capital and does not start a longer proper noun ("Phoenix sleeps
/// in the dugout", but not "Hope House").
pub(crate) fn propagate_common_names(doc: &Doc, cands: &mut Vec<Cand>) {
    if doc.case != CaseMode::Mixed {
        return;
    }
    let mut names: Vec<&str> = Vec::new();
    let mut covered = vec![false; doc.toks.len()];
    for c in cands
        .iter()
        .filter(|c| c.kind == Kind::Name && c.conf >= 0.5)
    {
        let mut k = doc.tok_at(c.start);
        while doc.toks.get(k).is_some_and(|t| t.start < c.end) {
            covered[k] = true;
            let w = base(doc.tok_text(k));
            let strong = c.conf >= 0.85
                && matches!(
                    c.rule,
                    "name.context" | "name.full" | "name.slot" | "name.last_first"
                );
            if strong
                && doc.kind(k) == Some(TokKind::Word)
                && w.chars().count() >= 3
                && doc.capitalized(k)
                && crate::pii::names::is_common_word(&fold_word(w))
            {
                names.push(w);
            }
            k += 1;
        }
    }
    if names.is_empty() {
        return;
    }
    for (i, &done) in covered.iter().enumerate() {
        if done || doc.kind(i) != Some(TokKind::Word) || !doc.capitalized(i) {
            continue;
        }
        let w = base(doc.tok_text(i));
        if !names.iter().any(|n| n.eq_ignore_ascii_case(w)) {
            continue;
        }
        let before_the = i > 0 && (doc.is(i - 1, "the") || doc.is(i - 1, "a"));
        let proper_noun =
            doc.capitalized(i + 1) && !doc.toks[i + 1].newline_before || is_org_word(doc, i + 1);
        if before_the || proper_noun || doc.all_caps(i) && w.len() <= 3 {
            continue;
        }
        cands.push(Cand::new(
            Kind::Name,
            doc.toks[i].start,
            doc.toks[i].start + w.len(),
            0.75,
            "name.repeat",
            "The same name as one found earlier in this note".to_string(),
        ));
    }
}
