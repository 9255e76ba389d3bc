// The shared PII case table (tests/data/pii_cases.json, also run by
// tests/pii_cases.rs) through the JS API: the same findings by kind and text,
// and UTF-16 spans that slice back to each finding's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModule, table } from './support.mjs';

const cg = await loadModule();
const cases = table('pii_cases.json');

test('pii case table: scanText finds what the Rust core finds, with UTF-16 spans', () => {
  assert.ok(cases.length >= 120);
  const failures = [];
  for (const c of cases) {
    const found = cg.scanText(c.text, c.options);
    const got = found.map((f) => [f.kind, f.text]);
    const want = c.expect.map((e) => [e.kind, e.text]);
    if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${c.name}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
    for (const f of found) {
      if (c.text.slice(f.start, f.end) !== f.text) failures.push(`${c.name}: span ${f.start}..${f.end} does not slice to ${JSON.stringify(f.text)}`);
    }
    // Redacting replaces at least the findings (it repeats until nothing is
    // left to find); redacting again changes nothing.
    const r = cg.redactText(c.text, c.options);
    if (r.redactions.length < found.length) failures.push(`${c.name}: ${r.redactions.length} redactions for ${found.length} findings`);
    for (const x of r.redactions) {
      if (r.text.slice(x.replaced.start, x.replaced.end) !== `[${x.kind}]` && !r.text.slice(x.replaced.start, x.replaced.end).startsWith('[')) {
        failures.push(`${c.name}: redaction span ${x.replaced.start}..${x.replaced.end} is not a token`);
      }
    }
    if (cg.redactText(r.text, c.options).text !== r.text) failures.push(`${c.name}: redaction is not idempotent`);
  }
  assert.deepEqual(failures, []);
});

test('pii case table: the same texts with an emoji and CRLF around them keep their spans', () => {
  for (const c of cases.filter((x) => x.expect.length > 0).slice(0, 60)) {
    const text = `👋🏽 é\r\n${c.text}\r\n👍`;
    for (const f of cg.scanText(text, c.options)) assert.equal(text.slice(f.start, f.end), f.text, c.name);
  }
});
