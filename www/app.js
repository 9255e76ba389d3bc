// The demo page: loads the wasm module once and wires the forms to it.
// User text is only ever put into the page with textContent, never as HTML,
// and never leaves the page.
import init, { anonymizedDob, version } from './pkg/cmis_guard.js';

const $ = (id) => document.getElementById(id);

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function showDob() {
  const dob = $('real-dob').value;
  const asOf = $('as-of').value;
  const error = $('dob-error');
  const result = $('dob-result');
  error.hidden = true;
  result.hidden = true;
  $('real-dob').removeAttribute('aria-invalid');
  if (!dob) return;
  let r;
  try {
    r = anonymizedDob(dob, asOf);
  } catch (e) {
    error.textContent = e.code ? e.message : 'The checker failed on this input.';
    error.hidden = false;
    $('real-dob').setAttribute('aria-invalid', 'true');
    return;
  }
  $('anon-dob').textContent = r.dob;
  $('anon-quality').textContent = `${r.dobDataQuality}: Approximate or partial DOB reported`;
  $('anon-ages').textContent = `${r.trueAge} / ${r.shownAge}`;
  const notes = $('anon-notes');
  notes.replaceChildren(...r.notes.map((text, i) => {
    const li = document.createElement('li');
    li.textContent = text;
    if (i > 0 && (r.bracketChanged || r.viSpdat60Crossed)) li.className = 'alert';
    return li;
  }));
  result.hidden = false;
}

async function main() {
  const status = $('status');
  try {
    await init({ module_or_path: new URL('./pkg/cmis_guard_bg.wasm', import.meta.url) });
  } catch (e) {
    status.textContent = 'The checker could not start in this browser. Nothing is being checked on this page.';
    status.className = 'status failed';
    return;
  }
  status.textContent = 'Checker ready. Everything runs in this browser.';
  status.className = 'status ready';
  $('version').textContent = version();
  $('as-of').value = today();
  for (const id of ['real-dob', 'as-of']) $(id).addEventListener('input', showDob);
  $('dob-form').addEventListener('submit', (e) => e.preventDefault());
  document.body.dataset.ready = 'true';
}

main();
