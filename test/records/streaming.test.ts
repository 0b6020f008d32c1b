import { describe, expect, it } from 'vitest';
import { validateRoot } from '../../src/pipeline.js';
import { checkRoot } from '../../src/run/check-root.js';
import { fileSystemTree } from '../../src/records/tree.js';
import { SCENARIOS } from '../checks/scenarios.js';
import { baseRoot, writeRoot, type RootFiles } from '../helpers/roots.js';

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
