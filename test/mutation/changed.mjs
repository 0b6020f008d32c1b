// Mutation-tests the lines of src/ a change wrote: Stryker on those lines only, against a base (the
// merge base with main; PHOIHOP_MUTATION_BASE or the first argument to choose another). `.ci/run`
// runs it after the tests: on a branch it costs what the change touched, on main nothing. It fails
// when the change's mutants score under 85% (test/mutation/changed.stryker.config.mjs).
// Usage: node test/mutation/changed.mjs [BASE]
import { execFileSync, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import config from './stryker.config.mjs';

/**
 * The line ranges a `git diff -U0` added or changed, as Stryker's `--mutate` takes them
 * ("src/a.ts:12-14"). Lines only removed leave nothing to mutate.
 */
export function changedRanges(diff) {
  const ranges = [];
  let file = null;
  let header = false;
  for (const line of diff.split('\n')) {
    // "+++ " names the file only in a file's header: in a hunk it is an added line that starts "++ ".
    if (line.startsWith('diff --git ')) header = true;
    if (header && line.startsWith('+++ ')) file = line === '+++ /dev/null' ? null : line.slice(6);
    const hunk = /^@@ -\S+ \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) header = false;
    if (!hunk || file === null) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    if (count > 0) ranges.push(`${file}:${start}-${start + count - 1}`);
  }
  return ranges;
}

const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/**
 * The ranges changed since `base`, the working tree's changes included, in the files the Stryker
 * config mutates (every .ts file of src/ less generated and build files): its patterns as pathspecs.
 */
export function rangesSince(base, cwd = process.cwd()) {
  const pathspecs = config.mutate.map((p) => (p.startsWith('!') ? `:(exclude,glob)${p.slice(1)}` : `:(glob)${p}`));
  return changedRanges(git(cwd, 'diff', '-U0', '--no-color', '--no-ext-diff', '--diff-filter=AM', base, '--', ...pathspecs));
}

/** The commit to compare with: the one asked for, else the merge base with main (or origin/main); null when there is none. */
function findBase(asked) {
  if (asked) return git(process.cwd(), 'rev-parse', '--verify', `${asked}^{commit}`);
  for (const branch of ['main', 'origin/main']) {
    try {
      return git(process.cwd(), 'merge-base', 'HEAD', branch);
    } catch {
      // no such branch here (a shallow CI checkout): try the next
    }
  }
  return null;
}

function main() {
  const base = findBase(process.argv[2] ?? process.env.PHOIHOP_MUTATION_BASE);
  if (base === null) {
    console.log('mutation: no main or origin/main to compare with; nothing mutation-tested (set PHOIHOP_MUTATION_BASE to a commit)');
    return 0;
  }
  const ranges = rangesSince(base);
  if (ranges.length === 0) {
    console.log(`mutation: no line of src/ changed since ${base.slice(0, 12)}; nothing to mutate`);
    return 0;
  }
  console.log(`mutation: ${ranges.length} changed range(s) of src/ since ${base.slice(0, 12)}: ${ranges.join(', ')}`);
  const run = spawnSync('npx', ['stryker', 'run', 'test/mutation/changed.stryker.config.mjs', '--mutate', ranges.join(',')], { stdio: 'inherit' });
  return run.status ?? 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
