// The demo page: a case note, a message box and an intake form guarded by
// cmis-guard.js (the form through the page's one tag and its config), and the
// anonymized-DOB helper. User text is only ever put into the page with
// textContent, never as HTML, and never leaves the page.
import * as guard from './cmis-guard.js';

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
    r = guard.call('anonymizedDob', dob, asOf);
  } catch (e) {
    error.textContent = e.code && e.code !== 'engine_unavailable' ? e.message : 'The checker failed on this input.';
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
  $('as-of').value = today();
  for (const id of ['real-dob', 'as-of']) $(id).addEventListener('input', showDob);
  $('dob-form').addEventListener('submit', (e) => e.preventDefault());
  // The demo stores nothing: a save that cmis-guard lets through ends here.
  $('intake').addEventListener('submit', (e) => {
    e.preventDefault();
    $('saved').textContent = 'Saved (demo: nothing was sent or stored).';
  });
  guard.attach($('note'));
  guard.attach($('message'));
  const state = await guard.init();
  if (state !== 'ready') {
    status.textContent = 'The checker could not start in this browser. Nothing is being checked on this page.';
    status.className = 'status failed';
  } else {
    status.textContent = 'Checker ready. Everything runs in this browser.';
    status.className = 'status ready';
    $('version').textContent = guard.call('version');
  }
  document.body.dataset.ready = 'true';
}

main();
