// The demo page's live warnings in headless Chromium: highlights and list
// entries while typing, Redact, Not PII, submit blocking, trap recovery,
// offline after first load, and the privacy guarantees (no requests beyond the
// page's own files, no storage, no console output, user text never as HTML).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, entries, waitForKinds, waitForSomeKinds, marks } from './support.mjs';
import { startServer } from '../../.ci/serve.mjs';

let server, url, browser;
before(async () => {
  ({ server, url } = await startServer({ port: 0 }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

// The page's own static files: nothing else may be requested.
const OWN = ['', 'style.css', 'cmis-guard.js', 'app.js', 'pkg/cmis_guard.js', 'pkg/cmis_guard_bg.wasm'];
function foreignRequests(requests) {
  return requests.filter((r) => {
    const u = new URL(r);
    return !(r.startsWith(url) && OWN.includes(u.pathname.slice(1)));
  });
}

async function open() {
  const o = await openPage(browser.context, url);
  o.console = [];
  o.page.on('console', (m) => o.console.push(m.text()));
  o.dialogs = [];
  o.page.on('dialog', (d) => {
    o.dialogs.push(d.message());
    d.dismiss();
  });
  return o;
}

const NOTE = 'Met Maria Lopez at the shelter. SSN 123-45-6701, cell 509-555-0142.';

test('page: typing a name, an SSN and a phone number highlights each and lists it', async () => {
  const { page, requests, errors, console: logs } = await open();
  await page.click('#note');
  await page.keyboard.type(NOTE);
  await waitForKinds(page, '#note', ['NAME', 'SSN', 'PHONE']);
  assert.deepEqual((await entries(page, '#note')).map((e) => e.text), ['Maria Lopez', '123-45-6701', '509-555-0142']);
  assert.deepEqual((await marks(page, '#note')).map((m) => m.text), ['Maria Lopez', '123-45-6701', '509-555-0142']);
  const ui = page.locator('#note + cmis-guard-ui');
  assert.equal(await ui.locator('.badge').textContent(), '3');
  assert.match(await ui.locator('.panel').getAttribute('class'), /state-must-fix/);
  // Screen readers: the field is described by the live summary.
  const described = await page.getAttribute('#note', 'aria-describedby');
  const summary = await page.textContent(`#${described}`);
  assert.match(summary, /3 items of possible personal information, 3 must be removed/);
  assert.match(summary, /Name, SSN, Phone/);
  assert.equal(await ui.locator('[role=status][aria-live=polite]').count(), 1);

  assert.deepEqual(foreignRequests(requests), []);
  assert.deepEqual(errors, []);
  assert.deepEqual(logs, [], 'nothing is written to the console');
  // Nothing of the note is stored anywhere.
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: 'caches' in self ? (await caches.keys()).length : 0,
    cookie: document.cookie,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, idb: 0, caches: 0, cookie: '' });
  await page.close();
});

test('page: a clean note says so; the state goes clean -> must fix -> clean', async () => {
  const { page } = await open();
  await page.fill('#note', 'Client came in for a shower and lunch.');
  await page.waitForFunction(() => document.querySelector('#note + cmis-guard-ui').shadowRoot.querySelector('.panel').classList.contains('state-clean'));
  assert.equal(await page.locator('#note + cmis-guard-ui .badge').textContent(), '0');
  await page.fill('#note', 'Her SSN is 123-45-6701.');
  await waitForKinds(page, '#note', ['SSN']);
  await page.fill('#note', 'Her SSN is on file.');
  await waitForKinds(page, '#note', []);
  await page.close();
});

test('page: with emoji and line breaks, spans match and marks sit on the right characters', async () => {
  const { page } = await open();
  const text = '👋🏽 Zoë said hi.\r\nCall 509-555-0142 👍\n\nSSN 123-45-6701 é\n' + 'filler line\n'.repeat(12) + 'email maria.lopez@example.org';
  await page.fill('#note', text);
  await waitForSomeKinds(page, '#note', ['NAME', 'PHONE', 'SSN', 'EMAIL']);
  const check = await page.evaluate(() => {
    const field = document.querySelector('#note');
    const host = document.querySelector('#note + cmis-guard-ui');
    const overlay = host.shadowRoot.querySelector('.overlay');
    const value = field.value;
    const spans = [...host.shadowRoot.querySelectorAll('li[data-kind]')].map((li) => li.querySelector('.found').textContent);
    const cs = getComputedStyle(field);
    const os = getComputedStyle(overlay);
    const same = ['font-family', 'font-size', 'line-height', 'padding-top', 'padding-left', 'border-top-width', 'border-left-width', 'white-space', 'letter-spacing']
      .filter((p) => cs.getPropertyValue(p) !== os.getPropertyValue(p));
    const fr = field.getBoundingClientRect();
    const or = overlay.getBoundingClientRect();
    // Where the caret would go at each mark's first and last character: the
    // textarea itself answers (the overlay does not take pointer hits). Marks
    // are measured while in view: at the top, then scrolled to the bottom.
    const hits = new Map();
    const measure = () => {
      for (const m of overlay.querySelectorAll('mark')) {
        const rects = [...m.getClientRects()];
        const first = rects[0];
        const last = rects[rects.length - 1];
        if (first.top < fr.top || last.bottom > fr.bottom) continue;
        const a = document.caretPositionFromPoint(first.left + 2, first.top + first.height / 2);
        const b = document.caretPositionFromPoint(last.right - 2, last.top + last.height / 2);
        hits.set(m.textContent, { text: m.textContent, start: value.indexOf(m.textContent), a: a?.offset, b: b?.offset, node: a?.offsetNode === field });
      }
    };
    field.scrollTop = 0;
    field.dispatchEvent(new Event('scroll'));
    measure();
    field.scrollTop = field.scrollHeight;
    field.dispatchEvent(new Event('scroll'));
    measure();
    const marked = overlay.querySelectorAll('mark').length;
    return { value, spans, same, rect: [fr.x - or.x, fr.y - or.y, fr.width - or.width, fr.height - or.height], scroll: [field.scrollTop, overlay.scrollTop], hits: [...hits.values()], marked };
  });
  // CRLF becomes LF in a textarea's value; every finding's text is in it.
  for (const s of check.spans) assert.ok(check.value.includes(s), s);
  assert.deepEqual(check.same, [], 'overlay copies the font, padding, border, line height and wrapping');
  assert.deepEqual(check.rect.map((d) => Math.abs(Math.round(d))), [0, 0, 0, 0], 'overlay covers the field exactly');
  assert.equal(check.scroll[0], check.scroll[1], 'overlay follows the field scroll');
  assert.ok(check.scroll[0] > 0, 'the field did scroll');
  assert.equal(check.hits.length, check.marked, 'every mark was measured');
  for (const h of check.hits) {
    assert.ok(h.node, `${h.text}: the hit lands in the textarea`);
    assert.ok(Math.abs(h.a - h.start) <= 1, `${h.text}: mark starts at ${h.start}, caret there is ${h.a}`);
    assert.ok(Math.abs(h.b - (h.start + h.text.length)) <= 1, `${h.text}: mark ends at ${h.start + h.text.length}, caret there is ${h.b}`);
  }
  await page.close();
});

test('page: the highlight follows the field when it is resized and when the page scrolls', async () => {
  const { page } = await open();
  await page.fill('#note', 'Some words first, then her cell 509-555-0142, then more words to wrap around the line.');
  await waitForKinds(page, '#note', ['PHONE']);
  const aligned = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
    const field = document.querySelector('#note');
    const overlay = document.querySelector('#note + cmis-guard-ui').shadowRoot.querySelector('.overlay');
    const fr = field.getBoundingClientRect();
    const or = overlay.getBoundingClientRect();
    const m = overlay.querySelector('mark').getClientRects()[0];
    const hit = document.caretPositionFromPoint(m.left + 2, m.top + m.height / 2);
    resolve({
      rect: [fr.left - or.left, fr.top - or.top, fr.width - or.width, fr.height - or.height].map((d) => Math.abs(Math.round(d))),
      hit: hit?.offsetNode === field ? hit.offset : null,
      start: field.value.indexOf('509'),
    });
  }))));
  let a = await aligned();
  assert.deepEqual(a.rect, [0, 0, 0, 0]);
  // Narrower: the text wraps differently; the overlay follows.
  await page.evaluate(() => { document.querySelector('#note').style.width = '260px'; });
  a = await aligned();
  assert.deepEqual(a.rect, [0, 0, 0, 0]);
  assert.ok(Math.abs(a.hit - a.start) <= 1, `mark at ${a.start}, caret there ${a.hit}`);
  // The page scrolls: field and overlay move together.
  await page.setViewportSize({ width: 700, height: 400 });
  await page.evaluate(() => window.scrollBy(0, 120));
  a = await aligned();
  assert.deepEqual(a.rect, [0, 0, 0, 0]);
  assert.ok(Math.abs(a.hit - a.start) <= 1);
  await page.close();
});

test('page: Redact replaces only that span and keeps the caret where the worker was typing', async () => {
  const { page } = await open();
  await page.click('#note');
  await page.keyboard.type(NOTE);
  await waitForKinds(page, '#note', ['NAME', 'SSN', 'PHONE']);
  // The caret in the middle of "shelter", after the name and before the SSN.
  const caret = NOTE.indexOf('shelter') + 3;
  await page.evaluate((c) => document.querySelector('#note').setSelectionRange(c, c), caret);
  await page.locator('#note + cmis-guard-ui li[data-kind=SSN] button[data-action=redact]').click();
  await waitForKinds(page, '#note', ['NAME', 'PHONE']);
  assert.equal(await page.inputValue('#note'), NOTE.replace('123-45-6701', '[SSN]'));
  let sel = await page.evaluate(() => [document.activeElement.id, document.querySelector('#note').selectionStart, document.querySelector('#note').selectionEnd]);
  assert.deepEqual(sel, ['note', caret, caret], 'caret before the span stays put, focus back in the note');
  // A span before the caret shifts the caret by the length change.
  await page.locator('#note + cmis-guard-ui li[data-kind=NAME] button[data-action=redact]').click();
  await waitForKinds(page, '#note', ['PHONE']);
  const after = NOTE.replace('123-45-6701', '[SSN]').replace('Maria Lopez', '[NAME]');
  assert.equal(await page.inputValue('#note'), after);
  sel = await page.evaluate(() => [document.querySelector('#note').selectionStart, document.querySelector('#note').selectionEnd]);
  const shift = '[NAME]'.length - 'Maria Lopez'.length;
  assert.deepEqual(sel, [caret + shift, caret + shift]);
  // Typing goes on at the caret.
  await page.keyboard.type('X');
  assert.equal(await page.inputValue('#note'), after.slice(0, caret + shift) + 'X' + after.slice(caret + shift));
  await page.close();
});

test('page: "Not PII" removes a finding and it stays gone while typing on, on the whole page', async () => {
  const { page } = await open();
  await page.click('#note');
  await page.keyboard.type('Talked with Maria Lopez about housing.');
  await waitForKinds(page, '#note', ['NAME']);
  await page.locator('#note + cmis-guard-ui li[data-kind=NAME] button[data-action=allow]').click();
  await waitForKinds(page, '#note', []);
  await page.keyboard.type(' Maria Lopez will call back. Her SSN 123-45-6701.');
  await waitForKinds(page, '#note', ['SSN']);
  // The same text in another field is not flagged either (page-wide, in memory).
  await page.click('#message');
  await page.keyboard.type('Ask Maria Lopez about the lease.');
  await page.waitForTimeout(150);
  assert.deepEqual(await entries(page, '#message'), []);
  // A reload forgets it: nothing was stored.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill('#note', 'Talked with Maria Lopez about housing.');
  await waitForKinds(page, '#note', ['NAME']);
  await page.close();
});

test('page: a contenteditable gets CSS highlights on the right text, and Redact works there', async () => {
  const { page } = await open();
  await page.click('#message');
  await page.keyboard.type('Hi 👋 call Maria Lopez at 509-555-0142');
  await page.keyboard.press('Enter');
  await page.keyboard.type('SSN 123-45-6701 thanks');
  await waitForSomeKinds(page, '#message', ['PHONE', 'SSN']);
  const highlighted = await page.evaluate(() => {
    const out = [];
    for (const name of ['cmis-guard-block', 'cmis-guard-warn', 'cmis-guard-info']) {
      for (const r of CSS.highlights.get(name) ?? []) if (document.querySelector('#message').contains(r.startContainer)) out.push(r.toString());
    }
    return out.sort();
  });
  const listed = (await entries(page, '#message')).map((e) => e.text).sort();
  assert.deepEqual(highlighted, listed);
  await page.locator('#message + cmis-guard-ui li[data-kind=SSN] button[data-action=redact]').click();
  await waitForSomeKinds(page, '#message', ['PHONE']);
  assert.match(await page.textContent('#message'), /SSN \[SSN\] thanks/);
  assert.ok(!(await entries(page, '#message')).some((e) => e.kind === 'SSN'));
  await page.close();
});

test('page: attach() from code works on a one-line input too, and detach() removes it', async () => {
  const { page } = await open();
  const r = await page.evaluate(async () => {
    const { attach } = await import('./cmis-guard.js');
    const input = document.createElement('input');
    input.id = 'extra';
    input.style.width = '12rem';
    document.querySelector('#note-helper').append(input);
    attach(input);
    return attach(input) === attach(input);
  });
  assert.equal(r, true, 'attach is idempotent');
  await page.fill('#extra', 'call 509-555-0142 and then a lot more text so the field scrolls sideways');
  await waitForKinds(page, '#extra', ['PHONE']);
  assert.deepEqual((await marks(page, '#extra')).map((m) => m.text), ['509-555-0142']);
  const scroll = await page.evaluate(() => {
    const f = document.querySelector('#extra');
    f.setSelectionRange(f.value.length, f.value.length);
    f.scrollLeft = 10000;
    f.dispatchEvent(new Event('scroll'));
    const o = document.querySelector('#extra + cmis-guard-ui').shadowRoot.querySelector('.overlay');
    return [f.scrollLeft > 0, f.scrollLeft === o.scrollLeft, getComputedStyle(o).whiteSpace];
  });
  assert.deepEqual(scroll, [true, true, 'pre']);
  const gone = await page.evaluate(async () => {
    const { detach } = await import('./cmis-guard.js');
    const f = document.querySelector('#extra');
    return [detach(f), document.querySelector('#extra + cmis-guard-ui'), f.getAttribute('aria-describedby')];
  });
  assert.deepEqual(gone, [true, null, null]);
  await page.close();
});

test('page: a field the page re-creates (as single-page apps do) is guarded again', async () => {
  const { page } = await open();
  await page.evaluate(() => {
    const old = document.querySelector('#note');
    const fresh = old.cloneNode();
    old.replaceWith(fresh);
  });
  await page.waitForFunction(() => document.querySelectorAll('cmis-guard-ui').length > 0
    && document.querySelector('#note + cmis-guard-ui') !== null
    && document.querySelectorAll('#note-helper cmis-guard-ui').length === 2);
  await page.fill('#note', 'SSN 123-45-6701');
  await waitForKinds(page, '#note', ['SSN']);
  await page.close();
});

test('page: a burst of keystrokes costs one scan', async () => {
  const { page } = await open();
  await page.fill('#note', 'start');
  await page.waitForTimeout(100);
  const scans = await page.evaluate(async () => {
    const field = document.querySelector('#note');
    let n = 0;
    field.addEventListener('cmis-guard:update', () => n++);
    for (const ch of 'SSN 123-45-6701') {
      field.value += ch;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, data: ch, inputType: 'insertText' }));
    }
    await new Promise((r) => setTimeout(r, 200));
    return n;
  });
  assert.equal(scans, 1);
  await waitForKinds(page, '#note', ['SSN']);
  await page.close();
});

test('page: in a long note, edits in the middle are rescanned around the edit, same result as a full scan', async () => {
  const { page } = await open();
  const filler = 'Client came in for lunch and a shower, asked about the waitlist. ';
  const long = filler.repeat(30) + 'Her cell is 509-555-0142. ' + filler.repeat(30) + 'SSN 123-45-6701 on the form. ' + filler.repeat(10);
  await page.fill('#note', long);
  await waitForKinds(page, '#note', ['PHONE', 'SSN']);
  const same = async () => page.evaluate(async () => {
    const guard = await import('./cmis-guard.js');
    const value = document.querySelector('#note').value;
    const full = guard.call('scanText', value, {}).map((f) => `${f.kind}@${f.start}:${f.text}`);
    const shown = [...document.querySelector('#note + cmis-guard-ui').shadowRoot.querySelectorAll('li[data-kind]')]
      .map((li) => li.dataset.kind + ':' + li.querySelector('.found').textContent);
    const marks = [...document.querySelector('#note + cmis-guard-ui').shadowRoot.querySelectorAll('.overlay mark')].map((m) => m.textContent);
    return { full, shown, marks };
  });
  // Type a name in the middle, then break the phone number, one key at a time.
  const at = long.indexOf('Client came in', 1000);
  await page.evaluate((c) => document.querySelector('#note').setSelectionRange(c, c), at);
  // While typing on a loaded machine the page may defer a rescan to the next
  // pause (by design): wait until it has caught up with the text, at most 5 s.
  const settled = async () => {
    let r;
    for (let k = 0; k < 50; k++) {
      r = await same();
      if (JSON.stringify(r.shown) === JSON.stringify(r.full.map((f) => f.replace(/@\d+/, '')))) break;
      await page.waitForTimeout(100);
    }
    return r;
  };
  await page.keyboard.type('Met Maria Lopez today. ');
  await waitForSomeKinds(page, '#note', ['NAME', 'PHONE', 'SSN']);
  let r = await settled();
  assert.deepEqual(r.shown, r.full.map((f) => f.replace(/@\d+/, '')));
  assert.deepEqual(r.marks, r.full.map((f) => f.split(':').slice(1).join(':')));
  const phone = (await page.inputValue('#note')).indexOf('509-555-0142');
  await page.evaluate((c) => document.querySelector('#note').setSelectionRange(c + 3, c + 4), phone);
  await page.keyboard.type(' and ');
  r = await settled();
  assert.deepEqual(r.shown, r.full.map((f) => f.replace(/@\d+/, '')));
  await page.close();
});

test('page: a note with HTML in it is shown as text, never run', async () => {
  const { page, dialogs } = await open();
  const xss = 'SSN 123-45-6701 <img src=x onerror=alert(1)> Maria <b>Lopez</b> <script>alert(2)</script>';
  await page.fill('#note', xss);
  await page.click('#message');
  await page.keyboard.type('<img src=x onerror=alert(3)> call 509-555-0142');
  await waitForSomeKinds(page, '#note', ['SSN']);
  await waitForKinds(page, '#message', ['PHONE']);
  const overlayText = await page.$eval('#note + cmis-guard-ui', (h) => h.shadowRoot.querySelector('.overlay').textContent);
  assert.equal(overlayText.replace('\u200b', ''), xss);
  const injected = await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('cmis-guard-ui')].map((h) => h.shadowRoot)];
    return roots.reduce((n, r) => n + r.querySelectorAll('img, b, script:not([src]):not([type="application/json"])').length, 0);
  });
  assert.equal(injected, 0);
  await page.waitForTimeout(100);
  assert.deepEqual(dialogs, []);
  await page.close();
});

test('page: everything works from the keyboard', async () => {
  const { page } = await open();
  await page.click('#note');
  await page.keyboard.type('SSN 123-45-6701 ok');
  await waitForKinds(page, '#note', ['SSN']);
  await page.keyboard.press('Tab'); // to the first Redact button (the panel follows the field)
  const focused = await page.evaluate(() => {
    const a = document.activeElement;
    return [a.tagName, a.shadowRoot?.activeElement?.dataset.action];
  });
  assert.deepEqual(focused, ['CMIS-GUARD-UI', 'redact']);
  await page.keyboard.press('Enter');
  await waitForKinds(page, '#note', []);
  assert.equal(await page.inputValue('#note'), 'SSN [SSN] ok');
  await page.close();
});

test('page: with the network cut after load, scanning goes on (and survives a trap)', async () => {
  const { page, requests } = await open();
  await page.fill('#note', 'warm up');
  // The spare copy of the glue is what a trap offline is recovered with.
  await page.waitForFunction(async () => (await import('./cmis-guard.js'))._testing.spareReady);
  await browser.context.setOffline(true);
  try {
    await page.fill('#note', 'Offline now. SSN 123-45-6701.');
    await waitForKinds(page, '#note', ['SSN']);
    await page.evaluate(async () => (await import('./cmis-guard.js'))._testing.trapNextCall());
    await page.fill('#note', 'Still offline. Call 509-555-0142.');
    await waitForKinds(page, '#note', ['PHONE']);
    assert.equal(await page.evaluate(async () => (await import('./cmis-guard.js'))._testing.restarts), 1);
  } finally {
    await browser.context.setOffline(false);
  }
  assert.deepEqual(foreignRequests(requests), []);
  await page.close();
});

test('page: a trap re-creates the module, says so, and scanning goes on', async () => {
  const { page, errors, console: logs } = await open();
  await page.fill('#note', 'SSN 123-45-6701');
  await waitForKinds(page, '#note', ['SSN']);
  for (let i = 1; i <= 3; i++) {
    await page.evaluate(async () => (await import('./cmis-guard.js'))._testing.trapNextCall());
    await page.fill('#note', i % 2 ? `Round ${i}: call 509-555-0142` : `Round ${i}: SSN 123-45-6701`);
    // With no spare copy of the glue ready yet, the restart finishes a moment later.
    await page.waitForFunction(async (n) => (await import('./cmis-guard.js'))._testing.restarts === n, i);
    await waitForKinds(page, '#note', [i % 2 ? 'PHONE' : 'SSN']);
  }
  assert.match(await page.locator('#note + cmis-guard-ui .label').textContent(), /restarted/);
  // The DOB helper uses the same, re-created module.
  await page.fill('#as-of', '2026-11-28');
  await page.fill('#real-dob', '1990-06-15');
  await page.waitForSelector('#dob-result:not([hidden])');
  assert.equal(await page.textContent('#anon-dob'), '1991-01-01');
  assert.deepEqual(errors, []);
  assert.deepEqual(logs, []);
  await page.close();
});

test('page: if the module cannot load, the page and every note field say so in plain words', async () => {
  const page = await browser.context.newPage();
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(url);
  await page.waitForSelector('#status.failed');
  assert.match(await page.textContent('#status'), /could not start/);
  await page.waitForFunction(() => document.querySelector('#note + cmis-guard-ui')?.shadowRoot.querySelector('.panel').classList.contains('state-unavailable'));
  assert.match(await page.locator('#note + cmis-guard-ui .label').textContent(), /could not start.*nothing here is being checked/);
  await page.close();
});
