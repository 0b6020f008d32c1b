// npm run bench:site — the dashboard on a generated root of 1,000 programmes (bench/generate.mjs):
// `phoihop site` against `phoihop validate --no-cache` (target: ≤ 2×), and the largest page
// (target: < 200 KB). Runs alternate so that a busy machine slows both alike. `--docx` also times
// the site with every year report as .docx (slow: one Word file per programme and year).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRoot } from './generate.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(REPO, 'bin/phoihop.js');
const WORK = path.join(os.tmpdir(), 'phoihop-bench-site');
const COUNT = Number(process.env.BENCH_PROGRAMMES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = path.join(WORK, `root-${COUNT}`);
const out = path.join(WORK, 'site');

if (!existsSync(path.join(REPO, 'dist/cli.js'))) throw new Error('build first: npm run build');
if (!existsSync(path.join(root, 'agencies.yaml'))) generateRoot(root, COUNT);

function run(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, '--root', root, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const variants = [['validate --no-cache', ['validate', '--no-cache']], ['site --no-docx', ['site', out, '--as-of', '2024-06-15', '--no-docx']]];
if (process.argv.includes('--docx')) variants.push(['site (with .docx)', ['site', out, '--as-of', '2024-06-15']]);
const times = new Map(variants.map(([label]) => [label, []]));
for (let i = 0; i < RUNS; i++) for (const [label, args] of variants) times.get(label).push(run(args));

let largest = { file: '', size: 0 };
let pages = 0;
for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.html')) continue;
  pages++;
  const size = statSync(path.join(out, file)).size;
  if (size > largest.size) largest = { file, size };
}
const validate = median(times.get('validate --no-cache'));
console.log(`${COUNT} programmes, ${RUNS} runs each (median seconds)`);
for (const [label, list] of times) console.log(`${label.padEnd(22)} ${median(list).toFixed(2)} s  ${(median(list) / validate).toFixed(2)}× validate`);
console.log(`${pages} HTML pages; largest ${largest.file} ${(largest.size / 1024).toFixed(1)} KB`);
const ratio = median(times.get('site --no-docx')) / validate;
console.log(`site --no-docx ≤ 2× validate --no-cache: ${ratio <= 2 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×); every page < 200 KB: ${largest.size < 200 * 1024 ? 'met' : 'NOT met'}`);
rmSync(out, { recursive: true, force: true });
