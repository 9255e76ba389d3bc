// The intake page in headless Chromium: the anonymous-record form, live
// validation, "Make anonymous", the tracking-sheet download, the guide,
// checklists and ticket texts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

const IDENTIFYING = {
  '#client-id': '82830', '#first-name': 'Maria', '#last-name': 'Lopez', '#middle-name': 'Q',
  '#name-suffix': 'Jr', '#ssn': '524-68-1357', '#birth-date': '1990-06-15', '#address': '12 Main St',
  '#city': 'Spokane', '#state': 'WA', '#zip': '99201', '#phone': '509-555-0100', '#email': 'maria@example.org',
};

/** The visible text of every field message with an error in it. */
async function errorMessages(page) {
  return page.locator('#intake .field-msg .error').allTextContents();
}

test('page: identifying values, then "Make anonymous" fills the template and leaves no errors', async () => {
  const { page, requests, errors } = await openPage(browser.context, url);
  const console = [];
  page.on('console', (m) => console.push(m.text()));
  await page.fill('#as-of', '2026-11-28');
  await page.fill('#real-dob', '1990-06-15');
  for (const [sel, value] of Object.entries(IDENTIFYING)) await page.fill(sel, value);
  await page.selectOption('#name-quality', '1');
  await page.selectOption('#ssn-quality', '1');
  await page.selectOption('#dob-quality', '1');
  await page.selectOption('#veteran-status', '0');
  await page.check('#race input[data-field=white]');
  await page.check('#gender input[data-field=woman]');
  await page.fill('#case-note', 'Client came in for a bed.');

  // Live validation: the identifying record breaks the anonymous template.
  assert.ok((await errorMessages(page)).length >= 10);
  assert.match(await page.textContent('#msg-ssn'), /empty/);
  assert.equal(await page.getAttribute('#ssn', 'aria-invalid'), 'true');

  await page.click('#make-anonymous');
  const value = (sel) => page.inputValue(sel);
  assert.equal(await value('#first-name'), 'Anonymous');
  assert.equal(await value('#last-name'), 'Anonymous');
  for (const sel of ['#middle-name', '#name-suffix', '#ssn', '#address', '#city', '#state', '#zip', '#phone', '#email']) {
    assert.equal(await value(sel), '', sel);
  }
  assert.equal(await value('#name-quality'), '2');
  assert.equal(await value('#ssn-quality'), '99');
  assert.equal(await value('#birth-date'), '1991-01-01');
  assert.equal(await value('#dob-quality'), '2');
  assert.equal(await page.textContent('#client-age'), '35');
  assert.equal(await value('#client-id'), '82830');
  assert.equal(await page.isChecked('#race input[data-field=white]'), true);
  assert.deepEqual(await errorMessages(page), []);
  assert.equal(await page.locator('#intake-form [aria-invalid=true]').count(), 0);
  assert.match(await page.textContent('#intake-summary'), /No errors/);

  // The change list names fields and new values, never the old PII.
  const changes = (await page.locator('#changes-list li').allTextContents()).join(' | ');
  assert.match(changes, /First Name: set to Anonymous/);
  assert.match(changes, /Social Security Number: cleared/);
  for (const pii of ['Maria', 'Lopez', '524-68-1357', '1990-06-15', '509-555-0100']) assert.ok(!changes.includes(pii), pii);

  // The Client ID reminder and the tracking-sheet row, made in the page.
  assert.equal(await page.isVisible('#after-anonymous'), true);
  assert.equal(await value('#track-name'), 'Maria Lopez');
  assert.equal(await value('#track-id'), '82830');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-row')]);
  assert.equal(download.suggestedFilename(), 'tracking-sheet-client-82830.csv');
  assert.ok(download.url().startsWith('blob:'));
  const csv = readFileSync(await download.path(), 'utf8');
  assert.equal(csv, 'Name,CMIS Client ID,Date Recorded\r\nMaria Lopez,82830,2026-11-28\r\n');

  // "Clear the form" forgets the client, the remembered name included.
  await page.click('#clear-form');
  await page.waitForFunction(() => document.querySelector('#after-anonymous').hidden);
  assert.equal(await value('#track-name'), '');
  assert.equal(await value('#first-name'), '');

  // Nothing left the page, nothing was stored or logged.
  assert.deepEqual(requests.filter((r) => !r.startsWith(url) && !r.startsWith('blob:')), []);
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  assert.deepEqual(console, []);
  assert.ok(!page.url().includes('Maria'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('page: an SSN on an anonymous record shows an error beside the field, without a reload', async () => {
  const { page, errors } = await openPage(browser.context, url);
  await page.fill('#as-of', '2026-11-28');
  await page.fill('#birth-date', '1991-01-01');
  await page.click('#make-anonymous');
  assert.deepEqual(await errorMessages(page), []);
  await page.evaluate(() => { window.__sameDocument = true; });

  await page.fill('#ssn', '524681357');
  await page.waitForSelector('#msg-ssn .error');
  assert.match(await page.textContent('#msg-ssn'), /Leave Social Security Number empty/);
  assert.equal(await page.getAttribute('#ssn', 'aria-invalid'), 'true');
  assert.equal(await page.getAttribute('#ssn', 'aria-describedby'), 'msg-ssn');
  assert.equal(await page.evaluate(() => window.__sameDocument), true);

  // A phone number in a case note is flagged beside the note.
  await page.fill('#case-note', 'call (509) 555-0100');
  await page.waitForSelector('#msg-case-note .error');
  // Clearing the SSN clears its message.
  await page.fill('#ssn', '');
  assert.equal(await page.locator('#msg-ssn .error').count(), 0);
  assert.equal(await page.getAttribute('#ssn', 'aria-invalid'), null);
  assert.deepEqual(errors, []);
  await page.close();
});

test('page: identified mode applies the HMIS data-quality rules', async () => {
  const { page } = await openPage(browser.context, url);
  await page.fill('#as-of', '2026-11-28');
  await page.check('input[name=mode][value=identified]');
  await page.fill('#ssn', '123-45-6789');
  await page.selectOption('#ssn-quality', '1');
  await page.waitForSelector('#msg-ssn .error');
  assert.match(await page.textContent('#msg-ssn'), /not a valid SSN/);
  await page.fill('#birth-date', '2012-05-05');
  await page.selectOption('#veteran-status', '1');
  await page.waitForSelector('#msg-veteran-status .error');
  await page.close();
});

test('page: the guide answers yes or no and keeps no category', async () => {
  const { page } = await openPage(browser.context, url);
  assert.equal(await page.locator('#guide input').count(), 0);
  await page.click('#guide-yes');
  assert.match(await page.textContent('#guide-answer'), /^Yes: create an anonymous record/);
  assert.equal(await page.isChecked('input[name=mode][value=anonymous]'), true);
  await page.click('#guide-no');
  assert.match(await page.textContent('#guide-answer'), /^No/);
  assert.equal(await page.isChecked('input[name=mode][value=identified]'), true);
  await page.close();
});

test('page: checklists, the de-identification ticket and the merge request', async () => {
  const { page } = await openPage(browser.context, url);
  const boxes = page.locator('#ready-checklist input[type=checkbox]');
  assert.equal(await boxes.count(), 5);
  assert.match(await page.textContent('#ready-checklist .progress'), /0 of 5/);
  for (let i = 0; i < 5; i++) await boxes.nth(i).check();
  assert.match(await page.textContent('#ready-checklist .progress'), /ready to submit/);
  assert.equal(await page.locator('#org-checklist input[type=checkbox]').count(), 7);

  await page.fill('#ticket-client', '82830');
  await page.fill('#ticket-remove', '82476');
  await page.check('#ticket-dv');
  const ticket = await page.inputValue('#ticket-text');
  assert.match(ticket, /^Please Make Clients Anonymous/);
  assert.match(ticket, /Client 82830/);
  assert.match(ticket, /remove Client 82476 from the household, they are the DV perpetrator/);
  assert.match(await page.textContent('#ticket-reminders'), /editable/);
  await page.check('#ticket-editable');
  assert.doesNotMatch(await page.textContent('#ticket-reminders'), /editable/);
  await page.fill('#ticket-client', 'Maria Lopez');
  assert.match(await page.textContent('#msg-ticket'), /Client ID/);
  assert.equal(await page.inputValue('#ticket-text'), '');

  await page.fill('#merge-a', '82830');
  await page.fill('#merge-b', '90001');
  assert.equal(await page.inputValue('#merge-text'), '');
  assert.match(await page.textContent('#msg-merge'), /Confirm/);
  await page.check('#merge-confirm');
  assert.match(await page.inputValue('#merge-text'), /Client 82830 and Client 90001.*same person/s);
  await page.close();
});

test('page: the fix beside a message applies the value the policy wants', async () => {
  const { page, errors } = await openPage(browser.context, url);
  await page.fill('#as-of', '2026-11-28');
  await page.fill('#real-dob', '1990-06-15');
  await page.fill('#ssn', '524681357');
  await page.click('#msg-ssn button.fix');
  assert.equal(await page.inputValue('#ssn'), '');
  assert.equal(await page.locator('#msg-ssn .error').count(), 0);
  // With the real DOB in the helper, the empty Birth Date gets the anonymized one.
  assert.match(await page.textContent('#msg-birth-date'), /anonymized date of birth/);
  await page.click('#msg-birth-date button.fix');
  assert.equal(await page.inputValue('#birth-date'), '1991-01-01');
  await page.click('#msg-dob-quality button.fix');
  assert.equal(await page.inputValue('#dob-quality'), '2');
  for (const id of ['first-name', 'last-name', 'name-quality', 'ssn-quality']) await page.click(`#msg-${id} button.fix`);
  assert.deepEqual(await errorMessages(page), []);
  // The real DOB never went into the form.
  const values = await page.$$eval('#intake-form input, #intake-form textarea', (els) => els.map((e) => e.value));
  assert.ok(!values.includes('1990-06-15'));
  assert.deepEqual(errors, []);
  await page.close();
});
