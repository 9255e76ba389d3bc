// Benchmark of scanText in wasm (Node): one 5,000-character note, throughput,
// and time per MB on adversarial shapes next to ordinary notes, so a
// superlinear rule shows as an outlier. `make bench` runs it.
import { readFileSync } from 'node:fs';
import { loadModule } from '../js/support.mjs';

const cg = await loadModule();
// The benchmark note, shared with the native benchmark (tests/bench_scan.rs).
const NOTE = readFileSync(new URL('./note.txt', import.meta.url), 'utf8');
const MB = 1 << 20;
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

function median(fn, runs) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  xs.sort((a, b) => a - b);
  return xs[xs.length >> 1];
}

cg.preloadPiiData();
const note = fill(NOTE, 5000);
const reps = 50;
const per = median(() => { for (let i = 0; i < reps; i++) cg.scanText(note); }, 9) / reps;
console.log(`wasm (Node ${process.version})`);
console.log(`one 5,000-character note: ${per.toFixed(3)} ms`);
console.log(`throughput on notes: ${(note.length / per / 1000).toFixed(2)} MB/s`);

const shapes = [
  ['long digit run', fill('7', MB)],
  ['spaced digits', fill('5 ', MB)],
  ['dashed digit groups', fill('123-45-', MB)],
  ['one giant word', fill('a', MB)],
  ['capitalized words', fill('Maria Lopez Hope Will ', MB)],
  ['repeated context keywords', fill('SSN DOB phone born last 4 ', MB)],
  ['every char a candidate', fill('@.-#$/', MB)],
  ['spelled digits', fill('five oh nine ', MB)],
  ['dates', fill('3/14/88 ', MB)],
  ['realistic notes', fill(NOTE, MB)],
];
const rows = shapes.map(([name, text]) => [name, median(() => cg.scanText(text), 3) * MB / text.length]);
const ordinary = rows.find(([n]) => n === 'realistic notes')[1];
for (const [name, ms] of rows) {
  console.log(`${name.padEnd(28)} ${ms.toFixed(1).padStart(9)} ms per MB  (${(ms / ordinary).toFixed(2)}x ordinary)`);
}
const worst = rows.reduce((a, b) => (b[1] > a[1] ? b : a));
console.log(`worst shape: ${worst[0]}, ${(worst[1] / ordinary).toFixed(2)}x ordinary notes`);
