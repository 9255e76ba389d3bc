// Keystroke-to-highlight latency and cold start of the demo page, in headless
// Chromium (Debian's). Run with `make bench-page`; not part of `make test`.
//
// Latency: the note field holds a note of N characters; each sample types one
// character (an input event, as the browser sends for a keystroke) and waits
// until cmis-guard has scanned and redrawn the highlights and the list
// ('cmis-guard:update'). Samples are 40 ms apart, a fast typist's pace.
// Scan: the scanText call alone on the same note (many calls, averaged).
// Cold start: a fresh browser context (no cache), from navigation start until
// the wasm module is ready.
import { chromium } from 'playwright-core';
import { startServer } from '../../.ci/serve.mjs';

const SIZES = [1000, 5000, 50000];
const SAMPLES = Number(process.env.SAMPLES ?? 150);
const COLD_RUNS = Number(process.env.COLD_RUNS ?? 10);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A case-note-like text of `n` characters with some PII every few sentences. */
function note(n) {
  const parts = [
    'Client came in for a shower and lunch and asked about the housing waitlist. ',
    'Met with Maria Lopez at the day center; she is staying with a friend this week. ',
    'We talked about her benefits appointment next Tuesday and bus tokens. ',
    'Her cell is 509-555-0142 if the shelter has a bed. ',
    'Client reports feeling safer since moving across town. ',
    'Referred to the food bank on the east side and gave a hygiene kit. ',
    'SSN 123-45-6701 was given for the benefits form, not for CMIS. ',
    'Follow up on the ID voucher; DOB 03/14/1988 per client. ',
  ];
  let s = '';
  for (let i = 0; s.length < n; i++) s += parts[i % parts.length];
  return s.slice(0, n);
}

const pct = (xs, p) => {
  const a = [...xs].sort((x, y) => x - y);
  return a[Math.min(a.length - 1, Math.floor((p / 100) * a.length))];
};
const ms = (x) => `${x.toFixed(2)} ms`;

const { server, url } = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS });
try {
  // Cold start.
  const cold = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    cold.push(await page.evaluate(async () => (await import('./cmis-guard.js'))._testing.readyAt));
    await context.close();
  }

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  const rows = [];
  for (const size of SIZES) {
    const text = note(size);
    for (const mode of ['around the edit', 'full every key']) {
    const r = await page.evaluate(async ({ text, samples, mode }) => {
      const guard = await import('./cmis-guard.js');
      let field = document.querySelector('#note');
      if (mode !== 'around the edit') {
        // A second field whose every scan is a full one, for comparison.
        field = document.querySelector('#bench-full') ?? (() => {
          const f = document.createElement('textarea');
          f.id = 'bench-full';
          f.rows = 7;
          document.querySelector('#note').after(f);
          guard.attach(f, { incrementalFrom: Infinity });
          return f;
        })();
      }
      const updated = () => new Promise((resolve) => field.addEventListener('cmis-guard:update', (e) => resolve(e.detail), { once: true }));
      const sleep = (t) => new Promise((resolve) => setTimeout(resolve, t));
      let done = updated();
      field.value = text;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      await done;
      await sleep(100);
      const latency = [];
      const cost = [];
      for (let i = 0; i < samples; i++) {
        done = updated();
        const t0 = performance.now();
        const end = field.value.length;
        field.setRangeText(i % 5 === 4 ? ' ' : 'a', end, end, 'end');
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'a' }));
        const detail = await done;
        latency.push(performance.now() - t0);
        cost.push(detail.costMs);
        await sleep(40);
      }
      const n = Math.max(5, Math.round(200000 / text.length));
      const t0 = performance.now();
      let found = 0;
      for (let i = 0; i < n; i++) found = guard.call('scanText', field.value, {}).length;
      const scan = (performance.now() - t0) / n;
      return { latency, cost, scan, found };
    }, { text, samples: SAMPLES, mode });
    rows.push({ size, mode, p50: pct(r.latency, 50), p95: pct(r.latency, 95), max: Math.max(...r.latency), c50: pct(r.cost, 50), c95: pct(r.cost, 95), scan: r.scan, found: r.found });
    }
  }
  await context.close();

  console.log(`cmis-guard page latency, headless ${browser.version()}, ${SAMPLES} keystrokes per size`);
  console.log('keystroke->highlight: from the input event until the highlights and list are redrawn;');
  console.log('cmis-guard JS: the part of that spent in cmis-guard (scan + redraw); the rest is the browser.');
  console.log('notes of 2,000+ characters are rescanned around the edit; "full every key" turns that off.');
  console.log('note chars | rescan          | keystroke->highlight p50 / p95 / max | cmis-guard JS p50 / p95 | full scanText | findings');
  for (const r of rows) {
    console.log(`${String(r.size).padStart(10)} | ${r.mode.padEnd(15)} | ${ms(r.p50).padStart(9)} / ${ms(r.p95).padStart(9)} / ${ms(r.max).padStart(9)} | ${ms(r.c50).padStart(8)} / ${ms(r.c95).padStart(8)} | ${ms(r.scan).padStart(13)} | ${r.found}`);
  }
  console.log(`cold start (navigation start -> module ready), ${COLD_RUNS} fresh contexts: p50 ${ms(pct(cold, 50))}, p95 ${ms(pct(cold, 95))}`);
  const five = rows.find((r) => r.size === 5000 && r.mode === 'around the edit');
  console.log(`aim: p95 under 8 ms at 5,000 characters: ${five.p95 < 8 ? 'met' : 'NOT met'} (${ms(five.p95)})`);
} finally {
  await browser.close();
  server.close();
}
