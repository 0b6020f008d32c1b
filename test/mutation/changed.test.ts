import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the script is plain JavaScript
import { changedRanges, rangesSince } from './changed.mjs';
import { gitRepo } from '../helpers/git-repo.js';

// The mutation run .ci/run makes over what a change wrote (issue 19): the lines it mutates, and
// that it costs nothing where nothing changed.
const SCRIPT = new URL('./changed.mjs', import.meta.url).pathname;

describe('the lines a change wrote, as Stryker takes them', () => {
  it('gives each added or changed run of lines of a mutated file, and nothing for lines only removed', () => {
    const diff = [
      'diff --git a/src/views/status.ts b/src/views/status.ts',
      '--- a/src/views/status.ts',
      '+++ b/src/views/status.ts',
      '@@ -10,2 +10,3 @@ export function x() {',
      '+++ added line that starts "++ ", not a header',
      '@@ -40 +41 @@',
      '@@ -50,4 +51,0 @@',
      'diff --git a/src/new.ts b/src/new.ts',
      '--- /dev/null',
      '+++ b/src/new.ts',
      '@@ -0,0 +1,7 @@',
    ].join('\n');
    expect(changedRanges(diff)).toEqual(['src/views/status.ts:10-12', 'src/views/status.ts:41-41', 'src/new.ts:1-7']);
  });

  it('in the files the Stryker config mutates only: not generated, build or declaration files, nor tests', () => {
    const names = ['src/a.ts', 'src/views/deep/b.ts', 'src/records/schema-types.ts', 'src/formats.ts', 'src/build/x.ts', 'src/types.d.ts', 'test/a.test.ts'];
    const repo = gitRepo(Object.fromEntries(names.map((name) => [name, 'export const a = 1;\n'])));
    for (const name of names) repo.write(name, 'export const a = 1;\nexport const b = 2;\n');
    expect(rangesSince('HEAD', repo.dir)).toEqual(['src/a.ts:2-2', 'src/views/deep/b.ts:2-2']);
  });
});

describe('node test/mutation/changed.mjs', () => {
  const run = (dir: string) => execFileSync('node', [SCRIPT], { cwd: dir, encoding: 'utf8' });

  it('on main itself, or with only tests changed, says there is nothing to mutate and ends well', () => {
    const repo = gitRepo({ 'src/a.ts': 'export const a = 1;\n' });
    expect(run(repo.dir)).toMatch(/^mutation: no line of src\/ changed since [0-9a-f]{12}; nothing to mutate\n$/);
    repo.git('checkout', '-q', '-b', 'change');
    repo.write('test/a.test.ts', 'test\n');
    repo.commit('a test');
    expect(run(repo.dir)).toContain('nothing to mutate');
  });

  it('says so when there is no main to compare with', () => {
    const repo = gitRepo({ 'src/a.ts': 'export const a = 1;\n' });
    repo.git('branch', '-m', 'trunk');
    expect(run(repo.dir)).toBe('mutation: no main or origin/main to compare with; nothing mutation-tested (set PHOIHOP_MUTATION_BASE to a commit)\n');
  });
});
