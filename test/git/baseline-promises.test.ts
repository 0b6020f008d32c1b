import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { markBaseline } from '../../src/git/baseline.js';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot, writeRoot, type RootFiles } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Issue 19: what `validate --base` and `diff` promise about a change, each shown on a real git
// repository — the promises that the mutants of src/git/baseline.ts broke without a test failing.

interface Finding { rule: string; file: string; baseline?: boolean }
const findings = (stdout: string) => (JSON.parse(stdout) as { diagnostics: Finding[] }).diagnostics.map(({ rule, file, baseline }) => ({ rule, file, baseline }));
const validateJson = (root: string, ...extra: string[]) => runCli(['validate', '--root', root, '--base', 'main', '--format', 'json', ...extra]);

/** Two programmes: "p" (baseRoot's) and a copy "q" with its own id. */
function twoProgrammes(): RootFiles {
  const files: RootFiles = { ...baseRoot() };
  for (const [f, t] of Object.entries(baseRoot())) if (f.startsWith('p/')) files[f.replace(/^p\//, 'q/')] = t.replace('id: thu-nghiem', 'id: thu-nghiem-hai');
  return files;
}

/** The same files, under a folder of the repository. */
const under = (folder: string, files: RootFiles): RootFiles => Object.fromEntries(Object.entries(files).map(([f, t]) => [`${folder}/${f}`, t]));

/** How many record files a validate run says it checked. */
const checked = (stdout: string) => Number(/trong (\d+) tệp/.exec(stdout)?.[1]);

describe('records kept in a folder of a larger repository', () => {
  it('a change beside the records is not theirs; paths are named from the records root', async () => {
    const repo = gitRepo({ 'README.md': '# Kho\n', ...under('ho-so', baseRoot()), ...under('ho-so-cu', baseRoot()) });
    const root = path.join(repo.dir, 'ho-so');
    repo.git('checkout', '-q', '-b', 'pr');
    // Outside the root: a task deleted in a sibling folder whose name begins like the root's, and a README edit.
    repo.remove('ho-so-cu/p/tasks/T3.yaml');
    repo.write('README.md', '# Kho hồ sơ\n');
    repo.commit('ngoài hồ sơ');
    const outside = await validateJson(root);
    expect(findings(outside.stdout)).toEqual([]);
    expect(outside.exitCode).toBe(0);
    expect((await runCli(['diff', 'main', '--root', root])).stdout).toContain('Không có thay đổi nào trong hồ sơ.');

    repo.remove('ho-so/p/tasks/T3.yaml');
    const inside = await validateJson(root);
    expect(findings(inside.stdout)).toContainEqual({ rule: 'task-deleted', file: 'p/tasks/T3.yaml', baseline: false });
    expect(findings(inside.stdout).filter((f) => !f.file.startsWith('p/'))).toEqual([]);
    expect(inside.exitCode).toBe(1);
  });

  it('a programme folder moved inside the root keeps its old findings old, and diff shows no deletion', async () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('lead: ban-a', 'lead: ban-z');
    const repo = gitRepo(under('ho-so', files));
    const root = path.join(repo.dir, 'ho-so');
    repo.git('mv', 'ho-so/p', 'ho-so/chuong-trinh-thu-nghiem');
    const result = await validateJson(root);
    expect(findings(result.stdout)).toEqual([{ rule: 'unknown-reference', file: 'chuong-trinh-thu-nghiem/tasks/T1.yaml', baseline: true }]);
    expect(result.exitCode).toBe(0);
    const diff = JSON.parse((await runCli(['diff', 'main', '--root', root, '--format', 'json'])).stdout) as { programmes: unknown[] };
    expect(diff.programmes).toEqual([]);
  });
});

describe('what makes --base check the whole root', () => {
  // A change in "q" alone checks q (and the shared files); a change to a shared file checks every programme.
  it('a programme change checks that programme only', async () => {
    const repo = gitRepo(twoProgrammes());
    repo.write('q/tasks/T1.yaml', twoProgrammes()['q/tasks/T1.yaml']!.replace('title: Việc hằng năm', 'title: Việc mỗi năm'));
    const whole = checked((await runCli(['validate', '--root', repo.dir])).stdout);
    const scoped = checked((await runCli(['validate', '--root', repo.dir, '--base', 'main'])).stdout);
    expect(scoped).toBeLessThan(whole);
  });

  it.each([
    ['phoihop.yaml', 'soon: 20\n'],
    ['mau/rieng.schema.json', '{}\n'],
  ])('a change to %s checks every programme', async (file, text) => {
    const repo = gitRepo(twoProgrammes());
    repo.write(file, text);
    const whole = checked((await runCli(['validate', '--root', repo.dir])).stdout);
    expect(checked((await runCli(['validate', '--root', repo.dir, '--base', 'main'])).stdout)).toBe(whole);
  });

  it('a change to a file that is no record (notes beside the programmes) checks nothing more and breaks nothing', async () => {
    const repo = gitRepo({ ...twoProgrammes(), 'ghi-chu/cu-tasks.md': 'ghi chú\n' });
    repo.write('ghi-chu/cu-tasks.md', 'ghi chú mới\n');
    repo.write('q/tasks/T1.yaml', twoProgrammes()['q/tasks/T1.yaml']!.replace('title: Việc hằng năm', 'title: Việc mỗi năm'));
    const result = await runCli(['validate', '--root', repo.dir, '--base', 'main']);
    expect(result.exitCode).toBe(0);
    expect(checked(result.stdout)).toBeLessThan(checked((await runCli(['validate', '--root', repo.dir])).stdout));
  });
});

describe('history is never rewritten quietly', () => {
  it('a task file moved out of tasks/ is a deleted task', async () => {
    const repo = gitRepo(baseRoot());
    mkdirSync(path.join(repo.dir, 'p/cu'));
    renameSync(path.join(repo.dir, 'p/tasks/T3.yaml'), path.join(repo.dir, 'p/cu/T3.yaml'));
    repo.git('add', '-A');
    const result = await validateJson(repo.dir);
    expect(findings(result.stdout)).toContainEqual({ rule: 'task-deleted', file: 'p/tasks/T3.yaml', baseline: false });
    expect(result.exitCode).toBe(1);
  });

  it('a task file renamed within tasks/ is no deleted task', async () => {
    const repo = gitRepo(baseRoot());
    repo.git('mv', 'p/tasks/T3.yaml', 'p/tasks/T3-mot-lan.yaml');
    const result = await validateJson(repo.dir);
    expect(findings(result.stdout).filter((f) => f.rule === 'task-deleted')).toEqual([]);
  });

  it('a final evaluation deleted is an error, told apart from one changed', async () => {
    const repo = gitRepo(baseRoot());
    repo.remove('p/evaluations/2020.yaml');
    const deleted = await validateJson(repo.dir);
    expect(findings(deleted.stdout)).toContainEqual({ rule: 'final-record', file: 'p/evaluations/2020.yaml', baseline: false });
    const message = (JSON.parse(deleted.stdout) as { diagnostics: { rule: string; message: string }[] }).diagnostics.find((d) => d.rule === 'final-record')!.message;
    repo.git('checkout', '--', '.');
    repo.write('p/evaluations/2020.yaml', readFileSync(path.join(repo.dir, 'p/evaluations/2020.yaml'), 'utf8').replace('rating: good', 'rating: excellent'));
    const changed = await validateJson(repo.dir);
    const changedMessage = (JSON.parse(changed.stdout) as { diagnostics: { rule: string; message: string }[] }).diagnostics.find((d) => d.rule === 'final-record')!.message;
    expect(message).toMatch(/bị xóa$/);
    expect(changedMessage).toMatch(/bị sửa$/);
  });

  it('a final evaluation moved out of evaluations/ is a changed final record', async () => {
    const repo = gitRepo(baseRoot());
    mkdirSync(path.join(repo.dir, 'p/luu-tru'));
    repo.git('mv', 'p/evaluations/2020.yaml', 'p/luu-tru/2020.yaml');
    expect(findings((await validateJson(repo.dir)).stdout)).toContainEqual({ rule: 'final-record', file: 'p/luu-tru/2020.yaml', baseline: false });
  });

  it('a final evaluation moved unchanged to another programme folder is no change; moved and edited, it is', async () => {
    const repo = gitRepo(baseRoot());
    repo.git('mv', 'p', 'p2');
    expect(findings((await validateJson(repo.dir)).stdout)).toEqual([]);
    repo.write('p2/evaluations/2020.yaml', readFileSync(path.join(repo.dir, 'p2/evaluations/2020.yaml'), 'utf8').replace('rating: good', 'rating: excellent'));
    repo.git('add', '-A');
    expect(findings((await validateJson(repo.dir)).stdout)).toContainEqual({ rule: 'final-record', file: 'p2/evaluations/2020.yaml', baseline: false });
  });

  it('an evaluation that was not final may be edited or deleted', async () => {
    const files = baseRoot();
    files['p/evaluations/2020.yaml'] = files['p/evaluations/2020.yaml']!.replace('state: final', 'state: draft');
    const repo = gitRepo(files);
    repo.write('p/evaluations/2020.yaml', files['p/evaluations/2020.yaml']!.replace('rating: good', 'rating: excellent'));
    expect(findings((await validateJson(repo.dir)).stdout).filter((f) => f.rule === 'final-record')).toEqual([]);
    repo.remove('p/evaluations/2020.yaml');
    expect(findings((await validateJson(repo.dir)).stdout).filter((f) => f.rule === 'final-record')).toEqual([]);
  });

  it('a final evaluation taken out of git but left on disk is reported once, as deleted', async () => {
    const repo = gitRepo(baseRoot());
    repo.git('rm', '-q', '--cached', 'p/evaluations/2020.yaml');
    const result = await validateJson(repo.dir);
    const final = (JSON.parse(result.stdout) as { diagnostics: { rule: string; file: string; message: string }[] }).diagnostics.filter((d) => d.rule === 'final-record');
    repo.git('reset', '-q');
    repo.remove('p/evaluations/2020.yaml');
    const deleted = (JSON.parse((await validateJson(repo.dir)).stdout) as { diagnostics: { rule: string; file: string; message: string }[] }).diagnostics.filter((d) => d.rule === 'final-record');
    expect(final).toEqual(deleted);
    expect(final).toHaveLength(1);
  });
});

describe('copies', () => {
  it('in a repository set to find copies, a copied task is a new task and its original stays', async () => {
    const repo = gitRepo(baseRoot());
    repo.git('config', 'diff.renames', 'copies');
    repo.git('checkout', '-q', '-b', 'pr');
    const t1 = baseRoot()['p/tasks/T1.yaml']!;
    repo.write('p/tasks/T4.yaml', t1.replace('id: T1', 'id: T4'));
    repo.write('p/tasks/T1.yaml', t1 + '  - { period: "2021", on: 2021-12-10, state: done }\n');
    repo.write('p/programme.yaml', baseRoot()['p/programme.yaml']!.replace('tasks: 3', 'tasks: 4'));
    repo.commit('T4 chép từ T1');
    // The new task is checked (the final 2020 evaluation does not rate it); nothing is deleted.
    expect(findings((await validateJson(repo.dir)).stdout)).toEqual([{ rule: 'evaluation-results', file: 'p/evaluations/2020.yaml', baseline: false }]);
    const diff = (await runCli(['diff', 'main', 'pr', '--root', repo.dir])).stdout;
    expect(diff).toContain('T4');
    expect(diff).toContain('T1 Việc hằng năm, năm 2021: hoàn thành (10/12/2021)');
  });
});

describe('old findings', () => {
  it('an old finding fixed does not excuse a new one of the same rule elsewhere', async () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('lead: ban-a', 'lead: ban-z');
    const repo = gitRepo(files);
    repo.write('p/tasks/T1.yaml', baseRoot()['p/tasks/T1.yaml']!);
    repo.write('p/tasks/T2.yaml', files['p/tasks/T2.yaml']!.replace('lead: ban-b', 'lead: ban-z'));
    const result = await validateJson(repo.dir);
    expect(findings(result.stdout)).toEqual([{ rule: 'unknown-reference', file: 'p/tasks/T2.yaml', baseline: false }]);
    expect(result.exitCode).toBe(1);
  });

  it('the same unknown agency moved to another field of the same record is a new finding', async () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('lead: ban-a', 'lead: ban-z');
    const repo = gitRepo(files);
    repo.write('p/tasks/T1.yaml', baseRoot()['p/tasks/T1.yaml']!.replace('partners: [ban-b]', 'partners: [ban-z]'));
    const result = await validateJson(repo.dir);
    expect(findings(result.stdout)).toEqual([{ rule: 'unknown-reference', file: 'p/tasks/T1.yaml', baseline: false }]);
    expect(result.exitCode).toBe(1);
  });

  it('an edit is not refused for an error the records already had', async () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('lead: ban-a', 'lead: ban-z');
    const root = writeRoot(files);
    const result = await runCli(['report', 'add', 'T2', '--root', root, '--state', 'done', '--period', '2021-H1', '--on', '2021-06-20']);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(readFileSync(path.join(root, 'p/tasks/T2.yaml'), 'utf8')).toContain('2021-H1');
  });
});

describe('markBaseline', () => {
  const finding = (line: number, message = 'mã "ban-x" không có trong agencies.yaml'): Diagnostic => ({ file: 'p/tasks/T1.yaml', line, column: 3, rule: 'unknown-reference', severity: 'error', message, pointer: '/lead' });

  it('one old finding excuses one current finding, at whatever line, and no more', () => {
    const marked = markBaseline([finding(9), finding(12), finding(15)], [finding(4)]);
    expect(marked.map((d) => [d.line, d.baseline])).toEqual([[9, true], [12, false], [15, false]]);
    const twice = markBaseline([finding(9), finding(12), finding(15)], [finding(4), finding(5)]);
    expect(twice.map((d) => d.baseline)).toEqual([true, true, false]);
  });

  it('an old finding in a file since moved is matched in its new place', () => {
    const moved = { ...finding(2), file: 'q/tasks/T1.yaml' };
    expect(markBaseline([moved], [finding(2)], new Map([['p/tasks/T1.yaml', 'q/tasks/T1.yaml']]))[0]!.baseline).toBe(true);
    expect(markBaseline([moved], [finding(2)])[0]!.baseline).toBe(false);
    expect(markBaseline([finding(2, 'khác')], [finding(2)])[0]!.baseline).toBe(false);
  });
});
