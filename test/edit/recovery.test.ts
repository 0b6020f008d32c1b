// An edit cut off between its renames, replayed by the next run — in-process, so that the code
// under test is the code a mutation run changes (a killed child process would not be).
// A commit is "cut off" by a rename hook that never returns: the journal and the staged files stay
// on disk exactly as a power cut would leave them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitChanges, type FileChange } from '../../src/edit/change-set.js';
import { JOURNAL_NAME, recoverEdits } from '../../src/edit/journal.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

function files(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? files(root, rel) : [rel];
  });
}

/** Starts a commit of `changes` and stops it for good after `renames` renames. */
async function cutOff(root: string, changes: FileChange[], renames: number): Promise<void> {
  let reached!: () => void;
  const stopped = new Promise<void>((resolve) => (reached = resolve));
  void commitChanges(root, changes, {
    afterRename: (count) => {
      if (count < renames) return;
      reached();
      return new Promise<void>(() => {});
    },
  });
  await stopped;
}

function twoEdits(root: string): FileChange[] {
  const t1 = read(root, 'p/tasks/T1.yaml');
  const t2 = read(root, 'p/tasks/T2.yaml');
  return [
    { path: 'p/tasks/T1.yaml', before: t1, after: t1.replace('status: active', 'status: paused') },
    { path: 'p/tasks/T2.yaml', before: t2, after: t2.replace('status: active', 'status: paused') },
    { path: 'p/tasks/T4.yaml', before: null, after: 'id: T4\ntitle: Việc mới\n' },
  ];
}

describe('an edit cut off between its renames', () => {
  it('is completed by the next command, which says which files it finished', async () => {
    const root = writeRoot(baseRoot());
    const changes = twoEdits(root);
    await cutOff(root, changes, 1);
    expect(existsSync(path.join(root, JOURNAL_NAME))).toBe(true);
    // The journal is one JSON document, a text file ending in a line break like every file phoihop writes.
    const journal = read(root, JOURNAL_NAME);
    expect(journal.endsWith('}\n')).toBe(true);
    expect(JSON.parse(journal).entries.map((e: { target: string }) => e.target)).toEqual(changes.map((c) => c.path));
    expect(read(root, 'p/tasks/T1.yaml')).toBe(changes[0]!.after);
    expect(read(root, 'p/tasks/T2.yaml')).toBe(changes[1]!.before);

    const next = await runCli(['--lang', 'en', 'status', '--root', root, '--as-of', '2021-01-05', '--format', 'json']);
    expect(next.stderr.split('\n')[0]).toBe('phoihop: completed an edit that was interrupted earlier (p/tasks/T2.yaml, p/tasks/T4.yaml)');
    for (const change of changes) expect(read(root, change.path), change.path).toBe(change.after);
    // Nothing of the edit is left behind: no journal, no staged file, no lock.
    expect(files(root).sort()).toEqual([...Object.keys(baseRoot()), 'p/tasks/T4.yaml'].sort());
    // And the command itself ran on the completed records.
    const tasks = JSON.parse(next.stdout).programmes[0].tasks as { id: string; state: string }[];
    expect(tasks.find((t) => t.id === 'T2')!.state).toBe('paused');
  });

  it('leaves a file someone changed since alone, says so, and still completes the others', async () => {
    const root = writeRoot(baseRoot());
    const changes = twoEdits(root);
    await cutOff(root, changes, 1);
    writeFileSync(path.join(root, 'p/tasks/T2.yaml'), changes[1]!.before + '# sửa tay\n');

    const next = await runCli(['--lang', 'en', 'validate', '--root', root, '--no-cache']);
    expect(next.stderr).toContain('phoihop: completed an edit that was interrupted earlier (p/tasks/T4.yaml)\n');
    expect(next.stderr).toContain('phoihop: could not complete an interrupted edit: p/tasks/T2.yaml was changed since; check it with git diff\n');
    expect(read(root, 'p/tasks/T2.yaml')).toBe(changes[1]!.before + '# sửa tay\n');
    expect(read(root, 'p/tasks/T4.yaml')).toBe(changes[2]!.after);
    expect(files(root).filter((f) => f.endsWith('.tmp') || f === JOURNAL_NAME)).toEqual([]);
  });

  it('does not rename a staged file that is not what the journal recorded', async () => {
    const root = writeRoot(baseRoot());
    const changes = twoEdits(root);
    await cutOff(root, changes, 1);
    const journal = JSON.parse(read(root, JOURNAL_NAME)) as { entries: { target: string; temporary: string }[] };
    const staged = journal.entries.find((e) => e.target === 'p/tasks/T2.yaml')!.temporary;
    writeFileSync(path.join(root, staged), 'id: T2\n# bị cắt ngang\n');

    const { completed, conflicts } = await recoverEdits(root);
    expect(completed).toEqual(['p/tasks/T4.yaml']);
    expect(conflicts).toEqual(['p/tasks/T2.yaml']);
    expect(read(root, 'p/tasks/T2.yaml')).toBe(changes[1]!.before);
    expect(files(root).filter((f) => f.endsWith('.tmp') || f === JOURNAL_NAME)).toEqual([]);
  });

  it('is a no-op when every file already holds its new text (the rename was done, the journal not yet removed)', async () => {
    const root = writeRoot(baseRoot());
    const changes = twoEdits(root);
    await cutOff(root, changes, 3);
    expect(await recoverEdits(root)).toEqual({ completed: [], conflicts: [] });
    for (const change of changes) expect(read(root, change.path)).toBe(change.after);
    expect(existsSync(path.join(root, JOURNAL_NAME))).toBe(false);
  });

  it('judges a record holding bytes that are not UTF-8 as the edit did, by its text as read, and completes it', async () => {
    const root = writeRoot(baseRoot());
    writeFileSync(path.join(root, 'p/tasks/T2.yaml'), Buffer.concat([Buffer.from(read(root, 'p/tasks/T2.yaml')), Buffer.from([0x23, 0x20, 0xff, 0x0a])]));
    const changes = twoEdits(root);
    expect(changes[1]!.before!.endsWith('# \uFFFD\n')).toBe(true);
    await cutOff(root, changes, 1);
    expect(await recoverEdits(root)).toEqual({ completed: ['p/tasks/T2.yaml', 'p/tasks/T4.yaml'], conflicts: [] });
    for (const change of changes) expect(read(root, change.path)).toBe(change.after);
  });

  it('a readonly command without a journal takes no lock and says nothing', async () => {
    const root = writeRoot(baseRoot());
    const before = files(root).sort();
    const r = await runCli(['validate', '--root', root, '--no-cache']);
    expect(r.stderr).toBe('');
    expect(files(root).sort()).toEqual(before);
  });
});

describe('a journal that cannot be trusted', () => {
  async function withJournal(text: string): Promise<{ root: string; result: Awaited<ReturnType<typeof recoverEdits>> }> {
    const root = writeRoot(baseRoot());
    writeFileSync(path.join(root, JOURNAL_NAME), text);
    return { root, result: await recoverEdits(root) };
  }

  it('cut short (written before any rename): nothing is done, and it is removed', async () => {
    const { root, result } = await withJournal('{"version": 1, "entries": [{"target": "p/ta');
    expect(result).toEqual({ completed: [], conflicts: [] });
    expect(files(root).sort()).toEqual(Object.keys(baseRoot()).sort());
  });

  it('of another version, or without entries: nothing is done', async () => {
    for (const text of ['{"version": 2, "entries": []}', '{"version": 1}', 'null']) {
      const root = writeRoot(baseRoot());
      writeFileSync(path.join(root, '.T1.yaml.phoihop-0123456789ab.tmp'), 'id: T1\n');
      const t1 = read(root, 'p/tasks/T1.yaml');
      writeFileSync(path.join(root, JOURNAL_NAME), text.replace('[]', JSON.stringify([{ target: 'p/tasks/T1.yaml', temporary: '.T1.yaml.phoihop-0123456789ab.tmp', before: null, after: 'x' }])));
      expect(await recoverEdits(root), text).toEqual({ completed: [], conflicts: [] });
      expect(read(root, 'p/tasks/T1.yaml')).toBe(t1);
      expect(files(root).sort(), text).toEqual(Object.keys(baseRoot()).sort());
    }
  });

  it('never reaches outside the records folder, whatever its paths say', async () => {
    const outside = writeRoot({ 'victim.yaml': 'giữ nguyên\n', '.victim.yaml.phoihop-0123456789ab.tmp': 'ghi đè\n' });
    const root = writeRoot(baseRoot());
    const rel = path.relative(root, outside);
    const abs = path.join(outside, 'victim.yaml');
    const { createHash } = await import('node:crypto');
    const hash = (s: string) => createHash('sha256').update(s).digest('hex');
    const entries = [
      { target: `${rel}/victim.yaml`, temporary: `${rel}/.victim.yaml.phoihop-0123456789ab.tmp`, before: hash('giữ nguyên\n'), after: hash('ghi đè\n') },
      { target: abs, temporary: path.join(outside, '.victim.yaml.phoihop-0123456789ab.tmp'), before: hash('giữ nguyên\n'), after: hash('ghi đè\n') },
      { target: 'p/tasks/T1.yaml', temporary: `${rel}/.victim.yaml.phoihop-0123456789ab.tmp`, before: hash(read(root, 'p/tasks/T1.yaml')), after: hash('ghi đè\n') },
    ];
    // Each entry alone (paths that are all text, so the journal itself is not refused), then with
    // entries that are not two texts, which make the whole journal refused.
    for (const journal of [...entries.map((e) => [e]), [...entries, { target: 42, temporary: 'x' }, null]]) {
      writeFileSync(path.join(root, JOURNAL_NAME), JSON.stringify({ version: 1, entries: journal }));
      expect(await recoverEdits(root), JSON.stringify(journal)).toEqual({ completed: [], conflicts: [] });
      expect(read(outside, 'victim.yaml')).toBe('giữ nguyên\n');
      expect(read(root, 'p/tasks/T1.yaml')).toBe(baseRoot()['p/tasks/T1.yaml']);
    }
  });
});

describe('temporary files a killed run left', () => {
  it('are removed from the root, programme folders and their parts, and nothing else is', async () => {
    const junk = ['.agencies.yaml.phoihop-0123456789ab.tmp', 'p/.programme.yaml.phoihop-0123456789ab.tmp', 'p/tasks/.T1.yaml.phoihop-abcdef012345.tmp'];
    const kept = ['p/tasks/a/.T1.yaml.phoihop-0123456789ab.tmp', '.git/.x.phoihop-0123456789ab.tmp', 'node_modules/.x.phoihop-0123456789ab.tmp', 'p/tasks/.T1.yaml.phoihop-0123456789.tmp', 'p/tasks/T1.yaml.phoihop-0123456789ab.tmp', 'p/tasks/.T1.yaml.phoihop-0123456789ab.tmp.bak', 'p/ghi-chu.tmp'];
    const root = writeRoot({ ...baseRoot(), ...Object.fromEntries([...junk, ...kept].map((f) => [f, 'nửa chừng'])) });
    expect(await recoverEdits(root)).toEqual({ completed: [], conflicts: [] });
    expect(files(root).sort()).toEqual([...Object.keys(baseRoot()), ...kept].sort());
  });
});
