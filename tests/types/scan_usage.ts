// A typed use of the PII scanner API, compiled by `tsc --noEmit` (the `types`
// layer) against the declarations in www/pkg/.
import init, { redactText, scanText } from '../../www/pkg/cmis_guard.js';
import type { Finding, FindingKind, RedactedText, ScanOptions } from '../../www/pkg/cmis_guard.js';

export async function scanDemo(note: string): Promise<string> {
  await init();
  const options: ScanOptions = { allow: ['Hope House'], known: { names: 'Maria Lopez' }, minConfidence: 0.6 };
  const found: Finding[] = scanText(note, options);
  const kinds: FindingKind[] = found.filter((f) => f.severity === 'block').map((f) => f.kind);
  const slices = found.map((f) => note.slice(f.start, f.end) === f.text);
  const r: RedactedText = redactText(note);
  return `${kinds.join(',')} ${slices.every(Boolean)} ${r.redactions.map((x) => x.replaced.start).join(',')} ${scanText(note).length}`;
}
