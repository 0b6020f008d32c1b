// Issue 19: an edit survives a power cut only if the folders holding its renames are flushed
// before the journal that could replay them is removed, and the journal's removal is flushed
// too. Nothing on a running system shows a flush, so the flushes are recorded here, each with
// whether the journal still existed at that moment (the folder flush itself is tested in
// test/io/atomic-promises.test.ts and test/io/folder-flush.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { commitChanges } from '../../src/edit/change-set.js';
import { JOURNAL_NAME, recoverEdits } from '../../src/edit/journal.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';

const flushes: { dir: string; journal: boolean }[] = [];
let root = '';

vi.mock('../../src/io/atomic-write.js', async (original) => {
  const real = await original<typeof import('../../src/io/atomic-write.js')>();
  return {
    ...real,
    syncDirectory: async (dir: string) => {
      flushes.push({ dir: path.relative(root, dir) || '.', journal: existsSync(path.join(root, JOURNAL_NAME)) });
      await real.syncDirectory(dir);
    },
  };
});

beforeEach(() => {
  flushes.length = 0;
  root = writeRoot(baseRoot());
});

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('flushing an edit to disk', () => {
  it('flushes every folder it renamed into while the journal still exists, then the removal of the journal', async () => {
    const t1 = read('p/tasks/T1.yaml');
    const programme = read('p/programme.yaml');
    await commitChanges(root, [
      { path: 'p/tasks/T1.yaml', before: t1, after: t1 + '# ours\n' },
      { path: 'p/programme.yaml', before: programme, after: programme + '# ours\n' },
    ]);
    const folders = flushes.filter((f) => f.dir !== '.');
    expect(folders.map((f) => f.dir).sort()).toEqual(['p', 'p/tasks']);
    expect(folders.every((f) => f.journal)).toBe(true);
    expect(flushes.at(-1)).toEqual({ dir: '.', journal: false });
  });

  it('a replayed edit flushes the folder of each file it completes, and the removal of the journal', async () => {
    const t2 = read('p/tasks/T2.yaml');
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    void commitChanges(root, [{ path: 'p/tasks/T2.yaml', before: t2, after: t2 + '# ours\n' }], {
      beforeRename: () => {
        stop();
        return new Promise<void>(() => {});
      },
    });
    await stopped;
    flushes.length = 0;
    expect(await recoverEdits(root)).toEqual({ completed: ['p/tasks/T2.yaml'], conflicts: [] });
    expect(read('p/tasks/T2.yaml')).toBe(t2 + '# ours\n');
    expect(flushes).toEqual([{ dir: 'p/tasks', journal: true }, { dir: '.', journal: false }]);
  });
});
