import { describe, expect, it } from 'vitest';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot, type RootFiles } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Issue 19: two edges of `validate --base` that the mutants of src/git/baseline.ts found untested.

interface Finding { rule: string; file: string; baseline?: boolean }
const findings = (stdout: string) => (JSON.parse(stdout) as { diagnostics: Finding[] }).diagnostics.map(({ rule, file, baseline }) => ({ rule, file, baseline }));
/** How many record files a validate run says it checked. */
const checked = (stdout: string) => Number(/trong (\d+) tệp/.exec(stdout)?.[1]);
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

  it('in a programme kept at the root, a task deleted and a final evaluation changed are history rewritten', async () => {
    const files = programmeAtRoot();
    const repo = gitRepo(files);
    repo.remove('tasks/T3.yaml');
    repo.write('evaluations/2020.yaml', files['evaluations/2020.yaml']!.replace('rating: good', 'rating: excellent'));
    const result = await validateJson(repo.dir);
    expect(findings(result.stdout).filter((f) => f.rule !== 'declared-count')).toEqual(expect.arrayContaining([
      { rule: 'task-deleted', file: 'tasks/T3.yaml', baseline: false },
      { rule: 'final-record', file: 'evaluations/2020.yaml', baseline: false },
    ]));
    expect(result.exitCode).toBe(1);
  });
});

describe('files beside the records', () => {
  it('an editor\'s backups deleted (of a task, of a final evaluation) are no history rewritten', async () => {
    const files = baseRoot();
    const repo = gitRepo({ ...files, 'p/tasks/T1.yaml.orig': files['p/tasks/T1.yaml']!, 'p/evaluations/2020.yaml.orig': files['p/evaluations/2020.yaml']! });
    repo.remove('p/tasks/T1.yaml.orig');
    repo.remove('p/evaluations/2020.yaml.orig');
    const result = await validateJson(repo.dir);
    expect(findings(result.stdout)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  it('a backup of programme.yaml, or a note in a folder under tasks/, checks no programme', async () => {
    const repo = gitRepo(baseRoot());
    repo.write('ghi-chu.md', 'ghi chú\n');
    const note = checked((await runCli(['validate', '--root', repo.dir, '--base', 'main'])).stdout);
    repo.write('p/programme.yaml.orig', baseRoot()['p/programme.yaml']!);
    repo.write('p/tasks/cu/ghi-chu.md', 'ghi chú\n');
    expect(checked((await runCli(['validate', '--root', repo.dir, '--base', 'main'])).stdout)).toBe(note);
    expect(checked((await runCli(['validate', '--root', repo.dir])).stdout)).toBeGreaterThan(note);
  });
});

describe('files named like records', () => {
  it('in a programme kept at the root, a file whose name only ends like a record (cu-programme.yaml, mytasks/) checks no programme', async () => {
    const repo = gitRepo(programmeAtRoot());
    repo.write('ghi-chu.md', 'ghi chú\n');
    const note = checked((await runCli(['validate', '--root', repo.dir, '--base', 'main'])).stdout);
    repo.write('cu-programme.yaml', programmeAtRoot()['programme.yaml']!);
    repo.write('mytasks/T9.yaml', programmeAtRoot()['tasks/T1.yaml']!);
    expect(checked((await runCli(['validate', '--root', repo.dir, '--base', 'main'])).stdout)).toBe(note);
    repo.write('tasks/T1.yaml', programmeAtRoot()['tasks/T1.yaml']! + '\n');
    expect(checked((await runCli(['validate', '--root', repo.dir, '--base', 'main'])).stdout)).toBeGreaterThan(note);
  });
});

describe('a change to a root-wide file (agencies.yaml) checks every programme', () => {
  const withOldFinding = () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('lead: ban-a', 'lead: ban-z');
    const repo = gitRepo(files);
    repo.write('agencies.yaml', files['agencies.yaml']! + '  - { id: ban-c, name: Ban C }\n');
    return repo;
  };

  it('and a finding the records already had stays old', async () => {
    const result = await validateJson(withOldFinding().dir);
    expect(findings(result.stdout)).toEqual([{ rule: 'unknown-reference', file: 'p/tasks/T1.yaml', baseline: true }]);
    expect(result.exitCode).toBe(0);
  });

  it('and stays old in a programme folder moved in the same change', async () => {
    const repo = withOldFinding();
    repo.git('mv', 'p', 'chuong-trinh');
    const result = await validateJson(repo.dir);
    expect(findings(result.stdout)).toEqual([{ rule: 'unknown-reference', file: 'chuong-trinh/tasks/T1.yaml', baseline: true }]);
    expect(result.exitCode).toBe(0);
  });
});
