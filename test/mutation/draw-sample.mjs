// Draws a uniform random sample (without replacement) of the mutants listed by
// list-mutants.mjs, with a fixed seed so that the draw can be repeated:
//   node test/mutation/draw-sample.mjs reports/mutation/all-mutants.jsonl 120 19 > reports/mutation/sample.jsonl
// Prints the `--mutate` ranges on stderr: 1-based lines, 0-based columns, as Stryker 9 reads
// them (project-reader.js: line - 1, column as given; then compared with babel's loc).
import { readFileSync } from 'node:fs';

const [list, size = '120', seed = '19'] = process.argv.slice(2);
const mutants = readFileSync(list, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
// mulberry32: a small, well-known 32-bit generator; enough for drawing a sample.
let state = Number(seed) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
// Partial Fisher–Yates: the first `size` places are a uniform sample.
const order = mutants.map((_, i) => i);
for (let i = 0; i < Number(size); i++) {
  const j = i + Math.floor(random() * (order.length - i));
  [order[i], order[j]] = [order[j], order[i]];
}
const sample = order.slice(0, Number(size)).map((i) => mutants[i]);
for (const m of sample) process.stdout.write(JSON.stringify(m) + '\n');
const ranges = sample.map((m) => `${m.file}:${m.line}:${m.col - 1}-${m.endLine}:${m.endCol - 1}`);
process.stderr.write([...new Set(ranges)].join('\n') + '\n');
