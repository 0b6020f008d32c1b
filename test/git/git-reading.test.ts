import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BlobReader, verifyRevision } from '../../src/git/git.js';
import { UserError } from '../../src/user-error.js';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot } from '../helpers/roots.js';
import { strykerEnv } from '../helpers/stryker-children.js';

const run = promisify(execFile);

/**
 * A program of its own (a node process, as phoihop is) that reads the given blobs one after the
 * other, each awaited before the next is asked, with nothing else keeping Node alive; `git` is
 * found through a folder whose `git` logs each start. Bundled from src/ (under Stryker, from the
 * instrumented sources: the mutant comes from the environment).
 */
async function readOneByOne(top: string, oids: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-reader-'));
  const source = path.resolve(import.meta.dirname, '../../src/git/git.ts');
  await build({
    stdin: {
      contents: `import { BlobReader } from ${JSON.stringify(source)};
const [top, ...oids] = process.argv.slice(2);
const reader = new BlobReader(top);
for (const oid of oids) process.stdout.write((await reader.read(oid))?.toString('utf8') ?? 'null\\n');
process.stdout.write('done\\n');`,
      resolveDir: dir,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: path.join(dir, 'read.mjs'),
    logLevel: 'silent',
  });
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const log = path.join(dir, 'git-starts.log');
  writeFileSync(log, '');
  writeFileSync(path.join(dir, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${realGit}' "$@"\n`);
  chmodSync(path.join(dir, 'git'), 0o755);
  const env = { PATH: `${dir}:${process.env.PATH ?? ''}`, ...strykerEnv() };
  try {
    const { stdout } = await run(process.execPath, [path.join(dir, 'read.mjs'), top, ...oids], { env, timeout: 30_000 });
    return { code: 0, stdout, starts: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout, starts: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
  }
}

// Reading a revision's files through one `git cat-file --batch` (src/git/git.ts, BlobReader).
// A reader has no close: its process is let go of while nothing is awaited and ends with phoihop.

describe('BlobReader', () => {
  it('answers many reads asked at once, in order: a blob git does not have is null, the others whole', async () => {
    const repo = gitRepo(baseRoot());
    // Several pipe chunks' worth: the answer must wait for all of its bytes.
    const big = `# ${'dòng dài '.repeat(40_000)}\n`;
    repo.write('p/notes.txt', big);
    repo.commit('ghi chú dài');
    const oid = (file: string) => repo.git('rev-parse', `HEAD:${file}`).trim();
    const reader = new BlobReader(repo.dir);
    const answers = await Promise.all([
      reader.read(oid('agencies.yaml')),
      reader.read('0123456789abcdef0123456789abcdef01234567'),
      reader.read(oid('p/notes.txt')),
      reader.read(oid('p/programme.yaml')),
    ]);
    expect(answers.map((a) => a?.toString('utf8'))).toEqual([baseRoot()['agencies.yaml'], undefined, big, baseRoot()['p/programme.yaml']]);
    expect(answers[1]).toBeNull();
    // Read again after a pause: the same process answers.
    expect((await reader.read(oid('p/tasks/T1.yaml')))?.toString('utf8')).toBe(baseRoot()['p/tasks/T1.yaml']);
  });

  it('an empty blob is read as empty, and the next answer is not shifted', async () => {
    const repo = gitRepo({ ...baseRoot(), 'p/empty.yaml': '' });
    const oid = (file: string) => repo.git('rev-parse', `HEAD:${file}`).trim();
    const reader = new BlobReader(repo.dir);
    const [empty, next] = await Promise.all([reader.read(oid('p/empty.yaml')), reader.read(oid('agencies.yaml'))]);
    expect(empty?.length).toBe(0);
    expect(next?.toString('utf8')).toBe(baseRoot()['agencies.yaml']);
  });

  it('when git cannot be started (its folder gone), every read waiting is refused with the cause, none left waiting', async () => {
    const gone = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-gone-')), 'kho');
    const reader = new BlobReader(gone);
    const answers = await Promise.allSettled([reader.read('0123456789abcdef0123456789abcdef01234567'), reader.read('89abcdef0123456789abcdef0123456789abcdef')]);
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected']);
    expect(answers.map((a) => (a as PromiseRejectedResult).reason.code)).toEqual(['ENOENT', 'ENOENT']);
  });
});

describe('BlobReader in a program of its own', () => {
  it('reads asked one after the other, each awaited, are all answered before the program ends, by one git process', async () => {
    const repo = gitRepo(baseRoot());
    const files = ['agencies.yaml', 'p/programme.yaml', 'p/tasks/T1.yaml'];
    const oids = files.map((file) => repo.git('rev-parse', `HEAD:${file}`).trim());
    const result = await readOneByOne(repo.dir, [oids[0]!, '0123456789abcdef0123456789abcdef01234567', oids[1]!, oids[2]!]);
    // Node must not end while a read waits (its git let go of after the first answer, never held again).
    expect(result.stdout).toBe([baseRoot()['agencies.yaml'], 'null\n', baseRoot()['p/programme.yaml'], baseRoot()['p/tasks/T1.yaml'], 'done\n'].join(''));
    expect(result.code).toBe(0);
    // One `git cat-file --batch` for all four reads, not one per read.
    expect(result.starts).toEqual(['cat-file --batch']);
  });
});

describe('verifyRevision', () => {
  it('a revision asked of a folder that is no repository is refused by name, with no shallow-clone hint', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'phoihop-no-repo-'));
    const refused = verifyRevision(folder, 'main', 'en');
    await expect(refused).rejects.toBeInstanceOf(UserError);
    await expect(refused).rejects.toThrow(/^there is no git revision "main"; check the branch, tag or commit id \(git log --oneline\)$/);
  });
});
