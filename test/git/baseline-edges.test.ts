import { describe, expect, it } from 'vitest';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot, type RootFiles } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Issue 19: two edges of `validate --base` that the mutants of src/git/baseline.ts found untested.

interface Finding { rule: string; file: string; baseline?: boolean }
const findings = (stdout: string) => (JSON.parse(stdout) as { diagnostics: Finding[] }).diagnostics.map(({ rule, file, baseline }) => ({ rule, file, baseline }));
const validateJson = (root: string) => runCli(['validate', '--root', root, '--base', 'main', '--format', 'json']);

/** baseRoot's programme "p" kept at the records root itself, beside agencies.yaml. */
const programmeAtRoot = (): RootFiles => Object.fromEntries(Object.entries(baseRoot()).map(([f, t]) => [f.replace(/^p\//, ''), t]));

describe('validate --base', () => {
  it('checks a change to a programme kept at the records root itself', async () => {
    const files = programmeAtRoot();
    const repo = gitRepo(files);
    expect(findings((await validateJson(repo.dir)).stdout)).toEqual([]);
    repo.write('tasks/T2.yaml', files['tasks/T2.yaml']!.replace('lead: ban-b', 'lead: ban-z'));
    const result = await validateJson(repo.dir);
    expect(findings(result.stdout)).toEqual([{ rule: 'unknown-reference', file: 'tasks/T2.yaml', baseline: false }]);
    expect(result.exitCode).toBe(1);
  });

  it('an evaluation that could not be read at the base may be repaired: no history finding, no crash', async () => {
    const files = baseRoot();
    const good = files['p/evaluations/2020.yaml']!;
    const repo = gitRepo({ ...files, 'p/evaluations/2020.yaml': good.replace('state: final', 'state: final\n  : [') });
    repo.write('p/evaluations/2020.yaml', good);
    const result = await validateJson(repo.dir);
    expect(result.stderr).toBe('');
    expect(findings(result.stdout)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});
