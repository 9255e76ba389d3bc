// Screenshots for the README: the demo page with live warnings, and the
// vendor-like fixture with the one tag added. `make screenshot`.
import { mkdirSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT, waitForKinds } from './js/support.mjs';
import { startServer, WWW } from '../.ci/serve.mjs';

const OUT = join(ROOT, 'tests', 'out', 'vendor');
mkdirSync(OUT, { recursive: true });
cpSync(join(ROOT, 'tests', 'fixtures', 'vendor'), OUT, { recursive: true });
const config = JSON.stringify({
  form: '#frmClientIntake', submit: 'block', anonymous: '#ctl00_Anon',
  fields: { firstName: '#ctl00_FirstName', lastName: '#ctl00_LastName', nameDataQuality: '#ctl00_NameDQ', ssn: '#ctl00_SSN', ssnDataQuality: '#ctl00_SSNDQ', dob: '#ctl00_DOB', dobDataQuality: '#ctl00_DOBDQ', phone: '#ctl00_Phone' },
  notes: ['#ctl00_Notes'],
}).replaceAll('"', '&quot;');
writeFileSync(join(OUT, 'intake-shot.html'), readFileSync(join(OUT, 'intake.html'), 'utf8')
  .replace('</head>', `<script type="module" src="/cmis-guard.js" data-cmis-guard data-config="${config}"></script>\n</head>`));

const { server, url } = await startServer({ port: 0, root: WWW, extraRoots: { '/vendor/': OUT } });
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#note');
  await page.keyboard.type('Met Maria Lopez at the day center; she is staying with a friend on 5th Ave this week. ');
  await page.keyboard.type('Her cell is 509-555-0142 if a bed opens. SSN 123-45-6701 was given for the benefits form only. ');
  await page.keyboard.type('Follow up Tuesday about the bus pass.');
  await waitForKinds(page, '#note', ['NAME', 'PHONE', 'SSN']).catch(() => {});
  await page.waitForTimeout(500);
  await page.locator('#note-helper').screenshot({ path: join(ROOT, 'tests', 'screenshots', 'demo.png') });

  const vendor = await browser.context.newPage();
  await vendor.setViewportSize({ width: 900, height: 700 });
  await vendor.goto(`${url}vendor/intake-shot.html`);
  await vendor.waitForSelector('#ctl00_Notes + cmis-guard-ui');
  await vendor.fill('#ctl00_FirstName', 'Maria');
  await vendor.check('#ctl00_Anon');
  await vendor.click('#ctl00_Notes');
  await vendor.keyboard.type('Client Maria Lopez, SSN 123-45-6701, fleeing DV; call 509-555-0142.');
  await vendor.waitForTimeout(300);
  await vendor.click('#ctl00_btnSave');
  await vendor.waitForTimeout(300);
  await vendor.screenshot({ path: join(ROOT, 'tests', 'screenshots', 'vendor.png'), fullPage: true });
  console.log('wrote tests/screenshots/demo.png and tests/screenshots/vendor.png');
} finally {
  await browser.close();
  server.close();
}
