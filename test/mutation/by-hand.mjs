// Checks by hand the sampled mutants a Stryker run did not detect (docs/testing.md, "checked by
// hand"): Stryker cannot credit a kill by a table built when its module loads, by a test that
// builds its input outside a test body, or by the bin in a child process. Each mutant is applied
// to the sources of a worktree of the sampled commit, the bundle rebuilt, the test files that
// import its module, or reach it and name it (and the message test), run, and the file put back.
//   node test/mutation/by-hand.mjs <sample.jsonl> <report.json | events folder> <worktree> <by-hand.jsonl>
// Appends one JSON line per mutant to by-hand.jsonl: its place, `detected` (a test failed) and
// the failing test files; mutants already there are skipped, so it can be run again as a sampled
// run goes on (on its folder of events).
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [sampleFile, reportFile, worktree, outFile] = process.argv.slice(2);
if (!outFile) throw new Error('usage: by-hand.mjs <sample.jsonl> <report.json | events folder> <worktree> <by-hand.jsonl>');
const placeOf = (m) => `${m.file}:${m.line}:${m.col}:${m.mutator}`;
const done = new Set(existsSync(outFile) ? readFileSync(outFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => placeOf(JSON.parse(l))) : []);
const sample = readFileSync(sampleFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const tested = statSync(reportFile).isDirectory()
  ? readdirSync(reportFile).filter((n) => n.endsWith('-onMutantTested.json')).map((n) => JSON.parse(readFileSync(path.join(reportFile, n), 'utf8')))
  : Object.entries(JSON.parse(readFileSync(reportFile, 'utf8')).files).flatMap(([fileName, f]) => f.mutants.map((m) => ({ ...m, fileName })));
const same = (m, r) => r.fileName.endsWith(m.file) && r.mutatorName === m.mutator && r.location.start.line === m.line && r.location.start.column === m.col && r.location.end.line === m.endLine && r.location.end.column === m.endCol;
const undetected = sample.filter((m) => {
  const r = tested.find((t) => same(m, t) && t.replacement === m.replacement) ?? tested.find((t) => same(m, t));
  return r && (r.status === 'Survived' || r.status === 'NoCoverage') && !done.has(placeOf(m));
});

const walk = (dir, end) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), end) : e.name.endsWith(end) ? [path.join(dir, e.name)] : []));
/** What each file imports, statically or not (relative imports, as .ts files under the worktree). */
const importsOf = (file) => [...readFileSync(file, 'utf8').matchAll(/(?:from |import\()'(\.[^']+)'/g)].map((m) => path.resolve(path.dirname(file), m[1]).replace(/\.js$/, '.ts'));
// Test helpers are links too: most tests reach the code through runCli (test/helpers/world.ts → src/cli.ts).
const linked = [...walk(path.join(worktree, 'src'), '.ts'), ...walk(path.join(worktree, 'test/helpers'), '.ts')];
const importers = new Map();
for (const f of linked) for (const i of importsOf(f)) importers.set(i, [...(importers.get(i) ?? []), f]);
const tests = [...walk(path.join(worktree, 'test'), '.test.ts')].map((f) => ({ file: f, imports: new Set(importsOf(f)), text: readFileSync(f, 'utf8') }));
const MAX_TESTS = 30;

/**
 * The test files nearest the module by imports (it, what imports it, …; through test helpers too),
 * at most MAX_TESTS; beyond two steps only those that name it (its base name as a word: `status`
 * for views/status.ts). And the message test.
 */
function relatedTests(file) {
  const steps = new Map([[file, 0]]);
  for (const [f, n] of steps) for (const i of importers.get(f) ?? []) if (!steps.has(i)) steps.set(i, n + 1);
  const name = new RegExp(`\\b${path.basename(file, '.ts')}\\b`);
  const ranked = tests
    .map((t) => ({ t, n: Math.min(...[...t.imports].map((i) => steps.get(i) ?? Infinity)), named: name.test(t.text) }))
    .filter(({ n, named }) => n <= 1 || (n < Infinity && named))
    .sort((a, b) => a.n - b.n || Number(b.named) - Number(a.named));
  const messages = tests.filter((t) => t.file.endsWith('every-string.test.ts'));
  return [...new Set([...ranked.slice(0, MAX_TESTS).map(({ t }) => t), ...messages].map((t) => path.relative(worktree, t.file)))];
}

/** Offset of a 1-based line and column. */
function offset(text, line, column) {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at + column - 1;
}

const build = () => execFileSync(process.execPath, ['src/build/build.mjs'], { cwd: worktree, stdio: 'ignore' });
// Stopped halfway (Ctrl-C), the mutated file is put back first.
let restore = () => {};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (restore(), process.exit(130)));
for (const m of undetected) {
  const file = path.join(worktree, m.file);
  const original = readFileSync(file, 'utf8');
  restore = () => writeFileSync(file, original);
  const related = relatedTests(file);
  const [from, to] = [offset(original, m.line, m.col), offset(original, m.endLine, m.endCol)];
  let detected = false;
  let failing = [];
  try {
    writeFileSync(file, original.slice(0, from) + m.replacement + original.slice(to));
    try {
      build();
    } catch {
      // A mutant the bundler refuses is a compile error, which Stryker leaves out of the score.
      appendFileSync(outFile, JSON.stringify({ file: m.file, line: m.line, col: m.col, mutator: m.mutator, detected: null, failing: ['(build failed)'] }) + '\n');
      continue;
    }
    const run = spawnSync('npx', ['vitest', 'run', '--config', 'test/vitest.config.ts', '--reporter', 'json', ...related], { cwd: worktree, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 900_000 });
    detected = run.status !== 0;
    try {
      failing = JSON.parse(run.stdout).testResults.filter((r) => r.status === 'failed').map((r) => path.relative(worktree, r.name));
    } catch {
      failing = [`(no report: exit ${run.status}${run.signal ? `, ${run.signal}` : ''})`];
    }
  } finally {
    restore();
    restore = () => {};
  }
  appendFileSync(outFile, JSON.stringify({ file: m.file, line: m.line, col: m.col, mutator: m.mutator, original: original.slice(from, to).slice(0, 80), replacement: m.replacement.slice(0, 80), related: related.length, detected, failing }) + '\n');
}
build();
