import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

function validateBase(dir: string, ...extra: string[]) {
  return runCli(['validate', '--root', dir, '--base', 'main', ...extra]);
}

describe('validate --base on a pull request', () => {
  it('fails when a final evaluation is edited', async () => {
    const repo = gitRepo(baseRoot());
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write('p/evaluations/2020.yaml', readFileSync(path.join(repo.dir, 'p/evaluations/2020.yaml'), 'utf8').replace('rating: good', 'rating: excellent'));
    repo.commit('sửa đánh giá');
    const result = await validateBase(repo.dir, '--format', 'json');
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics).toEqual([expect.objectContaining({ file: 'p/evaluations/2020.yaml', rule: 'final-record', severity: 'error', baseline: false })]);
  });

  it('fails when a task file is deleted', async () => {
    const repo = gitRepo(baseRoot());
    repo.remove('p/tasks/T3.yaml');
    const result = await validateBase(repo.dir, '--format', 'json');
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toContain('task-deleted');
  });

  it('passes a pull request that adds a report, and diff names the report', async () => {
    const repo = gitRepo(baseRoot());
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write('p/tasks/T2.yaml', readFileSync(path.join(repo.dir, 'p/tasks/T2.yaml'), 'utf8') + 'reports:\n  - { period: "2020-H1", on: 2020-06-25, state: done }\n');
    repo.commit('báo cáo T2');
    expect((await validateBase(repo.dir)).exitCode).toBe(0);
    const diff = await runCli(['diff', 'main', 'pr', '--root', repo.dir]);
    expect(diff.stdout).toContain('- T2 Việc 6 tháng, 6 tháng đầu năm 2020: hoàn thành (25/06/2020)');
    const json = JSON.parse((await runCli(['diff', 'main', 'HEAD', '--root', repo.dir, '--format', 'json'])).stdout);
    expect(json.programmes[0].reports).toEqual([{ id: 'T2', title: 'Việc 6 tháng', report: { period: '2020-H1', on: '2020-06-25', state: 'done' } }]);
  });

  it('does not fail on findings the base already had, and fails on new ones', async () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('lead: ban-a', 'lead: ban-z');
    const repo = gitRepo(files);
    repo.write('p/tasks/T2.yaml', files['p/tasks/T2.yaml']!.replace('title: Việc 6 tháng', 'title: Việc sáu tháng'));
    const old = await validateBase(repo.dir, '--format', 'json');
    expect(old.exitCode).toBe(0);
    expect(JSON.parse(old.stdout).diagnostics).toEqual([expect.objectContaining({ rule: 'unknown-reference', baseline: true })]);
    repo.write('p/tasks/T2.yaml', files['p/tasks/T2.yaml']!.replace('lead: ban-b', 'lead: ban-y'));
    expect((await validateBase(repo.dir)).exitCode).toBe(1);
    expect((await validateBase(repo.dir)).stdout).toContain('(đã có từ trước)');
  });

  it('checks only the programmes a change touches, unless agencies.yaml changes', async () => {
    const files = { ...baseRoot(), ...Object.fromEntries(Object.entries(baseRoot()).filter(([f]) => f.startsWith('p/')).map(([f, t]) => [f.replace(/^p\//, 'q/'), t.replace('id: thu-nghiem', 'id: thu-nghiem-2')])) };
    const repo = gitRepo(files);
    repo.write('q/tasks/T1.yaml', files['q/tasks/T1.yaml']!.replace('title: Việc hằng năm', 'title: Việc mỗi năm'));
    const scoped = await validateBase(repo.dir);
    expect(scoped.stdout).toContain('trong 6 tệp');
    repo.write('agencies.yaml', files['agencies.yaml']! + '  - { id: ban-c, name: Ban C }\n');
    expect((await validateBase(repo.dir)).stdout).toContain('trong 11 tệp');
  });

  it('writes exactly one annotation for a record that tries to inject a workflow command', async () => {
    const files = baseRoot();
    const repo = gitRepo(files);
    repo.write('p/tasks/T2.yaml', files['p/tasks/T2.yaml']!.replace('lead: ban-b', 'lead: "ban-b\\n::error::injected"'));
    const result = await runCli(['validate', '--root', repo.dir, '--base', 'main'], { env: { GITHUB_ACTIONS: 'true' } });
    const commands = result.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(/^::error file=p\/tasks\/T2\.yaml,line=4,col=7,title=phoihop schema::/);
  });
});

describe('reading a revision', () => {
  it('--at reproduces a report as it was printed then', async () => {
    const repo = gitRepo(baseRoot());
    repo.git('tag', 'bao-cao-2020');
    repo.write('p/tasks/T2.yaml', baseRoot()['p/tasks/T2.yaml']! + 'reports:\n  - { period: "2020-H1", on: 2020-06-25, state: done }\n');
    repo.commit('báo cáo');
    const args = ['overdue', '--root', repo.dir, '--as-of', '2020-07-10', '--format', 'json'];
    const then = JSON.parse((await runCli(['--at', 'bao-cao-2020', ...args])).stdout);
    const now = JSON.parse((await runCli(args)).stdout);
    expect(then.overdue.map((o: { task: string }) => o.task)).toEqual(['T2']);
    expect(now.overdue).toEqual([]);
  });

  it('gives a clear error outside a git repository or for an unknown ref', async () => {
    const { dir } = gitRepo(baseRoot());
    const outside = await runCli(['validate', '--root', path.join(dir, '..'), '--base', 'main']);
    expect(outside.exitCode).toBe(2);
    const unknown = await runCli(['--at', 'no-such-tag', 'status', '--root', dir]);
    expect(unknown).toMatchObject({ exitCode: 2, stderr: 'phoihop: không có phiên bản git "no-such-tag"; kiểm tra tên nhánh, thẻ hoặc mã commit (git log --oneline)\n' });
    const option = await runCli(['validate', '--root', dir, '--base', '--output=/tmp/x']);
    expect(option.exitCode).toBe(2);
  });
});

describe('validate --output', () => {
  it('writes the chosen format to a file and the readable form to the terminal', async () => {
    const { dir } = gitRepo(baseRoot());
    const file = path.join(dir, 'ket-qua.sarif');
    writeFileSync(file, 'old');
    const result = await runCli(['validate', '--root', dir, '--format', 'sarif', '--output', file]);
    expect(result.stdout).toBe('✔ Không có lỗi trong 6 tệp\n');
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe('2.1.0');
  });
});

describe('diff in GitHub Actions', () => {
  it('appends the markdown to the step summary', async () => {
    const repo = gitRepo(baseRoot());
    const summary = path.join(repo.dir, '..', `summary-${path.basename(repo.dir)}.md`);
    writeFileSync(summary, '');
    repo.write('p/tasks/T3.yaml', baseRoot()['p/tasks/T3.yaml']!.replace('status: active', 'status: paused'));
    const result = await runCli(['diff', 'main', '--root', repo.dir], { env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(result.stdout).toContain('T3 Việc một lần: đang thực hiện → tạm dừng');
    expect(readFileSync(summary, 'utf8')).toBe(result.stdout + '\n');
  });
});
