// Issue 19: what writing an edit promises (commitChanges in src/edit/change-set.ts), each shown
// in-process so that a mutation run's changes to the writer are what runs.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitChanges, readForEdit } from '../../src/edit/change-set.js';
import { UserError } from '../../src/user-error.js';
import { JOURNAL_NAME } from '../../src/edit/journal.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');
const inode = (root: string, file: string) => statSync(path.join(root, file)).ino;

function files(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? files(root, rel) : [rel];
  });
}
const leftovers = (root: string) => files(root).filter((f) => f.endsWith('.tmp') || f === JOURNAL_NAME);

describe('an edit is written whole or not at all', () => {
  it('files saved by someone else since they were read are all named, and nothing is written', async () => {
    const root = writeRoot(baseRoot());
    const [t1, t2, t3] = ['T1', 'T2', 'T3'].map((t) => read(root, `p/tasks/${t}.yaml`));
    writeFileSync(path.join(root, 'p/tasks/T2.yaml'), t2 + '# theirs\n');
    writeFileSync(path.join(root, 'p/tasks/T3.yaml'), t3 + '# theirs\n');
    const before = inode(root, 'p/tasks/T1.yaml');
    const result = await commitChanges(root, ['T1', 'T2', 'T3'].map((t, i) => ({ path: `p/tasks/${t}.yaml`, before: [t1, t2, t3][i]!, after: `${[t1, t2, t3][i]!}# ours\n` })));
    expect(result.conflicts).toEqual(['p/tasks/T2.yaml', 'p/tasks/T3.yaml']);
    expect(read(root, 'p/tasks/T1.yaml')).toBe(t1);
    // Not even replaced and put back: a reader holding T1 open still holds the records' T1.
    expect(inode(root, 'p/tasks/T1.yaml')).toBe(before);
    expect(read(root, 'p/tasks/T2.yaml')).toBe(t2 + '# theirs\n');
    expect(leftovers(root)).toEqual([]);
  });

  it('a file saved by someone else during the renames stops them there: no later file is touched', async () => {
    const root = writeRoot(baseRoot());
    const [t1, t2, t3] = ['T1', 'T2', 'T3'].map((t) => read(root, `p/tasks/${t}.yaml`));
    const before = inode(root, 'p/tasks/T3.yaml');
    const result = await commitChanges(root, ['T1', 'T2', 'T3'].map((t, i) => ({ path: `p/tasks/${t}.yaml`, before: [t1, t2, t3][i]!, after: `${[t1, t2, t3][i]!}# ours\n` })), {
      beforeRename: (file) => void (file === 'p/tasks/T2.yaml' && writeFileSync(path.join(root, file), t2 + '# theirs\n')),
    });
    expect(result.conflicts).toEqual(['p/tasks/T2.yaml']);
    expect([read(root, 'p/tasks/T1.yaml'), read(root, 'p/tasks/T2.yaml'), read(root, 'p/tasks/T3.yaml')]).toEqual([t1, t2 + '# theirs\n', t3]);
    expect(inode(root, 'p/tasks/T3.yaml')).toBe(before);
    expect(leftovers(root)).toEqual([]);
  });

  it('a new file already written is removed again when a later file cannot be replaced', async () => {
    const root = writeRoot(baseRoot());
    const t1 = read(root, 'p/tasks/T1.yaml');
    mkdirSync(path.join(root, 'p/tasks/T5.yaml/inside'), { recursive: true });
    const changes = [
      { path: 'p/tasks/T1.yaml', before: t1, after: t1 + '# ours\n' },
      { path: 'p/tasks/T4.yaml', before: null, after: 'id: T4\n' },
      { path: 'p/tasks/T5.yaml', before: null, after: 'id: T5\n' },
    ];
    await expect(commitChanges(root, changes)).rejects.toThrow();
    expect(read(root, 'p/tasks/T1.yaml')).toBe(t1);
    expect(existsSync(path.join(root, 'p/tasks/T4.yaml'))).toBe(false);
    expect(leftovers(root)).toEqual([]);
  });

  it('creates the folders a new file needs, and writes every file of the edit', async () => {
    const root = writeRoot(baseRoot());
    const t1 = read(root, 'p/tasks/T1.yaml');
    const result = await commitChanges(root, [
      { path: 'p/tasks/T1.yaml', before: t1, after: t1 + '# ours\n' },
      { path: 'moi/amendments/2021-01.yaml', before: null, after: 'id: A1\n' },
    ]);
    expect(result.conflicts).toEqual([]);
    expect(read(root, 'p/tasks/T1.yaml')).toBe(t1 + '# ours\n');
    expect(read(root, 'moi/amendments/2021-01.yaml')).toBe('id: A1\n');
    expect(leftovers(root)).toEqual([]);
  });
});

describe('reading a record to edit it', () => {
  it('says so when the folder holding it was replaced by a file while the command ran', async () => {
    const root = writeRoot(baseRoot());
    renameSync(path.join(root, 'p/tasks'), path.join(root, 'p/tasks-cu'));
    writeFileSync(path.join(root, 'p/tasks'), 'not a folder\n');
    const error = await readForEdit(root, 'p/tasks/T1.yaml', 'en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe('p/tasks/T1.yaml was deleted or renamed while the command ran; check it and run the command again');
  });

  it('an edit of a record without a final line break changes only what it edits: still none at the end', async () => {
    const files = baseRoot();
    const t2 = files['p/tasks/T2.yaml']!.replace(/\n$/, '');
    const root = writeRoot({ ...files, 'p/tasks/T2.yaml': t2 });
    const result = await runCli(['report', 'add', 'T2', '--root', root, '--state', 'done', '--period', '2021-H1', '--on', '2021-06-20']);
    expect(result.exitCode).toBe(0);
    const after = read(root, 'p/tasks/T2.yaml');
    expect(after.startsWith(t2)).toBe(true);
    expect(after).toContain('2021-H1');
    expect(after.endsWith('\n')).toBe(false);
  });
});
