// The JS boundary under bad and hostile input: every export either returns a
// normal result or throws a CmisGuardError with a documented code; nothing
// traps. Also a 10 MB note through scanText and redactText.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModule } from './support.mjs';

const cg = await loadModule();
const AS_OF = '2026-11-28';

/** Call `fn`; it must return normally or throw a CmisGuardError, never a trap. */
function outcome(fn) {
  try {
    return { value: fn() };
  } catch (e) {
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `trapped: ${e}`);
    assert.equal(e.name, 'CmisGuardError', `unexpected error ${e}`);
    assert.match(e.code, /^[a-z_]+$/);
    assert.ok(e.message.length > 0);
    return { error: e };
  }
}

const WEIRD = [
  undefined, null, 0, -1, 1e308, NaN, true, '', ' ', '0', 'null', [], [1, 2], {}, { length: 3 },
  '\uD800', '\uDC00abc', 'a\u0000b', '\uFEFF', 'x'.repeat(5000), Symbol.for('s'), 10n,
  () => 1, new Date(0), { firstName: 42 }, { dob: '2023-02-30' }, { members: 'x' },
];

test('every export survives every odd argument', () => {
  const calls = {
    anonymizedDob: (a) => cg.anonymizedDob(a, AS_OF),
    anonymizedDobAsOf: (a) => cg.anonymizedDob('1990-06-15', a),
    anonymizedDobPolicy: (a) => cg.anonymizedDob('1990-06-15', AS_OF, a),
    scanText: (a) => cg.scanText(a),
    scanTextOptions: (a) => cg.scanText('call 509-555-0134', a),
    redactText: (a) => cg.redactText(a),
    redactTextOptions: (a) => cg.redactText('call 509-555-0134', a),
    validateClient: (a) => cg.validateClient(a, { mode: 'anonymous', asOf: AS_OF }),
    validateClientOptions: (a) => cg.validateClient({ firstName: 'Anonymous' }, a),
    validateHousehold: (a) => cg.validateHousehold(a, { mode: 'identified', asOf: AS_OF }),
    anonymizeClient: (a) => cg.anonymizeClient(a, { asOf: AS_OF }),
    anonymizeClientOptions: (a) => cg.anonymizeClient({ firstName: 'Maria' }, a),
    anonymizeHousehold: (a) => cg.anonymizeHousehold(a, { asOf: AS_OF }),
    deidentificationRequest: (a) => cg.deidentificationRequest(a),
    mergeRequest: (a) => cg.mergeRequest(a, '82830'),
    trackingSheetCsv: (a) => cg.trackingSheetCsv(a),
  };
  let errors = 0;
  let values = 0;
  for (const [name, call] of Object.entries(calls)) {
    for (const arg of WEIRD) {
      const r = outcome(() => call(arg));
      if (r.error) errors++;
      else values++;
      assert.ok(r.error || r.value !== undefined || name === 'never', `${name}(${String(typeof arg)})`);
    }
  }
  assert.ok(errors > 0 && values > 0);
  // The module still works after all of that.
  assert.equal(cg.anonymizedDob('1990-06-15', AS_OF).dob, '1991-01-01');
});

test('wrong types name the argument and do not echo the value', () => {
  const cases = [
    [() => cg.scanText(5090000000), 'text'],
    [() => cg.scanText('x', 'strict'), 'options'],
    [() => cg.scanText('x', { minConfidence: 'high' }), 'minConfidence'],
    [() => cg.scanText('x', { allow: 'Maria' }), 'allow'],
    [() => cg.scanText('x', { bogus: 1 }), 'bogus'],
    [() => cg.validateClient({ ssn: 123456789 }, { mode: 'anonymous', asOf: AS_OF }), 'ssn'],
    [() => cg.validateClient({}, { mode: 'secret', asOf: AS_OF }), 'mode'],
    [() => cg.validateClient({}, { mode: 'anonymous', asOf: '11/28/2026' }), 'asOf'],
    [() => cg.anonymizeClient({ nameDataQuality: '2' }, { asOf: AS_OF }), 'nameDataQuality'],
  ];
  for (const [call, what] of cases) {
    const { error } = outcome(call);
    assert.ok(error, `expected an error naming ${what}`);
    assert.equal(error.code, 'invalid_argument', error.message);
    assert.ok(error.message.includes(what), error.message);
    assert.ok(!error.message.includes('5090000000') && !error.message.includes('123456789'), error.message);
  }
});

test('codes outside the HMIS lists are issues, not crashes', () => {
  const v = cg.validateClient({ nameDataQuality: 7, ssnDataQuality: 100, dobDataQuality: -1 }, { mode: 'identified', asOf: AS_OF });
  assert.equal(v.ok, false);
  assert.ok(v.issues.some((i) => i.code === 'code_invalid'), JSON.stringify(v.issues.map((i) => i.code)));
});

test('unknown record fields survive anonymization', () => {
  const r = cg.anonymizeClient({ firstName: 'Maria', vendorField: { a: [1, 'x'] }, enrollmentId: 'E-9' }, { asOf: AS_OF });
  assert.deepEqual(r.record.vendorField, { a: [1, 'x'] });
  assert.equal(r.record.enrollmentId, 'E-9');
});

test('lone surrogates: offsets still slice the original string', () => {
  const texts = [
    '\uD800 call 509-555-0134 now',
    'SSN 536-22-1847 \uDC00\uDC00 and Maria Lopez',
    '\uD83D\uDE00\uD800 DOB 03/14/1988, phone 509.555.0134',
  ];
  for (const text of texts) {
    const found = cg.scanText(text);
    assert.ok(found.length > 0, text);
    for (const f of found) {
      // A lone surrogate becomes U+FFFD inside the module: same UTF-16 length,
      // so offsets line up; the finding text itself never contains one here.
      assert.equal(text.slice(f.start, f.end), f.text);
    }
    const r = cg.redactText(text);
    assert.ok(!/509|1847/.test(r.text), r.text);
  }
});

test('a 10 MB note scans and redacts without error', () => {
  const para = 'Met with client at the HRC on 11/14/2026; she asked about the voucher. ' +
    'Call her at 509-555-0134 or email tina.rae99@gmail.com. Room 12, route 25, $1,240 due. ';
  const text = para.repeat(Math.ceil(10_000_000 / para.length));
  assert.ok(text.length >= 10_000_000);
  const t0 = performance.now();
  const found = cg.scanText(text);
  const ms = performance.now() - t0;
  const copies = Math.ceil(10_000_000 / para.length);
  assert.equal(found.filter((f) => f.kind === 'PHONE').length, copies);
  assert.equal(found.filter((f) => f.kind === 'EMAIL').length, copies);
  const last = found[found.length - 1];
  assert.equal(text.slice(last.start, last.end), last.text);
  const r = cg.redactText(text);
  assert.ok(!r.text.includes('509-555-0134'));
  console.log(`# 10 MB note: ${found.length} findings, scan ${ms.toFixed(0)} ms`);
});
