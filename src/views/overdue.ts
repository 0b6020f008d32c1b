import type { IsoDate } from '../calendar.js';
import { sanitizeLine } from '../formatters/sanitize.js';
import { formatNumber } from '../i18n/format.js';
import { periodLabel, REASON_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import type { ProgrammeHead } from '../model/programme-head.js';
import type { DueSoon, Occurrence, Overdue } from '../schedule/occurrences.js';
import { agencyShort, dateCell, moreRowsNote, stacked, type ViewOptions } from './common.js';
import { LEFT_AT_END } from './status.js';
import { csvField } from './csv.js';
import { csvLabel, CSV_HEADERS } from '../i18n/csv-labels.js';
import { renderMarkdown, type Block } from './report-doc.js';
import { jsonDocument, jsonItem } from './json-stream.js';
import { mergeRuns, packRows, rowCount, type PackedRows } from './packed-rows.js';
import { Utf8Writer } from '../io/utf8-writer.js';
import { DEFAULT_WIDTH, fitMeasured, measureRows, rowWriter, tableFrame, tableLines, widenMeasures, type ColumnMeasures, type LineBudget, type ShrinkStep } from './text-table.js';

/** Both lists, with each programme's head to draw their rows from (Markdown, HTML). */
export interface OverdueList extends ListHead {
  overdue: Overdue[];
  dueSoon: DueSoon[];
  heads: ReadonlyMap<string, ProgrammeHead>;
}

export interface ListHead {
  asOf: IsoDate;
  within: number;
  /** How many programmes the lists cover. */
  programmes: number;
}

/** The formats whose rows are laid out where the occurrences are found (a worker thread). */
export type LaidFormat = 'table' | 'json' | 'csv';

/** One programme's rows of both lists, laid out for one format; for the table, its columns measured. */
export interface LaidOccurrences {
  overdue: PackedRows;
  dueSoon: PackedRows;
  measures?: { overdue: ColumnMeasures; dueSoon: ColumnMeasures };
  /** Table rows with the period under the due day, for a narrow table (`NARROW_TABLE`). */
  narrow?: boolean;
}

/**
 * Both lists as every programme's laid-out rows (in programme order): merged by days overdue or
 * left, a programme's rows after those of the programmes before it, as `sortOccurrences` orders them.
 */
export interface LaidList extends ListHead {
  overdue: PackedRows[];
  dueSoon: PackedRows[];
  measures: { overdue: ColumnMeasures; dueSoon: ColumnMeasures };
  narrow: boolean;
}

// Made per call (getters), so that a mutation run credits each test with the words it prints.
export const WORDS = {
  get vi() {
    return {
      overdueTitle: (n: string, asOf: string) => `Quá hạn tính đến ngày ${asOf}: ${n}`,
      soonTitle: (n: string, days: string) => `Sắp đến hạn trong ${days} ngày tới: ${n}`,
      none: 'Không có.',
      evaluation: 'Đánh giá chung hằng năm',
      headOverdue: ['Chương trình', 'Việc', 'Kỳ', 'Hạn', 'Quá hạn (ngày)', 'Chủ trì', 'Lý do'],
      headSoon: ['Chương trình', 'Việc', 'Kỳ', 'Hạn', 'Còn (ngày)', 'Chủ trì'],
    };
  },
  get en() {
    return {
      overdueTitle: (n: string, asOf: string) => `Overdue as of ${asOf}: ${n}`,
      soonTitle: (n: string, days: string) => `Due in the next ${days} ${days === '1' ? 'day' : 'days'}: ${n}`,
      none: 'None.',
      evaluation: 'Yearly joint evaluation',
      headOverdue: ['Programme', 'Item', 'Period', 'Due', 'Days overdue', 'Lead', 'Why'],
      headSoon: ['Programme', 'Item', 'Period', 'Due', 'Days left', 'Lead'],
    };
  },
};

function itemText(o: Occurrence, head: ProgrammeHead | undefined, lang: Lang): string {
  if (o.kind === 'evaluation') return WORDS[lang].evaluation;
  const task = head?.tasks.find((t) => t.task.id === o.task);
  return task ? `${o.task} ${sanitizeLine(task.task.title)}` : (o.task ?? '');
}

function leadText(o: Occurrence, head: ProgrammeHead | undefined): string {
  return o.lead && head ? agencyShort(head, o.lead) : '—';
}

function reasonText(o: Overdue, lang: Lang): string {
  return REASON_LABELS[lang][o.kind === 'evaluation' && o.reason === 'missing' ? 'evaluation_missing' : o.reason];
}

/** Days overdue, or, once the programme has ended, that the item was left at its end. */
function daysText(o: Overdue, head: ProgrammeHead | undefined, asOf: IsoDate, lang: Lang): string {
  return head && asOf > head.programme.period.to ? LEFT_AT_END[lang] : formatNumber(o.daysOverdue, lang);
}

/** A row of either list: overdue (days overdue, why) or due soon (days left). */
export function occurrenceRow(o: Overdue | DueSoon, head: ProgrammeHead | undefined, asOf: IsoDate, lang: Lang): string[] {
  const cells = [o.programme, itemText(o, head, lang), periodLabel(o.period, lang), dateCell(o.due)];
  return 'daysOverdue' in o ? [...cells, daysText(o, head, asOf, lang), leadText(o, head), reasonText(o, lang)] : [...cells, formatNumber(o.daysLeft, lang), leadText(o, head)];
}

const CELL_END = '\u0000';
const UTF8 = new TextDecoder();

/** A row's or the headers' period and due day made one column, the period under the day (narrow tables). */
function stackPeriod(cells: string[]): string[] {
  const [programme, item, period, due, ...rest] = cells;
  return [programme!, item!, stacked(due!, period!), ...rest];
}

/**
 * A programme's occurrences (sorted, `sortOccurrences`) as `format` rows: table cells (`narrow`:
 * the period under the due day), json entries or CSV lines.
 */
export function layOutOccurrences(found: { overdue: Overdue[]; dueSoon: DueSoon[] }, head: ProgrammeHead, asOf: IsoDate, lang: Lang, format: LaidFormat, narrow = false): LaidOccurrences {
  if (format === 'table') {
    // Cells are slugs, dates, labels or terminal text (control characters shown visibly): none holds the separator.
    const shape = narrow ? stackPeriod : (cells: string[]) => cells;
    const lay = <O extends Overdue | DueSoon>(list: readonly O[], key: (o: O) => number) => {
      const rows = list.map((o) => shape(occurrenceRow(o, head, asOf, lang)));
      return { packed: packRows(rows.map((cells, i) => ({ key: key(list[i]!), text: cells.join(CELL_END) }))), measures: measureRows(rows) };
    };
    const overdue = lay(found.overdue, (o) => -o.daysOverdue);
    const dueSoon = lay(found.dueSoon, (o) => o.daysLeft);
    return { overdue: overdue.packed, dueSoon: dueSoon.packed, measures: { overdue: overdue.measures, dueSoon: dueSoon.measures }, narrow };
  }
  const text = format === 'json' ? { overdue: (o: Overdue) => jsonItem(overdueEntry(o)), dueSoon: (o: DueSoon) => jsonItem(dueSoonEntry(o)) } : { overdue: (o: Overdue) => csvLine(overdueCsvRow(o, lang)), dueSoon: (o: DueSoon) => csvLine(dueSoonCsvRow(o, lang)) };
  return {
    overdue: packRows(found.overdue.map((o) => ({ key: -o.daysOverdue, text: text.overdue(o) }))),
    dueSoon: packRows(found.dueSoon.map((o) => ({ key: o.daysLeft, text: text.dueSoon(o) }))),
  };
}

/** The programmes' laid-out rows (in programme order) as one list of each. */
export function laidList(head: ListHead, programmes: readonly LaidOccurrences[]): LaidList {
  const measures = { overdue: { line: [], word: [] }, dueSoon: { line: [], word: [] } };
  for (const p of programmes) {
    if (!p.measures) continue;
    widenMeasures(measures.overdue, p.measures.overdue);
    widenMeasures(measures.dueSoon, p.measures.dueSoon);
  }
  // Stryker disable next-line MethodExpression: one job lays out every programme's rows, narrow or not
  return { ...head, overdue: programmes.map((p) => p.overdue), dueSoon: programmes.map((p) => p.dueSoon), measures, narrow: programmes.some((p) => p.narrow === true) };
}

function* mergedCells(runs: readonly PackedRows[]): Generator<string[]> {
  for (const bytes of mergeRuns(runs)) yield UTF8.decode(bytes).split(CELL_END);
}

/** Merged rows handed over to be drawn: their cells' text in one buffer, `ends` where each row ends. */
export interface RowBlock {
  bytes: Uint8Array;
  ends: Uint32Array;
}

/** How to draw a section's rows: the fitted column widths, and whether the programme column is left out. */
export interface RowDrawing {
  widths: number[];
  single: boolean;
}

export const BLOCK_ROWS = 500;

/** The runs' rows merged in order, a block of rows at a time (copied into a buffer of its own, to hand over). */
function* rowBlocks(runs: readonly PackedRows[]): Generator<RowBlock> {
  let rows: Uint8Array[] = [];
  const block = (): RowBlock => {
    const ends = new Uint32Array(rows.length);
    let end = 0;
    rows.forEach((row, i) => (ends[i] = end += row.length));
    const bytes = new Uint8Array(end);
    rows.forEach((row, i) => bytes.set(row, i === 0 ? 0 : ends[i - 1]));
    rows = [];
    return { bytes, ends };
  };
  for (const row of mergeRuns(runs)) {
    rows.push(row);
    if (rows.length === BLOCK_ROWS) yield block();
  }
  if (rows.length) yield block();
}

/** A block of rows drawn as table lines in UTF-8, each row with the rule above it and a line break after each line. */
export function drawRowBlock(block: RowBlock, drawing: RowDrawing, out = new Utf8Writer()): Uint8Array {
  const row = rowWriter(drawing.widths);
  for (let i = 0, start = 0; i < block.ends.length; start = block.ends[i++]!) {
    const cells = UTF8.decode(block.bytes.subarray(start, block.ends[i])).split(CELL_END);
    row(drawing.single ? cells.slice(1) : cells, out);
  }
  return out.take();
}

/** Draws blocks of rows (`rows` in all), in order: here, or (`run/draw-pool.ts`) on worker threads. */
export type BlockDrawer = (blocks: Iterable<RowBlock>, drawing: RowDrawing, rows: number) => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** Draws blocks of rows on this thread, one after another. */
export function* drawBlocksHere(blocks: Iterable<RowBlock>, drawing: RowDrawing): Generator<Uint8Array> {
  const out = new Utf8Writer();
  for (const block of blocks) yield drawRowBlock(block, drawing, out);
}

// Columns: programme, item, period, due, days, lead, why. The item (task title) wraps first.
// Made per call, so that a mutation run credits each test with the steps it draws by.
const shrinkSteps = (): ShrinkStep[] => [
  { column: 4, min: 9 },
  { column: 1, min: 36 },
  { column: 6, min: 12 },
  { column: 5, min: 10 },
  { column: 2, min: 10 },
  { column: 0, min: 12 },
  { column: 1, min: 20 },
  { column: 6, min: 10 },
  // Not below "Programme" (9 columns): at 80 columns its header stays whole.
  { column: 0, min: 11 },
  { column: 1, min: 14 },
];

// Narrow: programme, item, due (period), days, lead, why. The same steps, the columns after the due
// day one to the left; the period's step is the due day's (a date is one word: never cut in two).
// Stryker disable next-line EqualityOperator: no wide step is the due day's (column 3)
const narrowShrinkSteps = (): ShrinkStep[] => shrinkSteps().map((s) => (s.column > 3 ? { ...s, column: s.column - 1 } : s));

/**
 * A section's headers and shrink steps: narrow, the period under the due day; with one programme
 * the programme column says nothing and is left out of text tables.
 */
function tableColumns(list: ListHead & { narrow?: boolean }, allHeaders: string[]): { headers: string[]; cut: <T>(row: T[]) => T[]; shrink: ShrinkStep[] } {
  const headers = list.narrow ? stackPeriod([allHeaders[0]!, allHeaders[1]!, allHeaders[2]!.toLowerCase(), ...allHeaders.slice(3)]) : allHeaders;
  const shrink = list.narrow ? narrowShrinkSteps() : shrinkSteps();
  if (list.programmes > 1) return { headers, cut: (row) => row, shrink };
  return { headers: headers.slice(1), cut: (row) => row.slice(1), shrink: shrink.filter((s) => s.column > 0).map((s) => ({ ...s, column: s.column - 1 })) };
}

/**
 * Both lists as boxed tables fitted to `options.width`, a block of rows at a time (no list is kept
 * drawn, however long); on a terminal (`maxLines`) cut to the screen, with a note. `draw` draws the
 * blocks of a list that is not cut (by default here).
 */
export async function* overdueTableParts(list: LaidList, options: ViewOptions, draw: BlockDrawer = drawBlocksHere): AsyncGenerator<string | Uint8Array> {
  const { lang } = options;
  const w = WORDS[lang];
  const budget: LineBudget | undefined = options.maxLines === undefined ? undefined : { left: options.maxLines, hidden: 0 };
  async function* section(title: string, allHeaders: string[], runs: readonly PackedRows[], measures: ColumnMeasures): AsyncGenerator<string | Uint8Array> {
    const { headers, cut, shrink } = tableColumns(list, allHeaders);
    const count = rowCount(runs);
    if (!count) return yield `${title}\n${w.none}\n`;
    if (budget && budget.left < 8) {
      budget.hidden += count;
      return yield `${title}\n`;
    }
    yield `${title}\n`;
    const measured = { line: cut(measures.line), word: cut(measures.word) };
    if (budget) {
      budget.left -= 2;
      const rows = function* () {
        for (const cells of mergedCells(runs)) yield cut(cells);
      };
      // A list where not even one row fits stays at its title (its rows counted in the note).
      for (const piece of tableLines(headers, rows, shrink, options.width, budget, measured)) if (piece) yield `${piece}\n`;
      return;
    }
    const widths = fitMeasured(headers, measured, options.width ?? DEFAULT_WIDTH, shrink);
    const frame = tableFrame(headers, widths);
    yield frame.top;
    yield* draw(rowBlocks(runs), { widths, single: list.programmes <= 1 }, count);
    yield frame.bottom;
  }
  yield* section(w.overdueTitle(formatNumber(rowCount(list.overdue), lang), dateCell(list.asOf)), w.headOverdue, list.overdue, list.measures.overdue);
  yield '\n';
  yield* section(w.soonTitle(formatNumber(rowCount(list.dueSoon), lang), formatNumber(list.within, lang)), w.headSoon, list.dueSoon, list.measures.dueSoon);
  if (budget && budget.hidden > 0) yield `${moreRowsNote(budget.hidden, options)}\n`;
}

export function overdueMarkdown(list: OverdueList, options: ViewOptions): string {
  return renderMarkdown(overdueBlocks(list, options.lang));
}

/** Both lists as report blocks (for HTML and Word). */
export function overdueBlocks(list: OverdueList, lang: Lang): Block[] {
  const w = WORDS[lang];
  const section = (title: string, allHeaders: string[], allRows: string[][]): Block[] => {
    const { headers, cut } = tableColumns(list, allHeaders);
    return [{ kind: 'heading', level: 1, text: title }, allRows.length ? { kind: 'table', headers, rows: allRows.map(cut) } : { kind: 'paragraph', text: w.none }];
  };
  return [
    ...section(w.overdueTitle(formatNumber(list.overdue.length, lang), dateCell(list.asOf)), w.headOverdue, list.overdue.map((o) => occurrenceRow(o, list.heads.get(o.programme), list.asOf, lang))),
    ...section(w.soonTitle(formatNumber(list.dueSoon.length, lang), formatNumber(list.within, lang)), w.headSoon, list.dueSoon.map((o) => occurrenceRow(o, list.heads.get(o.programme), list.asOf, lang))),
  ];
}

const csvLine = (row: readonly (string | number | null)[]) => row.map(csvField).join(',');
const overdueCsvRow = (o: Overdue, lang: Lang) => csvRow(o, 'overdue', o.daysOverdue, null, lang);
const dueSoonCsvRow = (o: DueSoon, lang: Lang) => csvRow(o, 'due_soon', null, o.daysLeft, lang);

function csvRow(o: Occurrence, which: 'overdue' | 'due_soon', over: number | null, left: number | null, lang: Lang): (string | number | null)[] {
  return [csvLabel.list(which, lang), o.programme, csvLabel.kind(o.kind, lang), o.task, csvLabel.period(o.period, lang), o.due, over, left, o.lead, csvLabel.reason(o.reason, lang)];
}

/** One CSV for both lists: `list` says which, days are overdue (positive) or left. */
export function* overdueCsv(list: LaidList, lang: Lang = 'en'): Generator<string | Uint8Array> {
  yield `${csvLine(CSV_HEADERS[lang].overdue)}\r\n`;
  for (const runs of [list.overdue, list.dueSoon]) {
    for (const line of mergeRuns(runs)) {
      yield line;
      yield '\r\n';
    }
  }
}

const baseEntry = (o: Occurrence) => ({ programme: o.programme, kind: o.kind, task: o.task, period: o.period, due: o.due });
const overdueEntry = (o: Overdue) => ({ ...baseEntry(o), days_overdue: o.daysOverdue, lead: o.lead, reason: o.reason });
const dueSoonEntry = (o: DueSoon) => ({ ...baseEntry(o), days_left: o.daysLeft, lead: o.lead });

/** The stable json shape documented in the README (version 1), a piece at a time. */
export function overdueJson(list: LaidList): AsyncGenerator<string | Uint8Array> {
  return jsonDocument({ version: 1, as_of: list.asOf }, [
    ['overdue', mergeRuns(list.overdue)],
    ['due_soon', mergeRuns(list.dueSoon)],
  ]);
}
