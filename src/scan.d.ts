// Types of the PII scanner API (scanText, redactText). Offsets are UTF-16
// code units: `text.slice(f.start, f.end) === f.text`.

/** What kind of PII a finding is. */
export type FindingKind = 'NAME' | 'SSN' | 'DOB' | 'AGE' | 'ADDRESS' | 'PHONE' | 'EMAIL' | 'HEALTH' | 'ID' | 'URL' | 'OTHER';
/** How strongly a page should react: block (must be removed), warn (check), info (shown quietly). */
export type FindingSeverity = 'block' | 'warn' | 'info';

/** One piece of PII found in a text. */
export interface Finding {
  kind: FindingKind;
  /** First UTF-16 code unit. */
  start: number;
  /** One past the last UTF-16 code unit. */
  end: number;
  text: string;
  /** 0 to 1, two decimals. */
  confidence: number;
  severity: FindingSeverity;
  /** Stable id of the rule (`ssn.digits`, `phone.nanp`, ...). */
  rule: string;
  /** Why, in words a case worker understands. */
  reason: string;
  /** What a redaction puts in its place (`[SSN]`). */
  replacement: string;
}

/** Identifiers of this client from the form: found wherever a note repeats them. */
export interface KnownIdentifiers {
  names?: string | string[];
  dob?: string | string[];
  ssn?: string | string[];
  phones?: string | string[];
  addresses?: string | string[];
  emails?: string | string[];
  ids?: string | string[];
}

/** What to look for and what to leave alone. */
export interface ScanOptions {
  /** Terms never flagged (staff and program names). */
  allow?: string[];
  /** Terms always flagged; `KIND:term` sets the kind. */
  deny?: string[];
  known?: KnownIdentifiers;
  /** Findings below this confidence are dropped (default 0.5). */
  minConfidence?: number;
  /** The year ages and birth years are judged against. */
  asOfYear?: number;
}

/** A span in UTF-16 code units. */
export interface Utf16Span { start: number; end: number }

/** One replacement made by redactText. */
export interface RedactionMade {
  kind: FindingKind;
  rule: string;
  /** Where it was in the input. */
  original: Utf16Span;
  /** Where its token is in the output. */
  replaced: Utf16Span;
}

/** The redacted text and what was replaced. */
export interface RedactedText { text: string; redactions: RedactionMade[] }
