import { readFileSync, symlinkSync, unlinkSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot, type RootFiles } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Issue 14, points 2 to 6: a records repository's pull-request life, in real git repositories.

/** The files of a second programme, "q", with its own id. */
function secondProgramme(id = 'thu-nghiem-2'): RootFiles {
  return Object.fromEntries(
    Object.entries(baseRoot())
      .filter(([f]) => f.startsWith('p/'))
      .map(([f, t]) => [f.replace(/^p\//, 'q/'), t.replace('id: thu-nghiem', `id: ${id}`)]),
  );
}

const addReport = (text: string) => text + 'reports:\n  - { period: "2020-H1", on: 2020-06-25, state: done }\n';
const json = (stdout: string) => JSON.parse(stdout) as { errors: number; new_errors: number; base?: { ref: string; merge_base: string }; diagnostics: { rule: string; file: string; baseline?: boolean; fix?: string }[] };

describe('--base and diff count from the merge base', { timeout: 60_000 }, () => {
  it('a branch that adds a report, after main gained a programme, is not told it deleted that programme', async () => {
    const repo = gitRepo(baseRoot());
    const branchPoint = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write('p/tasks/T2.yaml', addReport(baseRoot()['p/tasks/T2.yaml']!));
    repo.commit('báo cáo T2');
    repo.git('checkout', '-q', 'main');
    for (const [file, text] of Object.entries(secondProgramme())) repo.write(file, text);
    repo.commit('chương trình mới');
    repo.git('checkout', '-q', 'pr');

    const result = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json']);
    expect(result.exitCode).toBe(0);
    expect(json(result.stdout)).toMatchObject({ errors: 0, new_errors: 0, base: { ref: 'main', merge_base: branchPoint } });
    const pretty = await runCli(['validate', '--root', repo.dir, '--base', 'main']);
    expect(pretty.stdout.split('\n')[0]).toBe(`So với gốc chung (merge base) của main và bản này: commit ${branchPoint.slice(0, 12)}`);

    const diff = await runCli(['diff', 'main', 'pr', '--root', repo.dir]);
    expect(diff.stdout).toContain(`So với gốc chung (merge base) của main và bản này: commit ${branchPoint.slice(0, 12)}.`);
    expect(diff.stdout).toContain('T2 Việc 6 tháng');
    expect(diff.stdout).not.toContain('thu-nghiem-2');
    expect(JSON.parse((await runCli(['diff', 'main', 'pr', '--root', repo.dir, '--format', 'json'])).stdout).merge_base).toBe(branchPoint);
  });

  it('--at A with --base reads A, not the working tree', async () => {
    const repo = gitRepo(baseRoot());
    repo.git('checkout', '-q', '-b', 'pr');
    repo.remove('p/tasks/T3.yaml');
    repo.commit('xóa T3');
    repo.git('tag', 'xoa-t3');
    repo.git('checkout', '-q', 'main');
    const atTag = await runCli(['--at', 'xoa-t3', 'validate', '--root', repo.dir, '--base', 'main', '--format', 'json']);
    expect(atTag.exitCode).toBe(1);
    expect(json(atTag.stdout).diagnostics.map((d) => d.rule)).toContain('task-deleted');
    expect((await runCli(['validate', '--root', repo.dir, '--base', 'main'])).exitCode).toBe(0);
  });
});

describe('renames are followed', { timeout: 60_000 }, () => {
  it('a renamed programme folder is neither deleted tasks nor an edited final evaluation, and diff agrees', async () => {
    const repo = gitRepo(baseRoot());
    repo.git('checkout', '-q', '-b', 'pr');
    repo.git('mv', 'p', 'chuong-trinh-thu-nghiem');
    repo.commit('đổi tên thư mục');
    const result = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json']);
    expect(json(result.stdout).diagnostics).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect((await runCli(['diff', 'main', 'pr', '--root', repo.dir])).stdout).toContain('Không có thay đổi nào trong hồ sơ.');
  });

  it('a final evaluation moved and edited is still an edit', async () => {
    const repo = gitRepo(baseRoot());
    repo.git('mv', 'p', 'p2');
    repo.write('p2/evaluations/2020.yaml', baseRoot()['p/evaluations/2020.yaml']!.replace('rating: good', 'rating: excellent'));
    const result = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json']);
    expect(result.exitCode).toBe(1);
    expect(json(result.stdout).diagnostics).toEqual([expect.objectContaining({ rule: 'final-record', file: 'p2/evaluations/2020.yaml' })]);
  });
});

describe('root-wide facts under --base', { timeout: 60_000 }, () => {
  it('a new folder reusing an existing programme id fails --base as it fails a full validate', async () => {
    const repo = gitRepo(baseRoot());
    for (const [file, text] of Object.entries(secondProgramme('thu-nghiem'))) repo.write(file, text);
    const full = await runCli(['validate', '--root', repo.dir, '--format', 'json']);
    const scoped = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json']);
    expect(full.exitCode).toBe(1);
    expect(scoped.exitCode).toBe(1);
    const clash = { rule: 'unique-id', file: 'q/programme.yaml', baseline: false };
    expect(json(scoped.stdout).diagnostics).toEqual([expect.objectContaining({ ...clash, fix: expect.any(String) })]);
    expect(json(full.stdout).diagnostics.filter((d) => d.rule === 'unique-id').map((d) => d.file)).toEqual(['q/programme.yaml']);
    // Only programme.yaml is read outside the change: still 6 files checked, as before.
    expect((await runCli(['validate', '--root', repo.dir, '--base', 'main'])).stdout).toContain('trong 6 tệp');
  });
});

describe('paths, empty revisions, links and the parser of the final-record guard', { timeout: 60_000 }, () => {
  it('a folder named ":x" is that folder: a rewritten final evaluation there is caught, and ":!x" does not crash', async () => {
    const files: RootFiles = Object.fromEntries(Object.entries(baseRoot()).map(([f, t]) => [f.replace(/^p\//, ':x/'), t]));
    const repo = gitRepo(files);
    repo.write(':x/evaluations/2020.yaml', files[':x/evaluations/2020.yaml']!.replace('rating: good', 'rating: excellent'));
    const result = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json']);
    expect(result.exitCode).toBe(1);
    expect(json(result.stdout).diagnostics).toEqual([expect.objectContaining({ rule: 'final-record', file: ':x/evaluations/2020.yaml' })]);

    const magic = gitRepo(Object.fromEntries(Object.entries(baseRoot()).map(([f, t]) => [f.replace(/^p\//, ':!x/'), t])));
    magic.write(':!x/tasks/T2.yaml', addReport(baseRoot()['p/tasks/T2.yaml']!));
    const fine = await runCli(['validate', '--root', magic.dir, '--base', 'main']);
    expect(fine).toMatchObject({ exitCode: 0, stderr: '' });
    expect((await runCli(['diff', 'main', '--root', magic.dir])).stdout).toContain('T2 Việc 6 tháng');
  });

  it('refuses --base "" and --at ""', async () => {
    const { dir } = gitRepo(baseRoot());
    const base = await runCli(['validate', '--root', dir, '--base', '']);
    expect(base).toMatchObject({ exitCode: 2, stdout: '' });
    expect(base.stderr).toContain('--base cần tên nhánh, thẻ hoặc mã commit');
    const at = await runCli(['--at', '', 'status', '--root', dir]);
    expect(at.exitCode).toBe(2);
    expect(at.stderr).toContain('--at cần tên nhánh');
  });

  it('a committed programme.yaml that is a symlink is an error, so a broken task cannot pass', async () => {
    const repo = gitRepo(baseRoot());
    mkdirSync(path.join(repo.dir, '..', `${path.basename(repo.dir)}-outside`), { recursive: true });
    renameSync(path.join(repo.dir, 'p/programme.yaml'), path.join(repo.dir, '..', `${path.basename(repo.dir)}-outside`, 'programme.yaml'));
    symlinkSync(path.join(repo.dir, '..', `${path.basename(repo.dir)}-outside`, 'programme.yaml'), path.join(repo.dir, 'p/programme.yaml'));
    repo.write('p/tasks/T2.yaml', baseRoot()['p/tasks/T2.yaml']!.replace('lead: ban-b', 'lead: 42'));
    repo.commit('liên kết');
    const result = await runCli(['validate', '--root', repo.dir, '--base', 'HEAD~1', '--format', 'json']);
    expect(result.exitCode).toBe(1);
    expect(json(result.stdout).diagnostics).toContainEqual(expect.objectContaining({ rule: 'symlink', file: 'p/programme.yaml', baseline: false }));
    unlinkSync(path.join(repo.dir, 'p/programme.yaml'));
  });

  it('the final-record guard reads the base with the parser validate uses (CR-only line breaks)', async () => {
    const files = baseRoot();
    files['p/evaluations/2020.yaml'] = files['p/evaluations/2020.yaml']!.replace(/\n/g, '\r');
    const repo = gitRepo(files);
    const atBase = await runCli(['validate', '--root', repo.dir, '--format', 'json']);
    const baseRead = json(atBase.stdout).diagnostics.filter((d) => d.file === 'p/evaluations/2020.yaml');
    repo.write('p/evaluations/2020.yaml', files['p/evaluations/2020.yaml']!.replace('rating: good', 'rating: excellent'));
    const result = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json']);
    const guarded = json(result.stdout).diagnostics.some((d) => d.rule === 'final-record');
    // One parser: the guard fires exactly when validate reads the base file as a final evaluation.
    expect(guarded).toBe(baseRead.length === 0);
    expect(guarded).toBe(true);
  });
});

describe('diff with records that cannot be read', { timeout: 60_000 }, () => {
  it('a record failing its schema at the base and fixed in the change is neither deleted nor new, and is named', async () => {
    const files = baseRoot();
    files['p/tasks/T2.yaml'] = files['p/tasks/T2.yaml']!.replace('status: active', 'stauts: active');
    const repo = gitRepo(files);
    repo.write('p/tasks/T2.yaml', baseRoot()['p/tasks/T2.yaml']!);
    repo.write('p/tasks/T3.yaml', baseRoot()['p/tasks/T3.yaml']!.replace('status: active', 'status: paused'));
    const out = JSON.parse((await runCli(['diff', 'main', '--root', repo.dir, '--format', 'json'])).stdout);
    expect(out.unreadable).toEqual([{ file: 'p/tasks/T2.yaml', side: 'base', message: expect.stringContaining('stauts') }]);
    expect(out.programmes).toEqual([expect.objectContaining({ tasksAdded: [], tasksRemoved: [], statusChanges: [expect.objectContaining({ id: 'T3', to: 'paused' })] })]);
    const text = (await runCli(['diff', 'main', '--root', repo.dir])).stdout;
    expect(text).toContain('Hồ sơ không đọc được');
    expect(text).toContain('p/tasks/T2.yaml (ở bản gốc)');
  });
});

describe('diff names what happened to an evaluation', { timeout: 60_000 }, () => {
  it('a deleted evaluation is listed as deleted, with its state, in Vietnamese and English', async () => {
    const repo = gitRepo(baseRoot());
    repo.git('checkout', '-q', '-b', 'pr');
    repo.git('rm', '-q', 'p/evaluations/2020.yaml');
    repo.commit('xóa đánh giá 2020');
    const vi = (await runCli(['diff', 'main', 'pr', '--root', repo.dir])).stdout;
    expect(vi).toContain('2020: bị xóa (chính thức)');
    const en = (await runCli(['--lang', 'en', 'diff', 'main', 'pr', '--root', repo.dir])).stdout;
    expect(en).toContain('2020: deleted (final)');
  });
});
