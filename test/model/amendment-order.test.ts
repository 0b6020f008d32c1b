import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Two amendments of one day are in the order of their names (the stem, "2021-03-01" before
// "2021-03-01-b"), whatever order the folder lists their files in: a name sort puts
// "2021-03-01-b.yaml" first, since "-" sorts before ".".
describe('amendments of the same day', () => {
  it('are listed, and applied, in the order of their stems', async () => {
    const files = baseRoot();
    files['p/amendments/2021-03-01.yaml'] = 'date: 2021-03-01\ndocument: 11-QĐ/BA\nkind: adjustment\nchanges:\n  - { op: change_task, task: T2, note: Lần một }\n';
    files['p/amendments/2021-03-01-b.yaml'] = 'date: 2021-03-01\ndocument: 12-QĐ/BA\nkind: adjustment\nchanges:\n  - { op: change_task, task: T2, note: Lần hai }\n';
    const root = writeRoot(files);
    const explain = await runCli(['explain', 'T2', '--root', root, '--as-of', '2021-06-30']);
    expect(explain.stdout.split('\n').slice(-3)).toEqual([
      '- 2021-03-01 (11-QĐ/BA, 01/03/2021): điều chỉnh nhiệm vụ T2 — Lần một',
      '- 2021-03-01-b (12-QĐ/BA, 01/03/2021): điều chỉnh nhiệm vụ T2 — Lần hai',
      '',
    ]);
    const term = JSON.parse((await runCli(['summary', '--term', '--root', root, '--as-of', '2021-06-30', '--format', 'json'])).stdout);
    expect(term.programmes[0].amendments.map((a: { document: string }) => a.document)).toEqual(['11-QĐ/BA', '12-QĐ/BA']);
  });
});
