import Table from 'cli-table3';

export interface Column {
  header: string;
  /** Columns that may wrap give up width in this order (lowest first), each down to its `min`. */
  shrink?: number;
  min?: number;
}

export type Cell = string | { content: string; colSpan: number };

const DEFAULT_WIDTH = 120;

function displayWidth(text: string): number {
  // Vietnamese letters are precomposed (NFC) and one column wide; strip colour codes first.
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

/** Column widths (with padding) that fit `total` columns of terminal. */
export function fitWidths(columns: readonly Column[], rows: readonly Cell[][], total: number): number[] {
  const natural = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => (typeof r[i] === 'string' ? Math.max(...(r[i] as string).split('\n').map(displayWidth)) : 0))) + 2);
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - (total - (columns.length + 1));
  const order = columns.map((_, i) => i).filter((i) => columns[i]!.shrink !== undefined).sort((a, b) => columns[a]!.shrink! - columns[b]!.shrink!);
  for (const i of order) {
    if (excess <= 0) break;
    const cut = Math.min(excess, Math.max(0, widths[i]! - (columns[i]!.min ?? 12)));
    widths[i]! -= cut;
    excess -= cut;
  }
  return widths;
}

/** A boxed text table, wrapped at word boundaries to fit the terminal width. */
export function renderTable(columns: readonly Column[], rows: readonly Cell[][], width = DEFAULT_WIDTH): string {
  const table = new Table({
    head: columns.map((c) => c.header),
    colWidths: fitWidths(columns, rows, width),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: false },
  });
  for (const row of rows) table.push(row.map((cell) => (typeof cell === 'string' ? cell : { content: cell.content, colSpan: cell.colSpan })));
  return table.toString();
}
