//! The one place where offsets change units: the core works in UTF-8 bytes,
//! JS in UTF-16 code units (what `String.slice` and `setSelectionRange` use).
//!
//! Both directions take a batch of offsets and walk the text once, so
//! converting every finding of a note costs one pass plus a sort.

use crate::error::Error;
use crate::pii::Span;

/// Convert byte spans (as in [`crate::Finding::span`]) to spans in UTF-16 code
/// units of the same text. One pass over the text for the whole batch; the
/// spans may come in any order. A byte offset inside a character (which
/// [`crate::scan`] never produces) counts as the next character boundary; an
/// offset past the end counts as the end.
///
/// ```
/// use cmis_guard::{spans_to_utf16, Span};
///
/// let text = "👋 Zoë 509-555-0142";
/// let bytes = Span { start: text.find("509").unwrap(), end: text.len() };
/// let js = spans_to_utf16(text, &[bytes]);
/// assert_eq!(js[0], Span { start: 7, end: 19 });
/// ```
pub fn spans_to_utf16(text: &str, spans: &[Span]) -> Vec<Span> {
    if text.is_ascii() {
        // One UTF-16 unit per byte: offsets stay, past the end clamped.
        let n = text.len();
        return spans
            .iter()
            .map(|s| Span {
                start: s.start.min(n),
                end: s.end.min(n).max(s.start.min(n)),
            })
            .collect();
    }
    let mut wanted: Vec<(usize, usize)> = Vec::with_capacity(spans.len() * 2);
    for (k, s) in spans.iter().enumerate() {
        wanted.push((s.start, 2 * k));
        wanted.push((s.end, 2 * k + 1));
    }
    wanted.sort_unstable();
    let mut out = vec![0usize; wanted.len()];
    let mut w = wanted.iter().peekable();
    let mut units = 0usize;
    for (b, c) in text.char_indices() {
        while let Some(&&(off, slot)) = w.peek() {
            if off > b {
                break;
            }
            if let Some(o) = out.get_mut(slot) {
                *o = units;
            }
            w.next();
        }
        units += c.len_utf16();
    }
    for &(_, slot) in w {
        if let Some(o) = out.get_mut(slot) {
            *o = units;
        }
    }
    out.chunks_exact(2)
        .map(|p| Span {
            start: p[0],
            end: p[1].max(p[0]),
        })
        .collect()
}

/// Convert UTF-16 code-unit offsets from JS (any order) to byte offsets of
/// the same text, in the same order. Errors when an offset is past the end of
/// the text or falls between the two halves of a surrogate pair (an emoji).
///
/// ```
/// use cmis_guard::utf16_to_byte_offsets;
///
/// assert_eq!(utf16_to_byte_offsets("é👋x", &[0, 1, 3, 4]).unwrap(), [0, 2, 6, 7]);
/// assert!(utf16_to_byte_offsets("é👋x", &[2]).is_err());
/// ```
pub fn utf16_to_byte_offsets(text: &str, offsets: &[usize]) -> Result<Vec<usize>, Error> {
    let mut wanted: Vec<(usize, usize)> = offsets
        .iter()
        .copied()
        .enumerate()
        .map(|(k, o)| (o, k))
        .collect();
    wanted.sort_unstable();
    let mut out = vec![0usize; offsets.len()];
    let mut w = wanted.iter().peekable();
    let mut units = 0usize;
    for (b, c) in text.char_indices() {
        while let Some(&&(off, slot)) = w.peek() {
            if off > units {
                break;
            }
            if off < units {
                return Err(Error::invalid_argument(format!(
                    "offset {off} splits a character (an emoji or other surrogate pair)"
                ))
                .with_field("offset"));
            }
            if let Some(o) = out.get_mut(slot) {
                *o = b;
            }
            w.next();
        }
        units += c.len_utf16();
    }
    for &(off, slot) in w {
        if off != units {
            let why = if off > units {
                "is past the end of the text"
            } else {
                "splits a character (an emoji or other surrogate pair)"
            };
            return Err(Error::invalid_argument(format!(
                "offset {off} {why} ({units} UTF-16 code units)"
            ))
            .with_field("offset"));
        }
        if let Some(o) = out.get_mut(slot) {
            *o = text.len();
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference: UTF-16 length of the prefix.
    fn u16_of(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn emoji_accents_crlf_round_trip() {
        let texts = [
            "plain ascii",
            "Zoë Nguyễn 👩‍👧 called\r\nfrom 509-555-0142 🏠\r\n",
            "👋👋👋",
            "",
            "é",
            "\u{10348}x\u{1F600}\r\n\u{00E9}\u{0301}",
        ];
        for text in texts {
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(b, _)| b)
                .chain([text.len()])
                .collect();
            // Every pair of boundaries, reversed order to test sorting.
            let spans: Vec<Span> = bounds
                .iter()
                .rev()
                .flat_map(|&s| {
                    bounds
                        .iter()
                        .filter(move |&&e| e >= s)
                        .map(move |&e| Span { start: s, end: e })
                })
                .collect();
            let js = spans_to_utf16(text, &spans);
            for (s, j) in spans.iter().zip(&js) {
                assert_eq!(j.start, u16_of(text, s.start), "{text:?} {s:?}");
                assert_eq!(j.end, u16_of(text, s.end), "{text:?} {s:?}");
            }
            let units: Vec<usize> = js.iter().flat_map(|j| [j.start, j.end]).collect();
            let back = utf16_to_byte_offsets(text, &units).unwrap();
            let want: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
            assert_eq!(back, want, "{text:?}");
        }
    }

    #[test]
    fn bad_js_offsets_are_errors() {
        let text = "a👋b";
        assert!(utf16_to_byte_offsets(text, &[2]).is_err());
        assert!(utf16_to_byte_offsets(text, &[5]).is_err());
        assert_eq!(
            utf16_to_byte_offsets(text, &[4, 0, 3, 1]).unwrap(),
            [6, 0, 5, 1]
        );
    }

    #[test]
    fn off_boundary_and_past_end_bytes_are_clamped() {
        let text = "é👋";
        let js = spans_to_utf16(text, &[Span { start: 1, end: 99 }]);
        assert_eq!(js, [Span { start: 1, end: 3 }]);
    }
}
