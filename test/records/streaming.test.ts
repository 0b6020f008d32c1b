import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoot, validateRoot } from '../../src/pipeline.js';
import { discoverRecords, filesByProgramme, type FoundFile } from '../../src/records/discover.js';
import { checkRoot } from '../../src/run/check-root.js';
import { runChunk } from '../../src/run/jobs.js';
import { chunksOf } from '../../src/run/pool.js';
import { fileSystemTree } from '../../src/records/tree.js';
import { SCENARIOS } from '../checks/scenarios.js';
import { runCli } from '../helpers/world.js';
import { baseRoot, twoProgrammes, writeRoot, type RootFiles } from '../helpers/roots.js';

/** A root of several programmes, some broken, two sharing an id, in folders whose order matters. */
function manyProgrammes(): RootFiles {
  const base = baseRoot();
  const files: RootFiles = { 'agencies.yaml': base['agencies.yaml']!.replace('short: BA }', 'short: BA }\n  - { id: ban-a, name: Lặp lại }') };
  const names = ['a', 'a-b', 'b/x', 'c', 'd', 'e', 'f'];
  names.forEach((dir, i) => {
    for (const [file, text] of Object.entries(base)) {
      if (!file.startsWith('p/')) continue;
      let body = text;
      if (file === 'p/programme.yaml') body = body.replace('id: thu-nghiem', `id: ${i === 5 ? 'ct-1' : `ct-${i}`}`);
      if (i === 3 && file.endsWith('T1.yaml')) body = body.replace('lead: ban-a', 'lead: ban-khong-co\nstauts: x');
      files[`${dir}/${file.slice(2)}`] = body;
    }
  });
  return files;
}

describe('the streamed check', () => {
  const roots: [string, RootFiles][] = [['many programmes', manyProgrammes()], ...SCENARIOS.map((s): [string, RootFiles] => [s.name, s.files])];

  it.each(roots)('finds exactly what the one-pass check finds, in chunks of any size: %s', async (_name, files) => {
    const root = writeRoot(files);
    const whole = await validateRoot(fileSystemTree(root, root), 'vi');
    for (const chunk of [1, 2, 100]) {
      const streamed = await checkRoot(fileSystemTree(root, root), 'vi', { chunkSize: chunk });
      expect(streamed.diagnostics).toEqual(whole.diagnostics);
      expect(streamed.files).toEqual(whole.files);
      for (const d of streamed.diagnostics) expect(streamed.textOf(d.file)).toBe(whole.textOf(d.file));
    }
  });

  it('reports a programme id repeated across chunks once, pointing at the first', async () => {
    const root = writeRoot(manyProgrammes());
    const streamed = await checkRoot(fileSystemTree(root, root), 'en', { chunkSize: 1 });
    const repeats = streamed.diagnostics.filter((d) => d.rule === 'unique-id' && d.message.startsWith('the programme id'));
    expect(repeats).toEqual([expect.objectContaining({ file: 'e/programme.yaml', line: 1, message: 'the programme id "ct-1" is already used in a-b/programme.yaml' })]);
    expect(streamed.diagnostics.filter((d) => d.file === 'agencies.yaml' && d.rule === 'unique-id')).toHaveLength(1);
  });
});

describe('a chunk read a programme at a time', () => {
  it('groups the files by programme folder, in the order the folders first appear, root files left out', () => {
    const file = (p: string, programmeDir: string | null): FoundFile => ({ path: p, kind: 'task', programmeDir });
    const files = [file('agencies.yaml', null), file('b/programme.yaml', 'b'), file('a/programme.yaml', 'a'), file('b/tasks/T1.yaml', 'b'), file('phoihop.yaml', null), file('a/tasks/T1.yaml', 'a')];
    expect([...filesByProgramme(files)]).toEqual([
      ['b', [files[1], files[3]]],
      ['a', [files[2], files[5]]],
    ]);
  });

  it('checks the root files of a root without programmes', async () => {
    const root = writeRoot({ 'agencies.yaml': manyProgrammes()['agencies.yaml']! });
    const whole = await validateRoot(fileSystemTree(root, root), 'en');
    expect(whole.diagnostics.filter((d) => d.file === 'agencies.yaml' && d.rule === 'unique-id')).toHaveLength(1);
    expect((await checkRoot(fileSystemTree(root, root), 'en')).diagnostics).toEqual(whole.diagnostics);
  });

  it('reports what discovery skipped once, however many programmes the first chunk holds', async () => {
    const root = writeRoot(manyProgrammes());
    symlinkSync(path.join(root, 'a/tasks/T1.yaml'), path.join(root, 'c/tasks/T9.yaml'));
    const whole = await validateRoot(fileSystemTree(root, root), 'en');
    expect(whole.diagnostics.filter((d) => d.rule === 'symlink')).toEqual([expect.objectContaining({ file: 'c/tasks/T9.yaml', severity: 'warning' })]);
    for (const chunk of [1, 100]) expect((await checkRoot(fileSystemTree(root, root), 'en', { chunkSize: chunk })).diagnostics).toEqual(whole.diagnostics);
  });

  it('gives back only what it found: no findings, no texts', async () => {
    const root = writeRoot(baseRoot());
    const tree = fileSystemTree(root, root);
    const [chunk] = chunksOf(await discoverRecords(tree), 20);
    const result = await runChunk(tree, 'en', chunk!, { kind: 'validate', today: '2021-06-30' });
    expect(result).toEqual({ diagnostics: [], texts: [], programmes: [{ dir: 'p', id: 'thu-nghiem', file: 'p/programme.yaml' }], errors: 0, items: [], digests: new Uint8Array(0) });
  });

  it('counts for a report each error once: a root file\'s, and each programme\'s, warnings left out', async () => {
    const files = manyProgrammes();
    // Errors of the schema: an agency without a name, a task whose lead is a list (and c's misspelt key).
    files['agencies.yaml'] += '  - { id: ban-c }\n';
    files['a/tasks/T2.yaml'] = files['a/tasks/T2.yaml']!.replace(/^lead: .*$/m, 'lead: [khong, hop, le]');
    const root = writeRoot(files);
    // A linked task file is only a warning.
    symlinkSync(path.join(root, 'a/tasks/T1.yaml'), path.join(root, 'b/x/tasks/T9.yaml'));
    const loaded = await loadRoot(fileSystemTree(root, root), 'en');
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.file).sort()).toEqual(['a/tasks/T2.yaml', 'agencies.yaml', 'c/tasks/T1.yaml']);
    expect(loaded.diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(1);
    const status = await runCli(['--lang', 'en', 'status', '--root', root, '--as-of', '2021-06-30']);
    expect(status.stderr).toBe('warning: the records have 3 errors, so this report may be incomplete; run "phoihop validate" for details\n');
    expect(status.exitCode).toBe(0);
  });

  it('tells loadRoot\'s progress how many files there are, of every file read, then that it is done', async () => {
    const root = writeRoot(baseRoot());
    const calls: string[] = [];
    await loadRoot(fileSystemTree(root, root), 'en', undefined, undefined, { expect: (n) => void calls.push(`expect ${n}`), tick: () => void calls.push('tick'), done: () => void calls.push('done') });
    expect(calls).toEqual(['expect 6', 'tick', 'tick', 'tick', 'tick', 'tick', 'tick', 'done']);
  });

  it('tells checkRoot\'s progress how many files there are before any is read, then the files of each chunk (the root files, read by every chunk, once), then that it is done', async () => {
    const root = writeRoot(twoProgrammes());
    const calls: string[] = [];
    await checkRoot(fileSystemTree(root, root), 'en', { chunkSize: 1, progress: { expect: (n) => void calls.push(`expect ${n}`), tick: (n) => void calls.push(`tick ${n}`), done: () => void calls.push('done') } });
    expect(calls[0]).toBe('expect 11');
    expect(calls.at(-1)).toBe('done');
    // Two chunks, each with the root files; the ticks add up to the files, not more.
    expect(calls.slice(1, -1)).toHaveLength(2);
    expect(calls.slice(1, -1).reduce((sum, c) => sum + Number(c.split(' ')[1]), 0)).toBe(11);
  });
});
