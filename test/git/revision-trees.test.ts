import { cpSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// A records root read at a git revision (--at, and the base of --base) is the same root as on
// disk: the same files, the same findings, the same limits. Only what git stores differently
// (a submodule) is told apart.

const MB = 1024 * 1024;

/** The base root's T2 made exactly `bytes` long by a trailing comment (ASCII: one byte a letter). */
function taskOfSize(id: string, bytes: number): string {
  const text = baseRoot()['p/tasks/T2.yaml']!.replace('id: T2', `id: ${id}`) + '# ';
  return text + 'x'.repeat(bytes - Buffer.byteLength(text) - 1) + '\n';
}

describe('a root read at a git revision', { timeout: 120_000 }, () => {
  it('data/ committed whole reads at --at as on disk: status and every finding', async () => {
    const repo = gitRepo({ 'README.md': '# Kho\n' });
    cpSync(new URL('../../data', import.meta.url).pathname, repo.dir, { recursive: true });
    repo.commit('hồ sơ mẫu');
    const onDisk = await runCli(['validate', '--root', repo.dir]);
    const atMain = await runCli(['--at', 'main', 'validate', '--root', repo.dir]);
    expect(atMain).toMatchObject({ exitCode: 0, stderr: '' });
    expect(atMain.stdout).toMatch(/^✔ Không có lỗi trong 2\d tệp\n$/);
    expect(atMain.stdout).toBe(onDisk.stdout);
    const status = await runCli(['status', '--root', repo.dir, '--format', 'json']);
    const statusAt = await runCli(['--at', 'main', 'status', '--root', repo.dir, '--format', 'json']);
    expect(statusAt).toMatchObject({ exitCode: 0, stderr: '' });
    expect(JSON.parse(statusAt.stdout).programmes.length).toBeGreaterThan(0);
    expect(statusAt.stdout).toBe(status.stdout);
  });

  it('a file of exactly 1 MB is read and one byte more is refused, at a revision as on disk', async () => {
    const repo = gitRepo({ ...baseRoot(), 'p/tasks/T2.yaml': taskOfSize('T2', MB), 'p/tasks/T3.yaml': taskOfSize('T3', MB + 1) });
    const onDisk = JSON.parse((await runCli(['validate', '--root', repo.dir, '--format', 'json'])).stdout);
    const atMain = JSON.parse((await runCli(['--at', 'main', 'validate', '--root', repo.dir, '--format', 'json'])).stdout);
    const refused = onDisk.diagnostics.filter((d: { rule: string }) => d.rule === 'file-encoding').map((d: { file: string; message: string }) => [d.file, d.message]);
    expect(refused).toEqual([['p/tasks/T3.yaml', 'tệp lớn hơn giới hạn 1 MB nên không được đọc']]);
    expect(atMain.diagnostics).toEqual(onDisk.diagnostics);
  });

  it('a submodule named like a task file at the base is not read as a record', async () => {
    const repo = gitRepo(baseRoot());
    // A gitlink: what `git submodule add` records, pointing at a commit of another repository.
    repo.git('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},p/tasks/T9.yaml`);
    repo.git('commit', '-q', '-m', 'mô-đun con');
    const atMain = await runCli(['--at', 'main', 'validate', '--root', repo.dir, '--format', 'json']);
    expect(atMain.stderr).toBe('');
    expect(JSON.parse(atMain.stdout).diagnostics.filter((d: { file: string }) => d.file === 'p/tasks/T9.yaml')).toEqual([]);
    expect(atMain.exitCode).toBe(0);
  });
});
