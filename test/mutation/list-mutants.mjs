// Lists every mutant Stryker would make over the `mutate` globs of stryker.config.mjs, without
// running any test: it calls @stryker-mutator/instrumenter (the same instrumenter, same default
// mutator options, that `stryker run` uses). Output: one JSON line per mutant
// {file, line, col, endLine, endCol, mutator, replacement} (1-based lines and columns, as in
// Stryker's reports), and a count per folder of src/ on stderr.
//   node test/mutation/list-mutants.mjs > reports/mutation/all-mutants.jsonl
import { readFile, readdir } from 'node:fs/promises';
import minimatchModule from 'minimatch';
const minimatch = minimatchModule.minimatch ?? minimatchModule;
import { Instrumenter } from '@stryker-mutator/instrumenter';
import config from './stryker.config.mjs';

const include = config.mutate.filter((g) => !g.startsWith('!'));
const exclude = config.mutate.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
// Stryker matches its globs with minimatch too.
const all = (await readdir('src', { recursive: true })).map((f) => `src/${f}`);
const files = all.filter((f) => include.some((g) => minimatch(f, g)) && !exclude.some((g) => minimatch(f, g)));
files.sort();
const quiet = { debug() {}, info() {}, warn() {}, error() {}, trace() {}, fatal() {}, isDebugEnabled: () => false, isTraceEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => false, isErrorEnabled: () => false, isFatalEnabled: () => false };
const instrumenter = new Instrumenter(quiet);
const perFolder = new Map();
for (const name of files) {
  const content = await readFile(name, 'utf8');
  const { mutants } = await instrumenter.instrument([{ name, content, mutate: true }], { plugins: null, excludedMutations: [], ignorers: [] });
  for (const m of mutants) {
    // The instrumenter's API mutants are 0-based in lines AND columns (Mutant#toApiMutant:
    // babel's 1-based line minus 1); Stryker's JSON report adds 1 to both (core's
    // object-utils). Written here as the report has them.
    const { start, end } = m.location;
    process.stdout.write(JSON.stringify({ file: name, line: start.line + 1, col: start.column + 1, endLine: end.line + 1, endCol: end.column + 1, mutator: m.mutatorName, replacement: m.replacement }) + '\n');
    const folder = name.split('/').slice(0, 2).join('/') + (name.split('/').length > 2 ? '/' : '');
    perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
  }
}
let total = 0;
for (const [folder, n] of [...perFolder].sort()) { console.error(`${folder}\t${n}`); total += n; }
console.error(`total\t${total}\t(${files.length} files)`);
