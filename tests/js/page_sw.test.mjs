// The served demo page reloads with the server gone: its service worker keeps
// the page's own static files (and nothing else).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForKinds } from './support.mjs';
import { startServer } from '../../.ci/serve.mjs';

let server, url, browser;
before(async () => {
  ({ server, url } = await startServer({ port: 0 }));
  browser = await launch({ serviceWorkers: 'allow' });
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('service worker: after one visit the page reloads and scans with the server gone', async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  const cached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const cache = await caches.open('cmis-guard-static-v1');
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  });
  assert.deepEqual(cached, ['/', '/app.js', '/cmis-guard.js', '/index.html', '/pkg/cmis_guard.js', '/pkg/cmis_guard_bg.wasm', '/style.css']);
  // Cut the network for real: stop the server.
  await new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });
  server = null;
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.match(await page.textContent('#status'), /Checker ready/);
  await page.fill('#note', 'Offline reload. SSN 123-45-6701.');
  await waitForKinds(page, '#note', ['SSN']);
  // A note typed into the page is never in the cache.
  const keys = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat());
  assert.ok(keys.every((k) => !k.includes('123-45')));
  assert.deepEqual(errors, []);
  await page.close();
});
