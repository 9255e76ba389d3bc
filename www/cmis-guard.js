// cmis-guard.js: the embeddable script. One tag adds live PII warnings to the
// text fields of an existing CMIS page and checks its intake form:
//
//   <script type="module" src=".../cmis-guard.js" data-cmis-guard
//           data-config='{"form": "#intake", "submit": "block", ...}'></script>
//
// or, from code: `await init(); attach(textarea)`.
//
// Privacy: user text is read from the fields, given to the wasm module, and
// shown only with textContent. It is never stored, logged or sent. The only
// requests this script makes are for its own glue and .wasm, next to it.
//
// The pure helpers (span segmentation, redaction with caret, scheduling) are
// exported too, so they can be tested without a browser.

const GLUE_URL = new URL('./pkg/cmis_guard.js', import.meta.url);
const WASM_URL = new URL('./pkg/cmis_guard_bg.wasm', import.meta.url);

// The single-file offline build defines this before this script: the glue as
// a factory (each call gives a fresh copy of its module state) and the wasm bytes.
// eslint-disable-next-line no-undef
const EMBEDDED = typeof __CMIS_GUARD_EMBEDDED__ !== 'undefined' ? __CMIS_GUARD_EMBEDDED__ : null;

// ---------------------------------------------------------------------------
// Pure helpers

/** The overall state of a list of findings: `clean`, `warnings` or `must-fix`. */
export function overallState(findings) {
  if (findings.some((f) => f.severity === 'block')) return 'must-fix';
  if (findings.length > 0) return 'warnings';
  return 'clean';
}

/**
 * Keep the findings whose UTF-16 span is in bounds and matches their text, in
 * order and without overlaps, minus those the page's allow-list dismissed.
 */
export function usableFindings(text, findings, allow = new Set()) {
  const out = [];
  let last = 0;
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const f of sorted) {
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end))) continue;
    if (f.start < last || f.end <= f.start || f.end > text.length) continue;
    if (text.slice(f.start, f.end) !== f.text) continue;
    if (allow.has(allowKey(f))) continue;
    out.push(f);
    last = f.end;
  }
  return out;
}

/** The allow-list key of a finding: its kind and exact text. */
export function allowKey(f) {
  return `${f.kind}\u0000${f.text}`;
}

/**
 * Cut `text` into pieces at the findings' spans: `[{ text, finding }]`, with
 * `finding` null between findings. The pieces concatenate back to `text`.
 */
export function segments(text, findings) {
  const out = [];
  let at = 0;
  for (const f of findings) {
    if (f.start > at) out.push({ text: text.slice(at, f.start), finding: null });
    out.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), finding: null });
  return out;
}

/**
 * Replace `text[start, end)` with `replacement`, moving a selection the way
 * `setRangeText(.., 'preserve')` does: after the span it shifts, inside it
 * snaps to the replacement's edges, before it stays.
 */
export function replaceSpan(text, start, end, replacement, selStart = text.length, selEnd = selStart) {
  const delta = replacement.length - (end - start);
  const move = (p, edge) => (p >= end ? p + delta : p > start ? edge : p);
  return {
    text: text.slice(0, start) + replacement + text.slice(end),
    selectionStart: move(selStart, start),
    selectionEnd: move(selEnd, start + replacement.length),
  };
}

/**
 * Where an edit changed `before` into `after`, widened by `margin` UTF-16 units
 * each side to a whitespace boundary and past any old finding it cuts:
 * `{ start, end, oldEnd }`, where `after[start, end)` replaces
 * `before[start, oldEnd)`. Null when nothing changed. Findings are local (the
 * detector looks at a bounded window of words), so rescanning this window and
 * keeping the old findings outside it, shifted, gives the findings of `after`;
 * a full scan at the next pause confirms it.
 */
export function editWindow(before, after, findings, margin = 256) {
  if (before === after) return null;
  const min = Math.min(before.length, after.length);
  let p = 0;
  while (p < min && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let q = 0;
  while (q < min - p && before.charCodeAt(before.length - 1 - q) === after.charCodeAt(after.length - 1 - q)) q++;
  const delta = after.length - before.length;
  const isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9;
  let start = Math.max(0, p - margin);
  while (start > 0 && !isSpace(after.charCodeAt(start - 1))) start--;
  let end = Math.min(after.length, after.length - q + margin);
  while (end < after.length && !isSpace(after.charCodeAt(end))) end++;
  for (const f of findings) {
    // A finding cut by the window's edge is rescanned whole: widen the window.
    if (f.start < start && f.end > start) start = f.start;
    const oldEnd = end - delta;
    if (f.start < oldEnd && f.end > oldEnd) end = f.end + delta;
  }
  return { start, end, oldEnd: end - delta };
}

/** The findings of `after` from old findings outside the window and new ones inside it. */
export function mergeWindow(findings, win, inside) {
  const delta = win.end - win.oldEnd;
  const out = findings.filter((f) => f.end <= win.start);
  for (const f of inside) out.push({ ...f, start: f.start + win.start, end: f.end + win.start });
  for (const f of findings) if (f.start >= win.oldEnd) out.push({ ...f, start: f.start + delta, end: f.end + delta });
  return out;
}

// A zero delay runs as a microtask: after the code that is running now (all
// the input events a script dispatches in one go, or the one a keystroke
// fires), before the browser paints, so the highlight moves with the text.
function soon(fn, ms) {
  if (ms > 0) return { timeout: setTimeout(fn, ms) };
  const t = { live: true };
  queueMicrotask(() => t.live && fn());
  return t;
}
function cancelSoon(t) {
  if (t?.timeout !== undefined) clearTimeout(t.timeout);
  if (t) t.live = false;
}

/**
 * Run `job` at most once per burst of `schedule()` calls. A cheap job runs as
 * soon as the running code is done (input events dispatched together coalesce
 * into one run, and a keystroke's run comes before the next paint); once a run
 * costs more than `budgetMs` (the cheaper of the last two), runs wait for a
 * pause in typing (a few times that cost, bounded by `maxWaitMs` since the
 * first call of the burst), so
 * typing never waits on scanning.
 */
export function createScheduler(job, {
  budgetMs = 8,
  maxWaitMs = 750,
  now = () => performance.now(),
  setTimer = soon,
  clearTimer = cancelSoon,
} = {}) {
  let timer = null;
  let firstCall = 0;
  let lastCost = 0;
  let prevCost = 0;
  // The cost that decides: the smaller of the last two runs, so one slow run
  // (a garbage collection) does not make the next keystroke wait.
  const cost = () => Math.min(lastCost, prevCost);
  const run = () => {
    timer = null;
    const t0 = now();
    try {
      job();
    } finally {
      prevCost = lastCost;
      lastCost = now() - t0;
    }
  };
  return {
    schedule() {
      const t = now();
      const slow = cost() > budgetMs;
      if (timer === null) firstCall = t;
      else if (!slow) return; // already queued
      else clearTimer(timer);
      const wait = !slow ? 0 : Math.min(Math.max(3 * cost(), 40), Math.max(0, firstCall + maxWaitMs - t));
      timer = setTimer(run, wait);
    },
    /** Run now if a run is pending. */
    flush() {
      if (timer !== null) {
        clearTimer(timer);
        run();
      }
    },
    cancel() {
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
    get pending() {
      return timer !== null;
    },
    get lastCost() {
      return lastCost;
    },
  };
}

/** Parse a `data-config` value: JSON, or `#id` of a JSON `<script>` element. */
export function parseConfig(value, doc = globalThis.document) {
  if (!value) return {};
  const source = value.trim().startsWith('#') ? doc.querySelector(value.trim())?.textContent ?? '' : value;
  try {
    const config = JSON.parse(source);
    if (config === null || typeof config !== 'object' || Array.isArray(config)) throw new Error();
    return config;
  } catch {
    throw new CmisGuardError('invalid_config', 'data-config must be a JSON object or the #id of a JSON <script> element');
  }
}

/** An error of this script, with a stable `code`. */
export class CmisGuardError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'CmisGuardError';
    this.code = code;
  }
}

// ---------------------------------------------------------------------------
// The engine: the wasm module, re-created after a trap.

const MESSAGES = {
  loading: 'Starting the privacy checker…',
  failed: 'The privacy checker could not start in this browser, so nothing here is being checked for personal information.',
  failedBlock: 'Saving is blocked because the privacy checker is not running. Reload the page; if this keeps happening, tell your CMIS administrator.',
  failedWarn: 'You can still save, but check the notes for personal information yourself.',
  restarted: 'The privacy checker hit an internal error and was restarted.',
};

const engine = {
  state: 'idle', // idle | loading | ready | failed
  glue: null, // the current glue module (its functions)
  spare: null, // a fresh copy of the glue, ready to replace a trapped one
  module: null, // the compiled WebAssembly.Module, reused for every instance
  restarts: 0,
  error: null,
  ready: null, // the init() promise
  listeners: new Set(),
  trapNext: false, // tests only: the next call traps for real (see _testing)
  source: null,
};

function notifyEngine() {
  for (const fn of engine.listeners) fn(engine.state);
}

async function importGlue(n) {
  if (engine.source.factory) return engine.source.factory();
  return import(`${engine.source.glueUrl}?r=${n}`);
}

function prepareSpare() {
  const n = engine.restarts + 1;
  importGlue(n).then((g) => {
    engine.spare = g;
  }, () => {
    engine.spare = null; // offline and no spare: the next trap waits for one
  });
}

/**
 * Load the wasm module once; later calls return the same promise.
 * Options (all optional): `wasmUrl`, `glueUrl` (defaults: next to this
 * script, in `pkg/`), `config` (attach a form as `data-config` would).
 */
export function init(options = {}) {
  if (!engine.ready) {
    engine.state = 'loading';
    engine.source = EMBEDDED
      ? { factory: EMBEDDED.glueFactory }
      : { glueUrl: String(options.glueUrl ?? GLUE_URL) };
    engine.ready = (async () => {
      try {
        let module;
        const gluePromise = importGlue(0); // in parallel with the compile
        gluePromise.catch(() => {});
        if (EMBEDDED) {
          module = await WebAssembly.compile(EMBEDDED.wasmBytes()); // off the main thread
        } else {
          const url = String(options.wasmUrl ?? WASM_URL);
          const response = fetch(url, { credentials: 'same-origin', referrerPolicy: 'no-referrer' });
          try {
            module = await WebAssembly.compileStreaming(response);
          } catch {
            const r = await response;
            if (!r.ok) throw new Error(`wasm ${r.status}`);
            module = await WebAssembly.compile(await r.arrayBuffer());
          }
        }
        const glue = await gluePromise;
        glue.initSync({ module });
        engine.module = module;
        engine.glue = glue;
        engine.state = 'ready';
        engine.readyAt = performance.now();
        prepareSpare();
        whenIdle(preload);
      } catch (e) {
        engine.state = 'failed';
        engine.error = e;
      }
      notifyEngine();
      return engine.state;
    })();
  }
  const { config } = options;
  if (config && typeof document !== 'undefined') {
    whenDomReady(() => attachConfig(config));
  }
  return engine.ready;
}

// The scanner decodes its name data on first use (~25 ms in wasm): do it
// while the page is idle, not on the first keystroke.
function preload() {
  try {
    if (has('preloadPiiData')) call('preloadPiiData'); // through call(): a trap here is recovered too
  } catch {
    // A failure here shows up, and is handled, on the first scan.
  }
}
function whenIdle(fn) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 500 });
  else setTimeout(fn, 50);
}

/** Replace a trapped instance by a fresh one; false if none is ready yet. */
function recreate() {
  const glue = engine.spare;
  engine.spare = null;
  engine.glue = null;
  if (!glue) {
    engine.state = 'loading';
    notifyEngine();
    importGlue(engine.restarts + 1).then((g) => {
      g.initSync({ module: engine.module });
      engine.glue = g;
      engine.restarts += 1;
      engine.state = 'ready';
      prepareSpare();
      notifyEngine();
    }, (e) => {
      engine.state = 'failed';
      engine.error = e;
      notifyEngine();
    });
    return false;
  }
  glue.initSync({ module: engine.module });
  engine.glue = glue;
  engine.restarts += 1;
  prepareSpare();
  whenIdle(preload);
  return true;
}

/**
 * Call an export of the wasm module by name. A trap (a `WebAssembly.RuntimeError`)
 * re-creates the module and retries once; a second trap, or a module that is
 * not ready, throws a `CmisGuardError` with code `engine_unavailable`.
 * Errors the module reports about its arguments are thrown as they are.
 */
export function call(name, ...args) {
  for (let attempt = 0; attempt < 2; attempt++) {
    const glue = engine.glue;
    if (engine.state !== 'ready' || !glue) break;
    if (typeof glue[name] !== 'function') {
      throw new CmisGuardError('not_available', `this build of cmis-guard has no ${name}()`);
    }
    try {
      if (engine.trapNext) {
        engine.trapNext = false;
        glue.__cmisGuardTestTrap();
      }
      return glue[name](...args);
    } catch (e) {
      if (!(e instanceof WebAssembly.RuntimeError)) throw e;
      // Where it panicked (never what: that could quote the note), for support.
      try {
        engine.lastPanic = glue.lastPanic?.() ?? null;
      } catch {
        engine.lastPanic = null;
      }
      if (!recreate()) break;
      for (const fn of engine.listeners) fn('restarted');
    }
  }
  throw new CmisGuardError('engine_unavailable', MESSAGES.failed);
}

/**
 * The module's exports, each going through `call()`: `wasm.scanText(text)`.
 * Use this rather than importing the glue, so a re-created module is used.
 */
export const wasm = new Proxy({}, {
  get: (_, name) => (typeof name === 'string' ? (...args) => call(name, ...args) : undefined),
});

/** Whether the loaded module has the export `name`. */
export function has(name) {
  return engine.state === 'ready' && typeof engine.glue?.[name] === 'function';
}

/** The engine's state: `idle`, `loading`, `ready` or `failed`. */
export function state() {
  return engine.state;
}

/** Test hooks; nothing in the page uses them. */
export const _testing = {
  /** Make the next `call()` trap for real inside the wasm module first. */
  trapNextCall() {
    engine.trapNext = true;
  },
  get restarts() {
    return engine.restarts;
  },
  /** Whether a fresh copy of the glue is ready to replace a trapped one. */
  get spareReady() {
    return engine.spare !== null;
  },
  /** Where the last trap's panic happened, if the module said. */
  get lastPanic() {
    return engine.lastPanic;
  },
  /** When the module became ready, in ms since the page's time origin. */
  get readyAt() {
    return engine.readyAt;
  },
};

// ---------------------------------------------------------------------------
// The page-wide, in-memory allow-list ("Not PII"). Never stored.

const pageAllow = new Set();
const pageAllowTexts = [];
const guards = new Map(); // element -> FieldGuard | FormGuard

function rescanAll() {
  for (const g of guards.values()) g.invalidate?.();
}

// ---------------------------------------------------------------------------
// Styles of the guard's own UI, in its shadow roots (constructable sheets are
// not inline styles, so a strict style-src CSP allows them).

const UI_CSS = `
:host { all: initial; display: block; position: relative; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; }
.overlay { position: absolute; top: 0; left: 0; pointer-events: none; overflow: hidden; z-index: 2147483000; margin: 0; color: transparent; border-color: transparent !important; background: transparent; }
.overlay mark { color: transparent; border-radius: 2px; }
.overlay mark.block { background: rgba(207, 34, 46, 0.22); box-shadow: inset 0 -2px 0 rgba(207, 34, 46, 0.9); }
.overlay mark.warn { background: rgba(191, 135, 0, 0.22); box-shadow: inset 0 -2px 0 rgba(191, 135, 0, 0.9); }
.overlay mark.info { background: rgba(9, 105, 218, 0.12); box-shadow: inset 0 -1px 0 rgba(9, 105, 218, 0.7); }
.panel { margin: 4px 0 8px; }
.summary { display: flex; align-items: center; gap: 8px; font-size: 13px; }
.badge { display: inline-block; min-width: 1.6em; padding: 0 6px; border-radius: 10px; text-align: center; font-weight: 600; background: #dafbe1; color: #116329; }
.state-warnings .badge { background: #fff8c5; color: #7d4e00; }
.state-must-fix .badge { background: #ffebe9; color: #a40e26; }
.state-unavailable .badge, .state-loading .badge { background: #eaeef2; color: #424a53; }
.state-must-fix .label { color: #a40e26; font-weight: 600; }
ul { list-style: none; margin: 4px 0 0; padding: 0; }
li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; padding: 3px 6px; border-left: 3px solid #bf8700; background: #fffbea; margin: 2px 0; }
li.block { border-left-color: #cf222e; background: #fff5f5; }
li.info { border-left-color: #0969da; background: #f6f8fa; }
.kind { font-weight: 700; font-size: 12px; letter-spacing: 0.03em; }
.found { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; background: rgba(0,0,0,0.05); padding: 0 3px; border-radius: 3px; white-space: pre-wrap; overflow-wrap: anywhere; }
.reason { flex: 1 1 12em; color: #424a53; }
button { font: inherit; font-size: 12px; padding: 1px 8px; border: 1px solid #8c959f; border-radius: 4px; background: #fff; color: #1b1f24; cursor: pointer; }
button:hover { background: #f3f4f6; }
button:focus-visible { outline: 3px solid #54aeff; outline-offset: 1px; }
.more { font-style: italic; color: #57606a; }
.issue { color: #a40e26; font-weight: 600; font-size: 13px; margin: 2px 0; }
.issue.warning { color: #7d4e00; }
.fix { font-weight: 400; color: #424a53; }
.banner { border: 2px solid #cf222e; background: #fff5f5; padding: 8px 12px; border-radius: 6px; margin: 8px 0; }
.banner.warn { border-color: #bf8700; background: #fffbea; }
.banner.info { border-color: #0969da; background: #f6f8fa; }
.banner:focus { outline: 3px solid #54aeff; }
.banner ul { margin: 4px 0 0 0; }
.banner li { display: list-item; list-style: disc inside; border: 0; background: none; padding: 0; }
[hidden] { display: none !important; }
`;

let uiSheet = null;
function sheet() {
  if (!uiSheet) {
    uiSheet = new CSSStyleSheet();
    uiSheet.replaceSync(UI_CSS);
  }
  return uiSheet;
}

let highlightSheetAdded = false;
function addHighlightSheet() {
  // ::highlight() styles must live in the document the contenteditable is in.
  if (highlightSheetAdded || !('highlights' in CSS)) return;
  const s = new CSSStyleSheet();
  s.replaceSync(`
::highlight(cmis-guard-block) { background-color: rgba(207, 34, 46, 0.22); text-decoration: underline 2px rgb(207, 34, 46); }
::highlight(cmis-guard-warn) { background-color: rgba(191, 135, 0, 0.22); text-decoration: underline 2px rgb(191, 135, 0); }
::highlight(cmis-guard-info) { background-color: rgba(9, 105, 218, 0.12); }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];
  highlightSheetAdded = true;
}

let uid = 0;
function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v; // user text only ever goes in here
    else if (k.startsWith('aria-') || k === 'role' || k.startsWith('data-')) e.setAttribute(k, v);
    else e[k] = v;
  }
  e.append(...children);
  return e;
}

/** A shadow-DOM host inserted after `anchor`, styled so host CSS cannot reach in. */
function makeHost(anchor, where = 'after') {
  const host = document.createElement('cmis-guard-ui');
  for (const [p, v] of [['display', 'block'], ['position', 'relative'], ['float', 'none'], ['margin', '0'], ['padding', '0'], ['border', '0'], ['width', 'auto'], ['height', 'auto'], ['min-height', '0']]) {
    host.style.setProperty(p, v, 'important');
  }
  anchor[where](host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet()];
  return { host, root };
}

const KIND_WORDS = {
  NAME: 'Name', SSN: 'SSN', DOB: 'Date of birth', AGE: 'Age', ADDRESS: 'Address', PHONE: 'Phone',
  EMAIL: 'Email', HEALTH: 'Health', ID: 'ID number', URL: 'Link', OTHER: 'Sensitive term',
};
const kindWord = (k) => KIND_WORDS[k] ?? String(k);

// ---------------------------------------------------------------------------
// Text fields

// Notes at least this long are rescanned around the edit while typing.
const INCREMENTAL_MIN = 2000;
// ...and in full once typing pauses this long.
const FULL_SCAN_PAUSE_MS = 400;

const MIRROR_PROPS = [
  'box-sizing', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch',
  'font-feature-settings', 'font-kerning', 'letter-spacing', 'word-spacing', 'line-height', 'text-transform',
  'text-indent', 'text-align', 'direction', 'tab-size', 'white-space', 'overflow-wrap', 'word-break',
  'hyphens', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
];

function fieldKind(field) {
  if (field instanceof HTMLTextAreaElement) return 'textarea';
  if (field instanceof HTMLInputElement) return 'input';
  if (field.isContentEditable || field.getAttribute('contenteditable') !== null) return 'editable';
  throw new CmisGuardError('invalid_argument', 'attach() takes a textarea, an input, a contenteditable element or a form');
}

const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR']);

/** The text of a contenteditable, with a map from UTF-16 offsets to DOM points. */
function editableText(root) {
  let text = '';
  const pieces = []; // { node, start } for text nodes
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        pieces.push({ node: child, start: text.length });
        text += child.data;
      } else if (child.nodeName === 'BR') {
        text += '\n';
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (BLOCKS.has(child.nodeName) && text.length > 0 && !text.endsWith('\n')) text += '\n';
        walk(child);
      }
    }
  };
  walk(root);
  const point = (offset) => {
    for (let i = pieces.length - 1; i >= 0; i--) {
      const p = pieces[i];
      if (p.start <= offset && offset <= p.start + p.node.data.length) return [p.node, offset - p.start];
    }
    return null;
  };
  const range = (start, end) => {
    const a = point(start);
    const b = point(end);
    if (!a || !b) return null;
    const r = new Range();
    r.setStart(...a);
    r.setEnd(...b);
    return r;
  };
  return { text, range };
}

/** Live PII warnings on one text field. */
class FieldGuard {
  constructor(field, options = {}) {
    this.field = field;
    this.kind = fieldKind(field);
    this.options = options;
    this.findings = [];
    this.text = '';
    this.status = 'loading';
    this.announced = '';
    this.id = ++uid;
    this.known = options.known ?? null; // () => Known identifiers, from the form

    const { host, root } = makeHost(field);
    this.host = host;
    this.root = root;
    if (this.kind !== 'editable') {
      this.overlay = el('div', { class: 'overlay', 'aria-hidden': 'true' });
      root.append(this.overlay);
    } else {
      addHighlightSheet();
    }
    this.badge = el('span', { class: 'badge', text: '…' });
    this.label = el('span', { class: 'label', text: MESSAGES.loading });
    this.list = el('ul', { 'aria-label': 'Possible personal information in this field' });
    // The summary is light DOM (slotted), so the field's aria-describedby can
    // point at it; the slot sits in a polite live region.
    this.summary = el('span', { slot: 'summary', id: `cmis-guard-summary-${this.id}` });
    host.append(this.summary);
    const live = el('div', { class: 'summary', role: 'status', 'aria-live': 'polite' },
      this.badge, this.label, el('slot', { name: 'summary', hidden: true }));
    this.live = live;
    this.panel = el('div', { class: 'panel state-loading' }, live, this.list);
    root.append(this.panel);

    this.prevDescribedBy = field.getAttribute('aria-describedby');
    field.setAttribute('aria-describedby', [this.prevDescribedBy, this.summary.id].filter(Boolean).join(' '));

    this.scheduler = createScheduler(() => this.scan());
    this.onInput = () => this.scheduler.schedule();
    this.onScroll = () => this.syncScroll();
    this.onLayout = () => this.layout();
    this.onEngine = (s) => {
      if (s === 'restarted') this.restartedUntil = performance.now() + 15000;
      this.invalidate();
    };
    field.addEventListener('input', this.onInput);
    field.addEventListener('scroll', this.onScroll, { passive: true });
    field.addEventListener('focus', this.onLayout);
    if (this.kind === 'input') {
      for (const t of ['keyup', 'select', 'focus', 'blur']) field.addEventListener(t, this.onScroll);
    }
    window.addEventListener('resize', this.onLayout);
    this.resizeObserver = new ResizeObserver(this.onLayout);
    this.resizeObserver.observe(field);
    this.resizeObserver.observe(host);
    engine.listeners.add(this.onEngine);
    this.scheduleScan();
  }

  scheduleScan() {
    this.scheduler.schedule();
  }

  /** The scan options changed (allow-list, the form's known identifiers): rescan in full. */
  invalidate() {
    this.dirtyOptions = true;
    this.scheduler.schedule();
  }

  readText() {
    if (this.kind === 'editable') {
      this.model = editableText(this.field);
      return this.model.text;
    }
    return this.field.value;
  }

  scanOptions() {
    const opts = { allow: [...pageAllowTexts] };
    const scan = this.options.scan ?? {};
    for (const k of ['deny', 'minConfidence', 'asOfYear']) if (scan[k] !== undefined) opts[k] = scan[k];
    if (scan.allow) opts.allow.push(...scan.allow);
    const known = this.known?.();
    if (known && Object.keys(known).length) opts.known = known;
    return opts;
  }

  /**
   * Scan the field and redraw. A long note is rescanned only around the edit
   * (see `editWindow`), and in full once typing pauses; `full` forces a full scan.
   */
  scan({ full = false } = {}) {
    const t0 = performance.now();
    const text = this.readText();
    const before = this.text;
    this.text = text;
    let findings = [];
    clearTimeout(this.fullTimer);
    if (engine.state === 'ready') {
      try {
        const win = !full && this.status === 'ready' && !this.dirtyOptions && text.length >= (this.options.incrementalFrom ?? INCREMENTAL_MIN)
          ? editWindow(before, text, this.findings) : null;
        this.lastScanWindowed = Boolean(win);
        if (win) {
          findings = mergeWindow(this.findings, win, this.scanWith(text.slice(win.start, win.end)));
          this.fullTimer = setTimeout(() => this.scan({ full: true }), FULL_SCAN_PAUSE_MS);
        } else {
          findings = this.scanWith(text);
        }
        this.dirtyOptions = false;
        this.status = 'ready';
      } catch (e) {
        // Never echo the error to the console: it may quote the note.
        this.status = e?.code === 'not_available' ? 'not-available' : engine.state === 'loading' ? 'loading' : 'unavailable';
      }
    } else {
      this.status = engine.state === 'failed' ? 'unavailable' : 'loading';
    }
    this.findings = usableFindings(text, findings, pageAllow);
    this.render();
    this.options.onChange?.(this);
    this.field.dispatchEvent(new CustomEvent('cmis-guard:update', {
      bubbles: true,
      detail: { state: this.state, count: this.findings.length, full: !this.lastScanWindowed, costMs: performance.now() - t0 },
    }));
  }

  scanWith(text) {
    const opts = this.scanOptions();
    try {
      return call('scanText', text, opts);
    } catch (e) {
      // A known identifier the module cannot read (a half-typed date of
      // birth) must not stop the scan: scan without them.
      if (!(e?.name === 'CmisGuardError' && opts.known && !['engine_unavailable', 'not_available'].includes(e.code))) throw e;
      delete opts.known;
      return call('scanText', text, opts);
    }
  }

  /** `clean`, `warnings`, `must-fix`, `loading` or `unavailable`. */
  get state() {
    if (this.status === 'loading') return 'loading';
    if (this.status !== 'ready') return 'unavailable';
    return overallState(this.findings);
  }

  render() {
    const state = this.state;
    const n = this.findings.length;
    const blocks = this.findings.filter((f) => f.severity === 'block').length;
    this.panel.className = `panel state-${state}`;
    this.badge.textContent = state === 'loading' || state === 'unavailable' ? '–' : String(n);
    const words = {
      loading: MESSAGES.loading,
      unavailable: this.status === 'not-available'
        ? 'This build of the checker cannot scan notes.'
        : MESSAGES.failed,
      clean: 'No personal information found.',
      warnings: `${n} ${n === 1 ? 'item' : 'items'} of possible personal information: check before saving.`,
      'must-fix': `${n} ${n === 1 ? 'item' : 'items'} of possible personal information, ${blocks} must be removed before saving.`,
    }[state];
    const restarted = this.restartedUntil > performance.now() && state !== 'unavailable';
    this.label.textContent = restarted ? `${words} (${MESSAGES.restarted})` : words;
    const kinds = [...new Set(this.findings.map((f) => kindWord(f.kind)))].join(', ');
    const said = state === 'warnings' || state === 'must-fix' ? `${words} ${kinds}.` : words;
    if (said !== this.announced) {
      this.summary.textContent = said;
      this.announced = said;
    }

    const MAX = 50;
    // Typing elsewhere in the note moves the findings but does not change
    // them: the list is rebuilt only when what it shows changes. Buttons look
    // their finding up when pressed.
    const shown = this.findings.slice(0, MAX);
    const signature = `${n}\u0001${shown.map((f) => `${f.kind}\u0000${f.severity}\u0000${f.text}\u0000${f.reason}`).join('\u0001')}`;
    if (signature !== this.listSignature) {
      this.listSignature = signature;
      const items = shown.map((f, i) => {
        const redact = el('button', { type: 'button', text: 'Redact', 'aria-label': `Redact ${kindWord(f.kind)} ${f.text}`, 'data-action': 'redact' });
        const notPii = el('button', { type: 'button', text: 'Not PII', 'aria-label': `Not PII: ${f.text}`, 'data-action': 'allow' });
        redact.addEventListener('click', () => this.findings[i] && this.redact(this.findings[i]));
        notPii.addEventListener('click', () => this.findings[i] && this.allow(this.findings[i]));
        return el('li', { class: f.severity, 'data-kind': f.kind, 'data-index': String(i) },
          el('span', { class: 'kind', text: kindWord(f.kind) }),
          el('span', { class: 'found', text: f.text }),
          el('span', { class: 'reason', text: f.reason ?? '' }),
          redact, notPii);
      });
      if (n > MAX) items.push(el('li', { class: 'more', text: `and ${n - MAX} more` }));
      this.list.replaceChildren(...items);
    }
    this.paintHighlights();
  }

  paintHighlights() {
    if (this.kind === 'editable') {
      if (!('highlights' in CSS) || !this.model) return;
      const bySeverity = { block: [], warn: [], info: [] };
      for (const f of this.findings) {
        const r = this.model.range(f.start, f.end);
        if (r) (bySeverity[f.severity] ?? bySeverity.info).push(r);
      }
      for (const [sev, ranges] of Object.entries(bySeverity)) {
        const name = `cmis-guard-${sev}`;
        const h = CSS.highlights.get(name) ?? new Highlight();
        for (const r of [...h]) if (this.field.contains(r.startContainer)) h.delete(r);
        for (const r of ranges) h.add(r);
        CSS.highlights.set(name, h);
      }
      return;
    }
    const parts = segments(this.text, this.findings);
    const shape = parts.map((p) => (p.finding ? p.finding.severity : '-')).join();
    if (shape === this.overlayShape) {
      // Same marks in the same order: update only the text that changed.
      parts.forEach((p, i) => {
        const node = this.overlayNodes[i];
        if (p.finding) {
          if (node.textContent !== p.text) node.textContent = p.text;
        } else if (node.data !== p.text) {
          node.data = p.text;
        }
      });
    } else {
      this.overlayShape = shape;
      this.overlayNodes = parts.map((p) =>
        p.finding ? el('mark', { class: p.finding.severity, text: p.text }) : document.createTextNode(p.text));
      // A textarea shows a last empty line after a final newline; a div needs a character for it.
      this.overlay.replaceChildren(...this.overlayNodes, document.createTextNode('\u200b'));
    }
    // Reading the layout here would force it at once, for the field and the
    // overlay; in the next frame the browser lays out anyway.
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        if (this.layoutDirty !== false) this.layout();
        else this.syncScroll();
        // The page's own input handlers (an SSN mask) may have changed the
        // value after the scan without an input event: catch up.
        if (this.field.value !== this.text) this.scheduler.schedule();
      });
    }
  }

  /** Copy the field's box and type onto the overlay and put it over the field. */
  layout() {
    if (!this.overlay) return;
    this.layoutDirty = false;
    const f = this.field;
    const cs = getComputedStyle(f);
    const o = this.overlay.style;
    for (const p of MIRROR_PROPS) o.setProperty(p, cs.getPropertyValue(p));
    o.boxSizing = 'border-box';
    o.borderColor = 'transparent';
    if (this.kind === 'input') {
      o.whiteSpace = 'pre';
      // An input centres its one line vertically.
      o.lineHeight = `${f.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)}px`;
    }
    // The field's scrollbar takes room from the text: give the overlay the same.
    const bl = parseFloat(cs.borderLeftWidth) || 0;
    const br = parseFloat(cs.borderRightWidth) || 0;
    const scrollbar = Math.max(0, f.offsetWidth - f.clientWidth - bl - br);
    o.paddingRight = `${(parseFloat(cs.paddingRight) || 0) + scrollbar}px`;
    o.width = `${f.offsetWidth}px`;
    o.height = `${f.offsetHeight}px`;
    const fr = f.getBoundingClientRect();
    const hr = this.host.getBoundingClientRect();
    // getBoundingClientRect includes transforms; offset sizes do not. Scale-free pages are the norm.
    o.left = `${fr.left - hr.left}px`;
    o.top = `${fr.top - hr.top}px`;
    o.display = f.offsetParent === null && cs.position !== 'fixed' ? 'none' : 'block';
    this.syncScroll();
  }

  syncScroll() {
    if (!this.overlay) return;
    this.overlay.scrollTop = this.field.scrollTop;
    this.overlay.scrollLeft = this.field.scrollLeft;
  }

  /** Replace one finding's text by its replacement, keeping the caret where it was. */
  redact(f) {
    const field = this.field;
    const current = this.readText();
    if (current.slice(f.start, f.end) !== f.text) return this.scan(); // stale list: rescan
    if (this.kind === 'editable') {
      const r = this.model.range(f.start, f.end);
      if (!r) return this.scan();
      r.deleteContents();
      const node = document.createTextNode(f.replacement);
      r.insertNode(node);
      field.normalize();
      field.focus();
      const caret = new Range();
      const after = editableText(field);
      const p = after.range(f.start + f.replacement.length, f.start + f.replacement.length);
      if (p) {
        caret.setStart(p.startContainer, p.startOffset);
        getSelection().removeAllRanges();
        getSelection().addRange(caret);
      }
    } else {
      field.setRangeText(f.replacement, f.start, f.end, 'preserve');
      field.focus({ preventScroll: true });
    }
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
    this.scheduler.cancel();
    this.scan();
  }

  /** "Not PII": dismiss this text (of this kind) on the whole page, for this visit. */
  allow(f) {
    const key = allowKey(f);
    if (!pageAllow.has(key)) {
      pageAllow.add(key);
      pageAllowTexts.push(f.text);
    }
    this.field.focus({ preventScroll: true });
    this.scheduler.cancel();
    this.scan({ full: true });
    rescanAll();
  }

  detach() {
    const field = this.field;
    this.scheduler.cancel();
    clearTimeout(this.fullTimer);
    cancelAnimationFrame(this.frame);
    field.removeEventListener('input', this.onInput);
    field.removeEventListener('scroll', this.onScroll);
    field.removeEventListener('focus', this.onLayout);
    for (const t of ['keyup', 'select', 'focus', 'blur']) field.removeEventListener(t, this.onScroll);
    window.removeEventListener('resize', this.onLayout);
    this.resizeObserver.disconnect();
    engine.listeners.delete(this.onEngine);
    if (this.prevDescribedBy) field.setAttribute('aria-describedby', this.prevDescribedBy);
    else field.removeAttribute('aria-describedby');
    if (this.kind === 'editable' && 'highlights' in CSS) {
      for (const sev of ['block', 'warn', 'info']) {
        const h = CSS.highlights.get(`cmis-guard-${sev}`);
        if (h) for (const r of [...h]) if (field.contains(r.startContainer)) h.delete(r);
      }
    }
    this.host.remove();
  }
}

// ---------------------------------------------------------------------------
// Forms: record validation, notes, submit

const RECORD_FIELDS = [
  'firstName', 'middleName', 'lastName', 'nameSuffix', 'nameDataQuality', 'ssn', 'ssnDataQuality', 'dob',
  'dobDataQuality', 'phone', 'email', 'address', 'city', 'state', 'zip',
];

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function readValue(node) {
  if (!node) return undefined;
  if (node instanceof HTMLInputElement && (node.type === 'checkbox' || node.type === 'radio')) return node.checked;
  if ('value' in node) return node.value;
  return node.textContent;
}

/** The intake form of a config: its record fields, notes and submit policy. */
class FormGuard {
  constructor(form, config) {
    this.form = form;
    this.config = config;
    this.submitMode = config.submit === 'warn' ? 'warn' : 'block';
    this.notes = [];
    this.fieldIssues = new Map(); // selector -> { node, host, root, box }
    this.warnedOnce = false;
    this.issues = [];

    const { host, root } = makeHost(form, 'before');
    this.bannerHost = host;
    this.banner = el('div', { class: 'banner', role: 'alert', tabIndex: -1, hidden: true });
    root.append(this.banner);

    this.recordNodes = {};
    for (const [field, selector] of Object.entries(config.fields ?? {})) {
      const node = form.querySelector(selector) ?? document.querySelector(selector);
      if (node) this.recordNodes[field] = node;
    }
    for (const [field, node] of Object.entries(this.recordNodes)) {
      const { host: h, root: r } = makeHost(node);
      const box = el('div', { id: `cmis-guard-issue-${++uid}` });
      const slotBox = el('span', { slot: 'issues', id: `cmis-guard-issues-${uid}` });
      h.append(slotBox);
      r.append(el('div', { role: 'status', 'aria-live': 'polite' }, box, el('slot', { name: 'issues', hidden: true })));
      const prev = node.getAttribute('aria-describedby');
      node.setAttribute('aria-describedby', [prev, slotBox.id].filter(Boolean).join(' '));
      this.fieldIssues.set(field, { node, host: h, box, slotBox, prev });
    }

    const notes = config.notes ?? [];
    for (const selector of notes) {
      for (const node of form.querySelectorAll(selector).length ? form.querySelectorAll(selector) : document.querySelectorAll(selector)) {
        if (guards.has(node)) continue;
        const g = new FieldGuard(node, { scan: config.scan, known: () => this.known(), onChange: () => this.refreshBanner() });
        guards.set(node, g);
        this.notes.push(g);
      }
    }

    this.validator = createScheduler(() => this.validate());
    this.onChange = (e) => {
      if (Object.values(this.recordNodes).includes(e.target) || e.target === this.anonymousNode) {
        this.validator.schedule();
        for (const n of this.notes) n.invalidate();
      }
    };
    form.addEventListener('input', this.onChange);
    form.addEventListener('change', this.onChange);
    this.anonymousNode = typeof config.anonymous === 'string' ? document.querySelector(config.anonymous) : null;
    // Capture on window: runs before the vendor's own submit handlers.
    this.onSubmit = (e) => {
      if (e.target === form) this.submit(e);
    };
    window.addEventListener('submit', this.onSubmit, true);
    // Pages that save from a plain button's click handler (no form submit):
    // `saveButtons` names those buttons, and their clicks are checked the same way.
    this.onClick = (e) => {
      const button = config.saveButtons && e.target instanceof Element ? e.target.closest(config.saveButtons) : null;
      if (button && (form.contains(button) || !button.form)) this.submit(e);
    };
    if (config.saveButtons) window.addEventListener('click', this.onClick, true);
    this.onEngine = () => {
      this.validator.schedule();
      this.refreshBanner();
    };
    engine.listeners.add(this.onEngine);
    this.validator.schedule();
  }

  /** Whether the page replaced a field this guard watches, or added a note field. */
  stale() {
    if (Object.values(this.recordNodes).some((n) => !n.isConnected)) return true;
    if (this.notes.some((n) => !n.field.isConnected)) return true;
    for (const selector of this.config.notes ?? []) {
      for (const node of this.form.querySelectorAll(selector)) if (!guards.has(node)) return true;
    }
    return false;
  }

  /** `anonymous` or `identified`, from the config (fixed, or a checkbox). */
  get clientMode() {
    const a = this.config.anonymous;
    if (this.anonymousNode) return readValue(this.anonymousNode) ? 'anonymous' : 'identified';
    if (a === true || this.config.mode === 'anonymous') return 'anonymous';
    return 'identified';
  }

  record() {
    const rec = {};
    for (const [field, node] of Object.entries(this.recordNodes)) {
      const v = readValue(node);
      if (typeof v === 'boolean') continue;
      if (/DataQuality$/.test(field)) {
        if (v !== '' && v !== undefined) rec[field] = Number(v);
      } else if (v !== undefined) {
        rec[field] = v.trim();
      }
    }
    return rec;
  }

  /** The client's identifiers from the form, to find wherever a note repeats them. */
  known() {
    const r = this.record();
    const k = {};
    const real = (s) => s && !/^(anonymous|refused|unknown|doe)$/i.test(s);
    const name = [r.firstName, r.lastName].filter(real).join(' ');
    if (name) k.names = [name];
    if (r.ssn && /\d{4}/.test(r.ssn)) k.ssn = [r.ssn];
    if (r.dob && /^\d{4}-\d{2}-\d{2}$/.test(r.dob)) k.dob = [r.dob];
    if (r.phone && /\d{7}/.test(r.phone.replace(/\D/g, ''))) k.phones = [r.phone];
    if (r.email && r.email.includes('@')) k.emails = [r.email];
    if (r.address && r.address.length > 4) k.addresses = [r.address];
    return k;
  }

  validate() {
    this.issues = [];
    this.validationStatus = 'ready';
    if (Object.keys(this.recordNodes).length === 0) return this.renderIssues();
    if (engine.state !== 'ready') {
      this.validationStatus = engine.state;
      return this.renderIssues();
    }
    try {
      const result = call('validateClient', this.record(), { mode: this.clientMode, asOf: this.config.asOf ?? today() });
      this.issues = Array.isArray(result?.issues) ? result.issues : [];
    } catch (e) {
      this.validationStatus = e?.code === 'not_available' ? 'not-available' : 'failed';
    }
    this.renderIssues();
  }

  renderIssues() {
    for (const [field, { box, slotBox, node }] of this.fieldIssues) {
      const mine = this.issues.filter((i) => i.field === field);
      box.replaceChildren(...mine.map((i) => {
        const row = el('div', { class: `issue ${i.severity}` }, el('span', { text: i.message }));
        if (typeof i.fix === 'string' || typeof i.fix === 'number') {
          const shown = i.fix === '' ? 'Clear it' : `Use ${i.fix}`;
          const b = el('button', { type: 'button', text: shown, 'data-action': 'fix', 'aria-label': `${shown}: ${i.message}` });
          b.addEventListener('click', () => this.applyFix(node, i.fix));
          row.append(' ', b);
        }
        return row;
      }));
      slotBox.textContent = mine.map((i) => i.message).join(' ');
      if (mine.some((i) => i.severity === 'error')) node.setAttribute('aria-invalid', 'true');
      else node.removeAttribute('aria-invalid');
    }
    this.refreshBanner();
  }

  /** Put a validation issue's fix into its field, as if the worker had typed it. */
  applyFix(node, fix) {
    const value = String(fix);
    if (node instanceof HTMLSelectElement && ![...node.options].some((o) => o.value === value)) return;
    node.value = value;
    node.dispatchEvent(new Event('input', { bubbles: true }));
    node.dispatchEvent(new Event('change', { bubbles: true }));
    node.focus();
    this.validator.flush();
  }

  /** What stops a save: `{ errors: [text], warnings: [text], unavailable }`. */
  problems() {
    const errors = [];
    const warnings = [];
    for (const i of this.issues) {
      // A field this form does not have cannot be fixed here: report, never block.
      if (!this.recordNodes[i.field]) warnings.push(`${i.message} (not on this form)`);
      else (i.severity === 'error' ? errors : warnings).push(i.message);
    }
    for (const n of this.notes) {
      const label = n.field.labels?.[0]?.textContent?.trim() || n.field.name || 'Note';
      const blocks = n.findings.filter((f) => f.severity === 'block');
      const others = n.findings.length - blocks.length;
      if (blocks.length) errors.push(`${label}: remove ${blocks.map((f) => kindWord(f.kind)).join(', ')}.`);
      if (others) warnings.push(`${label}: ${others} possible personal information to check.`);
    }
    const unavailable = engine.state === 'failed'
      || this.notes.some((n) => n.state === 'unavailable')
      || this.validationStatus === 'failed';
    return { errors, warnings, unavailable };
  }

  showBanner(kind, title, lines = []) {
    this.banner.className = `banner ${kind}`;
    this.banner.replaceChildren(el('strong', { text: title }),
      ...(lines.length ? [el('ul', {}, ...lines.map((t) => el('li', { text: t })))] : []));
    this.banner.hidden = false;
  }

  /** Keep a shown banner current while the worker fixes things; show engine failure at once. */
  refreshBanner() {
    const p = this.problems();
    if (engine.state === 'failed') {
      this.submitBanner(p);
      return;
    }
    if (this.banner.hidden) return;
    if (p.errors.length === 0 && p.warnings.length === 0 && !p.unavailable) {
      this.showBanner('info', 'All problems are fixed. You can save now.');
    } else if (this.bannerFromSubmit) {
      this.submitBanner(p);
    }
  }

  submitBanner(p) {
    if (p.unavailable) {
      this.showBanner(this.submitMode === 'block' ? 'error' : 'warn', MESSAGES.failed,
        [this.submitMode === 'block' ? MESSAGES.failedBlock : MESSAGES.failedWarn]);
      // warn mode: the worker has been told, and may save.
      if (this.submitMode === 'warn') this.warnedOnce = true;
    } else if (this.submitMode === 'block' && p.errors.length) {
      this.showBanner('error', `Not saved: fix ${p.errors.length === 1 ? 'this problem' : `these ${p.errors.length} problems`} first.`, [...p.errors, ...p.warnings]);
    } else {
      this.showBanner('warn', 'Check before saving: press Save again to save anyway.', [...p.errors, ...p.warnings]);
      this.warnedOnce = true; // the worker has seen the warnings: the next save goes through
    }
  }

  submit(e) {
    this.validator.flush();
    for (const n of this.notes) {
      n.scheduler.cancel();
      n.scan({ full: true });
    }
    const p = this.problems();
    const clean = p.errors.length === 0 && p.warnings.length === 0 && !p.unavailable;
    let stop = false;
    if (!clean) {
      if (this.submitMode === 'block') stop = p.errors.length > 0 || p.unavailable;
      if (!stop && !this.warnedOnce) stop = true; // warn: the first attempt shows what to check
    }
    if (stop) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.bannerFromSubmit = true;
      this.submitBanner(p);
      this.bannerHost.scrollIntoView?.({ block: 'nearest' });
      this.banner.focus({ preventScroll: true });
    }
    this.form.dispatchEvent(new CustomEvent('cmis-guard:submit', { detail: { blocked: stop } }));
  }

  detach() {
    for (const n of this.notes) {
      n.detach();
      guards.delete(n.field);
    }
    for (const { node, host, prev } of this.fieldIssues.values()) {
      host.remove();
      node.removeAttribute('aria-invalid');
      if (prev) node.setAttribute('aria-describedby', prev);
      else node.removeAttribute('aria-describedby');
    }
    this.validator.cancel();
    this.form.removeEventListener('input', this.onChange);
    this.form.removeEventListener('change', this.onChange);
    window.removeEventListener('submit', this.onSubmit, true);
    window.removeEventListener('click', this.onClick, true);
    engine.listeners.delete(this.onEngine);
    this.bannerHost.remove();
  }
}

// ---------------------------------------------------------------------------
// The public API

/**
 * Attach live warnings to a text field (textarea, input, contenteditable), or
 * the whole config to a form. Starts the module if `init()` was not called.
 * Attaching twice returns the same guard. Options for a field: `scan`
 * (`allow`, `deny`, `minConfidence`); for a form: the config (`fields`,
 * `notes`, `submit`, `anonymous`, `scan`).
 */
export function attach(element, options = {}) {
  if (!(element instanceof Element)) throw new CmisGuardError('invalid_argument', 'attach() takes an element');
  if (guards.has(element)) return guards.get(element);
  init();
  const guard = element instanceof HTMLFormElement ? new FormGuard(element, options) : new FieldGuard(element, options);
  guards.set(element, guard);
  return guard;
}

/** Remove cmis-guard from an element attached before; the page is as it was. */
export function detach(element) {
  const g = guards.get(element);
  if (!g) return false;
  g.detach();
  guards.delete(element);
  return true;
}

function whenDomReady(fn) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn, { once: true });
  else fn();
}

function attachConfig(config) {
  const apply = () => {
    // Pages that re-render (single-page apps) drop and re-create their fields:
    // a form whose fields changed is guarded afresh, guards whose element left
    // the page are forgotten, new elements are guarded.
    for (const [element, guard] of [...guards]) {
      if (guard instanceof FormGuard && element.isConnected && guard.stale()) {
        guard.detach();
        guards.delete(element);
      }
    }
    for (const [element, guard] of [...guards]) {
      if (!element.isConnected) {
        guard.detach();
        guards.delete(element);
      }
    }
    for (const form of config.form ? document.querySelectorAll(config.form) : []) attach(form, config);
    if (!config.form) {
      for (const selector of config.notes ?? []) {
        for (const node of document.querySelectorAll(selector)) attach(node, { scan: config.scan });
      }
    }
  };
  apply();
  let queued = false;
  new MutationObserver((records) => {
    // Our own hosts coming and going are not the page changing.
    const theirs = records.some((r) => [...r.addedNodes, ...r.removedNodes].some((n) => n.nodeName !== 'CMIS-GUARD-UI'));
    if (!theirs || queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      apply();
    });
  }).observe(document.body, { childList: true, subtree: true });
}

// The one tag: find our own <script data-cmis-guard> and apply its config.
if (typeof document !== 'undefined') {
  const here = import.meta.url.split(/[?#]/)[0];
  const tag = [...document.querySelectorAll('script[data-cmis-guard]')]
    .find((s) => !s.src || s.src.split(/[?#]/)[0] === here);
  if (tag) {
    let config = null;
    try {
      config = parseConfig(tag.dataset.config);
    } catch (e) {
      // Say so on the page: a silent typo would look like "no PII found".
      whenDomReady(() => {
        const { root } = makeHost(document.body, 'prepend');
        root.append(el('div', { class: 'banner', role: 'alert', text: `cmis-guard is not checking this page: ${e.message}.` }));
      });
    }
    init();
    if (config) {
      whenDomReady(() => attachConfig(config));
    }
  }
}
