//! The one normalization pass: fold the characters people (and evasion) use
//! in place of ASCII digits, letters and separators, and remember where each
//! normalized byte came from.
//!
//! Every replacement maps one original character to one ASCII character (or
//! removes it), so a span of normalized characters maps back to a span of
//! whole original characters.

/// The normalized text and its map back to the original.
pub(crate) struct Normalized {
    pub text: String,
    /// For each normalized byte, the original byte offset of the character it
    /// came from; empty when the text needed no change (identity map).
    starts: Vec<u32>,
    /// For each normalized byte, the end of the original character.
    ends: Vec<u32>,
    orig_len: usize,
    /// Normalized byte positions where a character was folded or removed:
    /// inside a number, a sign of deliberate evasion.
    pub marks: Vec<usize>,
}

/// What one original character becomes.
fn fold(c: char) -> Option<Option<char>> {
    let u = c as u32;
    let r = match u {
        // Fullwidth ASCII block: ！ to ～.
        0xFF01..=0xFF5E => char::from_u32(u - 0xFEE0),
        0x3000 => Some(' '),
        // Other decimal digits people paste: Arabic-Indic, Extended
        // Arabic-Indic, Devanagari, Bengali, Thai, and the mathematical
        // bold/double-struck/sans-serif/monospace digits.
        0x0660..=0x0669 => char::from_u32(u - 0x0660 + 0x30),
        0x06F0..=0x06F9 => char::from_u32(u - 0x06F0 + 0x30),
        0x0966..=0x096F => char::from_u32(u - 0x0966 + 0x30),
        0x09E6..=0x09EF => char::from_u32(u - 0x09E6 + 0x30),
        0x0E50..=0x0E59 => char::from_u32(u - 0x0E50 + 0x30),
        0x1D7CE..=0x1D7FF => char::from_u32((u - 0x1D7CE) % 10 + 0x30),
        // Zero-width space, joiners, word joiner, BOM, soft hyphen.
        0x200B..=0x200D | 0x2060 | 0xFEFF | 0x00AD => None,
        // Dashes and minus signs.
        0x2010..=0x2015 | 0x2212 | 0xFE58 | 0xFE63 | 0x2043 => Some('-'),
        // Dot variants: one-dot leader, hyphenation point, small and ideographic full stops, middle dot.
        0x2024 | 0x2027 | 0xFE52 | 0x3002 | 0xFF61 | 0x00B7 | 0x2219 | 0x22C5 | 0x2022 => Some('.'),
        // Spaces.
        0x00A0 | 0x2000..=0x200A | 0x202F | 0x205F | 0x1680 => Some(' '),
        // Quotes and apostrophes.
        0x2018 | 0x2019 | 0x201B | 0x02BC | 0x2032 => Some('\''),
        0x201C | 0x201D | 0x201F | 0x2033 => Some('"'),
        // Small and fullwidth at signs.
        0xFE6B => Some('@'),
        0xFE50 => Some(','),
        0xFE55 => Some(':'),
        _ => return None,
    };
    Some(r)
}

/// Letters that look like a zero: Latin, Cyrillic and Greek O.
fn zero_like(c: char) -> bool {
    matches!(
        c,
        'O' | 'o' | '\u{041E}' | '\u{043E}' | '\u{039F}' | '\u{03BF}'
    )
}

/// Byte offsets of the zero-like letters written in place of zeros inside a
/// number: "5O9-555-O122". A letter counts when it stands next to a digit or
/// another such letter in a run of digits, letters O and separators that
/// holds at least seven digits (a phone number, an SSN, an account).
fn letter_zeros(src: &str) -> Vec<usize> {
    let mut out = Vec::new();
    // Cheap test first: a letter O with a digit right before or after it.
    // Byte by byte (this runs over every note): in UTF-8 an `O` or `o` byte
    // is that letter, and the Cyrillic and Greek capital and small O are
    // D0 9E, D0 BE, CE 9F and CE BF.
    let b = src.as_bytes();
    let digit_at = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    let candidate = (0..b.len()).any(|k| {
        let len = match (b[k], b.get(k + 1)) {
            (b'O' | b'o', _) => 1,
            (0xD0, Some(0x9E | 0xBE)) | (0xCE, Some(0x9F | 0xBF)) => 2,
            _ => return false,
        };
        k > 0 && digit_at(k - 1) || digit_at(k + len)
    });
    if !candidate {
        return out;
    }
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let digitish = |c: char| {
        c.is_ascii_digit() || zero_like(c) || fold(c).flatten().is_some_and(|f| f.is_ascii_digit())
    };
    let sep = |c: char| {
        matches!(c, '-' | '.' | ' ' | '(' | ')')
            || fold(c)
                .flatten()
                .is_some_and(|f| matches!(f, '-' | '.' | ' '))
    };
    let mut i = 0;
    while i < chars.len() {
        if !digitish(chars[i].1) {
            i += 1;
            continue;
        }
        // The run: digit-like characters and single separators.
        let mut j = i;
        let mut digits = 0;
        while j < chars.len() {
            let c = chars[j].1;
            if digitish(c) {
                digits += usize::from(!zero_like(c));
            } else if !(sep(c) && chars.get(j + 1).is_some_and(|&(_, d)| digitish(d))) {
                break;
            }
            j += 1;
        }
        // A letter O that starts or ends a word ("Oct", "TO") is no digit.
        let glued_to_letter = |k: usize| {
            k.checked_sub(1)
                .and_then(|p| chars.get(p))
                .is_some_and(|&(_, c)| c.is_alphabetic() && !zero_like(c))
                || chars.get(j).is_some_and(|&(_, c)| c.is_alphabetic())
        };
        if digits >= 7 && !glued_to_letter(i) {
            for k in i..j {
                let (at, c) = chars[k];
                let next_to_digit =
                    |d: Option<&(usize, char)>| d.is_some_and(|&(_, x)| digitish(x));
                if zero_like(c)
                    && (next_to_digit(k.checked_sub(1).and_then(|p| chars.get(p)))
                        || next_to_digit(chars.get(k + 1)))
                {
                    out.push(at);
                }
            }
        }
        i = j.max(i + 1);
    }
    out
}

impl Normalized {
    pub(crate) fn new(src: &str) -> Normalized {
        let zeros = letter_zeros(src);
        let needs = !zeros.is_empty() || !src.is_ascii() && src.chars().any(|c| fold(c).is_some());
        if !needs {
            return Normalized {
                text: src.to_string(),
                starts: Vec::new(),
                ends: Vec::new(),
                orig_len: src.len(),
                marks: Vec::new(),
            };
        }
        let mut text = String::with_capacity(src.len());
        let mut starts = Vec::with_capacity(src.len());
        let mut ends = Vec::with_capacity(src.len());
        let mut marks = Vec::new();
        for (i, c) in src.char_indices() {
            let end = (i + c.len_utf8()) as u32;
            let folded = if zeros.binary_search(&i).is_ok() {
                Some(Some('0'))
            } else {
                fold(c)
            };
            let out = match folded {
                Some(Some(r)) => {
                    marks.push(text.len());
                    r
                }
                Some(None) => {
                    marks.push(text.len());
                    continue;
                }
                None => c,
            };
            for _ in 0..out.len_utf8() {
                starts.push(i as u32);
                ends.push(end);
            }
            text.push(out);
        }
        Normalized {
            text,
            starts,
            ends,
            orig_len: src.len(),
            marks,
        }
    }

    /// Map a normalized span (on char boundaries) back to the original text.
    pub(crate) fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if self.starts.is_empty() {
            let s = start.min(self.orig_len);
            return (s, end.clamp(s, self.orig_len));
        }
        let s = self
            .starts
            .get(start)
            .map_or(self.orig_len, |&v| v as usize);
        let e = if end == 0 {
            s
        } else {
            self.ends
                .get(end - 1)
                .map_or(self.orig_len, |&v| v as usize)
        };
        (s, e.max(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps_back() {
        let src = "SSN １２３\u{200B}－45–6789 ok";
        let n = Normalized::new(src);
        assert_eq!(n.text, "SSN 123-45-6789 ok");
        let s = n.text.find("123").unwrap();
        let e = s + "123-45-6789".len();
        let (os, oe) = n.to_original(s, e);
        assert_eq!(&src[os..oe], "１２３\u{200B}－45–6789");
    }

    #[test]
    fn letter_o_in_numbers() {
        for (src, want) in [
            ("call 5O9-555-O122 now", "call 509-555-0122 now"),
            ("ph 5\u{041E}9-555-\u{041E}189", "ph 509-555-0189"),
            ("Oct 2O", "Oct 2O"),
            ("TO 5095550122", "TO 5095550122"),
            ("room 2O, bed 4", "room 2O, bed 4"),
        ] {
            assert_eq!(Normalized::new(src).text, want, "{src}");
        }
    }

    #[test]
    fn ascii_is_identity() {
        let n = Normalized::new("plain text");
        assert_eq!(n.to_original(0, 5), (0, 5));
        assert_eq!(n.to_original(3, 99), (3, 10));
    }
}
