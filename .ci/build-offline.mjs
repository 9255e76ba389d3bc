// Build the demo page as one self-contained HTML file, dist/cmis-guard-offline.html,
// that works opened from disk (file://): no server, no network. A page from
// file:// cannot import a module or fetch a .wasm, so everything is inlined:
//   - style.css as one <style>;
//   - the wasm-bindgen glue as a factory function (each call is a fresh copy of
//     its module state: that is how a trapped module is re-created here);
//   - the .wasm bytes as base64, decoded with Uint8Array.fromBase64 where the
//     browser has it, else a table-driven decoder;
//   - cmis-guard.js and app.js, scope-hoisted into one module script.
// The CSP allows exactly that script and that style by their sha256 hashes and
// nothing else: connect-src 'none', no 'unsafe-inline'.
//
//   node .ci/build-offline.mjs [out.html]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const WWW = join(ROOT, 'www');
const out = resolve(process.argv[2] ?? join(ROOT, 'dist', 'cmis-guard-offline.html'));
const read = (p) => readFileSync(join(WWW, p), 'utf8');

/** Strip `export` from top-level declarations; return the code and the exported names. */
function unexport(code, what) {
  const names = [];
  code = code.replace(/^export (async function|function|class|const|let) ([A-Za-z_$][\w$]*)/gm, (_, kw, name) => {
    names.push(name);
    return `${kw} ${name}`;
  });
  code = code.replace(/^export \{([^}]*)\};?$/gm, (_, list) => {
    for (const item of list.split(',')) {
      const [local, alias] = item.trim().split(/\s+as\s+/);
      if (local && (!alias || alias !== 'default')) names.push(local);
    }
    return '';
  });
  if (/^\s*(export|import)\s/m.test(code)) throw new Error(`${what}: an import or export this builder does not handle`);
  return { code, names };
}

// The glue, as a factory.
const glue = unexport(read('pkg/cmis_guard.js'), 'glue');
if (!glue.names.includes('initSync')) throw new Error('glue: no initSync export');
const glueFactory = `function __cmisGuardGlue() {\n${glue.code}\nreturn { ${glue.names.join(', ')} };\n}`;

// cmis-guard.js, as an object of its exports.
const cg = unexport(read('cmis-guard.js'), 'cmis-guard.js');
const cgModule = `const guard = (() => {\n${cg.code}\nreturn { ${cg.names.join(', ')} };\n})();`;

// app.js, which imports cmis-guard.js as `guard`.
const IMPORT = "import * as guard from './cmis-guard.js';";
let app = read('app.js');
if (!app.includes(IMPORT)) throw new Error(`app.js must import cmis-guard.js exactly as: ${IMPORT}`);
app = unexport(app.replace(IMPORT, ''), 'app.js').code;

const wasm = readFileSync(join(WWW, 'pkg', 'cmis_guard_bg.wasm'));
const decoder = `function __cmisGuardBase64(s) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(s);
  const table = new Uint8Array(128);
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) table[abc.charCodeAt(i)] = i;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let j = 0;
  for (let i = 0; i < s.length; i += 4) {
    const v = (table[s.charCodeAt(i)] << 18) | (table[s.charCodeAt(i + 1)] << 12)
      | (table[s.charCodeAt(i + 2)] << 6) | table[s.charCodeAt(i + 3)];
    out[j++] = v >> 16;
    if (j < out.length) out[j++] = (v >> 8) & 255;
    if (j < out.length) out[j++] = v & 255;
  }
  return out;
}`;

// `</script` may only appear in comments and strings, where `<\/script` means the same.
const script = [
  '// cmis-guard offline build: glue, wasm and page script in one file.',
  glueFactory,
  decoder,
  `const __CMIS_GUARD_WASM_BASE64 = '${wasm.toString('base64')}';`,
  'const __CMIS_GUARD_EMBEDDED__ = { glueFactory: __cmisGuardGlue, wasmBytes: () => __cmisGuardBase64(__CMIS_GUARD_WASM_BASE64) };',
  cgModule,
  app,
].join('\n').replace(/<\/(script)/gi, '<\\/$1');
if (/<\/script/i.test(script)) throw new Error('the inlined script contains </script');
const css = read('style.css');
const sha = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

const CSP = [
  "default-src 'none'",
  `script-src ${sha(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha(css)}`,
  "img-src 'none'",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

let html = read('index.html');
const replaceOnce = (re, by, what) => {
  if (!re.test(html)) throw new Error(`index.html: cannot find ${what}`);
  html = html.replace(re, () => by);
};
replaceOnce(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${CSP}">`, 'the CSP meta');
replaceOnce(/<link rel="stylesheet" href="style.css">/, `<style>${css}</style>`, 'the stylesheet link');
replaceOnce(/<script type="module" src="app.js"><\/script>\n?/, '', 'the app.js tag');
replaceOnce(/<script type="module" src="cmis-guard.js" (data-cmis-guard data-config="[^"]*")><\/script>/,
  `<script type="module" $1>${script}</script>`.replace('$1', html.match(/<script type="module" src="cmis-guard.js" (data-cmis-guard data-config="[^"]*")>/)?.[1] ?? ''), 'the cmis-guard tag');
html = html.replace('<title>cmis-guard:', '<title>cmis-guard (offline):');
// The served page names an empty icon so the browser does not ask the server
// for /favicon.ico; a file:// page asks nothing, and img-src is 'none' here.
html = html.replace(/<link rel="icon" href="data:,">\n?/, '');

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
const gz = (await import('node:zlib')).gzipSync(html, { level: 9 }).length;
console.log(`[build-offline] ${out}: ${Buffer.byteLength(html)} bytes (${gz} gzip -9); wasm ${wasm.length} bytes inlined`);
