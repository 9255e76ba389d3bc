// The pure parts of www/cmis-guard.js (spans, redaction with caret,
// scheduling, config) and the scanText/redactText contract in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModule } from './support.mjs';
import {
  segments, replaceSpan, usableFindings, overallState, createScheduler, parseConfig, allowKey,
} from '../../www/cmis-guard.js';

const cg = await loadModule();

const EMOJI_NOTE = '👋🏽 Zoë (née Lopez) said hi.\r\nCall 509-555-0142 👍\r\n\r\nSSN 123-45-6701 é — email maria.lopez@example.org';

test('scanText: spans are UTF-16 code units: text.slice(start, end) === finding.text', () => {
  const found = cg.scanText(EMOJI_NOTE);
  assert.ok(found.length >= 3, JSON.stringify(found));
  for (const f of found) {
    assert.equal(EMOJI_NOTE.slice(f.start, f.end), f.text, f.kind);
    assert.ok(['block', 'warn', 'info'].includes(f.severity));
    for (const k of ['kind', 'rule', 'reason', 'replacement']) assert.equal(typeof f[k], 'string', k);
  }
  for (const k of ['PHONE', 'SSN', 'EMAIL']) assert.ok(found.some((f) => f.kind === k), k);
  assert.deepEqual(usableFindings(EMOJI_NOTE, found), found, 'already sorted, in bounds, non-overlapping');
});

test('scanText: options (allow, minConfidence) and wrong arguments', () => {
  const text = 'Talked with Maria Lopez, SSN 123-45-6701.';
  const all = cg.scanText(text);
  assert.ok(all.some((f) => f.kind === 'NAME'));
  const allowed = cg.scanText(text, { allow: ['Maria Lopez'] });
  assert.ok(!allowed.some((f) => f.text === 'Maria Lopez'));
  assert.throws(() => cg.scanText(42), { name: 'CmisGuardError', code: 'invalid_argument' });
  assert.throws(() => cg.scanText(text, 'x'), { name: 'CmisGuardError', code: 'invalid_argument' });
  assert.throws(() => cg.scanText(text, { minConfidence: 2 }), { name: 'CmisGuardError', code: 'invalid_argument' });
});

test('redactText: spans in UTF-16 of input and output; redacting twice changes nothing', () => {
  const r = cg.redactText(EMOJI_NOTE);
  assert.ok(r.redactions.length >= 3);
  for (const x of r.redactions) {
    assert.equal(r.text.slice(x.replaced.start, x.replaced.end), `[${x.kind}]`);
    assert.ok(x.original.end <= EMOJI_NOTE.length);
  }
  assert.ok(r.text.includes('\r\n'), 'CRLF kept');
  assert.ok(r.text.startsWith('👋🏽'));
  assert.equal(cg.redactText(r.text).text, r.text);
});

test('the test trap export traps (a WebAssembly.RuntimeError)', () => {
  assert.throws(() => cg.__cmisGuardTestTrap(), WebAssembly.RuntimeError);
});

test('segments: pieces concatenate back to the text, findings in place', () => {
  const found = cg.scanText(EMOJI_NOTE);
  const parts = segments(EMOJI_NOTE, found);
  assert.equal(parts.map((p) => p.text).join(''), EMOJI_NOTE);
  assert.deepEqual(parts.filter((p) => p.finding).map((p) => p.text), found.map((f) => f.text));
  assert.deepEqual(segments('', []), [{ text: '', finding: null }]);
});

test('usableFindings: drops stale, out-of-bounds, overlapping and allowed findings', () => {
  const text = 'call 509-555-0142 now';
  const f = { kind: 'PHONE', start: 5, end: 17, text: '509-555-0142', severity: 'block' };
  assert.deepEqual(usableFindings(text, [f]), [f]);
  assert.deepEqual(usableFindings('call 509-555-0143 now', [f]), [], 'text changed under the span');
  assert.deepEqual(usableFindings('call', [f]), [], 'out of bounds');
  assert.deepEqual(usableFindings(text, [f, { ...f, start: 6, end: 10, text: '09-5' }]), [f], 'overlap');
  assert.deepEqual(usableFindings(text, [f], new Set([allowKey(f)])), [], 'allowed');
  assert.deepEqual(usableFindings(text, [{ ...f, start: 5.5 }]), []);
});

test('overallState: clean, warnings, must-fix', () => {
  assert.equal(overallState([]), 'clean');
  assert.equal(overallState([{ severity: 'warn' }, { severity: 'info' }]), 'warnings');
  assert.equal(overallState([{ severity: 'warn' }, { severity: 'block' }]), 'must-fix');
});

test('replaceSpan: the caret before, inside and after the span', () => {
  const t = 'SSN 123-45-6701 ok';
  const [s, e] = [4, 15];
  assert.deepEqual(replaceSpan(t, s, e, '[SSN]', 2), { text: 'SSN [SSN] ok', selectionStart: 2, selectionEnd: 2 });
  assert.deepEqual(replaceSpan(t, s, e, '[SSN]', t.length), { text: 'SSN [SSN] ok', selectionStart: 12, selectionEnd: 12 });
  assert.deepEqual(replaceSpan(t, s, e, '[SSN]', 8, 10), { text: 'SSN [SSN] ok', selectionStart: 4, selectionEnd: 9 });
  // UTF-16: an emoji before the span counts two units.
  const u = '👋 123-45-6701';
  assert.equal(replaceSpan(u, 3, 14, '[SSN]').text, '👋 [SSN]');
});

function fakeClock() {
  let t = 0;
  const timers = new Map();
  let id = 0;
  return {
    now: () => t,
    setTimer: (fn, ms) => {
      timers.set(++id, { fn, at: t + ms });
      return id;
    },
    clearTimer: (i) => timers.delete(i),
    advance(ms) {
      const end = t + ms;
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > end) break;
        timers.delete(next[0]);
        t = next[1].at;
        next[1].fn();
      }
      t = end;
    },
  };
}

test('createScheduler: a burst of keystrokes costs one run', () => {
  const clock = fakeClock();
  let runs = 0;
  const s = createScheduler(() => runs++, clock);
  for (let i = 0; i < 20; i++) s.schedule();
  clock.advance(0);
  assert.equal(runs, 1);
  s.schedule();
  clock.advance(1);
  assert.equal(runs, 2);
});

test('createScheduler: once runs are slow, it waits for a pause, but not forever', () => {
  const clock = fakeClock();
  let runs = 0;
  const s = createScheduler(() => {
    runs++;
    clock.advance(30); // a 30 ms scan (a very long note)
  }, { ...clock, maxWaitMs: 500 });
  s.schedule();
  clock.advance(0);
  assert.equal(runs, 1);
  assert.equal(s.lastCost, 30);
  // One slow run is not enough (it may have been a garbage collection)...
  s.schedule();
  clock.advance(0);
  assert.equal(runs, 2);
  // ... two are: typing every 50 ms, the run waits for a pause of 90 ms...
  for (let i = 0; i < 5; i++) {
    s.schedule();
    clock.advance(50);
  }
  assert.equal(runs, 2);
  clock.advance(100);
  assert.equal(runs, 3);
  // ... but under steady typing it still runs within maxWaitMs of the first key.
  for (let i = 0; i < 20; i++) {
    s.schedule();
    clock.advance(50);
  }
  assert.ok(runs >= 4, `runs ${runs}`);
  s.schedule();
  s.flush();
  assert.equal(s.pending, false);
});

test('parseConfig: JSON, #id of a JSON script, errors', () => {
  assert.deepEqual(parseConfig('{"submit":"warn"}'), { submit: 'warn' });
  assert.deepEqual(parseConfig(''), {});
  const doc = { querySelector: (s) => (s === '#cfg' ? { textContent: '{"form":"#f"}' } : null) };
  assert.deepEqual(parseConfig('#cfg', doc), { form: '#f' });
  for (const bad of ['[1]', 'nope', '#missing', 'null']) {
    assert.throws(() => parseConfig(bad, doc), { name: 'CmisGuardError', code: 'invalid_config' });
  }
});

test('pages: a strict CSP, the same in the page and the server header; no inline handlers or styles', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { ROOT } = await import('./support.mjs');
  const { CSP } = await import('../../.ci/serve.mjs');
  const html = readFileSync(join(ROOT, 'www', 'index.html'), 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
  assert.ok(meta, 'the page carries its CSP');
  for (const csp of [meta, CSP]) {
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(csp, /connect-src 'self'/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  }
  const markup = html.replace(/<script type="application\/json"[^>]*>[^]*?<\/script>/g, '');
  assert.doesNotMatch(markup, /\son[a-z]+\s*=/i, 'no inline event handlers');
  assert.doesNotMatch(markup, /\sstyle\s*=|<style/i, 'no inline styles');
  assert.doesNotMatch(markup, /<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>/i, 'no inline scripts');
  const js = readFileSync(join(ROOT, 'www', 'cmis-guard.js'), 'utf8');
  assert.doesNotMatch(js, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|console\./, 'no HTML sinks, eval or console in cmis-guard.js');
});
