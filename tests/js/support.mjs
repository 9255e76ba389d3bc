// Shared helpers for the JS tests: the built module, Debian's Chromium, the
// static server, and the shared case tables.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PKG = join(ROOT, 'www', 'pkg');

/** Load a table from tests/data/. */
export function table(name) {
  return JSON.parse(readFileSync(join(ROOT, 'tests', 'data', name), 'utf8'));
}

/** The wasm module, initialised synchronously from its bytes (as Node users do). */
export async function loadModule() {
  const mod = await import(join(PKG, 'cmis_guard.js'));
  mod.initSync({ module: readFileSync(join(PKG, 'cmis_guard_bg.wasm')) });
  return mod;
}

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launch Debian's Chromium with a fresh profile; returns { browser, close }. */
export async function launch() {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'cmis-guard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Open `url` in a new page that records every request it makes, so a test can
 * check that nothing leaves for another origin.
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10000 });
  return { page, requests, errors };
}
