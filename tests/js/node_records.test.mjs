// The client-record table through the JS API in Node (initSync on bytes):
// validateClient, validateHousehold, anonymizeClient, anonymizeHousehold,
// and the request texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModule, table } from './support.mjs';

const cg = await loadModule();
const uniq = (xs) => [...new Set(xs)].sort();
const NEEDS_A_PERSON = ['text_contains_pii', 'too_long'];

function options(c, withMode) {
  const o = { ...(c.options ?? {}), asOf: c.asOf };
  if (withMode) o.mode = c.mode;
  return o;
}

for (const c of table('record_cases.json')) {
  const op = c.op ?? 'validate';
  test(`${op}: ${c.name}`, () => {
    if (op === 'validate' || op === 'validateHousehold') {
      const v = op === 'validate'
        ? cg.validateClient(c.record, options(c, true))
        : cg.validateHousehold(c.household, options(c, true));
      assert.deepEqual(uniq(v.issues.map((i) => i.code)), c.expectCodes, JSON.stringify(v.issues));
      if ('expectOk' in c) assert.equal(v.ok, c.expectOk);
      for (const i of v.issues) {
        assert.ok(['error', 'warning'].includes(i.severity));
        assert.equal(typeof i.message, 'string');
        assert.equal(typeof i.field, 'string');
      }
    } else if (op === 'anonymize') {
      const o = options(c, false);
      const a = cg.anonymizeClient(c.record, o);
      for (const [k, v] of Object.entries(c.expectRecord)) {
        assert.deepEqual(a.record[k] ?? null, v, k);
      }
      assert.deepEqual(a.changes.map((x) => x.field).sort(), [...c.expectChangedFields].sort());
      assert.deepEqual(uniq(a.issues.map((i) => i.code)), c.expectIssueCodes);
      assert.deepEqual(cg.anonymizeClient(a.record, o).changes, []);
      const v = cg.validateClient(a.record, { ...o, mode: 'anonymous' });
      const errors = v.issues.filter((i) => i.severity === 'error' && !NEEDS_A_PERSON.includes(i.code));
      assert.deepEqual(errors, []);
    } else {
      const o = options(c, false);
      const a = cg.anonymizeHousehold(c.household, o);
      assert.deepEqual(a.removed, c.expectRemoved);
      assert.equal(a.headOfHousehold ?? null, c.expectHead);
      assert.deepEqual(uniq(a.issues.map((i) => i.code)), c.expectIssueCodes);
      assert.equal(a.household.members.length, c.expectMemberCount);
      assert.deepEqual(cg.anonymizeHousehold(a.household, o).changes, []);
    }
  });
}

test('validateClient: fixes applied make the record clean', () => {
  const record = { firstName: 'Maria', lastName: 'Lopez', middleName: 'Q', nameDataQuality: 1, ssn: '524681357', ssnDataQuality: 1, dob: '1990-06-15', dobDataQuality: 1, phone: '509-555-0100' };
  const opts = { mode: 'anonymous', asOf: '2026-11-28' };
  const v = cg.validateClient(record, opts);
  assert.equal(v.ok, false);
  const fixed = { ...record };
  for (const i of v.issues) if ('fix' in i) fixed[i.field] = i.fix;
  assert.deepEqual(cg.validateClient(fixed, opts), { ok: true, issues: [] });
});

test('unknown fields survive, undefined and null mean absent', () => {
  const r = { firstName: 'Anonymous', nickname: 'JJ', custom: { a: [1, 2.5, 'x', true] }, middleName: undefined, ssn: null };
  const a = cg.anonymizeClient(r, { asOf: '2026-11-28' });
  assert.equal(a.record.nickname, 'JJ');
  assert.deepEqual(a.record.custom, r.custom);
  assert.equal(typeof a.record.personalId, 'undefined');
});

test('results keep their shape: fields in declaration order, absent ones present as undefined', () => {
  const a = cg.anonymizeClient({ firstName: 'Anonymous', zz: [null, 1], aa: { y: 1, x: null } }, { asOf: '2026-11-28' });
  const keys = Object.keys(a.record);
  assert.deepEqual(keys.slice(0, 4), ['personalId', 'firstName', 'middleName', 'lastName']);
  assert.deepEqual(keys.slice(-3), ['texts', 'aa', 'zz']);
  assert.ok('personalId' in a.record && a.record.personalId === undefined);
  assert.ok(0 in a.record.zz && a.record.zz[0] === undefined && a.record.zz[1] === 1);
  assert.deepEqual(Object.keys(a.record.aa), ['x', 'y']);
  assert.ok('x' in a.record.aa && a.record.aa.x === undefined);
  const f = cg.scanText('SSN 123-45-6701')[0];
  assert.deepEqual(Object.keys(f), ['kind', 'start', 'end', 'text', 'confidence', 'severity', 'rule', 'reason', 'replacement']);
});

test('wrong argument types throw CmisGuardError invalid_argument naming the field', () => {
  const ok = { mode: 'anonymous', asOf: '2026-11-28' };
  const bad = [
    [() => cg.validateClient('x', ok), 'record'],
    [() => cg.validateClient(null, ok), 'record'],
    [() => cg.validateClient([], ok), 'record'],
    [() => cg.validateClient({ ssn: 524681357 }, ok), 'record.ssn'],
    [() => cg.validateClient({ nameDataQuality: '2' }, ok), 'record.nameDataQuality'],
    [() => cg.validateClient({}, undefined), 'options'],
    [() => cg.validateClient({}, { asOf: '2026-11-28' }), 'options.mode'],
    [() => cg.validateClient({}, { mode: 'anonymous', asOf: '2026-02-30' }), 'options.asOf'],
    [() => cg.validateClient({}, { ...ok, trueDob: 19900615 }), 'options.trueDob'],
    [() => cg.anonymizeClient({}, {}), 'options.asOf'],
    [() => cg.anonymizeHousehold({ members: 'x' }, ok), 'household'],
    [() => cg.deidentificationRequest({ clientId: 'Jane Doe' }), 'clientId'],
    [() => cg.mergeRequest('1', 2), 'idB'],
    [() => cg.trackingSheetCsv({}), 'rows'],
  ];
  for (const [f, field] of bad) {
    assert.throws(f, (e) => {
      assert.equal(e.name, 'CmisGuardError');
      assert.equal(e.code, 'invalid_argument');
      assert.ok(e.message.includes(field), `${e.message} should name ${field}`);
      assert.ok(!e.message.includes('524681357'));
      return true;
    });
  }
  assert.throws(() => cg.validateClient({}, { ...ok, policy: { anonymous: { nameDataQuality: 1 } } }), { code: 'invalid_policy' });
});

test('request texts use Client IDs only', () => {
  const t = cg.deidentificationRequest({ clientId: '82830', remove: ['82476'], removeReason: 'dv_perpetrator', notesEditable: true });
  assert.equal(t.summary, 'Please Make Clients Anonymous');
  assert.match(t.description, /Client 82830/);
  assert.match(t.description, /remove Client 82476 from the household, they are the DV perpetrator/);
  const m = cg.mergeRequest('82830', '90001');
  assert.match(m.description, /Client 82830 and Client 90001/);
  assert.match(m.description, /same person/);
  assert.equal(cg.trackingSheetCsv([{ name: 'Maria Lopez', clientId: '82830', date: '2026-11-28' }]),
    'Name,CMIS Client ID,Date Recorded\r\nMaria Lopez,82830,2026-11-28\r\n');
});

test('defaultPolicy has the anonymous template', () => {
  const p = cg.defaultPolicy();
  assert.equal(p.anonymous.name, 'Anonymous');
  assert.equal(p.anonymous.nameDataQuality, 2);
  assert.equal(p.anonymous.ssnDataQuality, 99);
  assert.ok(p.anonymous.mustBeEmpty.includes('ssn'));
  // The default policy passes back in unchanged.
  assert.equal(cg.validateClient({}, { mode: 'anonymous', asOf: '2026-11-28', policy: p }).ok, false);
});
