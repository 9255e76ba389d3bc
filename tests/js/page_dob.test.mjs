// The demo page in headless Chromium: type a DOB, read the anonymized DOB.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './support.mjs';
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

test('page: typing a DOB shows the anonymized DOB and bracket notes', async () => {
  const { page, requests, errors } = await openPage(browser.context, url);
  await page.fill('#as-of', '2026-11-28');
  await page.fill('#real-dob', '2008-12-01');
  await page.waitForSelector('#dob-result:not([hidden])');
  assert.equal(await page.textContent('#anon-dob'), '2008-01-01');
  assert.equal(await page.textContent('#anon-ages'), '17 / 18');
  const notes = await page.locator('#anon-notes li').allTextContents();
  assert.ok(notes.some((n) => n.includes('under 18') && n.includes('18-24')), notes.join(' | '));

  await page.fill('#real-dob', '1990-06-15');
  await page.waitForFunction(() => document.querySelector('#anon-dob').textContent === '1991-01-01');
  assert.equal(await page.textContent('#anon-ages'), '36 / 35');

  // The real DOB is never in a URL and nothing went to another origin.
  assert.ok(!page.url().includes('1990'));
  const foreign = requests.filter((r) => !r.startsWith(url));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('page: an impossible DOB shows an error beside the field', async () => {
  const { page } = await openPage(browser.context, url);
  await page.fill('#as-of', '2026-11-28');
  await page.fill('#real-dob', '2027-05-01');
  await page.waitForSelector('#dob-error:not([hidden])');
  assert.match(await page.textContent('#dob-error'), /after the reference date/);
  assert.equal(await page.getAttribute('#real-dob', 'aria-invalid'), 'true');
  await page.close();
});

test('page: the reference date defaults to today', async () => {
  const { page } = await openPage(browser.context, url);
  const value = await page.inputValue('#as-of');
  assert.match(value, /^\d{4}-\d{2}-\d{2}$/);
  await page.close();
});
