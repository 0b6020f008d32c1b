import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chownTree, gitRepo, shallowPrClone } from '../helpers/git-repo.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runBin } from '../helpers/bin.js';
import { runCli } from '../helpers/world.js';

// Issue 14, point 9: the records root is found upwards, / and home are never scanned, and git's
// own refusals (a shallow clone, a repository owned by someone else) are named with their fix.

function withSettings() {
  return { ...baseRoot(), 'phoihop.yaml': 'lang: vi\n' };
}

describe('where am I', { timeout: 60_000 }, () => {
  it('inside a programme folder or any subfolder, the root is found upwards', async () => {
    const repo = gitRepo(withSettings());
    for (const cwd of [path.join(repo.dir, 'p'), path.join(repo.dir, 'p/tasks')]) {
      const result = await runCli(['validate'], { cwd });
      expect(result).toMatchObject({ exitCode: 0, stdout: '✔ Không có lỗi trong 7 tệp\n' });
    }
    const status = await runCli(['status', '--format', 'json'], { cwd: path.join(repo.dir, 'p/evaluations') });
    expect(JSON.parse(status.stdout).programmes[0].id).toBe('thu-nghiem');
  });

  it('where no records are, it says so at once and suggests --root', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'phoihop-empty-'));
    const result = await runCli(['validate'], { cwd: empty });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`không tìm thấy kho hồ sơ ở ${empty}`);
    expect(result.stderr).toContain('--root');
    const english = await runCli(['status', '--lang', 'en'], { cwd: empty });
    expect(english.stderr).toContain('no records root found');
  });

  it('never scans / or the home folder', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'phoihop-home-'));
    const inRoot = await runCli(['validate', '--root', '/']);
    expect(inRoot.exitCode).toBe(2);
    expect(inRoot.stderr).toContain('không quét /');
    const inHome = await runCli(['status'], { cwd: home, env: { HOME: home } });
    expect(inHome.exitCode).toBe(2);
    const homeAsRoot = await runCli(['validate', '--root', home], { env: { HOME: home } });
    expect(homeAsRoot.exitCode).toBe(2);
    expect(homeAsRoot.stderr).toContain('thư mục nhà');
  });

  it('a shallow clone without the base gets the fetch-depth hint', async () => {
    const clone = shallowPrClone();
    const missing = await runCli(['validate', '--root', clone, '--base', 'origin/main']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('fetch-depth: 0');
    execFileSync('git', ['fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main'], { cwd: clone });
    const noBase = await runCli(['diff', 'origin/main', '--root', clone]);
    expect(noBase.exitCode).toBe(2);
    expect(noBase.stderr).toContain('merge base');
    expect(noBase.stderr).toContain('fetch-depth: 0');
  });

  it.skipIf(process.getuid?.() !== 0)('a repository owned by another user is named as git names it: dubious ownership', async () => {
    const repo = gitRepo(baseRoot());
    chownTree(repo.dir);
    const result = await runCli(['validate', '--root', repo.dir, '--base', 'main']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`git từ chối đọc kho ${repo.dir} vì thư mục thuộc người dùng khác ("dubious ownership"); nếu tin kho này, chạy: git config --global --add safe.directory ${repo.dir}`);
    const english = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--lang', 'en']);
    expect(english.exitCode).toBe(2);
    expect(english.stderr).toContain(`git refuses to read the repository ${repo.dir} because the folder belongs to another user ("dubious ownership"); if you trust it, run: git config --global --add safe.directory ${repo.dir}`);
  });

  // git speaks the user's language (LANGUAGE) unless told otherwise: phoihop reads git's English.
  // (Vietnamese would be the natural case, but git 2.39's Vietnamese has no words for this refusal.)
  it.skipIf(process.getuid?.() !== 0 || !existsSync('/usr/share/locale/de/LC_MESSAGES/git.mo'))('a user whose git speaks another language still gets the dubious-ownership fix, not "no repository"', async () => {
    const repo = gitRepo(baseRoot());
    chownTree(repo.dir);
    const env = { LANG: 'C.UTF-8', LANGUAGE: 'de', HOME: mkdtempSync(path.join(tmpdir(), 'phoihop-home-')) };
    // The premise: git itself answers in German in this environment.
    let said = '';
    try {
      execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: repo.dir, env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'pipe' });
    } catch (error) {
      said = String((error as { stderr: Buffer }).stderr);
    }
    expect(said).toContain(`dubiose Besitzverhältnisse im Repository bei '${repo.dir}'`);
    const result = await runBin(['validate', '--root', repo.dir, '--base', 'main'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`git từ chối đọc kho ${repo.dir} vì thư mục thuộc người dùng khác ("dubious ownership")`);
  });

  it('records in a folder that is no git repository: --base and --at say so, with the fix, never "dubious ownership"', async () => {
    const dir = writeRoot(baseRoot());
    const base = await runCli(['validate', '--root', dir, '--base', 'main']);
    expect(base.exitCode).toBe(2);
    expect(base.stderr).toContain(`thư mục ${dir} không nằm trong kho git; các tùy chọn --at, --base và lệnh diff cần kho git (chạy "git init" hoặc dùng đúng thư mục)`);
    expect(base.stderr).not.toContain('dubious');
    const at = await runCli(['--at', 'main', 'status', '--root', dir]);
    expect(at.exitCode).toBe(2);
    expect(at.stderr).toContain(`thư mục ${dir} không nằm trong kho git`);
  });

  it('a revision given empty (a CI variable left unset) is refused with an example, never read as no revision', async () => {
    const repo = gitRepo(baseRoot());
    const vi = await runCli(['validate', '--root', repo.dir, '--base', '']);
    expect(vi.exitCode).toBe(2);
    expect(vi.stderr).toContain('--base cần tên nhánh, thẻ hoặc mã commit, không được để trống (ví dụ --base origin/main)');
    const en = await runCli(['diff', '', '--root', repo.dir, '--lang', 'en']);
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toContain('BASE needs a branch, tag or commit id; it cannot be empty (for example BASE origin/main)');
  });
});
