import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlobReader, verifyRevision } from '../../src/git/git.js';
import { UserError } from '../../src/user-error.js';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot } from '../helpers/roots.js';

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

describe('verifyRevision', () => {
  it('a revision asked of a folder that is no repository is refused by name, with no shallow-clone hint', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'phoihop-no-repo-'));
    const refused = verifyRevision(folder, 'main', 'en');
    await expect(refused).rejects.toBeInstanceOf(UserError);
    await expect(refused).rejects.toThrow(/^there is no git revision "main"; check the branch, tag or commit id \(git log --oneline\)$/);
  });
});
