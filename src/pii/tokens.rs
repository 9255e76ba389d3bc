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

/// The normalized text and its tokens.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    pub case: CaseMode,
    pub as_of_year: i32,
    /// Sorted byte positions where normalization folded or removed a character.
    pub marks: &'a [usize],
    /// For each token, the keyword lists a phrase of which can start there
    /// (see [`super::context::Phrases`]).
    pub kw: Vec<u64>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl<'a> Doc<'a> {
    pub(crate) fn new(text: &'a str, as_of_year: i32) -> Doc<'a> {
        let mut toks: Vec<Token> = Vec::with_capacity(text.len() / 4 + 1);
        let (mut upper, mut lower) = (0usize, 0usize);
        let mut space = false;
        let mut newline = false;
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                space = true;
                newline |= c == '\n' || c == '\r';
                continue;
            }
            let tok = if is_word_char(c) {
                let (mut letters, mut digits) = (false, false);
                let mut end = i;
                while let Some(ch) = text.get(end..).and_then(|r| r.chars().next()) {
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
                        match text.get(end + 1..).and_then(|r| r.chars().next()) {
                            Some(n) if n.is_alphabetic() => end += 1,
                            _ => break,
                        }
                    } else {
                        break;
                    }
                }
                while it.next_if(|&(k, _)| k < end).is_some() {}
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
                Token {
                    kind: TokKind::Punct,
                    start: i,
                    end: i + c.len_utf8(),
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
        let kw = toks
            .iter()
            .map(|t| {
                text.get(t.start..t.end)
                    .map_or(0, super::context::token_mask)
            })
            .collect();
        Doc {
            text,
            toks,
            case,
            as_of_year,
            marks: &[],
            kw,
        }
    }

    /// Whether normalization changed anything inside `start..end`.
    pub(crate) fn marked(&self, start: usize, end: usize) -> bool {
        let k = self.marks.partition_point(|&m| m < start);
        self.marks.get(k).is_some_and(|&m| m <= end)
    }

    /// The text of token `i` ("" past the end).
    pub(crate) fn tok_text(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    pub(crate) fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// The punctuation character of token `i`, if it is one.
    pub(crate) fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Punct => self.tok_text(i).chars().next(),
            _ => None,
        }
    }

    /// Whether token `i` is a word equal to `w` ignoring ASCII case.
    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        self.tok_text(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `i` touches the previous token (no white space between).
    pub(crate) fn tight(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// The value of a token of ASCII digits (at most 9 of them).
    pub(crate) fn num(&self, i: usize) -> Option<u32> {
        let t = self.toks.get(i)?;
        if t.kind != TokKind::Num || t.end - t.start > 9 {
            return None;
        }
        self.tok_text(i).parse().ok()
    }

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
    pub(crate) fn capitalized(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
            && self
                .tok_text(i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    /// Whether token `i` is a word written in capitals only.
    pub(crate) fn all_caps(&self, i: usize) -> bool {
        let s = self.tok_text(i);
        self.kind(i) == Some(TokKind::Word) && s.chars().all(|c| !c.is_lowercase())
    }

    /// Index of the first token starting at or after byte `pos`.
    pub(crate) fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }
}

/// Lowercase, fold common Latin accents and drop apostrophes (`O'Brien` ->
/// `obrien`, `Nguyễn` -> `nguyen`): how words are compared with word lists.
pub(crate) fn fold_word(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    for c in word.chars() {
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
    ["mr", "mrs", "ms", "miss", "mx", "dr", "mister", "sr", "jr"]
        .iter()
        .any(|t| t.eq_ignore_ascii_case(w))
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
    }
}
