import { describe, expect, it } from 'vitest';
import { BlobReader } from '../../src/git/git.js';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot } from '../helpers/roots.js';

// Reading a revision's files through one `git cat-file --batch` (src/git/git.ts, BlobReader).

describe('BlobReader', () => {
  it('answers many reads asked at once, in order: a blob git does not have is null, the others whole', async () => {
    const repo = gitRepo(baseRoot());
    // Several pipe chunks' worth: the answer must wait for all of its bytes.
    const big = `# ${'dòng dài '.repeat(40_000)}\n`;
    repo.write('p/notes.txt', big);
    repo.commit('ghi chú dài');
    const oid = (file: string) => repo.git('rev-parse', `HEAD:${file}`).trim();
    const reader = new BlobReader(repo.dir);
    try {
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
    } finally {
      reader.close();
    }
  });

  it('an empty blob is read as empty, and the next answer is not shifted', async () => {
    const repo = gitRepo({ ...baseRoot(), 'p/empty.yaml': '' });
    const oid = (file: string) => repo.git('rev-parse', `HEAD:${file}`).trim();
    const reader = new BlobReader(repo.dir);
    try {
      const [empty, next] = await Promise.all([reader.read(oid('p/empty.yaml')), reader.read(oid('agencies.yaml'))]);
      expect(empty?.length).toBe(0);
      expect(next?.toString('utf8')).toBe(baseRoot()['agencies.yaml']);
    } finally {
      reader.close();
    }
  });
});
