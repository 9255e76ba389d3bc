// A vendor's existing intake page (tests/fixtures/vendor/) gains live
// warnings, record validation and a guarded submit from one added tag.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT, entries, waitForKinds, waitForSomeKinds, marks } from './support.mjs';
import { startServer, WWW } from '../../.ci/serve.mjs';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'vendor');
const OUT = join(ROOT, 'tests', 'out', 'vendor');

const CONFIG = (submit) => JSON.stringify({
  form: '#frmClientIntake',
  submit,
  anonymous: '#ctl00_Anon',
  fields: {
    firstName: '#ctl00_FirstName',
    lastName: '#ctl00_LastName',
    nameDataQuality: '#ctl00_NameDQ',
    ssn: '#ctl00_SSN',
    ssnDataQuality: '#ctl00_SSNDQ',
    dob: '#ctl00_DOB',
    dobDataQuality: '#ctl00_DOBDQ',
    phone: '#ctl00_Phone',
  },
  notes: ['textarea[name="client[notes]"]'],
  saveButtons: '#ctl00_btnSaveNext',
}).replaceAll('"', '&quot;');

/** The one tag an agency adds to the vendor's page. */
const TAG = (submit) => `<script type="module" src="/cmis-guard.js" data-cmis-guard data-config="${CONFIG(submit)}"></script>`;

let server, url, browser;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  cpSync(FIXTURE, OUT, { recursive: true });
  const html = readFileSync(join(FIXTURE, 'intake.html'), 'utf8');
  for (const mode of ['block', 'warn']) {
    writeFileSync(join(OUT, `intake-${mode}.html`), html.replace('</head>', `${TAG(mode)}\n</head>`));
  }
  writeFileSync(join(OUT, 'intake-typo.html'), html.replace('</head>',
    `<script type="module" src="/cmis-guard.js" data-cmis-guard data-config="{form: '#frmClientIntake'}"></script>\n</head>`));
  ({ server, url } = await startServer({ port: 0, root: WWW, extraRoots: { '/vendor/': OUT } }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function open(mode = 'block', { blockWasm = false } = {}) {
  const page = await browser.context.newPage();
  const requests = [];
  const logs = [];
  page.on('request', (r) => requests.push(r.url()));
  // The browser's own favicon probe is not the page's doing.
  page.on('console', (m) => m.location().url.endsWith('/favicon.ico') || logs.push(m.text()));
  if (blockWasm) await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(`${url}vendor/intake-${mode}.html`);
  await page.waitForSelector('#ctl00_Notes + cmis-guard-ui');
  if (!blockWasm) {
    await page.waitForFunction(() => !document.querySelector('#ctl00_Notes + cmis-guard-ui').shadowRoot.querySelector('.panel').classList.contains('state-loading'));
  }
  return { page, requests, logs };
}

const NOTES = '#ctl00_Notes';

test('vendor page: the one tag adds live warnings to its case notes', async () => {
  const { page, requests, logs } = await open();
  await page.click(NOTES);
  await page.keyboard.type('Met Maria Lopez today. SSN 123-45-6701, cell 509-555-0142.');
  await waitForKinds(page, NOTES, ['NAME', 'SSN', 'PHONE']);
  assert.deepEqual((await marks(page, NOTES)).map((m) => m.text), ['Maria Lopez', '123-45-6701', '509-555-0142']);
  // The overlay copies the vendor's own textarea type and box.
  const styles = await page.evaluate(() => {
    const f = document.querySelector('#ctl00_Notes');
    const o = document.querySelector('#ctl00_Notes + cmis-guard-ui').shadowRoot.querySelector('.overlay');
    const pick = (e) => ['font-family', 'font-size', 'line-height', 'letter-spacing', 'padding-left', 'padding-top', 'border-left-width'].map((p) => getComputedStyle(e).getPropertyValue(p));
    const fr = f.getBoundingClientRect();
    const or = o.getBoundingClientRect();
    return { field: pick(f), overlay: pick(o), rect: [fr.left - or.left, fr.top - or.top, fr.width - or.width, fr.height - or.height].map((d) => Math.abs(Math.round(d))) };
  });
  assert.deepEqual(styles.overlay, styles.field);
  assert.deepEqual(styles.rect, [0, 0, 0, 0]);
  // The vendor's broad CSS (li, button, span, mark) does not reach into the UI.
  const ui = await page.evaluate(() => {
    const root = document.querySelector('#ctl00_Notes + cmis-guard-ui').shadowRoot;
    const li = getComputedStyle(root.querySelector('li'));
    const button = getComputedStyle(root.querySelector('button'));
    return { liColor: li.color, liSize: li.fontSize, buttonTransform: button.textTransform, buttonBorder: button.borderTopStyle };
  });
  assert.notEqual(ui.liColor, 'rgb(0, 128, 0)');
  assert.notEqual(ui.liSize, '20px');
  assert.equal(ui.buttonTransform, 'none');
  assert.notEqual(ui.buttonBorder, 'dashed');
  const paths = requests.map((r) => (r.startsWith(url) ? new URL(r).pathname : r));
  assert.deepEqual([...new Set(paths)].sort(), ['/cmis-guard.js', '/pkg/cmis_guard.js', '/pkg/cmis_guard_bg.wasm',
    '/vendor/intake-block.html', '/vendor/vendor.css', '/vendor/vendor.js'], 'only the page\'s and cmis-guard\'s own files');
  assert.deepEqual(logs, []);
  await page.close();
});

test('vendor page: its markup is unchanged apart from cmis-guard\'s own hosts', async () => {
  const shape = () => [...document.querySelectorAll('#hsContent *')]
    .filter((e) => e.tagName !== 'CMIS-GUARD-UI' && !e.closest('cmis-guard-ui'))
    .map((e) => `${e.tagName}#${e.id}[${[...e.attributes].filter((a) => !['aria-describedby', 'aria-invalid'].includes(a.name)).map((a) => `${a.name}=${a.value}`).join(',')}]`);
  const pristine = await browser.context.newPage();
  await pristine.goto(`${url}vendor/intake.html`);
  const before = await pristine.evaluate(shape);
  await pristine.close();
  const { page } = await open();
  const afterShape = await page.evaluate(shape);
  assert.deepEqual(afterShape, before);
  assert.ok(await page.locator('cmis-guard-ui').count() >= 3);
  await page.close();
});

test('vendor page: block mode stops the save (and the vendor\'s own handler) until fixed', async () => {
  const { page } = await open('block');
  await page.fill('#ctl00_FirstName', 'Anonymous');
  await page.fill('#ctl00_LastName', 'Anonymous');
  await page.check('#ctl00_Anon');
  await page.fill(NOTES, 'Client gave SSN 123-45-6701 at intake.');
  await waitForSomeKinds(page, NOTES, ['SSN']);
  await page.click('#ctl00_btnSave');
  const banner = page.locator('#hsContent > cmis-guard-ui .banner');
  await banner.waitFor({ state: 'visible' });
  const text = await banner.textContent();
  assert.match(text, /Not saved/);
  assert.match(text, /Case Notes: remove SSN/);
  assert.equal(await page.textContent('#hsMessage'), '', 'the vendor\'s submit handler did not run');
  // The vendor's other save button (a click handler, no submit) is held too.
  await page.click('#ctl00_btnSaveNext');
  assert.equal(await page.textContent('#hsMessage'), '', 'the vendor\'s click handler did not run');
  // Record issues sit beside their fields, with a one-click fix.
  const nameDq = page.locator('#ctl00_NameDQ + cmis-guard-ui .issue');
  assert.match(await nameDq.textContent(), /Name Quality must be 2/);
  assert.equal(await page.getAttribute('#ctl00_NameDQ', 'aria-invalid'), 'true');
  await page.locator('#ctl00_NameDQ + cmis-guard-ui button[data-action=fix]').click();
  assert.equal(await page.inputValue('#ctl00_NameDQ'), '2');
  for (const id of ['#ctl00_SSNDQ', '#ctl00_DOBDQ']) {
    const fix = page.locator(`${id} + cmis-guard-ui button[data-action=fix]`);
    if (await fix.count()) await fix.click();
  }
  await page.locator(`${NOTES} + cmis-guard-ui button[data-action=redact]`).first().click();
  await waitForKinds(page, NOTES, []);
  assert.match(await banner.textContent(), /fixed|Save again/);
  await page.click('#ctl00_btnSaveNext');
  const remaining = await banner.textContent();
  assert.equal(await page.textContent('#hsMessage'), 'Client saved; opening enrollment.', remaining);
  await page.close();
});

test('vendor page: warn mode warns once, then lets the worker save', async () => {
  const { page } = await open('warn');
  await page.fill(NOTES, 'Her cell is 509-555-0142.');
  await waitForSomeKinds(page, NOTES, ['PHONE']);
  await page.click('#ctl00_btnSave');
  const banner = page.locator('#hsContent > cmis-guard-ui .banner');
  await banner.waitFor({ state: 'visible' });
  assert.match(await banner.textContent(), /press Save again/);
  assert.equal(await page.textContent('#hsMessage'), '');
  await page.click('#ctl00_btnSave');
  assert.equal(await page.textContent('#hsMessage'), 'Client saved.');
  await page.close();
});

test('vendor page: without the module, block mode fails closed and warn mode lets the worker go on', async () => {
  for (const [mode, saved] of [['block', ''], ['warn', 'Client saved.']]) {
    const { page } = await open(mode, { blockWasm: true });
    const banner = page.locator('#hsContent > cmis-guard-ui .banner');
    await banner.waitFor({ state: 'visible' });
    assert.match(await banner.textContent(), /could not start/);
    assert.match(await banner.textContent(), mode === 'block' ? /Saving is blocked/ : /You can still save/);
    await page.fill(NOTES, 'Nothing personal.');
    await page.click('#ctl00_btnSave');
    assert.equal(await page.textContent('#hsMessage'), saved, mode);
    await page.close();
  }
});

test('vendor page: detach() puts the page back as it was', async () => {
  const { page } = await open();
  const result = await page.evaluate(async () => {
    const { detach } = await import('/cmis-guard.js');
    const form = document.querySelector('#frmClientIntake');
    const ok = detach(form);
    return { ok, hosts: document.querySelectorAll('cmis-guard-ui').length, described: document.querySelector('#ctl00_Notes').getAttribute('aria-describedby') };
  });
  assert.deepEqual(result, { ok: true, hosts: 0, described: null });
  await page.click('#ctl00_btnSave');
  assert.equal(await page.textContent('#hsMessage'), 'Client saved.');
  await page.close();
});

test('vendor page: a config that is not JSON is reported on the page, not ignored', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${url}vendor/intake-typo.html`);
  const notice = page.locator('body > cmis-guard-ui [role=alert]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /cmis-guard is not checking this page: data-config must be a JSON object/);
  await page.close();
});

test('vendor page: a note field the page re-creates inside the form is guarded again', async () => {
  const { page } = await open();
  await page.evaluate(() => {
    const old = document.querySelector('#ctl00_Notes');
    old.replaceWith(old.cloneNode());
  });
  await page.waitForFunction(() => document.querySelector('#ctl00_Notes + cmis-guard-ui') !== null
    && document.querySelectorAll('td[colspan="3"] cmis-guard-ui').length === 2);
  await page.fill(NOTES, 'SSN 123-45-6701');
  await waitForSomeKinds(page, NOTES, ['SSN']);
  await page.click('#ctl00_btnSave');
  assert.equal(await page.textContent('#hsMessage'), '', 'still held');
  assert.equal(await page.locator('#hsContent > cmis-guard-ui').count(), 1, 'one banner host');
  await page.close();
});
