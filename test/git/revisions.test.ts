import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chownTree, gitRepo } from '../helpers/git-repo.js';
import { baseRoot, type RootFiles } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The revisions a user gives to --base, --at and diff: only a commit is one, a blank one is no
// revision, and the repository git refuses is named by its top folder, wherever the records are.

const under = (folder: string, files: RootFiles): RootFiles => Object.fromEntries(Object.entries(files).map(([f, t]) => [`${folder}/${f}`, t]));

describe('revisions given to git-aware commands', { timeout: 60_000 }, () => {
  it('a revision of spaces is refused as empty, as an empty one is (vi and en)', async () => {
    const repo = gitRepo(baseRoot());
    const vi = await runCli(['validate', '--root', repo.dir, '--base', '  ']);
    expect(vi).toMatchObject({ exitCode: 2, stdout: '' });
    expect(vi.stderr).toContain('--base cần tên nhánh, thẻ hoặc mã commit, không được để trống (ví dụ --base origin/main)');
    const en = await runCli(['diff', 'main', ' ', '--root', repo.dir, '--lang', 'en']);
    expect(en).toMatchObject({ exitCode: 2, stdout: '' });
    expect(en.stderr).toContain('HEAD needs a branch, tag or commit id; it cannot be empty (for example HEAD origin/main)');
    const at = await runCli(['--at', ' ', 'status', '--root', repo.dir]);
    expect(at.exitCode).toBe(2);
    expect(at.stderr).toContain('--at cần tên nhánh, thẻ hoặc mã commit, không được để trống');
  });

  it('a folder or a file of a commit (main:p) is no revision: refused by name, never read as the commit', async () => {
    const repo = gitRepo(baseRoot());
    for (const ref of ['main:p', 'main:p/programme.yaml']) {
      const result = await runCli(['validate', '--root', repo.dir, '--base', ref]);
      expect(result).toMatchObject({ exitCode: 2, stdout: '' });
      expect(result.stderr).toContain(`không có phiên bản git "${ref}"; kiểm tra tên nhánh, thẻ hoặc mã commit (git log --oneline)`);
    }
    // The same commit named by a branch is one.
    expect(await runCli(['validate', '--root', repo.dir, '--base', 'main'])).toMatchObject({ exitCode: 0, stderr: '' });
  });

  it('a revision that looks like an option is refused, never handed to git as one', async () => {
    const repo = gitRepo(baseRoot());
    const result = await runCli(['validate', '--root', repo.dir, '--base=--output=x']);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toContain('không có phiên bản git "--output=x"');
  });

  it.skipIf(process.getuid?.() !== 0)('a repository owned by another user is named by its top folder even when the records are in a subfolder', async () => {
    const repo = gitRepo({ 'README.md': '# Kho\n', ...under('ho-so', baseRoot()) });
    chownTree(repo.dir);
    const result = await runCli(['diff', 'main', '--root', path.join(repo.dir, 'ho-so'), '--lang', 'en']);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toContain(`git refuses to read the repository ${repo.dir} because the folder belongs to another user ("dubious ownership"); if you trust it, run: git config --global --add safe.directory ${repo.dir}\n`);
  });
});
