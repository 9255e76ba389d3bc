// Dump what every export except the scanner's own does with many generated
// arguments, valid and malformed (wrong types, unknown keys, floats, BigInts,
// Maps, typed arrays, functions...), one line per call: the arguments, then
// the result or the thrown error (name, code, field, message). A change that
// must keep the exports' behaviour (a smaller argument reader, say) is
// checked with `diff`, as `tests/dump_findings.rs` does for the scanner:
//
//   node tests/js/dump_records.mjs /tmp/before.txt          # module in www/pkg
//   # ... change the code, bash .ci/build.sh ...
//   node tests/js/dump_records.mjs /tmp/after.txt
//   diff /tmp/before.txt /tmp/after.txt
//
// A second argument loads the module from another directory (a copy of an
// older www/pkg). The arguments come from a seeded generator: every run
// makes the same ones. Not part of `make test`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PKG } from './support.mjs';

const [out, pkgArg] = process.argv.slice(2);
if (!out) {
  console.error('usage: node tests/js/dump_records.mjs OUT [PKG_DIR]');
  process.exit(2);
}
const pkg = pkgArg ? resolve(pkgArg) : PKG;
const bytes = readFileSync(join(pkg, 'cmis_guard_bg.wasm'));

// A fresh instance after a trap (a new copy of the glue, as cmis-guard.js does).
let instances = 0;
async function fresh() {
  instances += 1;
  const mod = await import(`${join(pkg, 'cmis_guard.js')}?instance=${instances}`);
  mod.initSync({ module: bytes });
  return mod;
}
let cg = await fresh();

// mulberry32: small, seeded, the same sequence on every run.
let seed = 20261128;
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const chance = (p) => rand() < p;
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
// How often a value is replaced by a malformed one; set per call, so about
// half the calls are well-formed throughout and the rest have a few defects.
let W = 0;
const ok = () => !chance(W);
const bad = () => chance(W);

/** Values of every JS type, and the awkward ones of each. */
function weird(depth = 0) {
  const simple = [
    undefined, null, true, false, 0, -0, 1, -1, 2, 8, 9, 99, 1.5, -2.5, 0.1, 1e21, 1e-7,
    123456789.25, 2 ** 31, 2 ** 32 + 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), -(2 ** 60), 1e300,
    NaN, Infinity, -Infinity, 5n, -7n, 2n ** 63n, 2n ** 64n, -(2n ** 63n) - 1n,
    '', ' ', 'x', '2', '99', 'abc, expected xyz', 'a"b\\c\n\t\u0007\u200b\u0301é👋',
    '1990-06-15', '1990-02-30', '1990-6-15', '0000-01-01', '26-11-28', '2026-11-28', '2027-01-01',
    'anonymous', 'identified', 'dv_perpetrator', 'Maria Lopez', '82830', ' 82476 ',
    Symbol('s'), () => 1, new Date(0), new Number(5), new String('s'), new Boolean(true),
    new Uint8Array([1, 2]), new ArrayBuffer(2), new Float64Array([1.5]), new Set(['a']),
    new Map([['a', 1]]), new Map([[1, 'a']]), new Map([[true, 1]]), new Map(), Object.create(null),
    { [Symbol.iterator]: function* () { yield ['k', 1]; } }, JSON.parse('{"__proto__": 1}'),
    [], [1, 2], ['a', 'b'], ['a', 'b', 'c'], [undefined], [null, 'x'], { a: undefined },
  ];
  if (depth < 2 && chance(0.15)) {
    return chance(0.5)
      ? Array.from({ length: int(0, 3) }, () => weird(depth + 1))
      : Object.fromEntries(Array.from({ length: int(0, 3) }, () => [pick(['a', 'x', 'name', 'text', 'zz']), weird(depth + 1)]));
  }
  return pick(simple);
}

const TEXT_FIELDS = ['personalId', 'firstName', 'middleName', 'lastName', 'nameSuffix', 'ssn', 'dob',
  'additionalRaceEthnicity', 'differentIdentityText', 'address', 'city', 'state', 'zip', 'phone', 'email'];
const CODE_FIELDS = ['nameDataQuality', 'ssnDataQuality', 'dobDataQuality', 'amIndAkNative', 'asian',
  'blackAfAmerican', 'hispanicLatinaeo', 'midEastNAfrican', 'nativeHiPacific', 'white', 'raceNone',
  'woman', 'man', 'nonBinary', 'culturallySpecific', 'transgender', 'questioning', 'differentIdentity',
  'genderNone', 'sex', 'sexualOrientation', 'veteranStatus', 'relationshipToHoH'];
const UNKNOWN = ['foo', 'zz', 'aa', 'Zip', 'relationshipToHoh', 'texts2', 'constructor', 'toString', '', 'é'];
const NOTES = ['', 'Client is doing well.', 'Met with Maria Lopez (DOB 3/14/88). Cell 509-555-0142.',
  'SSN 123-45-6701, HIV positive, staying at 123 Main St.', 'Anonymous', 'x'.repeat(3000)];

function textValue(field) {
  if (bad()) return weird();
  switch (field) {
    case 'dob': return pick(['1990-06-15', '1991-01-01', '2010-03-04', '1950-12-31', '1990-02-30', '1890-01-01', '2030-01-01', '1990/06/15', '']);
    case 'ssn': return pick(['524681357', '524-68-1357', 'xxxxx1357', '123456789', '000000000', '12345', '']);
    case 'personalId': return pick(['82830', '90001', ' 82476 ', 'Jane', '']);
    case 'firstName': case 'lastName': return pick(['Anonymous', 'Maria', 'Lopez', '', ' ']);
    default: return pick(['', 'Spokane', 'WA', '99201', '509-555-0142', 'a@b.org', 'x', '123 Main St']);
  }
}

function codeValue() {
  return bad() ? weird() : pick([0, 1, 2, 3, 4, 5, 6, 8, 9, 99, 7, 100, -1]);
}

function namedText() {
  if (bad()) return weird();
  const t = {};
  if (chance(0.8)) t.name = ok() ? pick(['caseNote', 'viSpdat.q12', 'intake', '']) : weird();
  if (chance(0.9)) t.text = ok() ? pick(NOTES) : weird();
  if (chance(W / 2)) t[pick(UNKNOWN)] = weird();
  return t;
}

function record() {
  const r = {};
  for (const f of TEXT_FIELDS) if (chance(0.35)) r[f] = textValue(f);
  for (const f of CODE_FIELDS) if (chance(0.25)) r[f] = codeValue();
  if (chance(0.3)) r.texts = ok() ? Array.from({ length: int(0, 3) }, namedText) : weird();
  if (chance(W / 2)) r[pick(UNKNOWN)] = weird();
  if (chance(W / 4)) r.members = weird();
  return r;
}

function anyRecord() {
  return chance(W / 3) ? weird() : record();
}

function policy() {
  if (chance(W / 2)) return weird();
  const p = {};
  if (chance(0.5)) {
    const d = {};
    for (const [k, v] of [['keepTrueYearAtOrBelow', [24, 17, 30, 61]], ['keepTrueYearAtOrAbove', [61, 62, 20, 24]], ['earliestBirthYear', [1900, 1915, 0, 9999]]]) {
      if (chance(0.5)) d[k] = ok() ? pick(v) : weird();
    }
    if (chance(W / 2)) d[pick(UNKNOWN)] = weird();
    p.dob = ok() ? d : weird();
  }
  if (chance(0.5)) {
    const a = {};
    if (chance(0.4)) a.name = ok() ? pick(['Anonymous', 'Anon', '', 'x'.repeat(60)]) : weird();
    if (chance(0.4)) a.nameDataQuality = ok() ? pick([2, 1, 8, 9, 99]) : weird();
    if (chance(0.4)) a.ssnDataQuality = ok() ? pick([99, 1, 8, 9]) : weird();
    if (chance(0.4)) a.mustBeEmpty = ok() ? pick([['ssn'], ['ssn', 'zz'], ['firstName'], [], [' ']]) : weird();
    if (chance(0.4)) a.scanTexts = ok() ? pick([['*'], ['caseNote'], []]) : weird();
    if (chance(W / 2)) a[pick(UNKNOWN)] = weird();
    p.anonymous = ok() ? a : weird();
  }
  if (chance(W / 2)) p[pick(UNKNOWN)] = weird();
  return p;
}

const DATES = ['2026-11-28', '2026-11-28', '2026-01-01', '2031-06-30', '1990-06-15'];

function options(kind) {
  if (chance(W / 3)) return weird();
  const o = {};
  if (kind === 'validate' && chance(0.97)) o.mode = ok() ? pick(['anonymous', 'identified']) : weird();
  if (chance(0.97)) o.asOf = ok() ? pick(DATES) : weird();
  if (chance(0.3)) o.trueDob = ok() ? pick(['1990-06-15', '2010-03-04', '1950-01-01', '1990-02-30']) : weird();
  if (chance(0.3)) o.policy = policy();
  if (kind === 'household') {
    if (chance(0.4)) o.remove = ok() ? pick([['82476'], ['82830'], [], ['1', '2'], [' 82476 ']]) : weird();
    if (chance(0.3)) o.trueDobs = ok() ? { 82830: pick(DATES), [pick(['82476', 'zz'])]: pick(DATES) } : weird();
    if (chance(0.3)) o.newHead = ok() ? pick(['82476', '90001', '']) : weird();
    if (o.trueDob !== undefined && chance(0.7)) delete o.trueDob;
  }
  if (chance(W / 2)) o[pick(UNKNOWN)] = weird();
  return o;
}

function household() {
  if (chance(W / 3)) return weird();
  const h = {};
  if (chance(0.9)) {
    h.members = ok()
      ? Array.from({ length: int(0, 4) }, () => {
        const r = anyRecord();
        if (r && typeof r === 'object' && !Array.isArray(r) && chance(0.8)) {
          r.personalId = pick(['82830', '82476', '90001', 82830, '']);
          r.relationshipToHoH = pick([1, 2, 3, 1, 99]);
        }
        return r;
      })
      : weird();
  }
  if (chance(W / 2)) h[pick(UNKNOWN)] = weird();
  return h;
}

function request() {
  if (chance(W / 3)) return weird();
  const r = {};
  if (chance(0.9)) r.clientId = ok() ? pick(['82830', ' 82830 ', 'Jane Doe', '', '12a']) : weird();
  if (chance(0.5)) r.remove = ok() ? pick([['82476'], ['82830'], [], ['1', '2', '3']]) : weird();
  if (chance(0.4)) r.removeReason = ok() ? pick(['dv_perpetrator', 'DvPerpetrator', 'other']) : weird();
  if (chance(0.5)) r.notesEditable = ok() ? pick([true, false]) : weird();
  if (chance(W / 2)) r[pick(UNKNOWN)] = weird();
  return r;
}

function rows() {
  if (chance(W / 2)) return weird();
  return Array.from({ length: int(0, 3) }, () => {
    if (chance(W / 2)) return weird();
    const r = {};
    if (chance(0.9)) r.name = ok() ? pick(['Maria Lopez', '=cmd()', 'a,"b"', '']) : weird();
    if (chance(0.9)) r.clientId = ok() ? pick(['82830', 'x1', '']) : weird();
    if (chance(0.5)) r.date = ok() ? pick(DATES) : weird();
    if (chance(W / 2)) r[pick(UNKNOWN)] = weird();
    return r;
  });
}

function scanOptions() {
  if (chance(0.3)) return chance(0.5) || ok() ? undefined : weird();
  const o = {};
  const list = (xs) => (ok() ? (chance(0.5) ? pick(xs) : [pick(xs), pick(xs)]) : weird());
  if (chance(0.3)) o.allow = list(['Maria', 'Main St', '', 'x']);
  if (chance(0.3)) o.deny = list(['ADDRESS:Hope House', 'Hope House', 'health:xyz', ' ']);
  if (chance(0.3)) {
    const k = {};
    if (chance(0.5)) k.names = list(['Maria Lopez', 'Lopez']);
    if (chance(0.4)) k.dob = list(['1988-03-14', '3/14/88', 'March 14, 1988', 'nope']);
    if (chance(0.3)) k.ssn = list(['123-45-6701']);
    if (chance(0.3)) k.phones = list(['509-555-0142']);
    if (chance(0.2)) k.addresses = list(['123 Main St']);
    if (chance(0.2)) k.emails = list(['a@b.org']);
    if (chance(0.2)) k.ids = list(['WA1234567']);
    if (chance(W / 2)) k[pick(UNKNOWN)] = weird();
    o.known = ok() ? k : weird();
  }
  if (chance(0.3)) o.minConfidence = ok() ? pick([0, 0.5, 0.9, 1, 1.5, -0.1]) : weird();
  if (chance(0.3)) o.asOfYear = ok() ? pick([2026, 1899, 2000, 10000]) : weird();
  if (chance(W / 2)) o[pick(UNKNOWN)] = weird();
  return o;
}

/** A deterministic, complete picture of a JS value: key order, holes, -0, undefined vs absent. */
function show(v, seen = new Set()) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  switch (typeof v) {
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'string': return JSON.stringify(v);
    case 'boolean': return String(v);
    case 'symbol': return v.toString();
    case 'function': return 'function';
    default: break;
  }
  if (seen.has(v)) return '<cycle>';
  seen.add(v);
  const tag = Object.prototype.toString.call(v);
  let s;
  if (Array.isArray(v)) {
    s = `[${Array.from({ length: v.length }, (_, i) => (i in v ? show(v[i], seen) : '<hole>')).join(',')}]`;
  } else if (ArrayBuffer.isView(v)) {
    s = `${v.constructor.name}(${Array.from(v).join(',')})`;
  } else if (v instanceof Map) {
    s = `Map{${[...v].map(([k, x]) => `${show(k, seen)}=>${show(x, seen)}`).join(',')}}`;
  } else if (v instanceof Set) {
    s = `Set{${[...v].map((x) => show(x, seen)).join(',')}}`;
  } else {
    const proto = Object.getPrototypeOf(v);
    const kind = proto === Object.prototype ? '' : proto === null ? 'null-proto' : tag;
    s = `${kind}{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${show(v[k], seen)}`).join(',')}}`;
  }
  seen.delete(v);
  return s;
}

const lines = [];
async function call(name, args) {
  let result;
  try {
    result = `= ${show(cg[name](...args))}`;
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) {
      result = `TRAP ${e.message}`;
      cg = await fresh();
    } else {
      const has = (k) => (e !== null && typeof e === 'object' && k in e ? `${k}=${show(e[k])}` : `no-${k}`);
      result = `THROW ${e?.constructor?.name} ${has('name')} ${has('code')} ${has('field')} ${has('message')}`;
    }
  }
  lines.push(`${name}(${args.map((a) => show(a)).join(', ')}) ${result}`);
}

const N = Number(process.env.DUMP_RECORDS_N ?? 3000);
for (let i = 0; i < N; i += 1) {
  W = i % 2 === 0 ? 0 : 0.08;
  await call('validateClient', [anyRecord(), options('validate')]);
  await call('validateHousehold', [household(), options('validate')]);
  await call('anonymizeClient', [anyRecord(), options('anonymize')]);
  await call('anonymizeHousehold', [household(), options('household')]);
  await call('deidentificationRequest', [request()]);
  await call('mergeRequest', [ok() ? pick(['82830', ' 90001', '82830x', '']) : weird(), ok() ? pick(['90001', '82830']) : weird()]);
  await call('trackingSheetCsv', [rows()]);
  const dobArgs = [ok() ? pick(['1990-06-15', '2010-03-04', '1950-01-01', '1990-02-30', '1890-05-05']) : weird(),
    ok() ? pick(DATES) : weird()];
  if (chance(0.6)) dobArgs.push(policy());
  await call('anonymizedDob', dobArgs);
  await call('scanText', [pick(NOTES), scanOptions()]);
  await call('redactText', [pick(NOTES), scanOptions()]);
}
await call('defaultPolicy', []);
await call('version', []);
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`dump_records: wrote ${lines.length} calls to ${out}`);
