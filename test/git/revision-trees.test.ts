import { cpSync, symlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileSystemTree } from '../../src/records/tree.js';
import { gitTree } from '../../src/git/git-tree.js';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot, type RootFiles } from '../helpers/roots.js';
import { runBin } from '../helpers/bin.js';
import { runCli } from '../helpers/world.js';

// A records root read at a git revision (--at, and the base of --base) is the same root as on
// disk: the same files, the same findings, the same limits. Only what git stores differently
// (a submodule) is told apart.

const MB = 1024 * 1024;

/** The same files, under a folder of the repository. */
const under = (folder: string, files: RootFiles): RootFiles => Object.fromEntries(Object.entries(files).map(([f, t]) => [`${folder}/${f}`, t]));

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
  it('a root in a folder of the repository reads only its own records at a revision, beside a root of a name as long', async () => {
    // "ho-cu/q/…" without its first six characters would read as "q/…" of "ho-so": the listing must stay inside the root.
    const other = Object.fromEntries(Object.entries(baseRoot()).map(([f, t]) => [f.replace(/^p\//, 'q/'), t.replace('id: thu-nghiem', 'id: ho-so-cu')]));
    const repo = gitRepo({ 'README.md': '# Kho\n', ...under('ho-so', baseRoot()), ...under('ho-cu', other) });
    for (const [root, id] of [['ho-so', 'thu-nghiem'], ['ho-cu', 'ho-so-cu']] as const) {
      const onDisk = await runCli(['status', '--root', `${repo.dir}/${root}`, '--format', 'json']);
      const atMain = await runCli(['--at', 'main', 'status', '--root', `${repo.dir}/${root}`, '--format', 'json']);
      expect(atMain).toMatchObject({ exitCode: 0, stderr: '' });
      expect(JSON.parse(atMain.stdout).programmes.map((p: { id: string }) => p.id)).toEqual([id]);
      expect(atMain.stdout).toBe(onDisk.stdout);
    }
  });

  it('the real bin reading a revision prints its result and ends by itself (git is let go of once answered)', async () => {
    const repo = gitRepo(baseRoot());
    const inProcess = await runCli(['--at', 'main', 'validate', '--root', repo.dir]);
    const bin = await runBin(['--at', 'main', 'validate', '--root', repo.dir]);
    expect(bin).toEqual({ code: 0, stdout: inProcess.stdout, stderr: '' });
    expect(bin.stdout).toBe('✔ Không có lỗi trong 6 tệp\n');
  }, 30_000);

  it('links committed (a task file, a programme folder) are named and never followed at a revision, as on disk', async () => {
    const repo = gitRepo(baseRoot());
    // A task file linked to another task, and a programme folder linked to "p": followed, they would
    // read as records (a duplicate task, a second programme of the same id).
    symlinkSync('T1.yaml', `${repo.dir}/p/tasks/T9.yaml`);
    symlinkSync('p', `${repo.dir}/q`);
    repo.commit('liên kết');
    const onDisk = await runCli(['validate', '--root', repo.dir, '--format', 'json']);
    const atMain = await runCli(['--at', 'main', 'validate', '--root', repo.dir, '--format', 'json']);
    expect(atMain.stderr).toBe('');
    const links = JSON.parse(atMain.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'symlink');
    expect(links.map((d: { file: string; message: string }) => [d.file, d.message])).toEqual([
      ['p/tasks/T9.yaml', 'đây là liên kết tượng trưng (symlink) nên không được đọc'],
      ['q', 'đây là liên kết tượng trưng (symlink) nên không được đọc'],
    ]);
    expect(atMain.stdout).toBe(onDisk.stdout);
    expect(atMain.exitCode).toBe(onDisk.exitCode);
  });

  it('a file the revision lacks is refused as a missing file is on disk (ENOENT), naming the file and the revision', async () => {
    // How phoihop.yaml is looked up at --at when none is committed: the two kinds of tree keep one contract.
    const repo = gitRepo(baseRoot());
    repo.write('phoihop.yaml', 'lang: en\n');
    const commit = repo.git('rev-parse', 'HEAD').trim();
    const atMain = await gitTree(repo.dir, commit, '', 'main:.');
    const onDisk = fileSystemTree(repo.dir);
    expect((await atMain.list('')).map((e) => e.name).sort()).toEqual(['agencies.yaml', 'p']);
    await expect(onDisk.read('p/tasks/T9.yaml', MB)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(atMain.read('p/tasks/T9.yaml', MB)).rejects.toMatchObject({ code: 'ENOENT', message: "p/tasks/T9.yaml is not in main:." });
    await expect(atMain.read('phoihop.yaml', MB)).rejects.toMatchObject({ code: 'ENOENT', message: 'phoihop.yaml is not in main:.' });
    // A folder is no file at a revision either.
    await expect(atMain.read('p', MB)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(new TextDecoder().decode((await atMain.read('agencies.yaml', MB))!)).toBe(baseRoot()['agencies.yaml']);
    // The settings of the working tree are not those of the revision: --at main speaks Vietnamese.
    expect((await runCli(['validate', '--root', repo.dir])).stdout).toMatch(/^✔ No problems in \d+ files\n$/);
    const validated = await runCli(['--at', 'main', 'validate', '--root', repo.dir]);
    expect(validated).toMatchObject({ exitCode: 0, stderr: '' });
    expect(validated.stdout).toMatch(/^✔ Không có lỗi trong \d+ tệp\n$/);
  });
});
