// The single-file offline build (dist/cmis-guard-offline.html, built here)
// opened from disk: no server, no network, a strict CSP with hashes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, ROOT, waitForKinds } from './support.mjs';

const FILE = join(ROOT, 'dist', 'cmis-guard-offline.html');
let browser;
before(async () => {
  execFileSync('node', [join(ROOT, '.ci', 'build-offline.mjs'), FILE], { stdio: 'inherit' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('offline file: its CSP allows its own script by hash, no network, no unsafe-inline', () => {
  const html = readFileSync(FILE, 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)[1];
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  const markup = html.replace(/(<script[^>]*>)[^]*?<\/script>/g, '$1</script>').replace(/<style>[^]*?<\/style>/g, '');
  assert.doesNotMatch(markup, /<script[^>]+src=|<link[^>]+href=|<img|<iframe/, 'nothing is loaded from elsewhere');
  assert.doesNotMatch(markup, /\son[a-z]+=/i, 'no inline event handlers');
  assert.equal((markup.match(/<script type="module"/g) ?? []).length, 1, 'one script');
  assert.ok(statSync(FILE).size < 2_000_000);
});

test('offline file: opened from file:// with the network off, it scans a note', async () => {
  await browser.context.setOffline(true);
  const page = await browser.context.newPage();
  const requests = [];
  const logs = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => logs.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    const url = pathToFileURL(FILE).href;
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    assert.match(await page.textContent('#status'), /Checker ready/);
    await page.click('#note');
    await page.keyboard.type('Met Maria Lopez. SSN 123-45-6701, cell 509-555-0142.');
    await waitForKinds(page, '#note', ['NAME', 'SSN', 'PHONE']);
    await page.locator('#note + cmis-guard-ui li[data-kind=SSN] button[data-action=redact]').click();
    await waitForKinds(page, '#note', ['NAME', 'PHONE']);
    assert.match(await page.inputValue('#note'), /SSN \[SSN\], cell/);
    // The intake form's own notes are guarded too, and the DOB helper works.
    await page.fill('#case-note', 'SSN 123-45-6701');
    await waitForKinds(page, '#case-note', ['SSN']);
    await page.fill('#as-of', '2026-11-28');
    await page.fill('#real-dob', '1990-06-15');
    await page.waitForSelector('#dob-result:not([hidden])');
    assert.equal(await page.textContent('#anon-dob'), '1991-01-01');
    assert.deepEqual(requests, [url], 'the file itself and nothing else');
    assert.deepEqual(logs, []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.setOffline(false);
    await page.close();
  }
});

test('offline file: a trap re-creates the module from the inlined glue', async () => {
  const page = await browser.context.newPage();
  // The single file's API is inside its one module script, out of reach; so the
  // test wraps WebAssembly.Instance to make scanText trap for real on demand.
  await page.addInitScript(() => {
    const Real = WebAssembly.Instance;
    window.__instances = 0;
    window.__trapNext = false;
    WebAssembly.Instance = function (module, imports) {
      const inst = new Real(module, imports);
      window.__instances += 1;
      const exports = { ...inst.exports };
      exports.scanText = (...args) => {
        if (window.__trapNext) {
          window.__trapNext = false;
          inst.exports.__cmisGuardTestTrap();
        }
        return inst.exports.scanText(...args);
      };
      return { exports };
    };
  });
  await page.goto(pathToFileURL(FILE).href);
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill('#note', 'SSN 123-45-6701');
  await waitForKinds(page, '#note', ['SSN']);
  assert.equal(await page.evaluate(() => window.__instances), 1);
  await page.evaluate(() => { window.__trapNext = true; });
  await page.fill('#note', 'Call 509-555-0142');
  await waitForKinds(page, '#note', ['PHONE']);
  assert.equal(await page.evaluate(() => [window.__trapNext, window.__instances].join()), 'false,2');
  assert.match(await page.locator('#note + cmis-guard-ui .label').textContent(), /restarted/);
  await page.close();
});
