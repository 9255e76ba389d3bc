//! Redaction: each finding replaced by its replacement token (`[SSN]`).
//!
//! Replacement tokens are never flagged by [`crate::scan`], so redacting the
//! output of [`redact`] again changes nothing.

use serde::Serialize;

use crate::pii::{scan, Finding, Kind, ScanOptions, Span};

/// One replacement made by [`redact`].
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Redaction {
    /// What was replaced.
    pub kind: Kind,
    /// Where it was, in bytes of the input text.
    pub original: Span,
    /// Where the replacement is, in bytes of the output text.
    pub replaced: Span,
    /// The stable id of the rule that found it.
    pub rule: &'static str,
}

/// The redacted text and what was replaced.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Redacted {
    /// The text with every finding replaced.
    pub text: String,
    /// The replacements, in order.
    pub redactions: Vec<Redaction>,
}

/// Scan `text` and replace every finding with its replacement token.
///
/// ```
/// use cmis_guard::{redact, ScanOptions};
///
/// let r = redact("SSN 123-45-6701, cell 509-555-0142", &ScanOptions::default());
/// assert_eq!(r.text, "SSN [SSN], cell [PHONE]");
/// assert_eq!(redact(&r.text, &ScanOptions::default()).text, r.text);
/// ```
pub fn redact(text: &str, options: &ScanOptions) -> Redacted {
    apply(text, &scan(text, options))
}

/// Replace the given findings (sorted, non-overlapping, as [`scan`] returns
/// them) in `text`; findings that do not fit are skipped.
pub(crate) fn apply(text: &str, findings: &[Finding]) -> Redacted {
    let mut out = String::with_capacity(text.len());
    let mut redactions = Vec::with_capacity(findings.len());
    let mut pos = 0;
    for f in findings {
        let (s, e) = (f.span.start, f.span.end);
        let (Some(before), true) = (text.get(pos..s), text.is_char_boundary(e) && e <= text.len() && s <= e) else {
            continue;
        };
        out.push_str(before);
        let rs = out.len();
        out.push_str(&f.replacement);
        redactions.push(Redaction {
            kind: f.kind,
            original: f.span,
            replaced: Span { start: rs, end: out.len() },
            rule: f.rule,
        });
        pos = e;
    }
    out.push_str(text.get(pos..).unwrap_or(""));
    Redacted { text: out, redactions }
}
