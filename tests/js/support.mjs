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

/**
 * Launch Debian's Chromium with a fresh profile; returns { context, close }.
 * Service workers are blocked unless asked for, so a page's offline cache
 * cannot answer for the server (or for a route a test aborts).
 */
export async function launch({ serviceWorkers = 'block' } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'cmis-guard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    serviceWorkers,
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

/** The list entries under a guarded field: [{ kind, text, severity }]. */
export function entries(page, field) {
  return page.$$eval(`${field} + cmis-guard-ui li[data-kind]`, (lis) => lis.map((li) => ({
    kind: li.dataset.kind,
    text: li.querySelector('.found').textContent,
    severity: li.className,
  })));
}

/** Wait until the field's list has exactly the kinds given (in order). */
export async function waitForKinds(page, field, kinds, timeout = 5000) {
  await page.waitForFunction(([f, want]) => {
    const lis = document.querySelectorAll(`${f} + cmis-guard-ui`)[0]?.shadowRoot?.querySelectorAll('li[data-kind]') ?? [];
    return JSON.stringify([...lis].map((li) => li.dataset.kind)) === JSON.stringify(want);
  }, [field, kinds], { timeout });
}

/** The highlighted texts in a textarea's or input's overlay. */
export function marks(page, field) {
  return page.$$eval(`${field} + cmis-guard-ui .overlay mark`, (ms) => ms.map((m) => ({ text: m.textContent, severity: m.className })));
}

/** Wait until the field's list has at least the kinds given (any order, others allowed). */
export async function waitForSomeKinds(page, field, kinds, timeout = 5000) {
  await page.waitForFunction(([f, want]) => {
    const lis = document.querySelectorAll(`${f} + cmis-guard-ui`)[0]?.shadowRoot?.querySelectorAll('li[data-kind]') ?? [];
    const have = [...lis].map((li) => li.dataset.kind);
    return want.every((k) => have.includes(k));
  }, [field, kinds], { timeout });
}
