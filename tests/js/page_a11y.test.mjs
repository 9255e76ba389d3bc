// Accessibility of cmis-guard's own UI (axe-core in headless Chromium): the
// live warnings on the demo page and the form guard on the vendor fixture,
// with findings, buttons, field messages and the submit banner all showing.
// Only what cmis-guard adds is judged; the host pages are not ours.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync, cpSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launch, openPage, waitForSomeKinds, ROOT } from './support.mjs';
import { startServer, WWW } from '../../.ci/serve.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OUT = join(ROOT, 'tests', 'out', 'vendor-a11y');

let server, url, browser;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'vendor'), OUT, { recursive: true });
  const config = JSON.stringify({
    form: '#frmClientIntake', submit: 'block', anonymous: '#ctl00_Anon',
    fields: { firstName: '#ctl00_FirstName', lastName: '#ctl00_LastName', nameDataQuality: '#ctl00_NameDQ', ssnDataQuality: '#ctl00_SSNDQ' },
    notes: ['#ctl00_Notes'],
  }).replaceAll('"', '&quot;');
  writeFileSync(join(OUT, 'intake.html'), readFileSync(join(OUT, 'intake.html'), 'utf8')
    .replace('</head>', `<script type="module" src="/cmis-guard.js" data-cmis-guard data-config="${config}"></script>\n</head>`));
  ({ server, url } = await startServer({ port: 0, root: WWW, extraRoots: { '/vendor/': OUT } }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** axe's violations in nodes cmis-guard added (its hosts and their shadow trees). */
async function ourViolations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const ours = [];
  for (const v of result.violations) {
    for (const n of v.nodes) {
      const target = JSON.stringify(n.target);
      // Whether the host page has landmarks ('region') is the host page's
      // business: our UI sits inside its content, wherever that is.
      if (v.id === 'region') continue;
      // A host field carries our aria-describedby, so it counts as ours too.
      if (target.includes('cmis-guard-ui') || n.html.includes('cmis-guard')) ours.push(`${v.id}: ${target} ${n.failureSummary}`);
    }
  }
  return ours;
}

test('a11y: the live warnings on the demo page pass axe', async () => {
  const { page } = await openPage(browser.context, url);
  await page.click('#note');
  await page.keyboard.type('Met Maria Lopez. SSN 123-45-6701, cell 509-555-0142.');
  await waitForSomeKinds(page, '#note', ['SSN', 'PHONE']);
  await page.click('#message');
  await page.keyboard.type('Call 509-555-0142');
  await waitForSomeKinds(page, '#message', ['PHONE']);
  assert.deepEqual(await ourViolations(page), []);
  await page.close();
});

test('a11y: the form guard on the vendor page (messages, fixes, banner) passes axe', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${url}vendor/intake.html`);
  await page.waitForSelector('#ctl00_Notes + cmis-guard-ui');
  await page.check('#ctl00_Anon');
  await page.fill('#ctl00_FirstName', 'Maria');
  await page.fill('#ctl00_Notes', 'SSN 123-45-6701');
  await waitForSomeKinds(page, '#ctl00_Notes', ['SSN']);
  await page.click('#ctl00_btnSave');
  await page.locator('#hsContent > cmis-guard-ui .banner').waitFor({ state: 'visible' });
  assert.deepEqual(await ourViolations(page), []);
  await page.close();
});
