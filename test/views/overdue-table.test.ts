import { describe, expect, it } from 'vitest';
import { programmeHead } from '../../src/model/programme-head.js';
import { loadRoot } from '../../src/pipeline.js';
import { fileSystemTree } from '../../src/records/tree.js';
import { classifyOccurrences, sortOccurrences } from '../../src/schedule/occurrences.js';
import { occurrenceRow, overdueTableParts, type OverdueList } from '../../src/views/overdue.js';

// The overdue table is drawn from rows laid out on the worker threads (cells, no programme head)
// or here from the programme heads: both must draw the same table, to the byte.
describe('the overdue table, laid out on a worker or here', async () => {
  const { models } = await loadRoot(fileSystemTree('data'), 'vi');
  const asOf = '2021-11-20';
  const within = 400;
  const heads = new Map(models.map((m) => [m.programme.id, programmeHead(m)]));

  function lists(programmes: number, lang: 'vi' | 'en'): [OverdueList, OverdueList] {
    const found = sortOccurrences(classifyOccurrences(models, asOf, within));
    const here: OverdueList = { asOf, within, ...found, programmes, heads };
    const laid = <O extends Parameters<typeof occurrenceRow>[0]>(o: O) => ({ ...o, cells: occurrenceRow(o, heads.get(o.programme), asOf, lang) });
    return [here, { asOf, within, overdue: found.overdue.map(laid), dueSoon: found.dueSoon.map(laid), programmes, heads: new Map() }];
  }

  it.each([
    [1, 'vi'],
    [2, 'vi'],
    [1, 'en'],
    [2, 'en'],
  ] as const)('draws the same table: %i programme(s), %s', (programmes, lang) => {
    const [here, laid] = lists(programmes, lang);
    expect(here.overdue.length).toBeGreaterThan(1);
    expect(here.dueSoon.length).toBeGreaterThan(0);
    const draw = (list: OverdueList) => [...overdueTableParts(list, { lang, color: false, width: 80 })].join('');
    const drawn = draw(laid);
    expect(drawn).toBe(draw(here));
    // The programme column is drawn only when the lists cover more than one programme.
    expect(drawn.includes(models[0]!.programme.id)).toBe(programmes > 1);
  });
});
