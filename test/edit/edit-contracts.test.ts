// Issue 19, third round on src/edit/: what the editing functions promise, shown on whole results
// (the records as a check sees them before writing, the bytes an edit writes, what a rollback
// leaves) rather than line by line.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitChanges, overlayTree, readForEdit } from '../../src/edit/change-set.js';
import { UserError } from '../../src/user-error.js';
import { JOURNAL_NAME } from '../../src/edit/journal.js';
import { editable, replaceItem, setValue, valueAt } from '../../src/edit/yaml-edits.js';
import { fileSystemTree } from '../../src/records/tree.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

function files(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? files(root, rel) : [rel];
  });
}

describe('the records as a check sees them before an edit is written', () => {
  it('lists every new file and every new folder where it will be, each once, and reads the new texts', async () => {
    const root = writeRoot(baseRoot());
    const base = fileSystemTree(root, 'ho-so');
    const after = overlayTree(base, [
      { path: 'p/tasks/T1.yaml', before: read(root, 'p/tasks/T1.yaml'), after: 'id: T1\n' },
      { path: 'p/tasks/T4.yaml', before: null, after: 'id: T4\n' },
      { path: 'p/amendments/2021-03-01.yaml', before: null, after: 'kind: adjustment\n' },
      { path: 'p/amendments/2021-04-01.yaml', before: null, after: 'kind: adjustment\n' },
      { path: 'ghi-chu.yaml', before: null, after: 'note: x\n' },
      { path: 'q/tasks/T1.yaml', before: null, after: 'id: T1\n' },
    ]);
    const names = async (dir: string) => (await after.list(dir)).map((e) => `${e.kind}:${e.name}`);
    expect(after.label).toBe('ho-so');
    expect((await names('')).sort()).toEqual(['dir:p', 'dir:q', 'file:agencies.yaml', 'file:ghi-chu.yaml']);
    expect((await names('p')).sort()).toEqual(['dir:amendments', 'dir:evaluations', 'dir:tasks', 'file:programme.yaml']);
    expect((await names('p/tasks')).sort()).toEqual(['file:T1.yaml', 'file:T2.yaml', 'file:T3.yaml', 'file:T4.yaml']);
    expect(await names('p/amendments')).toEqual(['file:2021-03-01.yaml', 'file:2021-04-01.yaml']);
    expect(await names('q')).toEqual(['dir:tasks']);
    expect(await names('q/tasks')).toEqual(['file:T1.yaml']);
    expect(await names('p/evaluations')).toEqual(['file:2020.yaml']);
    const text = async (file: string) => new TextDecoder().decode((await after.read(file, 1 << 20))!);
    expect(await text('p/tasks/T1.yaml')).toBe('id: T1\n');
    expect(await text('ghi-chu.yaml')).toBe('note: x\n');
    expect(await text('p/tasks/T2.yaml')).toBe(read(root, 'p/tasks/T2.yaml'));
  });
});

describe('a rollback', () => {
  it('still puts everything back when a new file it wrote was removed by someone else meanwhile', async () => {
    const root = writeRoot(baseRoot());
    const t1 = read(root, 'p/tasks/T1.yaml');
    const result = await commitChanges(
      root,
      [
        { path: 'p/tasks/T4.yaml', before: null, after: 'id: T4\n' },
        { path: 'p/tasks/T1.yaml', before: t1, after: t1 + '# ours\n' },
      ],
      {
        afterRename: () => rmSync(path.join(root, 'p/tasks/T4.yaml')),
        beforeRename: (file) => void (file === 'p/tasks/T1.yaml' && writeFileSync(path.join(root, file), t1 + '# theirs\n')),
      },
    );
    expect(result.conflicts).toEqual(['p/tasks/T1.yaml']);
    expect(read(root, 'p/tasks/T1.yaml')).toBe(t1 + '# theirs\n');
    expect(files(root).sort()).toEqual(Object.keys(baseRoot()).sort());
    expect(existsSync(path.join(root, JOURNAL_NAME))).toBe(false);
  });
});

describe('reading a record to edit it, when the read fails', () => {
  it('calls it deleted only when it is gone: a folder where the record should be is reported as the system says', async () => {
    const root = writeRoot(baseRoot());
    const error = await readForEdit(root, 'p/tasks', 'en').catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(UserError);
    expect((error as NodeJS.ErrnoException).code).toBe('EISDIR');
  });
});

describe('a record with a byte-order mark', () => {
  it('keeps its mark when the edit removes its first line', async () => {
    const files = baseRoot();
    const t1 = files['p/tasks/T1.yaml']!;
    files['p/tasks/T1.yaml'] = '\uFEFFdone_on: 2021-01-05\n' + t1.replace('status: active', 'status: done');
    const root = writeRoot(files);
    const result = await runCli(['task', 'status', 'T1', 'active', '--root', root]);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(read(root, 'p/tasks/T1.yaml')).toBe('\uFEFF' + t1);
  });
});

describe('asking for a value where the record has another shape', () => {
  const source = editable('id: T1\nschedule: weekly\nplan: { due: "12-31", every: [{ a: 1 }, "06-30"] }\n');

  it('finds nothing under a text, and nothing under a key that is not there', () => {
    expect(valueAt(source, ['schedule', 'due'])).toBeUndefined();
    expect(valueAt(source, ['nowhere'])).toBeUndefined();
    expect(valueAt(source, ['nowhere', 'due'])).toBeUndefined();
    expect(setValue(source, ['schedule', 'due'], '"12-15"')).toBeNull();
  });

  it('replaces no item of something that is not a list, nor an item that is not a text or not there', () => {
    expect(replaceItem(source, ['plan', 'due'], 0, '12-15')).toBeNull();
    expect(replaceItem(source, ['schedule'], 0, '12-15')).toBeNull();
    expect(replaceItem(source, ['nowhere'], 0, '12-15')).toBeNull();
    expect(replaceItem(source, ['plan', 'every'], 0, '12-15')).toBeNull();
    expect(replaceItem(source, ['plan', 'every'], 2, '12-15')).toBeNull();
    expect(replaceItem(source, ['plan', 'every'], 1, '12-15')).toEqual({ start: source.text.indexOf('"06-30"'), end: source.text.indexOf('"06-30"') + 7, text: '"12-15"' });
  });
});
