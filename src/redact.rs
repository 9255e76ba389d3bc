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
/// Redaction can remove the context that kept a neighbour from being flagged
/// ("met at gmail dot com 1988-03-14": the "at" made the date a service
/// date). So the output is scanned again and anything new is redacted too,
/// until nothing is left (a few rounds at most): redacting the output again
/// changes nothing.
///
/// ```
/// use cmis_guard::{redact, ScanOptions};
///
/// let r = redact("SSN 123-45-6701, cell 509-555-0142", &ScanOptions::default());
/// assert_eq!(r.text, "SSN [SSN], cell [PHONE]");
/// assert_eq!(redact(&r.text, &ScanOptions::default()).text, r.text);
/// ```
pub fn redact(text: &str, options: &ScanOptions) -> Redacted {
    let mut findings = scan(text, options);
    let mut r = apply(text, &findings);
    for _ in 0..4 {
        let more = scan(&r.text, options);
        if more.is_empty() {
            break;
        }
        for m in more {
            let Some(span) = map_back(&r.redactions, m.span) else {
                continue;
            };
            let Some(t) = text.get(span.start..span.end) else {
                continue;
            };
            findings.push(Finding {
                span,
                text: t.to_string(),
                ..m
            });
        }
        // By start, longest first; two stable passes (end, then start).
        crate::sort::sort_stable_by_key(&mut findings, |f| usize::MAX - f.span.end);
        crate::sort::sort_stable_by_key(&mut findings, |f| f.span.start);
        let mut kept: Vec<Finding> = Vec::with_capacity(findings.len());
        for f in findings {
            if kept.last().map_or(true, |l| l.span.end <= f.span.start) {
                kept.push(f);
            }
        }
        findings = kept;
        r = apply(text, &findings);
    }
    r
}

/// Map a span of redacted output that touches no replacement back to the input.
fn map_back(redactions: &[Redaction], span: Span) -> Option<Span> {
    let k = redactions.partition_point(|r| r.replaced.end <= span.start);
    if redactions
        .get(k)
        .is_some_and(|r| r.replaced.start < span.end)
    {
        return None;
    }
    let shift = |p: usize| match k.checked_sub(1).and_then(|i| redactions.get(i)) {
        Some(r) => p - r.replaced.end + r.original.end,
        None => p,
    };
    Some(Span {
        start: shift(span.start),
        end: shift(span.end),
    })
}

/// Replace the given findings (sorted, non-overlapping, as [`scan`] returns
/// them) in `text`; findings that do not fit are skipped.
pub(crate) fn apply(text: &str, findings: &[Finding]) -> Redacted {
    let mut out = String::with_capacity(text.len());
    let mut redactions = Vec::with_capacity(findings.len());
    let mut pos = 0;
    for f in findings {
        let (s, e) = (f.span.start, f.span.end);
        let (Some(before), true) = (
            text.get(pos..s),
            text.is_char_boundary(e) && e <= text.len() && s <= e,
        ) else {
            continue;
        };
        out.push_str(before);
        let rs = out.len();
        out.push_str(&f.replacement);
        redactions.push(Redaction {
            kind: f.kind,
            original: f.span,
            replaced: Span {
                start: rs,
                end: out.len(),
            },
            rule: f.rule,
        });
        pos = e;
    }
    out.push_str(text.get(pos..).unwrap_or(""));
    Redacted {
        text: out,
        redactions,
    }
}
