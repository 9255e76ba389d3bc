//! Finding personally identifying information (PII) in free-text case notes.
//!
//! One pass normalizes the text (fullwidth digits, zero-width characters, dash
//! and dot variants) keeping a map back to the original bytes; one pass
//! tokenizes it; then each family of rules runs over the tokens, looking at a
//! bounded window of context words. Candidates that overlap are resolved by
//! confidence, then length, so the findings never overlap.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};
use crate::sort::sort_stable_by_key;

mod contact;
pub(crate) mod context;
mod dates;
mod health;
mod known;
pub(crate) mod names;
mod normalize;
mod numbers;
pub(crate) mod people;
mod tokens;

use self::normalize::Normalized;
use self::tokens::{CaseMode, Doc, TokKind};

/// A half-open range `start..end` of **byte** offsets into the scanned text,
/// always on `char` boundaries. JS front ends convert it to UTF-16 code units
/// with [`crate::spans_to_utf16`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// The length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// What kind of PII a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Kind {
    /// A person's name, nickname, or initial with surname.
    Name,
    /// A Social Security number, full or partial.
    Ssn,
    /// A date of birth or birth year.
    Dob,
    /// A person's stated age.
    Age,
    /// A street address, unit, PO box, city and zip, or a place the client can be found.
    Address,
    /// A phone number.
    Phone,
    /// An email address.
    Email,
    /// HIV/AIDS status or care, or another diagnosis stated about the client.
    Health,
    /// A government, benefits, financial or vehicle identifier.
    Id,
    /// A URL or social-media handle that points at a person.
    Url,
    /// An agency's own sensitive term (from `deny`) of no more specific kind.
    Other,
}

impl Kind {
    /// The token a redaction puts in place of a finding of this kind.
    pub fn replacement(self) -> &'static str {
        match self {
            Kind::Name => "[NAME]",
            Kind::Ssn => "[SSN]",
            Kind::Dob => "[DOB]",
            Kind::Age => "[AGE]",
            Kind::Address => "[ADDRESS]",
            Kind::Phone => "[PHONE]",
            Kind::Email => "[EMAIL]",
            Kind::Health => "[HEALTH]",
            Kind::Id => "[ID]",
            Kind::Url => "[URL]",
            Kind::Other => "[REDACTED]",
        }
    }

    /// The stable code, as serialized (`NAME`, `SSN`, ...).
    pub fn code(self) -> &'static str {
        let r = self.replacement();
        r.get(1..r.len() - 1).unwrap_or(r)
    }

    pub(crate) fn from_code(s: &str) -> Option<Kind> {
        const ALL: [Kind; 11] = [
            Kind::Name,
            Kind::Ssn,
            Kind::Dob,
            Kind::Age,
            Kind::Address,
            Kind::Phone,
            Kind::Email,
            Kind::Health,
            Kind::Id,
            Kind::Url,
            Kind::Other,
        ];
        ALL.into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(s.trim()))
    }
}

/// How strongly the front end should react to a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingSeverity {
    /// Almost certainly PII: the note should not be saved with it.
    Block,
    /// Probably PII: the case worker should look.
    Warn,
    /// Possibly PII: shown quietly.
    Info,
}

impl FindingSeverity {
    fn of(confidence: f32) -> FindingSeverity {
        if confidence >= 0.85 {
            FindingSeverity::Block
        } else if confidence >= 0.6 {
            FindingSeverity::Warn
        } else {
            FindingSeverity::Info
        }
    }
}

/// One piece of PII found in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// What kind of PII it is.
    pub kind: Kind,
    /// Where it is, in bytes of the scanned text.
    pub span: Span,
    /// The text at `span`.
    pub text: String,
    /// How sure the detector is, 0 to 1.
    pub confidence: f32,
    /// How strongly to react.
    pub severity: FindingSeverity,
    /// The stable id of the rule that found it (`ssn.formatted`, ...).
    pub rule: &'static str,
    /// Why, in words a case worker understands.
    pub reason: String,
    /// What redaction puts in its place (`[SSN]`).
    pub replacement: String,
}

/// Identifiers of this client (and household) taken from the intake form:
/// found wherever they recur in the note, in any common format.
///
/// Each field takes a string or a list of strings.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Known {
    /// Full names; each part is also found alone (first name alone).
    #[serde(deserialize_with = "one_or_many")]
    pub names: Vec<String>,
    /// Dates of birth, `YYYY-MM-DD` (other common formats are read too).
    #[serde(deserialize_with = "one_or_many")]
    pub dob: Vec<String>,
    /// Social Security numbers, any format.
    #[serde(deserialize_with = "one_or_many")]
    pub ssn: Vec<String>,
    /// Phone numbers, any format.
    #[serde(deserialize_with = "one_or_many")]
    pub phones: Vec<String>,
    /// Street addresses (matched ignoring case and spacing).
    #[serde(deserialize_with = "one_or_many")]
    pub addresses: Vec<String>,
    /// Email addresses.
    #[serde(deserialize_with = "one_or_many")]
    pub emails: Vec<String>,
    /// Other identifiers (license, ProviderOne, DOC numbers), matched ignoring
    /// spaces and dashes.
    #[serde(deserialize_with = "one_or_many")]
    pub ids: Vec<String>,
}

fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(s) => vec![s],
        OneOrMany::Many(v) => v,
    })
}

/// What to look for and what to leave alone. Deserializes from camelCase JSON;
/// every field is optional; unknown fields are rejected.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ScanOptions {
    /// Terms never flagged: staff and agency names, program names.
    pub allow: Vec<String>,
    /// Terms always flagged: an agency's own sensitive words (a DV shelter's
    /// name). `KIND:term` (e.g. `ADDRESS:Hope House`) sets the kind; without a
    /// prefix the kind is `OTHER`.
    pub deny: Vec<String>,
    /// Identifiers of this client from the form.
    pub known: Known,
    /// Findings below this confidence are dropped (default 0.5).
    pub min_confidence: f32,
    /// The year ages and birth years are judged against (default 2026).
    pub as_of_year: i32,
}

impl Default for ScanOptions {
    fn default() -> ScanOptions {
        ScanOptions {
            allow: Vec::new(),
            deny: Vec::new(),
            known: Known::default(),
            min_confidence: 0.5,
            as_of_year: 2026,
        }
    }
}

impl ScanOptions {
    /// Check that the options make sense; [`scan`] itself never fails and
    /// ignores known values it cannot read, so front ends call this first.
    pub fn check(&self) -> Result<(), Error> {
        if !(0.0..=1.0).contains(&self.min_confidence) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                "minConfidence must be between 0 and 1",
            )
            .with_field("options.minConfidence"));
        }
        if !(1900..=9999).contains(&self.as_of_year) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                "asOfYear must be a year from 1900",
            )
            .with_field("options.asOfYear"));
        }
        for d in &self.known.dob {
            if known::parse_known_date(d).is_none() {
                return Err(Error::new(
                    ErrorKind::DateFormat,
                    format!("cannot read the known date of birth \"{d}\""),
                )
                .with_field("options.known.dob"));
            }
        }
        for d in &self.deny {
            if d.trim().is_empty() {
                return Err(
                    Error::new(ErrorKind::InvalidArgument, "a deny entry is empty")
                        .with_field("options.deny"),
                );
            }
        }
        Ok(())
    }
}

/// A candidate finding in the normalized text, before overlaps are resolved.
#[derive(Clone, Debug)]
pub(crate) struct Cand {
    pub kind: Kind,
    /// Byte offsets in the normalized text.
    pub start: usize,
    pub end: usize,
    pub conf: f32,
    pub rule: &'static str,
    pub reason: String,
}

impl Cand {
    pub(crate) fn new(
        kind: Kind,
        start: usize,
        end: usize,
        conf: f32,
        rule: &'static str,
        reason: String,
    ) -> Cand {
        Cand {
            kind,
            start,
            end,
            conf: conf.clamp(0.0, 1.0),
            rule,
            reason,
        }
    }
}

/// Decode the name data now rather than on the first [`scan`] (about 8 ms
/// native, 25 ms in wasm): front ends call it when the page is idle.
pub fn preload_pii_data() {
    names::preload();
}

/// A finding from token `first` to the end of token `last`, the rules'
/// usual shape.
#[allow(clippy::too_many_arguments)]
pub(crate) fn push_tokens(
    doc: &Doc,
    out: &mut Vec<Cand>,
    kind: Kind,
    first: usize,
    last: usize,
    conf: f32,
    rule: &'static str,
    why: impl Into<String>,
) {
    let (Some(a), Some(b)) = (doc.toks.get(first), doc.toks.get(last)) else {
        return;
    };
    out.push(Cand::new(kind, a.start, b.end, conf, rule, why.into()));
}

/// In a note typed without capitals at sentence starts but with some
/// capitals elsewhere ("met w/ sky (skylar reyes) ... at Airway Heights"),
/// names are looked for twice: as in a mixed-case note (capitals mean
/// names) and as in a lowercase note (the name lists and triggers decide).
/// From the second pass only names with a lowercase letter are kept: a word
/// in capitals there is an acronym.
fn lowercase_names(doc: &mut Doc, cands: &mut Vec<Cand>) {
    let mut low = Vec::new();
    doc.case = CaseMode::Lower;
    people::scan(doc, &mut low);
    doc.case = CaseMode::Mixed;
    low.retain(|c| {
        c.kind == Kind::Name
            && doc
                .text
                .get(c.start..c.end)
                .is_some_and(|t| t.chars().next().is_some_and(char::is_lowercase))
    });
    cands.extend(low);
}

/// Find the PII in `text`: sorted by position, never overlapping.
///
/// ```
/// use cmis_guard::{scan, Kind, ScanOptions};
///
/// let found = scan("Her SSN is 123-45-6701, call 509-555-0142.", &ScanOptions::default());
/// let kinds: Vec<Kind> = found.iter().map(|f| f.kind).collect();
/// assert_eq!(kinds, [Kind::Ssn, Kind::Phone]);
/// assert_eq!(found[0].text, "123-45-6701");
/// ```
pub fn scan(text: &str, options: &ScanOptions) -> Vec<Finding> {
    if text.is_empty() {
        return Vec::new();
    }
    let norm = Normalized::new(text);
    let mut doc = Doc::new(&norm.text, options.as_of_year);
    doc.marks = &norm.marks;
    let (tokens, allowed) = protected_ranges(&doc, options);

    let mut cands: Vec<Cand> = Vec::new();
    numbers::scan(&doc, &mut cands);
    // Found once: the date rules and the DOB propagation both need them.
    let dates = dates::all_dates(&doc);
    dates::scan(&doc, &dates, &mut cands);
    contact::scan(&doc, &mut cands);
    health::scan(&doc, &mut cands);
    people::scan(&doc, &mut cands);
    if doc.lowercase_style {
        lowercase_names(&mut doc, &mut cands);
    }
    dates::propagate_dobs(&doc, &dates, &mut cands);
    people::propagate_names(&doc, &mut cands);
    people::list_members(&doc, &mut cands);
    people::propagate_common_names(&doc, &mut cands);
    dates::ages_after_names(&doc, &mut cands);
    names_inside_places(&doc, &mut cands);
    trim_places_after_names(&doc, &mut cands);
    longer_names_win(&mut cands);
    cands.retain(|c| c.end > c.start && !overlaps_any(&allowed, c.start, c.end));
    // Known identifiers and deny terms win over the allow list, but nothing
    // flags a redaction token (a known name "Name" must not turn "[NAME]"
    // into "[[NAME]]").
    known::scan(&doc, options, &mut cands);
    cands.retain(|c| !overlaps_any(&tokens, c.start, c.end));

    let mut chosen = resolve_overlaps(cands);
    merge_adjacent_names(&doc, &mut chosen);
    chosen.retain(|c| c.conf >= options.min_confidence);

    chosen
        .into_iter()
        .filter_map(|c| {
            let (start, end) = norm.to_original(c.start, c.end);
            let found = text.get(start..end)?;
            if found.is_empty() {
                return None;
            }
            Some(Finding {
                kind: c.kind,
                span: Span { start, end },
                text: found.to_string(),
                confidence: (c.conf * 100.0).round() / 100.0,
                severity: FindingSeverity::of(c.conf),
                rule: c.rule,
                reason: c.reason,
                replacement: c.kind.replacement().to_string(),
            })
        })
        .collect()
}

/// A byte range of the normalized text.
type Range = (usize, usize);

/// Whether `start..end` overlaps one of `ranges` (sorted by start, not
/// overlapping each other): a binary search, so filtering stays linear-ish
/// however many tokens or allowed terms a text holds.
fn overlaps_any(ranges: &[Range], start: usize, end: usize) -> bool {
    let i = ranges.partition_point(|&(_, e)| e <= start);
    ranges.get(i).is_some_and(|&(s, _)| s < end)
}

/// Sort ranges and merge the overlapping ones, for [`overlaps_any`].
fn merged(mut ranges: Vec<Range>) -> Vec<Range> {
    ranges.sort_unstable();
    let mut out: Vec<Range> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Ranges (normalized bytes) no rule may flag: redaction tokens, and allowed
/// terms; each sorted and merged.
fn protected_ranges(doc: &Doc, options: &ScanOptions) -> (Vec<Range>, Vec<Range>) {
    let mut out = Vec::new();
    let toks = &doc.toks;
    for i in 0..toks.len() {
        if doc.punct(i) == Some('[') && doc.punct(i + 2) == Some(']') {
            if let (Some(open), Some(close)) = (toks.get(i), toks.get(i + 2)) {
                if Kind::from_code(doc.tok_text(i + 1)).is_some()
                    || doc.tok_text(i + 1) == "REDACTED"
                {
                    // The brackets too: a known "]" must not split "[NAME]".
                    out.push((open.start, close.end));
                }
            }
        }
    }
    let mut allowed = Vec::new();
    for term in &options.allow {
        known::find_phrase(doc, term, |s, e| allowed.push((s, e)));
    }
    let tokens = merged(out);
    let mut allowed = merged(allowed);
    // Tokens are protected from the ordinary rules as well.
    allowed.extend_from_slice(&tokens);
    (tokens, merged(allowed))
}

/// Keep the best of overlapping candidates: higher confidence first, then
/// longer, then earlier. Returns them sorted by position.
fn resolve_overlaps(mut cands: Vec<Cand>) -> Vec<Cand> {
    // A stable sort by (confidence, descending by `f32::total_cmp`; length,
    // descending; start), done as three stable sorts from the last key to
    // the first: the crate's one shared sort (`sort.rs`) instead of another
    // sort compiled for `Cand`.
    sort_stable_by_key(&mut cands, |c| c.start);
    sort_stable_by_key(&mut cands, |c| usize::MAX - (c.end - c.start));
    sort_stable_by_key(&mut cands, |c| usize::MAX - total_order(c.conf));
    // Chosen so far, non-overlapping, by start; among equal starts (only
    // empty spans can share one) the later choice first. A tree, so a note
    // with thousands of findings does not shift a vector on every choice.
    let mut chosen: BTreeMap<(usize, usize), Cand> = BTreeMap::new();
    for (seq, c) in cands.into_iter().enumerate() {
        let clash_prev = chosen
            .range(..(c.start, 0))
            .next_back()
            .is_some_and(|(_, p)| p.end > c.start);
        let clash_next = chosen
            .range((c.start, 0)..)
            .next()
            .is_some_and(|(_, n)| n.start < c.end);
        if !clash_prev && !clash_next {
            chosen.insert((c.start, usize::MAX - seq), c);
        }
    }
    chosen.into_values().collect()
}

/// `x`'s place in the order of `f32::total_cmp`, as an unsigned number: the
/// bits as `total_cmp` compares them (as an `i32`), shifted to unsigned.
fn total_order(x: f32) -> usize {
    let bits = x.to_bits() as i32;
    let signed = bits ^ ((((bits >> 31) as u32) >> 1) as i32);
    (signed as u32 ^ 0x8000_0000) as usize
}

/// "Maria" + "Lopez" found by different rules become one name.
fn merge_adjacent_names(doc: &Doc, chosen: &mut Vec<Cand>) {
    let mut out: Vec<Cand> = Vec::with_capacity(chosen.len());
    for c in chosen.drain(..) {
        if let Some(last) = out.last_mut() {
            let gap = doc.text.get(last.end..c.start).unwrap_or("x");
            if last.kind == Kind::Name
                && c.kind == Kind::Name
                && gap.len() <= 2
                && gap.chars().all(|ch| ch == ' ')
            {
                last.end = c.end;
                last.conf = last.conf.max(c.conf);
                continue;
            }
        }
        out.push(c);
    }
    *chosen = out;
}

/// "sleeps in the doorway of the old Macy's building on Main", "under the
/// overpass by Gonzaga": a guessed name inside a findable place is part of
/// the place, which is redacted whole.
fn names_inside_places(doc: &Doc, cands: &mut Vec<Cand>) {
    let text = doc.text;
    // A place below the threshold ("at her friend's on E Rowan") still
    // says that a word after a compass point or "on" is a street's name.
    let places: Vec<(usize, usize, bool)> = cands
        .iter()
        .filter(|c| c.kind == Kind::Address && c.rule == "address.place" && c.conf >= 0.45)
        .map(|c| (c.start, c.end, c.conf >= 0.6))
        .collect();
    let street_word = |start: usize| {
        let k = doc.tok_at(start);
        let mut p = k.wrapping_sub(1);
        if doc.punct(p) == Some('.') {
            p = p.wrapping_sub(1);
        }
        k > 0
            && ["n", "s", "e", "w", "on", "off"]
                .iter()
                .any(|w| doc.is(p, w))
    };
    if places.is_empty() {
        return;
    }
    // "Xochitl Ramírez ... at Xochitl's friend's apartment": a name found
    // with confidence elsewhere in the note is a person inside a place too.
    let sure: Vec<&str> = cands
        .iter()
        .filter(|c| c.kind == Kind::Name && c.conf >= 0.85)
        .filter_map(|c| text.get(c.start..c.end))
        .flat_map(|t| t.split(|ch: char| !ch.is_alphanumeric()))
        .filter(|w| w.len() >= 3)
        .collect();
    cands.retain(|c| {
        c.kind != Kind::Name
            || c.conf >= 0.85
            || c.rule == "name.repeat"
            || text
                .get(c.start..c.end)
                .map(|t| t.strip_suffix("'s").unwrap_or(t))
                .is_some_and(|t| sure.contains(&t))
            || !places
                .iter()
                .any(|&(s, e, sure)| s <= c.start && c.end <= e && (sure || street_word(c.start)))
    });
}

/// "in Minh's garage in Spokane Valley 99216": a described place that
/// starts with a person's name more certain than the place keeps both; the
/// place then starts after the name ("garage in Spokane Valley 99216").
fn trim_places_after_names(doc: &Doc, cands: &mut [Cand]) {
    // A name counts with its surest finding anywhere in the note: "his
    // brother Bohdan (22) ... in Bohdan's car behind the library".
    let mut surest: std::collections::HashMap<&str, f32, context::FnvBuild> =
        std::collections::HashMap::default();
    for c in cands.iter().filter(|c| c.kind == Kind::Name) {
        if let Some(t) = doc.text.get(c.start..c.end) {
            let e = surest.entry(t).or_insert(c.conf);
            *e = e.max(c.conf);
        }
    }
    let names: Vec<(usize, usize, f32)> = cands
        .iter()
        .filter(|c| c.kind == Kind::Name && c.conf >= 0.5)
        .map(|c| {
            let best = doc
                .text
                .get(c.start..c.end)
                .and_then(|t| surest.get(t).copied());
            (c.start, c.end, best.unwrap_or(c.conf))
        })
        .collect();
    for c in cands
        .iter_mut()
        .filter(|c| c.kind == Kind::Address && c.rule == "address.place")
    {
        // Only a possessive: the place is the person's ("Minh's garage").
        let possessive = |e: usize| {
            doc.text
                .get(e..)
                .is_some_and(|t| t.starts_with("'s") || t.starts_with("’s"))
        };
        let Some(&(_, end, _)) = names.iter().find(|&&(s, e, conf)| {
            c.start < s && e < c.end && (conf > c.conf || conf >= 0.75) && possessive(e)
        }) else {
            continue;
        };
        // The place goes on from the word after the name (and its "'s").
        let k = doc.tok_at(end);
        let next = (k..doc.toks.len())
            .find(|&j| doc.toks[j].start >= end && doc.kind(j) != Some(TokKind::Punct));
        let Some(j) = next.filter(|&j| j + 1 < doc.toks.len() && doc.toks[j + 1].end <= c.end)
        else {
            continue;
        };
        // "at his aunt Lorraine's on E Rowan", "Nikita's house on E Glass
        // Ave": the person's home, located by a street alone, is no findable
        // place of its own; "Minh's garage in Spokane Valley 99216" is.
        let home = [
            "on",
            "in",
            "at",
            "near",
            "by",
            "house",
            "home",
            "place",
            "apartment",
            "apt",
        ]
        .iter()
        .any(|w| doc.is(j, w));
        let digits = doc
            .text
            .get(doc.toks[j].start..c.end)
            .is_some_and(|t| t.bytes().any(|b| b.is_ascii_digit()));
        if !home || digits {
            c.start = doc.toks[j].start;
        }
    }
}

/// "Kim (Kimberly) Thao" found whole by one rule and "Thao" alone, with a
/// little more confidence, by another: the whole name is kept, with the
/// higher confidence of the two.
fn longer_names_win(cands: &mut [Cand]) {
    let mut names: Vec<usize> = (0..cands.len())
        .filter(|&k| cands[k].kind == Kind::Name && cands[k].conf >= 0.5)
        .collect();
    // By start, longest first: two stable sorts, the second key first (the
    // shared sort, as in `resolve_overlaps`).
    sort_stable_by_key(&mut names, |&k| usize::MAX - cands[k].end);
    sort_stable_by_key(&mut names, |&k| cands[k].start);
    for (a, &outer) in names.iter().enumerate() {
        let (start, end) = (cands[outer].start, cands[outer].end);
        let mut best = cands[outer].conf;
        for &inner in names[a + 1..].iter().take_while(|&&k| cands[k].start < end) {
            if cands[inner].end <= end && (cands[inner].start, cands[inner].end) != (start, end) {
                best = best.max(cands[inner].conf);
            }
        }
        cands[outer].conf = best;
    }
}

#[cfg(test)]
mod tests {
    use super::total_order;

    #[test]
    fn total_order_sorts_as_total_cmp() {
        let xs = [
            f32::NEG_INFINITY,
            -1.0,
            -f32::MIN_POSITIVE,
            -1e-45,
            -0.0,
            0.0,
            1e-45,
            f32::MIN_POSITIVE,
            0.5,
            0.85,
            1.0,
            f32::INFINITY,
            f32::NAN,
            -f32::NAN,
        ];
        for a in xs {
            for b in xs {
                assert_eq!(
                    total_order(a).cmp(&total_order(b)),
                    a.total_cmp(&b),
                    "{a} {b}"
                );
            }
        }
    }
}
