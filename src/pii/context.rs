//! Context words near a candidate, the way Purview and Presidio use them:
//! keywords within a window of characters before or after raise or lower the
//! confidence. Whole words only, ASCII case ignored, and the window is
//! bounded so the cost per candidate is constant.

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::tokens::{same_byte_ignoring_case, Doc};

/// A list of keywords (lowercase, sorted by first byte) with a bit of its own
/// in every token's keyword mask, so a token that starts none of them is
/// skipped with one AND.
pub(crate) struct Phrases {
    pub id: u8,
    pub list: &'static [&'static str],
}

/// The bit for [`crate::pii::numbers::ID_KEYWORDS`], whose phrases come with labels.
pub(crate) const ID_KEYWORDS_ID: u8 = 19;

/// Every keyword list, for the first-word table.
fn registry() -> impl Iterator<Item = (u8, &'static str)> {
    use super::{contact, dates, health, numbers, people};
    const LISTS: &[&Phrases] = &[
        &numbers::SSN_CONTEXT,
        &numbers::PHONE_CONTEXT,
        &numbers::CARD_CONTEXT,
        &NOT_PII,
        &dates::DOB_WORDS,
        &dates::SERVICE_WORDS,
        &health::HIV_TERMS,
        &health::DIAGNOSES,
        &health::STATED,
        &health::NOT_STATED_AFTER,
        &contact::HANDLE_CONTEXT,
        &contact::PLACE_VERBS,
        &contact::PLACE_PREPS,
        &numbers::LAST4_LEAD,
        &dates::BIRTH_YEAR_LEAD,
        &contact::CASH_CONTEXT,
        &dates::BIRTH_AFTER,
        &health::HIV_NEAR,
        &numbers::BIRTH_NEAR,
        &health::NOT_STATED_BEFORE,
        &health::HIV_STATED_AFTER,
        &health::NOT_HCV_BEFORE,
        &dates::AGE_GUESS,
        &dates::AGE_QUESTION,
        &contact::PLACE_QUESTION,
        &people::ORG_WORDS,
        &contact::STREET_SUFFIXES,
        &contact::DIRECTIONS,
        &contact::STATES,
        &dates::TEMPLATE_WORDS,
        &contact::CORNER_LEADS,
        &contact::UNIT_WORDS,
        &numbers::SPELLED_DIGITS,
        &health::TREATED_AFTER,
    ];
    LISTS
        .iter()
        .flat_map(|l| l.list.iter().map(move |p| (l.id, *p)))
        .chain(
            numbers::ID_KEYWORDS
                .iter()
                .map(|(p, _)| (ID_KEYWORDS_ID, *p)),
        )
}

/// FNV-1a: keys are short words; SipHash's DoS resistance buys nothing here.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A fast hasher for the crate's small static word tables.
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

type FirstWords = StrTable<u64>;

/// A small immutable string-keyed table (open addressing, linear probing,
/// FNV-1a), for the word tables built once and looked up per token.
pub(crate) struct StrTable<V> {
    slots: Vec<Option<(Box<str>, V)>>,
}

#[inline]
fn fnv(key: &[u8]) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    (h ^ (h >> 32)) as usize
}

impl<V: Copy> StrTable<V> {
    /// A table of `pairs`; for a key given twice, `merge` combines the values
    /// (old, new).
    fn build(pairs: Vec<(Box<str>, V)>, merge: impl Fn(V, V) -> V) -> StrTable<V> {
        let size = (pairs.len() * 2).next_power_of_two().max(16);
        let mut slots: Vec<Option<(Box<str>, V)>> = (0..size).map(|_| None).collect();
        for (k, v) in pairs {
            let mut s = fnv(k.as_bytes()) & (size - 1);
            loop {
                match &mut slots[s] {
                    Some((key, old)) if **key == *k => {
                        *old = merge(*old, v);
                        break;
                    }
                    Some(_) => s = (s + 1) & (size - 1),
                    slot @ None => {
                        *slot = Some((k, v));
                        break;
                    }
                }
            }
        }
        StrTable { slots }
    }

    pub(crate) fn get(&self, key: &str) -> Option<V> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut s = fnv(key.as_bytes()) & mask;
        loop {
            match self.slots.get(s)? {
                Some((k, v)) if **k == *key => return Some(*v),
                Some(_) => s = (s + 1) & mask,
                None => return None,
            }
        }
    }
}

/// The first token of a phrase, as the tokenizer would cut it.
fn first_word(p: &str) -> &str {
    let mut end = 0;
    let mut letters = false;
    for (i, c) in p.char_indices() {
        if c.is_alphanumeric() {
            letters |= !c.is_ascii_digit();
            end = i + c.len_utf8();
        } else if c == '\'' && letters && end == i && p[i + 1..].starts_with(char::is_alphabetic) {
            end = i + 1;
        } else {
            break;
        }
    }
    if end == 0 {
        end = p.chars().next().map_or(0, char::len_utf8);
    }
    p.get(..end).unwrap_or("")
}

fn first_words() -> &'static FirstWords {
    static TABLE: OnceLock<FirstWords> = OnceLock::new();
    TABLE.get_or_init(|| {
        let pairs = registry()
            .map(|(id, p)| (Box::from(first_word(p)), 1u64 << id))
            .collect();
        StrTable::build(pairs, |a, b| a | b)
    })
}

/// The keyword lists whose phrases can start with this token (given in
/// ASCII lowercase), as a bit mask.
pub(crate) fn lower_token_mask(tok: &str) -> u64 {
    if tok.len() > 24 {
        return 0;
    }
    first_words().get(tok).unwrap_or(0)
}

/// Word lists asked "is token `i` one of these words?" ([`Doc::is`] against
/// each), answered with one hash look-up of the token in lowercase. The
/// table is built on first use; for each word it keeps the first entry of
/// the lists (in order) that equals it ignoring ASCII case.
pub(crate) struct WordSet {
    lists: &'static [&'static [&'static str]],
    table: OnceLock<StrTable<&'static str>>,
}

impl WordSet {
    pub(crate) const fn new(lists: &'static [&'static [&'static str]]) -> WordSet {
        WordSet {
            lists,
            table: OnceLock::new(),
        }
    }

    fn table(&self) -> &StrTable<&'static str> {
        self.table.get_or_init(|| {
            let pairs = self
                .lists
                .iter()
                .flat_map(|l| l.iter())
                .map(|w| (w.to_ascii_lowercase().into_boxed_str(), *w))
                .collect();
            // The first entry of a word wins.
            StrTable::build(pairs, |first, _| first)
        })
    }

    /// The first entry equal to `lower` (a word in ASCII lowercase)
    /// ignoring ASCII case.
    pub(crate) fn get(&self, lower: &str) -> Option<&'static str> {
        self.table().get(lower)
    }
}

impl Doc<'_> {
    /// The first word of `set` that token `i` is ([`Doc::is`]).
    pub(crate) fn which(&self, i: usize, set: &WordSet) -> Option<&'static str> {
        set.get(self.lower(i))
    }

    /// Whether token `i` is one of the words of `set` ([`Doc::is`]).
    pub(crate) fn is_any(&self, i: usize, set: &WordSet) -> bool {
        self.which(i, set).is_some()
    }
}

/// `f` of `word` with ASCII letters lowercased, copied on the stack rather
/// than allocated when the word is short (as words asked about are).
pub(crate) fn with_ascii_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    let lower = buf.get_mut(..word.len()).and_then(|b| {
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).ok()
    });
    match lower {
        Some(lower) => f(lower),
        None => f(&word.to_ascii_lowercase()),
    }
}

/// A phrase list asked "which of these ends right at byte `end`?": the
/// phrases indexed by their last two bytes (a one-byte phrase by its byte),
/// ASCII case ignored, each with its last four bytes packed, so the few
/// phrases of a bucket are passed over with one integer compare before
/// [`phrase_at`] confirms a match.
pub(crate) struct EndPhrases {
    list: &'static [&'static str],
    /// [`END_BUCKETS`] buckets ([`end_bucket`]) of (tail key, place in the
    /// list), each in list order.
    index: OnceLock<Vec<Vec<(u64, usize)>>>,
}

/// One bucket for each byte (one-byte phrases) and 256 shared by the pairs
/// of last bytes of longer phrases.
const END_BUCKETS: usize = 512;

/// The bucket of a phrase (or a text) ending in `last`, with `before` the
/// byte before it when the phrase has one; both ASCII lowercase.
#[inline(always)]
fn end_bucket(last: u8, before: Option<u8>) -> usize {
    match before {
        None => usize::from(last),
        Some(b) => 256 + (usize::from(last) * 31 + usize::from(b)) % 256,
    }
}

/// The last `min(4, len)` bytes of `b`, ASCII lowercase, last byte first,
/// packed above their count (the low 3 bits). The key of the last `n <= 4`
/// bytes is that of the last four masked by [`tail_mask`].
#[inline(always)]
fn tail_key(b: &[u8]) -> u64 {
    let n = b.len().min(4);
    let mut k = n as u64;
    for i in 0..n {
        k |= u64::from(b[b.len() - 1 - i].to_ascii_lowercase()) << (8 * i + 3);
    }
    k
}

/// The bytes of a [`tail_key`] that a key of `n` bytes keeps.
#[inline(always)]
fn tail_mask(n: usize) -> u64 {
    ((1u64 << (8 * n)) - 1) << 3
}

impl EndPhrases {
    pub(crate) const fn new(list: &'static [&'static str]) -> EndPhrases {
        EndPhrases {
            list,
            index: OnceLock::new(),
        }
    }

    fn index(&self) -> &[Vec<(u64, usize)>] {
        self.index.get_or_init(|| {
            let mut buckets = vec![Vec::new(); END_BUCKETS];
            for (at, p) in self.list.iter().enumerate() {
                let b = p.as_bytes();
                if let Some((last, rest)) = b.split_last() {
                    let before = rest.last().map(u8::to_ascii_lowercase);
                    buckets[end_bucket(last.to_ascii_lowercase(), before)].push((tail_key(b), at));
                }
            }
            buckets
        })
    }

    /// The first phrase of the list written as whole words ending at byte
    /// `end`: [`phrase_at`] its start, with no letter or digit before it.
    pub(crate) fn ending_at(&self, text: &str, end: usize) -> Option<&'static str> {
        debug_assert!(self.list.iter().all(|p| !p.is_empty()));
        let t = text.as_bytes().get(..end)?;
        let (last, rest) = t.split_last()?;
        let last = last.to_ascii_lowercase();
        let index = self.index();
        let bucket = |b: Option<u8>| {
            index
                .get(end_bucket(last, b))
                .map_or(&[][..], Vec::as_slice)
        };
        // One-byte phrases, and longer ones ending in the same two bytes.
        let one = bucket(None);
        let longer = match rest.last() {
            Some(b) => bucket(Some(b.to_ascii_lowercase())),
            None => &[],
        };
        if one.is_empty() && longer.is_empty() {
            return None;
        }
        let key = tail_key(t);
        // The first of the list wins.
        let at = match (
            self.first_in(one, text, end, key),
            self.first_in(longer, text, end, key),
        ) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => a.or(b)?,
        };
        self.list.get(at).copied()
    }

    /// The place in the list of the first phrase of `bucket` that ends at
    /// byte `end` of `text`, whose last four bytes give `key`.
    fn first_in(&self, bucket: &[(u64, usize)], text: &str, end: usize, key: u64) -> Option<usize> {
        for &(k, at) in bucket {
            let Some(p) = self.list.get(at) else {
                continue;
            };
            let n = p.len().min(4);
            if k != (key & tail_mask(n)) | n as u64 {
                continue;
            }
            if let Some(start) = end.checked_sub(p.len()) {
                if phrase_at(text, start, p) && start_boundary(text, start) {
                    return Some(at);
                }
            }
        }
        None
    }
}

/// No letter or digit right before byte `start`.
pub(crate) fn start_boundary(text: &str, start: usize) -> bool {
    text.get(..start)
        .and_then(|s| s.chars().next_back())
        .map_or(true, |c| !c.is_alphanumeric())
}

/// The usual window, in bytes of normalized text.
pub(crate) const WINDOW: usize = 50;

/// Whether `phrase` is written at byte `pos` of the text as whole words.
#[inline]
pub(crate) fn phrase_at(text: &str, pos: usize, phrase: &str) -> bool {
    let (t, p) = (text.as_bytes(), phrase.as_bytes());
    // Cheap rejections first: the first byte, then the length.
    match (t.get(pos), p.first()) {
        (Some(&a), Some(&b)) if same_byte_ignoring_case(a, b) => {}
        (_, None) => return empty_phrase_at(text, pos),
        _ => return false,
    }
    if t.len() - pos < p.len() {
        return false;
    }
    phrase_at_slow(text, pos, phrase)
}

/// [`phrase_at`] for a phrase of at least one byte that fits in the text
/// from `pos`, byte by byte: bytes equal to the phrase's (ASCII case
/// ignored, the others exactly) start and end on char boundaries, since the
/// phrase is whole UTF-8 and its first byte starts a char.
fn phrase_at_slow(text: &str, pos: usize, phrase: &str) -> bool {
    let (t, p) = (text.as_bytes(), phrase.as_bytes());
    let Some(head) = t.get(pos..pos + p.len()) else {
        return false;
    };
    for (&a, &b) in head.iter().zip(p) {
        if !same_byte_ignoring_case(a, b) {
            return false;
        }
    }
    let last_is_word = match p.last() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => phrase
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric),
    };
    let end = pos + p.len();
    let next_is_word = match t.get(end) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text
            .get(end..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_alphanumeric),
    };
    !(last_is_word && next_is_word)
}

/// [`phrase_at`] for the empty phrase: `pos` is a char boundary of the text.
fn empty_phrase_at(text: &str, pos: usize) -> bool {
    text.get(pos..).is_some()
}

/// The first of `phrases` written starting at token `i`.
pub(crate) fn phrase_at_tok(doc: &Doc, i: usize, phrases: &Phrases) -> Option<&'static str> {
    // One AND answers for most tokens (19 in 20): a small function to call.
    if doc.kw.get(i)? & (1u64 << phrases.id) == 0 {
        return None;
    }
    listed_phrase_at_tok(doc, i, phrases)
}

/// [`phrase_at_tok`] once the keyword mask says a phrase of the list may
/// start at token `i`.
#[inline(never)]
fn listed_phrase_at_tok(doc: &Doc, i: usize, phrases: &Phrases) -> Option<&'static str> {
    let phrases = phrases.list;
    let t = doc.toks.get(i)?;
    // The word inside a redaction token ("[SSN]") is not context.
    if i > 0
        && doc.punct(i - 1) == Some('[')
        && doc.punct(i + 1) == Some(']')
        && doc.tight(i)
        && doc.tight(i + 1)
    {
        return None;
    }
    // Phrase lists are sorted by first byte: look only at this token's bucket.
    debug_assert!(
        phrases
            .windows(2)
            .all(|w| first_byte(w[0]) <= first_byte(w[1])),
        "unsorted: {phrases:?}"
    );
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
pub(crate) fn before(
    doc: &Doc,
    first: usize,
    window: usize,
    phrases: &Phrases,
) -> Option<(&'static str, usize)> {
    let anchor = doc.toks.get(first)?.start;
    let bit = 1u64 << phrases.id;
    let mut i = first;
    while i > 0 {
        i -= 1;
        let t = doc.toks.get(i)?;
        if t.start + window < anchor {
            break;
        }
        // No phrase of the list starts here ([`phrase_at_tok`]'s first test).
        if doc.kw.get(i).is_some_and(|m| m & bit == 0) {
            continue;
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
pub(crate) fn after(
    doc: &Doc,
    last: usize,
    window: usize,
    phrases: &Phrases,
) -> Option<(&'static str, usize)> {
    let anchor = doc.toks.get(last)?.end;
    let bit = 1u64 << phrases.id;
    let mut i = last + 1;
    while let Some(t) = doc.toks.get(i) {
        if t.start > anchor + window {
            break;
        }
        if doc.kw.get(i).is_some_and(|m| m & bit == 0) {
            i += 1;
            continue;
        }
        if let Some(p) = phrase_at_tok(doc, i, phrases) {
            return Some((p, t.start - anchor));
        }
        i += 1;
    }
    None
}

/// A keyword before or after, whichever is nearer.
pub(crate) fn near(
    doc: &Doc,
    first: usize,
    last: usize,
    window: usize,
    phrases: &Phrases,
) -> Option<&'static str> {
    match (
        before(doc, first, window, phrases),
        after(doc, last, window, phrases),
    ) {
        (Some((a, da)), Some((b, db))) => Some(if da <= db { a } else { b }),
        (Some((a, _)), None) => Some(a),
        (None, Some((b, _))) => Some(b),
        (None, None) => None,
    }
}

/// Words that say a number is an internal record number, not PII
/// ("Client ID 82830", "HMIS #", "case #").
pub(crate) const NOT_PII: Phrases = Phrases {
    id: 3,
    list: &[
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
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyword_lists_are_lowercase_sorted_and_distinct() {
        let mut seen = 0u64;
        let mut last_id = None;
        for (id, p) in registry() {
            assert_eq!(p, p.to_lowercase(), "keywords are lowercase: {p}");
            if last_id != Some(id) {
                assert_eq!(seen & (1 << id), 0, "list id {id} used twice");
                seen |= 1 << id;
                last_id = Some(id);
            }
        }
        assert_eq!(first_word("ss#"), "ss");
        assert_eq!(first_word("baby's father"), "baby's");
        assert_eq!(first_word("#"), "#");
        assert_eq!(first_word("cd4 count"), "cd4");
    }
}
