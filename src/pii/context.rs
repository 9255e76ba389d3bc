//! Context words near a candidate, the way Purview and Presidio use them:
//! keywords within a window of characters before or after raise or lower the
//! confidence. Whole words only, ASCII case ignored, and the window is
//! bounded so the cost per candidate is constant.

use super::tokens::Doc;

/// The usual window, in bytes of normalized text.
pub(crate) const WINDOW: usize = 50;

/// Whether `phrase` is written at byte `pos` of the text as whole words.
pub(crate) fn phrase_at(text: &str, pos: usize, phrase: &str) -> bool {
    let Some(rest) = text.get(pos..) else { return false };
    let Some(head) = rest.get(..phrase.len()) else { return false };
    if !head.eq_ignore_ascii_case(phrase) {
        return false;
    }
    let last_is_word = phrase.chars().last().is_some_and(char::is_alphanumeric);
    let next = rest.get(phrase.len()..).and_then(|r| r.chars().next());
    !(last_is_word && next.is_some_and(char::is_alphanumeric))
}

/// The first of `phrases` written starting at token `i`.
pub(crate) fn phrase_at_tok(doc: &Doc, i: usize, phrases: &[&'static str]) -> Option<&'static str> {
    let t = doc.toks.get(i)?;
    // The word inside a redaction token ("[SSN]") is not context.
    if i > 0 && doc.punct(i - 1) == Some('[') && doc.punct(i + 1) == Some(']') && doc.tight(i) && doc.tight(i + 1) {
        return None;
    }
    // Phrase lists are sorted by first byte: look only at this token's bucket.
    debug_assert!(phrases.windows(2).all(|w| first_byte(w[0]) <= first_byte(w[1])), "unsorted: {phrases:?}");
    let first = doc.text.as_bytes().get(t.start)?.to_ascii_lowercase();
    let lo = phrases.partition_point(|p| first_byte(p) < first);
    phrases
        .get(lo..)?
        .iter()
        .copied()
        .take_while(|p| first_byte(p) == first)
        .find(|p| phrase_at(doc.text, t.start, p))
}

/// The lowercase first byte of a phrase: phrase lists are sorted by it.
pub(crate) fn first_byte(p: &str) -> u8 {
    p.as_bytes().first().map_or(0, u8::to_ascii_lowercase)
}

/// The nearest keyword among `phrases` that starts at a token within
/// `window` bytes before token `first`; returns it with its distance.
pub(crate) fn before(doc: &Doc, first: usize, window: usize, phrases: &[&'static str]) -> Option<(&'static str, usize)> {
    let anchor = doc.toks.get(first)?.start;
    let mut i = first;
    while i > 0 {
        i -= 1;
        let t = doc.toks.get(i)?;
        if t.start + window < anchor {
            break;
        }
        if let Some(p) = phrase_at_tok(doc, i, phrases) {
            // The keyword must end before the candidate.
            if t.start + p.len() <= anchor {
                return Some((p, anchor - t.start));
            }
        }
    }
    None
}

/// The nearest keyword among `phrases` starting within `window` bytes after
/// the end of token `last`.
pub(crate) fn after(doc: &Doc, last: usize, window: usize, phrases: &[&'static str]) -> Option<(&'static str, usize)> {
    let anchor = doc.toks.get(last)?.end;
    let mut i = last + 1;
    while let Some(t) = doc.toks.get(i) {
        if t.start > anchor + window {
            break;
        }
        if let Some(p) = phrase_at_tok(doc, i, phrases) {
            return Some((p, t.start - anchor));
        }
        i += 1;
    }
    None
}

/// A keyword before or after, whichever is nearer.
pub(crate) fn near(doc: &Doc, first: usize, last: usize, window: usize, phrases: &[&'static str]) -> Option<&'static str> {
    match (before(doc, first, window, phrases), after(doc, last, window, phrases)) {
        (Some((a, da)), Some((b, db))) => Some(if da <= db { a } else { b }),
        (Some((a, _)), None) => Some(a),
        (None, Some((b, _))) => Some(b),
        (None, None) => None,
    }
}

/// Words that say a number is an internal record number, not PII
/// ("Client ID 82830", "HMIS #", "case #").
pub(crate) const NOT_PII: &[&str] = &[
    "$",
    "bed",
    "bus",
    "case #",
    "case no",
    "case number",
    "clarity",
    "client #",
    "client id",
    "client number",
    "cmis",
    "confirmation #",
    "confirmation number",
    "enrollment id",
    "hmis",
    "household id",
    "invoice",
    "order #",
    "order number",
    "personal id",
    "personalid",
    "project id",
    "receipt",
    "ref #",
    "room",
    "route",
    "ticket #",
    "tracking",
    "unit id",
    "voucher #",
];
