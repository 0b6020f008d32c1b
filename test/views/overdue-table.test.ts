import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateRoot } from '../../bench/generate.mjs';
import { collator } from '../../src/i18n/lang.js';
import { programmeHead } from '../../src/model/programme-head.js';
import { loadRoot } from '../../src/pipeline.js';
import { fileSystemTree } from '../../src/records/tree.js';
import { classifyOccurrences, sortOccurrences } from '../../src/schedule/occurrences.js';
import { csvField } from '../../src/views/csv.js';
import { dateCell, NARROW_TABLE } from '../../src/views/common.js';
import { drawRowBlock, laidList, layOutOccurrences, occurrenceRow, overdueCsv, overdueJson, overdueTableParts, type BlockDrawer, type LaidFormat } from '../../src/views/overdue.js';
import { rowCount } from '../../src/views/packed-rows.js';
import { piecesAsText } from '../helpers/pieces.js';

// Each programme's rows are laid out on a worker thread, on their own; merged here, they must come
// in the order sorting every programme's occurrences together gives (days, then programme, task, period).
describe('overdue rows laid out a programme at a time, merged', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'phoihop-overdue-'));
  generateRoot(root, 7);
  const { models } = await loadRoot(fileSystemTree(root), 'vi');
  const asOf = '2023-07-10';
  const within = 120;
  const heads = new Map(models.map((m) => [m.programme.id, programmeHead(m)]));
  const sorted = sortOccurrences(classifyOccurrences(models, asOf, within));
  const ordered = [...models].sort((a, b) => collator.compare(a.programme.id, b.programme.id));

  function laid(format: LaidFormat, lang: 'vi' | 'en', only = ordered) {
    const programmes = only.map((m) => layOutOccurrences(classifyOccurrences([m], asOf, within), heads.get(m.programme.id)!, asOf, lang, format));
    return laidList({ asOf, within, programmes: only.length }, programmes);
  }
  const text = async (pieces: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>) => (await piecesAsText(pieces)).join('');

  it('the generated root has ties and many programmes to merge', () => {
    expect(models.length).toBe(7);
    expect(new Set(sorted.overdue.map((o) => o.programme)).size).toBe(7);
    expect(sorted.overdue.length).toBeGreaterThan(50);
    expect(sorted.dueSoon.length).toBeGreaterThan(1);
    const days = sorted.overdue.map((o) => o.daysOverdue);
    expect(new Set(days).size).toBeLessThan(days.length);
  });

  it('json: every entry, in the order of all occurrences sorted together', async () => {
    const json = JSON.parse(await text(overdueJson(laid('json', 'vi'))));
    expect(json.overdue.map((e: { programme: string; task: string; period: string; days_overdue: number }) => [e.programme, e.task, e.period, e.days_overdue])).toEqual(sorted.overdue.map((o) => [o.programme, o.task, o.period, o.daysOverdue]));
    expect(json.due_soon.map((e: { programme: string; task: string; period: string; days_left: number }) => [e.programme, e.task, e.period, e.days_left])).toEqual(sorted.dueSoon.map((o) => [o.programme, o.task, o.period, o.daysLeft]));
  });

  it('CSV: a header, then every row of both lists in order, each ended by CRLF', async () => {
    const lines = (await text(overdueCsv(laid('csv', 'en'), 'en'))).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(1 + sorted.overdue.length + sorted.dueSoon.length);
    expect(lines[0]!.startsWith('list,programme,')).toBe(true);
    const expected = [...sorted.overdue, ...sorted.dueSoon].map((o) => [o.programme, o.task, o.due].map(csvField).join(','));
    expect(lines.slice(1).map((l) => l.split(',')).map((cells) => [cells[1], cells[3], cells[5]].join(','))).toEqual(expected);
  });

  it.each(['vi', 'en'] as const)('table (%s): rows in order, columns fitted to every row', async (lang) => {
    const drawn = await text(overdueTableParts(laid('table', lang), { lang, color: false, width: 80 }));
    // Each row starts with the item's task code and the due date on its first line; its programme
    // id, broken after a hyphen when the column is narrow, is whole again when its lines are joined.
    const lines = drawn.split('\n');
    const starts = lines.flatMap((line, i) => {
      if (!(lines[i - 1]?.startsWith('├') && line.startsWith('│'))) return [];
      const cells = (at: number) => lines[at]!.split('│').slice(1, 5).map((cell) => cell.trim());
      let id = '';
      for (let at = i; lines[at]?.startsWith('│'); at++) id += cells(at)[0];
      return [[id, cells(i)[1]!.split(' ')[0], cells(i)[3]]];
    });
    const rows = [...sorted.overdue, ...sorted.dueSoon].map((o) => occurrenceRow(o, heads.get(o.programme), asOf, lang));
    expect(starts).toEqual(rows.map((r) => [r[0], r[1]!.split(' ')[0], r[3]]));
    // At 80 columns the programme column is narrower than an id: it breaks after a hyphen, never inside a word.
    expect(lines.filter((line) => /^│ chuong- +│/.test(line)).length).toBe(rows.length);
    expect(rows.map((r) => r[3])).toContain(dateCell(sorted.overdue[0]!.due));
    expect(drawn.split('\n').every((line) => line.length <= 80)).toBe(true);
  });

  it('table: one programme has no programme column', async () => {
    const drawn = await text(overdueTableParts(laid('table', 'vi', ordered.slice(0, 1)), { lang: 'vi', color: false, width: 80 }));
    expect(drawn).toContain('Quá hạn tính đến ngày 10/07/2023');
    expect(drawn).not.toContain(ordered[0]!.programme.id);
    expect(drawn).not.toContain('Chương trình');
  });
});

// Long tables are drawn a block of rows at a time (on worker threads, run/draw-pool.ts): put
// together they must be the table drawn a row at a time, as a terminal draws it.
describe('an overdue table drawn in blocks of rows', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'phoihop-overdue-blocks-'));
  generateRoot(root, 40);
  const { models } = await loadRoot(fileSystemTree(root), 'vi');
  const asOf = '2024-03-01';
  const heads = new Map(models.map((m) => [m.programme.id, programmeHead(m)]));
  const ordered = [...models].sort((a, b) => collator.compare(a.programme.id, b.programme.id));
  // Below 100 columns the rows are laid out narrow (the period under the due day), as the command does.
  const laid = (lang: 'vi' | 'en', only = ordered, width = 80) =>
    laidList({ asOf, within: 60, programmes: only.length }, only.map((m) => layOutOccurrences(classifyOccurrences([m], asOf, 60), heads.get(m.programme.id)!, asOf, lang, 'table', width < NARROW_TABLE)));
  const text = async (pieces: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>) => (await piecesAsText(pieces)).join('');

  it.each([
    ['vi', 80, 40],
    ['en', 60, 40],
    ['vi', 132, 40],
    ['en', 80, 1],
  ] as const)('%s at %i columns, %i programmes: the same bytes as drawn a row at a time', async (lang, width, programmes) => {
    const list = laid(lang, ordered.slice(0, programmes), width);
    const blocks: number[] = [];
    const draw: BlockDrawer = function* (all, drawing) {
      for (const block of all) {
        blocks.push(block.ends.length);
        yield drawRowBlock(block, drawing);
      }
    };
    const inBlocks = await text(overdueTableParts(list, { lang, color: false, width }, draw));
    // A budget larger than the table: drawn by the terminal's path, a row at a time.
    const byRow = await text(overdueTableParts(laid(lang, ordered.slice(0, programmes), width), { lang, color: false, width, maxLines: 10_000_000 }));
    expect(inBlocks).toBe(byRow);
    expect(blocks.reduce((a, b) => a + b, 0)).toBe(rowCount(list.overdue) + rowCount(list.dueSoon));
    if (programmes > 1) expect(blocks.length, String(blocks)).toBeGreaterThanOrEqual(3);
    expect(inBlocks.split('\n').every((line) => line.length <= width)).toBe(true);
    // Narrow: the period under the due day, in one column headed so.
    expect(inBlocks.includes(lang === 'vi' ? '│ Kỳ ' : '│ Period ')).toBe(width >= NARROW_TABLE);
    expect(inBlocks.includes(lang === 'vi' ? '(kỳ)' : '(period)')).toBe(width < NARROW_TABLE);
  });
});
