import Table from 'cli-table3';

/** When a table is too wide, columns give up width step by step: column `column` down to `min`. */
export interface ShrinkStep {
  column: number;
  min: number;
}

export type Cell = string | { content: string; colSpan: number };

const DEFAULT_WIDTH = 120;

function displayWidth(text: string): number {
  // Vietnamese letters are precomposed (NFC) and one column wide; strip colour codes first.
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

/** Column widths (with padding) that fit `total` columns of terminal. */
export function fitWidths(headers: readonly string[], rows: readonly Cell[][], total: number, steps: readonly ShrinkStep[]): number[] {
  const natural = headers.map((header, i) => Math.max(displayWidth(header), ...rows.map((r) => (typeof r[i] === 'string' ? Math.max(...(r[i] as string).split('\n').map(displayWidth)) : 0))) + 2);
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - (total - (headers.length + 1));
  for (const { column, min } of steps) {
    if (excess <= 0) break;
    const cut = Math.min(excess, Math.max(0, widths[column]! - min));
    widths[column]! -= cut;
    excess -= cut;
  }
  return widths;
}

/** A boxed text table, wrapped at word boundaries to fit the terminal width. */
export function renderTable(headers: readonly string[], rows: readonly Cell[][], steps: readonly ShrinkStep[], width = DEFAULT_WIDTH): string {
  const table = new Table({
    head: [...headers],
    colWidths: fitWidths(headers, rows, width, steps),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: false },
  });
  for (const row of rows) table.push(row.map((cell) => (typeof cell === 'string' ? cell : { content: cell.content, colSpan: cell.colSpan })));
  return table.toString();
}
