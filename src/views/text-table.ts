/**
 * Boxed text tables whose cost is their rows: column widths are worked out once, in one pass over
 * the cells, and each row is then drawn on its own (no layout engine over the whole table; see
 * docs/performance.md). The borders are those cli-table3 draws, so output looks the same.
 */
import { memoized } from '../memo.js';
import { takeText, utf8Bytes, Utf8Writer } from '../io/utf8-writer.js';
import { cellLines, displayWidth, measureText, wrapText, type Measured, type Wrapped } from './text-wrap.js';

/** When a table is too wide, columns give up width step by step: column `column` down to `min`. */
export interface ShrinkStep {
  column: number;
  min: number;
}

/** A cell; a span covers `colSpan` columns (a group heading covers them all). */
export type Cell = string | { content: string; colSpan: number };

/** Where a table stops when the screen is full: lines left, and what to say about the rest. */
export interface LineBudget {
  /** Lines that may still be printed; counts down as tables are drawn. */
  left: number;
  /** Data rows not printed because the budget ran out. */
  hidden: number;
}

export const DEFAULT_WIDTH = 80;
/** No column narrower than this (plus padding), however small the terminal. */
const NARROWEST = 3;

function cellText(cell: Cell | undefined): string {
  return cell === undefined ? '' : typeof cell === 'string' ? cell : cell.content;
}

/** `measureText` of a cell, a short one remembered. */
function measureCell(text: string): Measured {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: remembered or measured again, a cell measures the same
  return text.length <= SHORT ? measureShort(text) : measureText(text);
}

/** Each column's widest line and widest word, in display columns, over some rows' cells. */
export interface ColumnMeasures {
  line: number[];
  word: number[];
}

/**
 * Widens `into` to hold every text cell of `rows` (spans are left to the columns they cover). With
 * `oneLineWidths`, also notes each cell's width where it is one line without colour codes (else
 * -1), a row at a time, so that drawing need not measure those cells again.
 */
export function measureRows(rows: Iterable<readonly Cell[]>, into: ColumnMeasures = { line: [], word: [] }, oneLineWidths?: number[][]): ColumnMeasures {
  for (const row of rows) {
    const known: number[] = [];
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      if (typeof cell !== 'string') {
        known.push(-1);
        continue;
      }
      const measured = measureCell(cell);
      if (measured.line > (into.line[i] ?? -1)) into.line[i] = measured.line;
      if (measured.word > (into.word[i] ?? -1)) into.word[i] = measured.word;
      known.push(measured.oneLine ? measured.line : -1);
    }
    oneLineWidths?.push(known);
  }
  return into;
}

/** Widens `into` to hold what `other` measured too. */
export function widenMeasures(into: ColumnMeasures, other: ColumnMeasures): ColumnMeasures {
  other.line.forEach((w, i) => (into.line[i] = Math.max(into.line[i] ?? 0, w)));
  other.word.forEach((w, i) => (into.word[i] = Math.max(into.word[i] ?? 0, w)));
  return into;
}

/** Column widths (with padding) that fit `total` columns of terminal, borders included. */
export function fitWidths(headers: readonly string[], rows: Iterable<readonly Cell[]>, total: number, steps: readonly ShrinkStep[]): number[] {
  return fitMeasured(headers, measureRows(rows), total, steps);
}

/** `fitWidths` for rows measured already (`measureRows`). */
export function fitMeasured(headers: readonly string[], measured: ColumnMeasures, total: number, steps: readonly ShrinkStep[]): number[] {
  // Columns wrap between words before any word is broken; a date is never cut in two.
  const natural = headers.map((h, i) => Math.max(...h.split('\n').map(displayWidth), measured.line[i] ?? 0) + 2);
  const words = headers.map((_, i) => Math.max(NARROWEST, measured.word[i] ?? 0) + 2);
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - (total - (headers.length + 1));
  for (const { column, min } of steps) {
    if (excess <= 0) break;
    // One list of steps serves tables with and without a last column (overdue's "why").
    if (column >= widths.length) continue;
    const cut = Math.min(excess, Math.max(0, widths[column]! - Math.max(min, Math.min(words[column]!, natural[column]!))));
    widths[column]! -= cut;
    excess -= cut;
  }
  // Still too wide: the widest column that can still wrap between words gives up a column at a
  // time; then (a very narrow terminal) the widest column, breaking words.
  const shrinkWidest = (floor: (i: number) => number) => {
    while (excess > 0) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) if (widths[i]! > floor(i) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      if (widest < 0) return;
      widths[widest]!--;
      excess--;
    }
  };
  shrinkWidest((i) => Math.min(words[i]!, natural[i]!));
  shrinkWidest(() => NARROWEST + 2);
  return widths;
}

// Padding is cut from a string made on first use (as colour codes' expression is made where used:
// a mutation run credits what a module builds as it loads to no test).
let SPACES: string | undefined;

function spaces(count: number): string {
  SPACES ??= ' '.repeat(256);
  return count <= 0 ? '' : count <= SPACES.length ? SPACES.slice(0, count) : ' '.repeat(count);
}

function pad(text: string, width: number): string {
  return text + spaces(width - displayWidth(text));
}

function rule(widths: readonly number[], left: string, middle: string, right: string): string {
  return left + widths.map((w) => '─'.repeat(w)).join(middle) + right;
}

/** A column as drawn: its inner width, its blank line, its short cells' lines. */
interface Column {
  inner: number;
  blank: Uint8Array;
  short: (text: string) => Uint8Array[];
}

const columnOf = memoized((inner: number): Column => ({ inner, blank: blankSegment(inner), short: shortSegments(inner) }), 1_000);

/** A table's columns, found once for all its rows. */
function columnsOf(widths: readonly number[]): Column[] {
  return widths.map((w) => columnOf(w - 2));
}

// A row's cells as they are drawn: a short cell's lines ready as bytes, a long cell's wrapped
// lines written as they come. Kept from row to row (drawing never runs inside itself).
const shortCells: (Uint8Array[] | undefined)[] = [];
const longCells: (Wrapped | undefined)[] = [];
const cellColumns: Column[] = [];

/**
 * Writes the lines of one row to `out`, each ended by a line break (each cell wrapped inside its
 * column, padded to the tallest cell); returns how many. `known` holds the widths of cells
 * measured already as one line (-1: not).
 */
function writeRow(row: readonly Cell[], columns: readonly Column[], out: Utf8Writer, known?: readonly number[]): number {
  let height = 1;
  let cells = 0;
  for (let at = 0, c = 0; at < columns.length; c++) {
    const cell = row[c];
    const span = cell === undefined || typeof cell === 'string' ? 1 : Math.min(cell.colSpan, columns.length - at);
    let column = columns[at]!;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a span of one column is that column
    if (span > 1) {
      let width = span - 1;
      for (let i = at; i < at + span; i++) width += columns[i]!.inner + 2;
      column = columnOf(width - 2);
    }
    const text = cellText(cell);
    const fits = known?.[c] ?? -1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: remembered or drawn again, a cell's lines are the same
    const short = text.length <= SHORT ? column.short(text) : undefined;
    const long = short ? undefined : fits >= 0 && fits <= column.inner ? { lines: [text], widths: [fits] } : cellLines(text, Math.max(1, column.inner));
    const lines = short ? short.length : long!.lines.length;
    // Stryker disable next-line EqualityOperator: a tie keeps the same height
    if (lines > height) height = lines;
    shortCells[cells] = short;
    longCells[cells] = long;
    cellColumns[cells++] = column;
    at += span;
  }
  for (let l = 0; l < height; l++) {
    out.bytes(pieces().bar);
    for (let c = 0; c < cells; c++) {
      const short = shortCells[c];
      const long = longCells[c];
      if (short) out.bytes(short[l] ?? cellColumns[c]!.blank);
      else if (l < long!.lines.length) writeSegment(out, long!.lines[l]!, long!.widths[l]!, cellColumns[c]!.inner);
      else out.bytes(cellColumns[c]!.blank);
    }
    out.bytes(pieces().newline);
  }
  return height;
}

/** A line of a cell as drawn: padded to the column's inner width, with the border after it. */
function writeSegment(out: Utf8Writer, line: string, lineWidth: number, inner: number): void {
  out.bytes(pieces().space);
  out.text(line);
  out.spaces(inner - lineWidth);
  out.bytes(pieces().cellEnd);
}

function segmentBytes(line: string, lineWidth: number, inner: number): Uint8Array {
  const out = new Utf8Writer(line.length * 3 + inner + 8);
  writeSegment(out, line, lineWidth, inner);
  return out.take();
}

// Short cells (states, agencies, dates, labels) come up again in row after row and table after
// table: each is measured once, and drawn once at each width.
const SHORT = 48;
const measureShort = memoized(measureText, 10_000);
const shortSegments = memoized(
  (inner: number) =>
    // Stryker disable next-line BlockStatement: a short cell not remembered is drawn as a long one, to the same lines
    memoized((text: string) => {
      const wrapped = cellLines(text, Math.max(1, inner));
      return wrapped.lines.map((line, l) => segmentBytes(line, wrapped.widths[l]!, inner));
    }, 10_000),
  1_000,
);
const blankSegment = memoized((inner: number) => segmentBytes('', 0, inner), 1_000);
// Made on first use, as SPACES is.
let PIECES: { bar: Uint8Array; cellEnd: Uint8Array; space: Uint8Array; newline: Uint8Array } | undefined;
const pieces = () => (PIECES ??= { bar: utf8Bytes('│'), cellEnd: utf8Bytes(' │'), space: utf8Bytes(' '), newline: utf8Bytes('\n') });

function writeLine(out: Utf8Writer, line: string): void {
  out.text(line);
  out.bytes(pieces().newline);
}

/**
 * Draws a table's lines into `out` (after what it holds), each ended by a line break: the top rule
 * and headers, each row with the rule above it, the bottom rule. Pauses after the headers and after
 * each row drawn, so that a caller may pass on what `out` holds. With a `budget`, rows stop when
 * the lines left run out; the rest are counted. A cut table where not even one row fits is not
 * drawn at all (headers over nothing would say it has no rows): with a budget the headers wait for
 * the first row.
 */
function* drawTable(headers: readonly string[], rows: Iterable<readonly Cell[]>, widths: readonly number[], budget: LineBudget | undefined, out: Utf8Writer, known?: readonly (readonly number[])[]): Generator<void> {
  const { top, between, bottom } = rules(widths);
  const betweenBytes = utf8Bytes(`${between}\n`);
  const columns = columnsOf(widths);
  // Where this table starts in `out` (text before it, a heading, is not the table's to take back).
  const begin = out.length;
  writeLine(out, top);
  const head = writeRow(headers, columns, out);
  const left = budget?.left ?? 0;
  if (budget) budget.left -= head + 2;
  else yield;
  let drawn = 0;
  let full = false;
  let index = -1;
  // Where the group heading (a spanning row) drawn last starts, until a row under it is drawn: left
  // alone at the bottom of a cut table, it would say that its group has nothing in it.
  let heading = -1;
  for (const row of rows) {
    index++;
    const data = typeof row[0] === 'string';
    if (full) {
      if (data) budget!.hidden++;
      continue;
    }
    const mark = out.length;
    out.bytes(betweenBytes);
    const height = writeRow(row, columns, out, known?.[index]);
    // A row costs its lines and the rule above it.
    if (budget && budget.left < height + 1) {
      out.truncate(heading < 0 ? mark : heading);
      full = true;
      if (data) budget.hidden++;
      continue;
    }
    if (budget) budget.left -= height + 1;
    heading = data ? -1 : mark;
    if (!data) continue;
    drawn++;
    yield;
  }
  if (budget && drawn === 0) {
    out.truncate(begin);
    budget.left = left;
    return;
  }
  writeLine(out, bottom);
}

/** A table's rules: over the headers, above each row, under the last row. */
function rules(widths: readonly number[]): { top: string; between: string; bottom: string } {
  return { top: rule(widths, '┌', '┬', '┐'), between: rule(widths, '├', '┼', '┤'), bottom: rule(widths, '└', '┴', '┘') };
}

/** What `out` holds as text, without the line break that ends it. */
function takeLines(out: Utf8Writer): string {
  return takeText(out).slice(0, -1);
}

/**
 * A table's frame, for rows drawn apart (`rowWriter`, on other threads) and put together in order:
 * the top rule with the headers, and the bottom rule, each ended by a line break.
 */
export function tableFrame(headers: readonly string[], widths: readonly number[]): { top: string; bottom: string } {
  const { top, bottom } = rules(widths);
  const out = new Utf8Writer();
  writeLine(out, top);
  writeRow(headers, columnsOf(widths), out);
  return { top: takeText(out), bottom: `${bottom}\n` };
}

/** Writes one row of a table `widths` wide, with the rule above it, as `tableLines` draws it. */
export function rowWriter(widths: readonly number[]): (cells: readonly Cell[], out: Utf8Writer) => void {
  const between = utf8Bytes(`${rules(widths).between}\n`);
  const columns = columnsOf(widths);
  return (cells, out) => {
    out.bytes(between);
    writeRow(cells, columns, out);
  };
}

/**
 * A boxed table that fits `width` columns, long text wrapped inside its cell, written into `out`
 * with a line break after each line. With a `budget`, rows stop when the lines left run out; the
 * rows not drawn are counted in it.
 */
export function writeTable(headers: readonly string[], rows: readonly Cell[][], steps: readonly ShrinkStep[], width: number, out: Utf8Writer, budget?: LineBudget): void {
  const known: number[][] = [];
  const widths = fitMeasured(headers, measureRows(rows, undefined, known), width, steps);
  for (const _ of drawTable(headers, rows, widths, budget, out, known));
}

/** `writeTable` as text, without the line break that ends it. */
export function renderTable(headers: readonly string[], rows: readonly Cell[][], steps: readonly ShrinkStep[], width = DEFAULT_WIDTH, budget?: LineBudget): string {
  const out = new Utf8Writer();
  writeTable(headers, rows, steps, width, out, budget);
  return takeLines(out);
}

/**
 * `renderTable` a row at a time, for tables too long to hold: `rows` is called twice (once to fit
 * the columns, once to draw; once only when the rows were `measured` already), so no row needs to
 * be kept. Yields the top rule and headers, each row with the rule above it, and the bottom rule
 * (with a budget, the headers come with the first row, and an empty piece when none fits).
 */
export function* tableLines(headers: readonly string[], rows: () => Iterable<readonly Cell[]>, steps: readonly ShrinkStep[], width = DEFAULT_WIDTH, budget?: LineBudget, measured?: ColumnMeasures): Generator<string> {
  const widths = fitMeasured(headers, measured ?? measureRows(rows()), width, steps);
  const out = new Utf8Writer();
  for (const _ of drawTable(headers, rows(), widths, budget, out)) yield takeLines(out);
  yield takeLines(out);
}

/**
 * An unboxed table (columns two spaces apart, a dashed rule under the headers) that fits `width`:
 * the widest column gives up a column at a time and its cells wrap. For reports pasted as text.
 */
export function renderPlainTable(headers: readonly string[], rows: readonly string[][], width = DEFAULT_WIDTH): string {
  const widths = fitWidths(headers, rows, width + headers.length + 3, []).map((w) => w - 2);
  const lines: string[] = [];
  const draw = (cells: readonly string[]) => {
    const wrapped = widths.map((w, i) => wrapText(cells[i] ?? '', Math.max(1, w)));
    const height = Math.max(...wrapped.map((c) => c.length));
    for (let l = 0; l < height; l++) lines.push(widths.map((w, i) => pad(wrapped[i]![l] ?? '', w)).join('  ').trimEnd());
  };
  draw(headers);
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) draw(row);
  return lines.join('\n');
}
