// The demo page: loads the wasm module once and wires the forms to it.
// User text is only ever put into the page with textContent, never as HTML,
// and never leaves the page. The module is loaded by cmis-guard.js (the page's
// one tag, which also adds live PII warnings to the note fields); its exports
// are reached through `guard.wasm`, so a module re-created after a trap is used.
import * as guard from './cmis-guard.js';

const {
  anonymizedDob, anonymizeClient, deidentificationRequest, mergeRequest, trackingSheetCsv,
  validateClient, version,
} = guard.wasm;

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

// ---- The intake form ---------------------------------------------------

// Record field -> form control. `kind`: text input, coded select, checkbox.
const TEXT_FIELDS = [
  ['personalId', 'client-id'], ['firstName', 'first-name'], ['lastName', 'last-name'],
  ['middleName', 'middle-name'], ['nameSuffix', 'name-suffix'], ['ssn', 'ssn'],
  ['dob', 'birth-date'], ['address', 'address'], ['city', 'city'], ['state', 'state'],
  ['zip', 'zip'], ['phone', 'phone'], ['email', 'email'],
];
const CODE_FIELDS = [
  ['nameDataQuality', 'name-quality'], ['ssnDataQuality', 'ssn-quality'],
  ['dobDataQuality', 'dob-quality'], ['raceNone', 'race-none'], ['genderNone', 'gender-none'],
  ['sexualOrientation', 'sexual-orientation'], ['veteranStatus', 'veteran-status'],
];
const TEXTS = [['caseNote', 'case-note'], ['viSpdat', 'vi-spdat']];
const LABELS = {
  personalId: 'CMIS Client ID', firstName: 'First Name', lastName: 'Last Name', middleName: 'Middle Name',
  nameSuffix: 'Suffix', nameDataQuality: 'Name Quality', ssn: 'Social Security Number',
  ssnDataQuality: 'SSN Quality', dob: 'Birth Date', dobDataQuality: 'Date of Birth Quality',
  address: 'Address', city: 'City', state: 'State', zip: 'Zip Code', phone: 'Phone', email: 'E-mail',
  veteranStatus: 'Veteran Status', raceNone: 'Race', genderNone: 'Gender',
};
const checkboxes = (group) => [...document.querySelectorAll(`#${group} input[type=checkbox]`)];

// Where an issue's message goes: the message element beside the field.
function messageIdFor(field) {
  const t = /^texts\[(\d+)\]$/.exec(field);
  if (t) return TEXTS[Number(t[1])] && `msg-${TEXTS[Number(t[1])][1]}`;
  const pair = TEXT_FIELDS.find(([k]) => k === field) ?? CODE_FIELDS.find(([k]) => k === field);
  if (pair && field === 'raceNone') return 'msg-race';
  if (pair && field === 'genderNone') return 'msg-gender';
  if (pair) return `msg-${pair[1]}`;
  if (checkboxes('race').some((c) => c.dataset.field === field)) return 'msg-race';
  if (checkboxes('gender').some((c) => c.dataset.field === field)) return 'msg-gender';
  return null;
}

// The form control of a record field, for applying an issue's fix.
function controlFor(field) {
  const pair = TEXT_FIELDS.find(([k]) => k === field) ?? CODE_FIELDS.find(([k]) => k === field);
  return pair ? $(pair[1]) : null;
}

function optionText(control, value) {
  if (control.tagName !== 'SELECT') return String(value);
  const option = [...control.options].find((o) => o.value === String(value));
  return option ? `${value} (${option.textContent})` : String(value);
}

function formRecord() {
  const r = {};
  for (const [k, id] of TEXT_FIELDS) if ($(id).value.trim() !== '') r[k] = $(id).value;
  for (const [k, id] of CODE_FIELDS) if ($(id).value !== '') r[k] = Number($(id).value);
  for (const group of ['race', 'gender']) {
    const boxes = checkboxes(group);
    if (boxes.some((c) => c.checked)) for (const c of boxes) r[c.dataset.field] = c.checked ? 1 : 0;
  }
  // Keep texts at their form index so `texts[i]` issues land beside the right box.
  r.texts = TEXTS.map(([name, id]) => ({ name, text: $(id).value }));
  return r;
}

function fillForm(r) {
  for (const [k, id] of TEXT_FIELDS) $(id).value = r[k] ?? '';
  for (const [k, id] of CODE_FIELDS) $(id).value = r[k] == null ? '' : String(r[k]);
  for (const group of ['race', 'gender']) for (const c of checkboxes(group)) c.checked = r[c.dataset.field] === 1;
  for (const [i, [, id]] of TEXTS.entries()) $(id).value = r.texts?.[i]?.text ?? '';
}

function mode() {
  return document.querySelector('input[name=mode]:checked').value;
}

// The real DOB from the helper, when it is a usable date; never put in the record.
function trueDob() {
  const v = $('real-dob').value;
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
}

function ageOn(dob, asOf) {
  const [y, m, d] = dob.split('-').map(Number);
  const [ay, am, ad] = asOf.split('-').map(Number);
  return ay - y - ((am < m || (am === m && ad < d)) ? 1 : 0);
}

function clearMessages() {
  for (const el of document.querySelectorAll('#intake .field-msg')) {
    el.replaceChildren();
    el.className = 'field-msg';
  }
  for (const el of document.querySelectorAll('#intake-form [aria-invalid]')) el.removeAttribute('aria-invalid');
}

function validateForm() {
  clearMessages();
  const asOf = $('as-of').value;
  const dob = $('birth-date').value;
  $('client-age').textContent = dob && asOf && dob <= asOf ? String(ageOn(dob, asOf)) : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    $('intake-summary').textContent = 'Set the reference date in the helper above to check this record.';
    return;
  }
  const options = { mode: mode(), asOf };
  if (options.mode === 'anonymous' && trueDob() && trueDob() <= asOf) options.trueDob = trueDob();
  let v;
  try {
    v = validateClient(formRecord(), options);
  } catch (e) {
    $('intake-summary').textContent = e.code ? e.message : 'The checker failed on this input.';
    return;
  }
  let errors = 0;
  let warnings = 0;
  for (const issue of v.issues) {
    if (issue.severity === 'error') errors += 1; else warnings += 1;
    const id = messageIdFor(issue.field);
    const el = id && $(id);
    if (!el) continue;
    const line = document.createElement('span');
    line.className = issue.severity;
    line.dataset.code = issue.code;
    line.textContent = issue.message;
    el.append(line);
    const control = controlFor(issue.field);
    if ('fix' in issue && control) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'fix';
      button.textContent = issue.fix === '' ? 'Clear it' : `Set to ${optionText(control, issue.fix)}`;
      button.addEventListener('mousedown', (e) => e.preventDefault());
      button.addEventListener('click', () => {
        control.value = String(issue.fix);
        validateForm();
        control.focus();
      });
      line.append(' ', button);
    }
    el.classList.add(issue.severity === 'error' || el.classList.contains('error') ? 'error' : 'warning');
    if (issue.severity === 'error') {
      const control = document.querySelector(`[aria-describedby~="${id}"]`);
      control?.setAttribute('aria-invalid', 'true');
    }
  }
  const what = mode() === 'anonymous' ? 'anonymous-client template' : 'HMIS data-quality rules';
  $('intake-summary').textContent = errors === 0
    ? `No errors against the ${what}${warnings ? ` (${warnings} warning${warnings > 1 ? 's' : ''})` : ''}.`
    : `${errors} error${errors > 1 ? 's' : ''} against the ${what}: see the messages beside the fields.`;
  $('intake-summary').className = errors === 0 ? 'summary ok' : 'summary failed';
}

// The name as the organization knows the client, kept in memory only for the
// tracking-sheet row; never written into the record.
let knownName = '';

function makeAnonymous() {
  const asOf = $('as-of').value;
  const before = formRecord();
  const options = { asOf };
  if (trueDob() && trueDob() <= asOf) options.trueDob = trueDob();
  let a;
  try {
    a = anonymizeClient(before, options);
  } catch (e) {
    $('intake-summary').textContent = e.code ? e.message : 'The checker failed on this input.';
    return;
  }
  const name = [before.firstName, before.lastName].filter((x) => x && x !== 'Anonymous').join(' ');
  if (name) knownName = name;
  document.querySelector('input[name=mode][value=anonymous]').checked = true;
  fillForm(a.record);
  // Show what changed, never the old values.
  $('changes-list').replaceChildren(...a.changes.map((c) => {
    const li = document.createElement('li');
    const label = LABELS[c.field] ?? c.field;
    li.textContent = c.to == null || c.to === '' ? `${label}: cleared` : `${label}: set to ${c.to}`;
    return li;
  }));
  if (a.changes.length === 0) {
    const li = document.createElement('li');
    li.textContent = 'Nothing: the record already follows the template.';
    $('changes-list').append(li);
  }
  $('anonymize-notes').replaceChildren(...a.issues.map((i) => {
    const li = document.createElement('li');
    li.className = 'alert';
    li.textContent = i.message;
    return li;
  }));
  $('changes').hidden = false;
  $('after-anonymous').hidden = false;
  $('track-name').value = knownName;
  $('track-id').value = a.record.personalId ?? '';
  validateForm();
}

function downloadRow() {
  const msg = $('msg-track');
  msg.textContent = '';
  let csv;
  try {
    csv = trackingSheetCsv([{ name: $('track-name').value, clientId: $('track-id').value, date: $('as-of').value || null }]);
  } catch (e) {
    msg.textContent = e.code ? `${e.field === 'rows[0].name' ? 'Name' : 'Client ID'}: ${e.message.replace(/^[^:]*: /, '')}` : 'Could not make the file.';
    msg.className = 'field-msg error';
    return;
  }
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `tracking-sheet-client-${$('track-id').value.trim()}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  msg.textContent = 'Row downloaded. Add it to your tracking sheet.';
  msg.className = 'field-msg ok';
}

// ---- Guide, checklists, tickets --------------------------------------------

function answerGuide(yes) {
  const p = $('guide-answer');
  p.textContent = yes
    ? 'Yes: create an anonymous record. Use the form below with "an anonymous client" selected, and do not include any PII.'
    : 'No: enter the client\u2019s information as they give it, with their signed consent.';
  p.hidden = false;
  document.querySelector(`input[name=mode][value=${yes ? 'anonymous' : 'identified'}]`).checked = true;
  validateForm();
}

function wireChecklist(id, done) {
  const boxes = checkboxes(id);
  const progress = document.querySelector(`#${id} .progress`);
  const update = () => {
    const n = boxes.filter((b) => b.checked).length;
    progress.textContent = n === boxes.length ? done : `${n} of ${boxes.length} done.`;
    progress.className = n === boxes.length ? 'progress ok' : 'progress';
  };
  for (const b of boxes) b.addEventListener('change', update);
  update();
}

function updateTicket() {
  const msg = $('msg-ticket');
  msg.textContent = '';
  $('ticket-text').value = '';
  $('ticket-reminders').replaceChildren();
  if ($('ticket-client').value.trim() === '') return;
  const remove = $('ticket-remove').value.split(/[\s,;]+/).filter(Boolean);
  try {
    const t = deidentificationRequest({
      clientId: $('ticket-client').value,
      remove,
      removeReason: $('ticket-dv').checked && remove.length ? 'dv_perpetrator' : null,
      notesEditable: $('ticket-editable').checked,
    });
    $('ticket-text').value = `${t.summary}\n\n${t.description}`;
    $('ticket-reminders').replaceChildren(...t.reminders.map((r) => {
      const li = document.createElement('li');
      li.textContent = r;
      return li;
    }));
  } catch (e) {
    msg.textContent = e.code ? e.message : 'Could not write the ticket.';
    msg.className = 'field-msg error';
  }
}

function updateMerge() {
  const msg = $('msg-merge');
  msg.textContent = '';
  msg.className = 'field-msg';
  $('merge-text').value = '';
  if ($('merge-a').value.trim() === '' || $('merge-b').value.trim() === '') return;
  if (!$('merge-confirm').checked) {
    msg.textContent = 'Confirm that both records are the same person before asking for a merge.';
    return;
  }
  try {
    const t = mergeRequest($('merge-a').value, $('merge-b').value);
    $('merge-text').value = `${t.summary}\n\n${t.description}`;
  } catch (e) {
    msg.textContent = e.code ? e.message : 'Could not write the request.';
    msg.className = 'field-msg error';
  }
}

function wireIntake() {
  const form = $('intake-form');
  // 'input' fires for every control kind; a 'change' on blur would re-render
  // the messages under a pressed fix button and swallow its click.
  form.addEventListener('input', validateForm);
  form.addEventListener('submit', (e) => e.preventDefault());
  // Clearing forgets everything about the client, the remembered name too.
  form.addEventListener('reset', () => setTimeout(() => {
    knownName = '';
    $('track-name').value = '';
    $('track-id').value = '';
    $('msg-track').textContent = '';
    $('changes').hidden = true;
    $('after-anonymous').hidden = true;
    validateForm();
  }));
  for (const id of ['real-dob', 'as-of']) $(id).addEventListener('input', validateForm);
  $('make-anonymous').addEventListener('click', makeAnonymous);
  $('download-row').addEventListener('click', downloadRow);
  $('guide-yes').addEventListener('click', () => answerGuide(true));
  $('guide-no').addEventListener('click', () => answerGuide(false));
  wireChecklist('ready-checklist', 'All done: you are ready to submit the support ticket.');
  wireChecklist('org-checklist', 'All done: your organization is set up for anonymous clients.');
  for (const f of ['ticket-form', 'merge-form']) $(f).addEventListener('submit', (e) => e.preventDefault());
  $('ticket-form').addEventListener('input', updateTicket);
  $('ticket-form').addEventListener('change', updateTicket);
  $('merge-form').addEventListener('input', updateMerge);
  $('merge-form').addEventListener('change', updateMerge);
  validateForm();
}

// Keep the page's own files for a reload with the network cut (see sw.js).
function cacheForOffline() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register('sw.js').catch(() => {
    // Without it the page still works; only a reload while offline does not.
  });
}

async function main() {
  const status = $('status');
  if ((await guard.init()) !== 'ready') {
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
  wireIntake();
  cacheForOffline();
  document.body.dataset.ready = 'true';
}

main();
