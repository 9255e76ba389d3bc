// The anonymized-DOB table through the JS API in Node (initSync on bytes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModule, table } from './support.mjs';

const cg = await loadModule();

for (const c of table('dob_cases.json')) {
  test(`anonymizedDob: ${c.name}`, () => {
    if (c.expect) {
      const r = cg.anonymizedDob(c.dob, c.asOf, c.policy);
      for (const [k, v] of Object.entries(c.expect)) assert.deepEqual(r[k], v, k);
      assert.equal(r.dobDataQuality, 2);
      assert.ok(Array.isArray(r.notes) && r.notes.length > 0);
    } else {
      assert.throws(() => cg.anonymizedDob(c.dob, c.asOf, c.policy), (e) => {
        assert.equal(e.name, 'CmisGuardError');
        assert.equal(e.code, c.error.code);
        assert.equal(e.field, c.error.field);
        return true;
      });
    }
  });
}

test('anonymizedDob: wrong argument types throw invalid_argument', () => {
  for (const args of [[19880314, '2026-11-28'], [null, '2026-11-28'], ['1988-03-14'], ['1988-03-14', '2026-11-28', 'x']]) {
    assert.throws(() => cg.anonymizedDob(...args), { name: 'CmisGuardError', code: 'invalid_argument' });
  }
});

test('defaultPolicy has the seed thresholds', () => {
  assert.deepEqual(cg.defaultPolicy().dob, { keepTrueYearAtOrBelow: 24, keepTrueYearAtOrAbove: 61, earliestBirthYear: 1900 });
});
