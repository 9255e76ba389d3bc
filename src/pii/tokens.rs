//! The token stream every rule runs over: words, numbers, mixed
//! letter-and-digit tokens and single punctuation characters, with byte spans
//! into the normalized text.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters only (with inner apostrophes: O'Brien, Marcus's).
    Word,
    /// ASCII digits only.
    Num,
    /// Letters and digits (4B, 14th, WDL123456789).
    Mixed,
    /// One character that is not a letter, digit or white space.
    Punct,
}

/// One token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
    /// White space between the previous token and this one.
    pub space_before: bool,
    /// A line break between the previous token and this one.
    pub newline_before: bool,
}

/// How the writer used capitals in this note; names are found differently in
/// an ALL-CAPS or all-lowercase note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CaseMode {
    Mixed,
    Upper,
    Lower,
}

/// Facts about one token computed once by the tokenizer, so the rules'
/// questions about it cost a load rather than a walk over its characters.
#[derive(Clone, Copy, Debug, Default)]
struct Facts {
    /// The character of a punctuation token.
    punct: Option<char>,
    /// A word whose first character is a capital.
    capitalized: bool,
    /// A word with no lowercase character.
    all_caps: bool,
    /// The value of a token of at most 9 ASCII digits.
    num: Option<u32>,
}

/// The normalized text and its tokens.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    pub case: CaseMode,
    /// A mixed-case note typed without capitals at sentence starts (see
    /// `lowercase_style`): its names may be in lowercase too.
    pub lowercase_style: bool,
    pub as_of_year: i32,
    /// Sorted byte positions where normalization folded or removed a character.
    pub marks: &'a [usize],
    /// For each token, the keyword lists a phrase of which can start there
    /// (see [`super::context::Phrases`]).
    pub kw: Vec<u64>,
    /// The text of each token.
    strs: Vec<&'a str>,
    facts: Vec<Facts>,
    /// The text with ASCII letters lowercased (same byte offsets).
    lower: String,
}

#[inline(always)]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// `a.eq_ignore_ascii_case(&b)`, inlined: at opt-level "z" the standard one
/// stays a call for every byte compared.
#[inline(always)]
#[allow(clippy::manual_ignore_case_cmp)]
pub(crate) fn same_byte_ignoring_case(a: u8, b: u8) -> bool {
    a.to_ascii_lowercase() == b.to_ascii_lowercase()
}

/// The character at byte `pos` of `text` (which must be a boundary).
#[inline]
fn char_at(text: &str, pos: usize) -> Option<char> {
    match text.as_bytes().get(pos) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text.get(pos..).and_then(|r| r.chars().next()),
        None => None,
    }
}

impl<'a> Doc<'a> {
    pub(crate) fn new(text: &'a str, as_of_year: i32) -> Doc<'a> {
        let mut toks: Vec<Token> = Vec::with_capacity(text.len() / 4 + 1);
        let (mut upper, mut lower) = (0usize, 0usize);
        let mut space = false;
        let mut newline = false;
        let mut pos = 0;
        while let Some(c) = char_at(text, pos) {
            let i = pos;
            if c.is_whitespace() {
                space = true;
                newline |= c == '\n' || c == '\r';
                pos += c.len_utf8();
                continue;
            }
            let tok = if is_word_char(c) {
                let (mut letters, mut digits) = (false, false);
                let mut end = i;
                let bytes = text.as_bytes();
                while let Some(&b) = bytes.get(end) {
                    // ASCII letters and digits, the usual case, byte by byte.
                    if b.is_ascii_digit() {
                        digits = true;
                        end += 1;
                        continue;
                    }
                    if b.is_ascii_alphabetic() {
                        letters = true;
                        if b.is_ascii_uppercase() {
                            upper += 1;
                        } else {
                            lower += 1;
                        }
                        end += 1;
                        continue;
                    }
                    let Some(ch) = char_at(text, end) else {
                        break;
                    };
                    if is_word_char(ch) {
                        if ch.is_ascii_digit() {
                            digits = true;
                        } else {
                            letters = true;
                            if ch.is_uppercase() {
                                upper += 1;
                            } else if ch.is_lowercase() {
                                lower += 1;
                            }
                        }
                        end += ch.len_utf8();
                    } else if ch == '\'' && letters && !digits {
                        // An inner apostrophe joins letters: O'Brien, Marcus's.
                        match char_at(text, end + 1) {
                            Some(n) if n.is_alphabetic() => end += 1,
                            _ => break,
                        }
                    } else {
                        break;
                    }
                }
                pos = end;
                let kind = match (letters, digits) {
                    (true, true) => TokKind::Mixed,
                    (false, true) => TokKind::Num,
                    _ => TokKind::Word,
                };
                Token {
                    kind,
                    start: i,
                    end,
                    space_before: space,
                    newline_before: newline,
                }
            } else {
                pos = i + c.len_utf8();
                Token {
                    kind: TokKind::Punct,
                    start: i,
                    end: pos,
                    space_before: space,
                    newline_before: newline,
                }
            };
            toks.push(tok);
            space = false;
            newline = false;
        }
        let letters = upper + lower;
        let case = if letters >= 12 && upper * 10 >= letters * 8 {
            CaseMode::Upper
        } else if letters >= 12 && upper * 100 <= letters {
            CaseMode::Lower
        } else {
            CaseMode::Mixed
        };
        let lowercase_style =
            case == CaseMode::Mixed && upper * 100 <= letters * 8 && lowercase_style(text, &toks);
        let lower_text = text.to_ascii_lowercase();
        let mut kw = Vec::with_capacity(toks.len());
        let mut strs = Vec::with_capacity(toks.len());
        let mut facts = Vec::with_capacity(toks.len());
        for t in &toks {
            let s = text.get(t.start..t.end).unwrap_or("");
            strs.push(s);
            kw.push(
                lower_text
                    .get(t.start..t.end)
                    .map_or(0, super::context::lower_token_mask),
            );
            let mut f = Facts::default();
            match t.kind {
                TokKind::Punct => f.punct = s.chars().next(),
                TokKind::Word => {
                    f.capitalized = match s.as_bytes().first() {
                        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                        _ => s.chars().next().is_some_and(char::is_uppercase),
                    };
                    f.all_caps = match s.bytes().find(|b| !b.is_ascii() || b.is_ascii_lowercase()) {
                        None => true,
                        Some(b) if b.is_ascii() => false,
                        Some(_) => s.chars().all(|c| !c.is_lowercase()),
                    };
                }
                TokKind::Num if s.len() <= 9 => f.num = s.parse().ok(),
                _ => {}
            }
            facts.push(f);
        }
        Doc {
            text,
            toks,
            case,
            lowercase_style,
            as_of_year,
            marks: &[],
            kw,
            strs,
            facts,
            lower: lower_text,
        }
    }

    /// Whether normalization changed anything inside `start..end`.
    pub(crate) fn marked(&self, start: usize, end: usize) -> bool {
        let k = self.marks.partition_point(|&m| m < start);
        self.marks.get(k).is_some_and(|&m| m <= end)
    }

    /// The text of token `i` ("" past the end).
    #[inline(always)]
    pub(crate) fn tok_text(&self, i: usize) -> &'a str {
        self.strs.get(i).copied().unwrap_or("")
    }

    /// The text of token `i` with ASCII letters lowercased ("" past the end).
    #[inline(always)]
    pub(crate) fn lower(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.lower.get(t.start..t.end))
            .unwrap_or("")
    }

    #[inline(always)]
    pub(crate) fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// The punctuation character of token `i`, if it is one.
    #[inline(always)]
    pub(crate) fn punct(&self, i: usize) -> Option<char> {
        self.facts.get(i).and_then(|f| f.punct)
    }

    /// Whether token `i` is a word equal to `w` ignoring ASCII case.
    #[inline(always)]
    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        let s = self.tok_text(i);
        s.len() == w.len() && s.as_bytes().eq_ignore_ascii_case(w.as_bytes())
    }

    /// Whether token `i` touches the previous token (no white space between).
    #[inline(always)]
    pub(crate) fn tight(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// The value of a token of ASCII digits (at most 9 of them).
    #[inline(always)]
    pub(crate) fn num(&self, i: usize) -> Option<u32> {
        self.facts.get(i).and_then(|f| f.num)
    }

    #[inline(always)]
    pub(crate) fn num_len(&self, i: usize) -> usize {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Num => t.end - t.start,
            _ => 0,
        }
    }

    /// Whether a sentence starts at token `i`: first token, after a line
    /// break, or after sentence punctuation.
    pub(crate) fn sentence_start(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if i == 0 || t.newline_before {
            return true;
        }
        match self.punct(i - 1) {
            Some('.' | '!' | '?' | ':' | ';' | '"' | '(' | '[' | '*' | '>' | '\u{2022}') => {
                // "Dr. Lopez" and "J. Ramirez": a period after a short title
                // or initial does not end a sentence.
                if self.punct(i - 1) == Some('.') && i >= 2 {
                    let prev = self.tok_text(i - 2);
                    if prev.chars().count() == 1 || is_title(prev) {
                        return false;
                    }
                }
                true
            }
            Some('-') => i == 1 || self.toks.get(i - 1).is_some_and(|p| p.newline_before),
            _ => false,
        }
    }

    /// Whether token `i` is a word starting with a capital letter.
    #[inline(always)]
    pub(crate) fn capitalized(&self, i: usize) -> bool {
        self.facts.get(i).is_some_and(|f| f.capitalized)
    }

    /// Whether token `i` is a word written in capitals only.
    #[inline(always)]
    pub(crate) fn all_caps(&self, i: usize) -> bool {
        self.facts.get(i).is_some_and(|f| f.all_caps)
    }

    /// Index of the first token starting at or after byte `pos`.
    pub(crate) fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }
}

/// A note typed without capitals at sentence starts ("met w/ sky today.
/// said their rent is late."), even if it keeps some capitals (acronyms,
/// a place name, a name pasted from a form): there, a lowercase word can be
/// a name as in a note all in lowercase. At least two sentences must start
/// in lowercase, three times as many as start with a capital.
fn lowercase_style(text: &str, toks: &[Token]) -> bool {
    let (mut low, mut cap) = (0usize, 0usize);
    let mut start = true;
    for t in toks {
        if t.newline_before {
            start = true;
        }
        match t.kind {
            TokKind::Word if start => {
                match text.get(t.start..).and_then(|s| s.chars().next()) {
                    Some(c) if c.is_lowercase() => low += 1,
                    Some(c) if c.is_uppercase() => cap += 1,
                    _ => {}
                }
                start = false;
            }
            TokKind::Punct => {
                let c = text.get(t.start..).and_then(|s| s.chars().next());
                start = matches!(c, Some('.' | '!' | '?'));
            }
            _ => start = false,
        }
    }
    low >= 2 && low >= 3 * cap
}

/// Lowercase, fold common Latin accents and drop apostrophes (`O'Brien` ->
/// `obrien`, `Nguyễn` -> `nguyen`): how words are compared with word lists.
pub(crate) fn fold_word(word: &str) -> String {
    // The usual case in one pass rather than a char at a time.
    if word.bytes().all(|b| b.is_ascii() && b != b'\'') {
        return word.to_ascii_lowercase();
    }
    let mut s = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            if c != '\'' {
                s.push(c.to_ascii_lowercase());
            }
            continue;
        }
        let f = match c {
            'à'..='å'
            | 'À'..='Å'
            | 'ā'
            | 'ă'
            | 'ą'
            | 'ạ'
            | 'ả'
            | 'ấ'
            | 'ầ'
            | 'ẩ'
            | 'ẫ'
            | 'ậ'
            | 'ắ'
            | 'ằ'
            | 'ẳ'
            | 'ẵ'
            | 'ặ' => 'a',
            'ç' | 'Ç' | 'ć' | 'č' => 'c',
            'è'..='ë'
            | 'È'..='Ë'
            | 'ē'
            | 'ę'
            | 'ě'
            | 'ẹ'
            | 'ẻ'
            | 'ẽ'
            | 'ế'
            | 'ề'
            | 'ể'
            | 'ễ'
            | 'ệ' => 'e',
            'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'ỉ' | 'ị' | 'ĩ' => 'i',
            'ñ' | 'Ñ' | 'ń' | 'ň' => 'n',
            'ò'..='ö'
            | 'Ò'..='Ö'
            | 'ø'
            | 'ō'
            | 'ő'
            | 'ọ'
            | 'ỏ'
            | 'ố'
            | 'ồ'
            | 'ổ'
            | 'ỗ'
            | 'ộ'
            | 'ơ'
            | 'ớ'
            | 'ờ'
            | 'ở'
            | 'ỡ'
            | 'ợ' => 'o',
            'ù'..='ü'
            | 'Ù'..='Ü'
            | 'ū'
            | 'ů'
            | 'ű'
            | 'ụ'
            | 'ủ'
            | 'ư'
            | 'ứ'
            | 'ừ'
            | 'ử'
            | 'ữ'
            | 'ự'
            | 'ũ' => 'u',
            'ý' | 'ÿ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => 'y',
            'đ' | 'Đ' => 'd',
            'š' | 'ś' => 's',
            'ž' | 'ź' | 'ż' => 'z',
            '\'' => continue,
            c => {
                s.extend(c.to_lowercase());
                continue;
            }
        };
        s.push(f);
    }
    s
}

/// Courtesy titles before a name.
pub(crate) fn is_title(w: &str) -> bool {
    // All are 2 to 6 letters starting with m, d, s or j.
    let b = w.as_bytes();
    if !(2..=6).contains(&b.len()) || !matches!(b[0] | 0x20, b'm' | b'd' | b's' | b'j') {
        return false;
    }
    ["mr", "mrs", "ms", "miss", "mx", "dr", "mister", "sr", "jr"]
        .iter()
        .any(|t| t.len() == b.len() && t.as_bytes().eq_ignore_ascii_case(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes() {
        let d = Doc::new("Maria O'Brien's (509) 555-0142, apt 4B.", 2026);
        let got: Vec<(&str, TokKind)> = (0..d.toks.len())
            .map(|i| (d.tok_text(i), d.toks[i].kind))
            .collect();
        assert_eq!(
            got,
            [
                ("Maria", TokKind::Word),
                ("O'Brien's", TokKind::Word),
                ("(", TokKind::Punct),
                ("509", TokKind::Num),
                (")", TokKind::Punct),
                ("555", TokKind::Num),
                ("-", TokKind::Punct),
                ("0142", TokKind::Num),
                (",", TokKind::Punct),
                ("apt", TokKind::Word),
                ("4B", TokKind::Mixed),
                (".", TokKind::Punct),
            ]
        );
        assert!(d.tight(4) && !d.tight(5));
    }

    #[test]
    fn case_modes() {
        assert_eq!(
            Doc::new("MET WITH MARIA LOPEZ TODAY", 2026).case,
            CaseMode::Upper
        );
        assert_eq!(
            Doc::new("met with maria lopez today", 2026).case,
            CaseMode::Lower
        );
        assert_eq!(
            Doc::new("Met with Maria Lopez today", 2026).case,
            CaseMode::Mixed
        );
        // Sentences started in lowercase, with an acronym and a place.
        let d = Doc::new(
            "met w/ sky at HYA today. said they slept at the Airway Heights bus stop. wants a pass.",
            2026,
        );
        assert_eq!(d.case, CaseMode::Mixed);
        assert!(d.lowercase_style);
        let d = Doc::new(
            "Met w/ Sky at HYA. Said they slept at Airway Heights.",
            2026,
        );
        assert!(!d.lowercase_style);
    }
}
