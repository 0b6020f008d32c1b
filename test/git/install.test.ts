import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 14 point 1 and issue 18: phoihop installs from a packed tarball and from a git address
// pinned to a release (npm 10, the npm of Node 20, and the npm here), into a prefix of its own,
// without dev dependencies, and its bin runs. Nothing is built at install: a git package with a
// prepare or build script is prepared by npm in a clone that `npm install -g` leaves without its
// dependencies (npm/cli issue 8440), so a release carries dist/ and no such script.

const REPO = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(REPO, 'data');
const quiet = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

function npmEnv(): NodeJS.ProcessEnv {
  // The test runs inside `npm test`: npm's own settings for that run must not leak into these installs.
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
}

function npm(npmCli: string[], args: string[], cwd: string) {
  const [command, ...pre] = npmCli;
  const result = spawnSync(command!, [...pre, ...args], { cwd, env: npmEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const errors = result.stderr.split('\n').filter((l) => !/TAR_ENTRY|EBADENGINE|^npm warn/.test(l)).join('\n');
  expect(result.status, `npm ${args.join(' ')}\n${errors.slice(-3000)}`).toBe(0);
  return result;
}

/** Runs the installed bin the way a user would: by its name on PATH. */
function runInstalled(prefix: string, args: string[]) {
  return spawnSync('phoihop', args, { env: { ...npmEnv(), PATH: `${path.join(prefix, 'bin')}:${process.env.PATH}` }, encoding: 'utf8' });
}

function expectWorks(prefix: string) {
  expect(existsSync(path.join(prefix, 'lib/node_modules/phoihop/dist/cli.js'))).toBe(true);
  const version = runInstalled(prefix, ['--version']);
  expect(version.stdout).toMatch(/^phoihop \d+\.\d+\.\d+/);
  const validate = runInstalled(prefix, ['validate', '--root', DATA]);
  expect(validate.status, validate.stderr).toBe(0);
  expect(validate.stdout).toMatch(/^✔ Không có lỗi trong \d+ tệp\n$/);
}

/**
 * A copy of this repository with a release made as a maintainer makes it (`npm run release:tag`:
 * HEAD plus the built dist/, no install-time scripts), reached by a file:// URL as CI reaches a
 * git host. The dist/ is this checkout's, built by `npm test` before the tests run.
 */
function releasedRepository(): { url: string; tag: string; commit: string } {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-origin-')), 'phoihop');
  execFileSync('git', ['clone', '-q', '--no-local', REPO, dir]);
  cpSync(path.join(REPO, 'dist'), path.join(dir, 'dist'), { recursive: true });
  const [tag, commit] = execFileSync(process.execPath, ['src/build/release-tag.mjs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t' } }).trim().split(' ');
  return { url: `git+file://${dir}`, tag: tag!, commit: commit! };
}

function expectNoInstallScripts(prefix: string) {
  const installed = JSON.parse(readFileSync(path.join(prefix, 'lib/node_modules/phoihop/package.json'), 'utf8'));
  expect(Object.keys(installed.scripts)).not.toContain('prepare');
  expect(Object.keys(installed.scripts)).not.toContain('build');
}

const systemNpm = ['npm'];
const npmVersion = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();

/** npm 10, the npm Node 20 ships: this machine's npm when it is 10, else npm@10 installed apart. */
function npm10(): string[] {
  if (npmVersion.startsWith('10.')) return systemNpm;
  const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-npm10-'));
  npm(systemNpm, ['install', '--prefix', dir, 'npm@10', ...quiet], dir);
  return [process.execPath, path.join(dir, 'node_modules/npm/bin/npm-cli.js')];
}

describe('installing phoihop', { timeout: 900_000 }, () => {
  it('npm pack gives a tarball that installs without dev dependencies or scripts, and runs', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'phoihop-pack-'));
    const packed = JSON.parse(npm(systemNpm, ['pack', '--json', '--ignore-scripts', '--pack-destination', out, ...quiet], REPO).stdout) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('dist/validators.js');
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
    const prefix = mkdtempSync(path.join(tmpdir(), 'phoihop-prefix-'));
    // --ignore-scripts and --omit=dev: nothing may need building or a dev tool once packed.
    npm(systemNpm, ['install', '--global', '--prefix', prefix, '--omit=dev', '--ignore-scripts', path.join(out, packed[0]!.filename), ...quiet], out);
    expectWorks(prefix);
    expect(readdirSync(path.join(prefix, 'lib/node_modules/phoihop/node_modules'))).not.toContain('typescript');
  });

  it(`installs globally from a file:// git address pinned to the release tag with npm ${npmVersion}`, () => {
    const { url, tag } = releasedRepository();
    const prefix = mkdtempSync(path.join(tmpdir(), 'phoihop-prefix-'));
    npm(systemNpm, ['install', '--global', '--prefix', prefix, '--omit=dev', `${url}#${tag}`, ...quiet], tmpdir());
    expectWorks(prefix);
    expectNoInstallScripts(prefix);
  });

  it.skipIf(npmVersion.startsWith('10.'))('installs globally from a file:// git address pinned to the release commit with npm 10, the npm of Node 20', () => {
    const npmTen = npm10();
    expect(npm(npmTen, ['--version'], tmpdir()).stdout).toMatch(/^10\./);
    const { url, commit } = releasedRepository();
    const prefix = mkdtempSync(path.join(tmpdir(), 'phoihop-prefix-'));
    npm(npmTen, ['install', '--global', '--prefix', prefix, '--omit=dev', `${url}#${commit}`, ...quiet], tmpdir());
    expectWorks(prefix);
    expectNoInstallScripts(prefix);
  });
});
