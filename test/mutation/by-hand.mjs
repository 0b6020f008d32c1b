// Checks by hand the sampled mutants a Stryker run did not detect (docs/testing.md, "checked by
// hand"): Stryker cannot credit a kill by a table built when its module loads, by a test that
// builds its input outside a test body, or by the bin in a child process. Each mutant is applied
// to the sources of a worktree of the sampled commit, the bundle rebuilt, the test files that
// import its module (and the message test) run, and the file put back.
//   node test/mutation/by-hand.mjs <sample.jsonl> <report.json | events folder> <worktree> > by-hand.jsonl
// One JSON line per mutant: its place, `detected` (a test failed) and the failing test files.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [sampleFile, reportFile, worktree] = process.argv.slice(2);
if (!worktree) throw new Error('usage: by-hand.mjs <sample.jsonl> <report.json | events folder> <worktree>');
const sample = readFileSync(sampleFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const tested = statSync(reportFile).isDirectory()
  ? readdirSync(reportFile).filter((n) => n.endsWith('-onMutantTested.json')).map((n) => JSON.parse(readFileSync(path.join(reportFile, n), 'utf8')))
  : Object.entries(JSON.parse(readFileSync(reportFile, 'utf8')).files).flatMap(([fileName, f]) => f.mutants.map((m) => ({ ...m, fileName })));
const same = (m, r) => r.fileName.endsWith(m.file) && r.mutatorName === m.mutator && r.location.start.line === m.line && r.location.start.column === m.col && r.location.end.line === m.endLine && r.location.end.column === m.endCol;
const undetected = sample.filter((m) => {
  const r = tested.find((t) => same(m, t) && t.replacement === m.replacement) ?? tested.find((t) => same(m, t));
  return r && (r.status === 'Survived' || r.status === 'NoCoverage');
});

const testFiles = (function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : []));
})(path.join(worktree, 'test'));
const texts = new Map(testFiles.map((f) => [f, readFileSync(f, 'utf8')]));

/** Offset of a 1-based line and column. */
function offset(text, line, column) {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at + column - 1;
}

const build = () => execFileSync(process.execPath, ['src/build/build.mjs'], { cwd: worktree, stdio: 'ignore' });
for (const m of undetected) {
  const file = path.join(worktree, m.file);
  const original = readFileSync(file, 'utf8');
  const module = `${path.basename(m.file, '.ts')}.js`;
  const related = testFiles.filter((f) => texts.get(f).includes(`/${module}'`) || f.endsWith('every-string.test.ts')).map((f) => path.relative(worktree, f));
  const [from, to] = [offset(original, m.line, m.col), offset(original, m.endLine, m.endCol)];
  let detected = false;
  let failing = [];
  try {
    writeFileSync(file, original.slice(0, from) + m.replacement + original.slice(to));
    build();
    const run = spawnSync('npx', ['vitest', 'run', '--config', 'test/vitest.config.ts', '--reporter', 'json', ...related], { cwd: worktree, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 900_000 });
    detected = run.status !== 0;
    try {
      failing = JSON.parse(run.stdout).testResults.filter((r) => r.status === 'failed').map((r) => path.relative(worktree, r.name));
    } catch {
      failing = [`(no report: exit ${run.status}${run.signal ? `, ${run.signal}` : ''})`];
    }
  } finally {
    writeFileSync(file, original);
  }
  console.log(JSON.stringify({ file: m.file, line: m.line, col: m.col, mutator: m.mutator, original: original.slice(from, to).slice(0, 80), replacement: m.replacement.slice(0, 80), related: related.length, detected, failing }));
}
build();
