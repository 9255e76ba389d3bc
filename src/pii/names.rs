//! Known given names and surnames, and ordinary English words.
//!
//! The data (`data/names.bin`, built by `.ci/fetch-names.py`; sources and
//! licenses in `data/README.md`) holds the 8,000 most common given names and
//! the 20,000 most common surnames of the 2020 US Census, in rank order, and
//! a sorted list of common English words (SCOWL). It is decoded once, on the
//! first look-up, into sorted tables with hash indexes.
//!
//! Words are compared case-insensitively, with Latin accents folded
//! (`José` finds `jose`, `Nguyễn` finds `nguyen`) and apostrophes dropped
//! (`O'Brien` finds `obrien`, as the Census spells it; `Maria's` finds
//! `maria`). A word with any
//! other character (digit, hyphen, space, a non-Latin letter) is never
//! found: split hyphenated names before asking.
//!
//! # Format of `names.bin`
//!
//! `CGNAMES1`, a section count (u8), then sections. A section starts with
//! its kind (u8: 1 given names, 2 surnames, 3 common words, 4 fold table),
//! a flags byte (bit 0: front-coded) and a count (u32 LE).
//!
//! Kinds 1–3 are word lists: a context count (u8); for each context (the
//! previous symbol, 0 at a word start) a symbol count `n` (u8) and `n`
//! Huffman code lengths (u8, 0 = unused); the byte length of the bit
//! stream (u32 LE) and the stream, most significant bit first, of
//! canonical codes (shorter codes first, then by symbol). Symbol 0 ends a
//! word, 1–26 are `a`–`z`, and in a front-coded list each word starts
//! with `27 + k`: it shares its first `k` bytes with the word before.
//!
//! Kind 4 maps Latin letters to ASCII: for each of `count` ranges, the
//! first code point and the range length (u32 LE each), then two bytes per
//! code point (the folded letters, 0-padded; `0 0` = not a letter).

use std::cmp::Ordering;
use std::sync::OnceLock;

/// The compiled name data.
static DATA: &[u8] = include_bytes!("data/names.bin");

/// Longest word that can be found (folded bytes).
const MAX_WORD: usize = 32;

const KIND_GIVEN: u8 = 1;
const KIND_SURNAME: u8 = 2;
const KIND_WORDS: u8 = 3;
const KIND_FOLD: u8 = 4;
/// Longest Huffman code the decoder accepts.
const MAX_CODE_LEN: usize = 24;

/// What the name data knows about one word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct NameInfo {
    /// Rank among given names (1 = most common), if a given name.
    pub given_rank: Option<u32>,
    /// Rank among surnames (1 = most common), if a surname.
    pub surname_rank: Option<u32>,
    /// The word is also an ordinary English word (hope, will, rose, brown, king):
    /// the same answer as [`is_common_word`].
    pub common_word: bool,
}

/// What the name data knows about `word`, or `None` if it is no known
/// given name or surname.
///
/// The first call (of this or [`is_common_word`]) decodes the data: about
/// 8 ms native. Later calls do not allocate.
pub(crate) fn lookup(word: &str) -> Option<NameInfo> {
    let t = tables();
    let mut buf = [0u8; MAX_WORD];
    let key = fold(word, &mut buf, &t.fold)?;
    let i = t
        .name_index
        .find(key, |i| t.names.get(i).map(|e| t.key(e.key)))?;
    let e = t.names.get(i)?;
    Some(NameInfo {
        given_rank: (e.given != 0).then_some(e.given),
        surname_rank: (e.surname != 0).then_some(e.surname),
        common_word: e.common,
    })
}

/// Decodes the data now rather than on the first look-up (about 8 ms
/// native, 25 ms in wasm): call it when the page is idle.
pub(crate) fn preload() {
    tables();
}

/// Also an ordinary English word, whether or not it is a name (for context rules).
pub(crate) fn is_common_word(word: &str) -> bool {
    let t = tables();
    let mut buf = [0u8; MAX_WORD];
    match fold(word, &mut buf, &t.fold) {
        Some(key) => t.is_word(key),
        None => false,
    }
}

/// Whether a folded word that no list knows is still an English word by
/// its form: an inflection or derivation of a common word (`abuser` from
/// `abuse`, `services` from `service`, `engagement` from `engage`), or a
/// word with a suffix that names almost never carry (`-tion`, `-ment`,
/// `-ness`, `-ship`). Names of many origins are unknown to the lists; this
/// keeps ordinary words that are also unknown to them from being taken
/// for names.
pub(crate) fn is_english_form(word: &str) -> bool {
    let t = tables();
    let mut buf = [0u8; MAX_WORD];
    let Some(key) = fold(word, &mut buf, &t.fold) else {
        return false;
    };
    english_form(key, |stem| t.is_word(stem))
}

/// [`is_english_form`] on a folded key, with the dictionary as a function.
fn english_form(key: &[u8], is_word: impl Fn(&[u8]) -> bool) -> bool {
    const SUFFIXES: &[&[u8]] = &[
        b"tion", b"sion", b"ment", b"ness", b"ship", b"ism", b"ology", b"ities", b"ative",
        b"ician", b"ously", b"ible", b"able", b"hood", b"wise", b"ings", b"izes", b"ized",
    ];
    // (suffix, what replaces it) for a stem that must be a common word.
    const STEMS: &[(&[u8], &[u8])] = &[
        (b"s", b""),
        (b"es", b""),
        (b"ies", b"y"),
        (b"ed", b""),
        (b"ed", b"e"),
        (b"ied", b"y"),
        (b"ing", b""),
        (b"ing", b"e"),
        (b"er", b""),
        (b"er", b"e"),
        (b"ers", b""),
        (b"ers", b"e"),
        (b"or", b""),
        (b"or", b"e"),
        (b"ors", b"e"),
        (b"ly", b""),
        (b"ily", b"y"),
        (b"ment", b""),
        (b"ments", b""),
        (b"ness", b""),
        (b"ful", b""),
        (b"less", b""),
        (b"al", b""),
        (b"ity", b"e"),
        (b"ive", b"e"),
        (b"ist", b""),
        (b"ation", b"e"),
        (b"ation", b""),
        (b"ance", b""),
        (b"ence", b""),
        (b"ant", b""),
        (b"ent", b""),
        (b"ee", b""),
        (b"ee", b"e"),
        (b"ure", b""),
        (b"ure", b"e"),
    ];
    if key.len() >= 7 && SUFFIXES.iter().any(|s| key.ends_with(s)) {
        return true;
    }
    let mut stem = [0u8; MAX_WORD];
    STEMS.iter().any(|&(suffix, repl)| {
        let Some(base) = key.strip_suffix(suffix) else {
            return false;
        };
        // A stem of at least four letters: "Omer" is no "om" + "er".
        let n = base.len() + repl.len();
        if base.len() < 4 || n > MAX_WORD {
            return false;
        }
        stem[..base.len()].copy_from_slice(base);
        stem[base.len()..n].copy_from_slice(repl);
        // "stopped", "runner": a doubled last consonant of the stem.
        let doubled = repl.is_empty() && base[base.len() - 1] == base[base.len() - 2];
        is_word(&stem[..n]) || doubled && is_word(&base[..base.len() - 1])
    })
}

/// A word's place in [`Tables::arena`].
#[derive(Clone, Copy, Debug)]
struct Span {
    start: u32,
    len: u32,
}

#[derive(Clone, Copy, Debug)]
struct NameEntry {
    key: Span,
    /// Given-name rank, 0 if none.
    given: u32,
    /// Surname rank, 0 if none.
    surname: u32,
    common: bool,
}

/// Folded spellings of the code points `start..start + map.len()`.
struct FoldRange {
    start: u32,
    map: Vec<[u8; 2]>,
}

/// A hash index over a table of distinct words: open addressing with
/// linear probing; slot values are table positions plus one (0 = empty).
#[derive(Default)]
struct Index {
    slots: Vec<u32>,
}

fn hash(key: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h ^ (h >> 29)
}

impl Index {
    fn build<'k>(keys: impl ExactSizeIterator<Item = &'k [u8]>) -> Index {
        let size = (keys.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![0u32; size];
        let mask = size - 1;
        for (i, key) in keys.enumerate() {
            let mut s = hash(key) as usize & mask;
            while slots[s] != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = i as u32 + 1;
        }
        Index { slots }
    }

    /// The position of `key`, given each position's key.
    fn find<'k>(&self, key: &[u8], key_of: impl Fn(usize) -> Option<&'k [u8]>) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut s = hash(key) as usize & mask;
        loop {
            let v = *self.slots.get(s)?;
            if v == 0 {
                return None;
            }
            let i = v as usize - 1;
            if key_of(i)? == key {
                return Some(i);
            }
            s = (s + 1) & mask;
        }
    }
}

/// The decoded data.
struct Tables {
    /// Every decoded word, back to back.
    arena: Vec<u8>,
    /// Given names and surnames, sorted by spelling, one entry per spelling.
    names: Vec<NameEntry>,
    /// Common words, sorted.
    words: Vec<Span>,
    fold: Vec<FoldRange>,
    /// Hash indexes over `names` and `words`.
    name_index: Index,
    word_index: Index,
}

impl Tables {
    fn key(&self, s: Span) -> &[u8] {
        &self.arena[s.start as usize..(s.start + s.len) as usize]
    }

    fn is_word(&self, key: &[u8]) -> bool {
        self.word_index
            .find(key, |i| self.words.get(i).map(|s| self.key(*s)))
            .is_some()
    }
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let decoded = decode(DATA);
        debug_assert!(
            decoded.is_ok(),
            "names.bin: {decoded:?}",
            decoded = decoded.as_ref().err()
        );
        // Bad data must not take the page down: it only costs the look-ups.
        decoded.unwrap_or_else(|_| Tables {
            arena: Vec::new(),
            names: Vec::new(),
            words: Vec::new(),
            fold: Vec::new(),
            name_index: Index::default(),
            word_index: Index::default(),
        })
    })
}

/// Lowercases `word` into `buf`, folding Latin accents to ASCII, dropping
/// a possessive `'s` (or a final `'`), other apostrophes and combining
/// marks. `None` if the word is empty, too long, or has any other character.
fn fold<'b>(word: &str, buf: &'b mut [u8; MAX_WORD], table: &[FoldRange]) -> Option<&'b [u8]> {
    // A possessive or a final apostrophe is dropped. Most words end in none
    // of their last bytes (U+2019 ends in 0x99): no search then.
    let word = match word.as_bytes().last() {
        Some(b's' | b'S' | b'\'' | 0x99) => ["'s", "'S", "\u{2019}s", "\u{2019}S", "'", "\u{2019}"]
            .iter()
            .find_map(|end| word.strip_suffix(end))
            .unwrap_or(word),
        _ => word,
    };
    let mut n = 0;
    let mut push = |b: u8, n: &mut usize| -> Option<()> {
        *buf.get_mut(*n)? = b;
        *n += 1;
        Some(())
    };
    for c in word.chars() {
        if c.is_ascii_alphabetic() {
            push(c.to_ascii_lowercase() as u8, &mut n)?;
        } else if matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{0300}'..='\u{036F}') {
            // apostrophes and combining diacritical marks
        } else {
            let cp = c as u32;
            let r = table
                .iter()
                .find(|r| cp >= r.start && cp - r.start < r.map.len() as u32)?;
            let pair = r.map[(cp - r.start) as usize];
            if pair[0] == 0 {
                return None;
            }
            for &b in pair.iter().filter(|&&b| b != 0) {
                push(b, &mut n)?;
            }
        }
    }
    (n > 0).then_some(&buf[..n])
}

// ------------------------------------------------------------------ decoding

type DecodeResult<T> = Result<T, &'static str>;

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn bytes(&mut self, n: usize) -> DecodeResult<&'a [u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len());
        let end = end.ok_or("truncated")?;
        let out = &self.data[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    fn u8(&mut self) -> DecodeResult<u8> {
        Ok(self.bytes(1)?[0])
    }

    fn u32(&mut self) -> DecodeResult<u32> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

/// A canonical Huffman code.
#[derive(Default)]
struct Code {
    /// How many codes have each length.
    counts: [u16; MAX_CODE_LEN + 1],
    /// Symbols by (code length, symbol).
    symbols: Vec<u8>,
}

impl Code {
    fn new(lengths: &[u8]) -> DecodeResult<Code> {
        let mut code = Code::default();
        for &l in lengths {
            if l as usize > MAX_CODE_LEN {
                return Err("code too long");
            }
            code.counts[l as usize] += 1;
        }
        code.counts[0] = 0;
        for len in 1..=MAX_CODE_LEN as u8 {
            for (sym, &l) in lengths.iter().enumerate() {
                if l == len {
                    code.symbols.push(sym as u8);
                }
            }
        }
        Ok(code)
    }

    fn decode(&self, bits: &mut Bits) -> DecodeResult<u8> {
        let (mut code, mut first, mut index) = (0u32, 0u32, 0u32);
        for &count in &self.counts[1..] {
            code |= bits.next()?;
            let count = u32::from(count);
            if code - first < count {
                return Ok(self.symbols[(index + code - first) as usize]);
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        Err("bad code")
    }
}

struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Bits<'_> {
    fn next(&mut self) -> DecodeResult<u32> {
        let byte = *self.data.get(self.pos / 8).ok_or("bit stream ends")?;
        let bit = (byte >> (7 - self.pos % 8)) & 1;
        self.pos += 1;
        Ok(u32::from(bit))
    }
}

/// Decodes one word-list section into `arena`; returns the words in order.
fn decode_words(
    r: &mut Reader,
    front_coded: bool,
    count: u32,
    arena: &mut Vec<u8>,
) -> DecodeResult<Vec<Span>> {
    let nctx = r.u8()?;
    let mut codes = Vec::with_capacity(nctx as usize);
    for _ in 0..nctx {
        let n = r.u8()?;
        codes.push(Code::new(r.bytes(n as usize)?)?);
    }
    let len = r.u32()? as usize;
    let mut bits = Bits {
        data: r.bytes(len)?,
        pos: 0,
    };
    let mut out: Vec<Span> = Vec::with_capacity(count as usize);
    let mut prev = 0u8;
    let next = |bits: &mut Bits, prev: &mut u8| -> DecodeResult<u8> {
        let s = codes
            .get(*prev as usize)
            .ok_or("no such context")?
            .decode(bits)?;
        *prev = s;
        Ok(s)
    };
    for _ in 0..count {
        let start = arena.len();
        if front_coded {
            let s = next(&mut bits, &mut prev)?;
            let shared = s.checked_sub(27).ok_or("expected a prefix length")? as usize;
            let before = out.last().copied().unwrap_or(Span { start: 0, len: 0 });
            if shared > before.len as usize {
                return Err("prefix longer than the word before");
            }
            arena.extend_from_within(before.start as usize..before.start as usize + shared);
        }
        loop {
            match next(&mut bits, &mut prev)? {
                0 => break,
                s @ 1..=26 => arena.push(b'a' + s - 1),
                _ => return Err("bad symbol"),
            }
        }
        let len = arena.len() - start;
        if len == 0 || len > MAX_WORD {
            return Err("bad word length");
        }
        out.push(Span {
            start: start as u32,
            len: len as u32,
        });
    }
    Ok(out)
}

fn decode(data: &[u8]) -> DecodeResult<Tables> {
    let mut r = Reader { data, pos: 0 };
    if r.bytes(8)? != b"CGNAMES1" {
        return Err("bad magic");
    }
    let mut arena = Vec::new();
    let (mut given, mut surnames, mut words, mut fold) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..r.u8()? {
        let (kind, flags, count) = (r.u8()?, r.u8()?, r.u32()?);
        match kind {
            KIND_GIVEN => given = decode_words(&mut r, flags & 1 != 0, count, &mut arena)?,
            KIND_SURNAME => surnames = decode_words(&mut r, flags & 1 != 0, count, &mut arena)?,
            KIND_WORDS => words = decode_words(&mut r, flags & 1 != 0, count, &mut arena)?,
            KIND_FOLD => {
                for _ in 0..count {
                    let (start, len) = (r.u32()?, r.u32()?);
                    let map = r
                        .bytes(len as usize * 2)?
                        .chunks_exact(2)
                        .map(|p| [p[0], p[1]])
                        .collect();
                    fold.push(FoldRange { start, map });
                }
            }
            _ => return Err("unknown section"),
        }
    }
    let mut t = Tables {
        arena,
        names: Vec::new(),
        words,
        fold,
        name_index: Index::default(),
        word_index: Index::default(),
    };
    if t.words.windows(2).any(|w| t.key(w[0]) >= t.key(w[1])) {
        return Err("common words not sorted");
    }

    // One entry per spelling, sorted; ranks are positions in the lists.
    let ranked = |list: Vec<Span>, given: bool| {
        list.into_iter().enumerate().map(move |(i, key)| {
            let rank = i as u32 + 1;
            let (g, s) = if given { (rank, 0) } else { (0, rank) };
            NameEntry {
                key,
                given: g,
                surname: s,
                common: false,
            }
        })
    };
    let mut names: Vec<NameEntry> = ranked(given, true).chain(ranked(surnames, false)).collect();
    // Stable order is not needed: equal spellings are merged below.
    names.sort_unstable_by(|a, b| t.key(a.key).cmp(t.key(b.key)));
    let mut merged: Vec<NameEntry> = Vec::with_capacity(names.len());
    for e in names {
        match merged.last_mut() {
            Some(last) if t.key(last.key).cmp(t.key(e.key)) == Ordering::Equal => {
                last.given = last.given.max(e.given);
                last.surname = last.surname.max(e.surname);
            }
            _ => merged.push(e),
        }
    }
    // Both lists are sorted: flag the common words in one pass.
    let mut words = t.words.iter().peekable();
    for e in &mut merged {
        let key = t.key(e.key);
        while words.next_if(|w| t.key(**w) < key).is_some() {}
        e.common = words.peek().is_some_and(|w| t.key(**w) == key);
    }
    t.names = merged;
    t.name_index = Index::build(t.names.iter().map(|e| t.key(e.key)));
    t.word_index = Index::build(t.words.iter().map(|s| t.key(*s)));
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(given: Option<u32>, surname: Option<u32>, common_word: bool) -> NameInfo {
        NameInfo {
            given_rank: given,
            surname_rank: surname,
            common_word,
        }
    }

    #[test]
    fn english_forms() {
        let cases: &[(&str, bool)] = &[
            ("abuser", true),
            ("engagement", true),
            ("socialization", true),
            ("assessor", true),
            ("services", true),
            ("stopped", true),
            ("prioritization", true),
            ("failure", true),
            ("trainee", true),
            // Nicknames made from words stay names: Smokey, Sparky.
            ("smokey", false),
            // Names of many origins are no English forms.
            ("tahu", false),
            ("chukwuemeka", false),
            ("rasheed", false),
            ("mohamed", false),
            ("omer", false),
            ("taras", false),
            ("harjit", false),
            ("faduma", false),
            ("whitefeather", false),
        ];
        for &(w, want) in cases {
            assert_eq!(is_english_form(w), want, "{w}");
        }
    }

    #[test]
    fn data_decodes() {
        let t = decode(DATA).expect("names.bin decodes");
        let given = t.names.iter().filter(|e| e.given != 0).count();
        let surnames = t.names.iter().filter(|e| e.surname != 0).count();
        assert_eq!(given, 8000);
        assert_eq!(surnames, 20000);
        assert!(t.words.len() > 10_000, "{} common words", t.words.len());
        assert!(t
            .names
            .windows(2)
            .all(|w| t.key(w[0].key) < t.key(w[1].key)));
    }

    #[test]
    fn common_names_are_found() {
        // (word, is a given name, is a surname)
        let cases = [
            ("Maria", true, true),
            ("Jose", true, true),
            ("José", true, true),
            ("Nguyen", true, true),
            ("Smith", true, true),
            ("Garcia", false, true),
            ("Olena", true, false),
            ("Mohamed", true, true),
            ("Michael", true, true),
            ("Johnson", true, true),
            ("Oksana", true, false),
            ("Tetiana", true, false),
            ("Rodriguez", false, true),
            ("Kowalski", false, true),
        ];
        for (word, given, surname) in cases {
            let i = lookup(word).unwrap_or_else(|| panic!("{word} not found"));
            assert_eq!(i.given_rank.is_some(), given, "{word}: {i:?}");
            assert_eq!(i.surname_rank.is_some(), surname, "{word}: {i:?}");
        }
    }

    #[test]
    fn ranks_are_plausible() {
        // (word, given rank at most, surname rank at most)
        let cases = [
            ("michael", Some(1), None),
            ("smith", None, Some(1)),
            ("johnson", None, Some(2)),
            ("maria", Some(20), None),
            ("jose", Some(50), None),
            ("garcia", None, Some(10)),
            ("nguyen", None, Some(60)),
            ("mohamed", Some(2000), None),
            ("olena", Some(8000), None),
        ];
        for (word, given, surname) in cases {
            let i = lookup(word).unwrap();
            if let Some(max) = given {
                let r = i.given_rank.unwrap();
                assert!((1..=max).contains(&r), "{word}: given rank {r}");
            }
            if let Some(max) = surname {
                let r = i.surname_rank.unwrap();
                assert!((1..=max).contains(&r), "{word}: surname rank {r}");
            }
        }
        let smith = lookup("Smith").unwrap().surname_rank.unwrap();
        let garcia = lookup("Garcia").unwrap().surname_rank.unwrap();
        assert!(smith < garcia);
        // "smith" is a SCOWL level-20 word (a metal worker).
        assert_eq!(lookup("SMITH"), Some(info(Some(3916), Some(1), true)));
        assert_eq!(lookup("Maria"), Some(info(Some(8), Some(6836), false)));
    }

    #[test]
    fn common_word_flags() {
        let cases = [
            ("hope", true),
            ("will", true),
            ("rose", true),
            ("brown", true),
            ("king", true),
            ("grace", true),
            ("mark", true),
            ("bill", true),
            ("young", true),
            ("white", true),
            ("maria", false),
            ("nguyen", false),
            ("olena", false),
            ("jose", false),
        ];
        for (word, common) in cases {
            let i = lookup(word).unwrap_or_else(|| panic!("{word} not found"));
            assert_eq!(i.common_word, common, "{word}: {i:?}");
            assert_eq!(is_common_word(word), common, "{word}");
        }
    }

    #[test]
    fn non_names_are_absent() {
        for word in [
            "shelter",
            "voucher",
            "housing",
            "caseworker",
            "and",
            "qzxv",
            "intake",
            "medicaid",
            "eviction",
        ] {
            assert_eq!(lookup(word), None, "{word}");
        }
        // The Census lists some function words as names (placeholders, or
        // Vietnamese and Chinese names without their diacritics: Thế, Đỗ,
        // Hà); they come back flagged as common words.
        for word in ["The", "Do", "He", "Baby"] {
            assert!(lookup(word).is_some_and(|i| i.common_word), "{word}");
        }
        for word in [
            "shelter", "voucher", "housing", "the", "and", "intake", "Referral",
        ] {
            assert!(is_common_word(word), "{word}");
        }
        for word in ["qzxv", "Maria", "", "123"] {
            assert!(!is_common_word(word), "{word}");
        }
    }

    #[test]
    fn case_and_accents_are_folded() {
        let jose = lookup("jose").unwrap();
        for word in ["Jose", "JOSE", "José", "JOSÉ", "jose\u{301}", "jOsE"] {
            assert_eq!(lookup(word), Some(jose), "{word}");
        }
        let nguyen = lookup("nguyen").unwrap();
        assert_eq!(lookup("Nguyễn"), Some(nguyen));
        assert_eq!(lookup("O'Brien"), lookup("obrien"));
        assert_eq!(lookup("Maria's"), lookup("maria"));
        assert_eq!(lookup("MARIA’S"), lookup("maria"));
        assert_eq!(lookup("Charles'"), lookup("charles"));
        assert!(lookup("Charles'").is_some());
        assert!(is_common_word("dog's"));
        assert!(lookup("O’Brien").is_some());
        assert_eq!(lookup("Muñoz"), lookup("munoz"));
        assert!(lookup("Muñoz").is_some());
        assert_eq!(lookup("Zoë"), lookup("zoe"));
        assert_eq!(lookup("İbrahim"), lookup("ibrahim"));
        assert!(lookup("İbrahim").is_some());
        assert!(is_common_word("HOPE") && is_common_word("Hope"));
    }

    #[test]
    fn odd_input_does_not_panic() {
        let long = "a".repeat(MAX_WORD + 1);
        for word in [
            "",
            " ",
            "-",
            "'",
            "’",
            "Мария",
            "Олена",
            "李",
            "محمد",
            "🙂",
            "Mary-Jane",
            "Mary Jane",
            "x1",
            &long,
            "\u{301}",
            "\0",
            "ǅ",
            "ß",
        ] {
            let _ = lookup(word);
            let _ = is_common_word(word);
        }
        assert_eq!(lookup(""), None);
        assert_eq!(lookup("Мария"), None);
        assert_eq!(lookup("Mary-Jane"), None);
        assert_eq!(lookup(&long), None);
        assert!(lookup(&"a".repeat(MAX_WORD)).is_none());
    }

    #[test]
    fn fold_table_matches_common_letters() {
        let t = tables();
        let mut buf = [0u8; MAX_WORD];
        let cases = [
            ("ÀÁÂÃÄÅàáâãäå", "aaaaaaaaaaaa"),
            ("Çç Ññ", ""),
            ("ÇçÑñ", "ccnn"),
            ("ÆæŒœßØøŁłĐđ", "aeaeoeoessoolldd"),
            ("ăâîșțĂÂÎȘȚ", "aaistaaist"),
            ("ễệởưƯơƠđ", "eeouuood"),
            ("İıẞ", "iiss"),
        ];
        for (word, want) in cases {
            let got = fold(word, &mut buf, &t.fold).map(|k| String::from_utf8(k.to_vec()).unwrap());
            let want = if want.is_empty() {
                None
            } else {
                Some(want.to_string())
            };
            assert_eq!(got, want, "{word}");
        }
    }
}
