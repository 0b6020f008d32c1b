// Behaviour tests for promises the escaping makes where users meet it (issue 19): the command's
// own output, not one function, so that each would fail if the guard it names were removed.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

function rootWithTitles(titles: Record<string, string>): string {
  const files = baseRoot();
  for (const [task, title] of Object.entries(titles)) {
    const file = `p/tasks/${task}.yaml`;
    files[file] = files[file]!.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`);
  }
  return writeRoot(files);
}

describe('CSV a spreadsheet opens', () => {
  it('never runs record text as a formula, and keeps numbers as numbers', async () => {
    const root = rootWithTitles({ T1: '=HYPERLINK("http://x.invalid","bấm")', T2: '@SUM(A1:A9)', T3: '-2+3' });
    const r = await runCli(['status', '--root', root, '--as-of', '2021-12-20', '--format', 'csv', '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    const title = header!.indexOf('title');
    const task = header!.indexOf('task');
    const count = header!.indexOf('overdue_count');
    const byTask = new Map(rows.map((row) => [row[task], row]));
    expect(byTask.get('T1')![title]).toBe(`'=HYPERLINK("http://x.invalid","bấm")`);
    expect(byTask.get('T2')![title]).toBe(`'@SUM(A1:A9)`);
    expect(byTask.get('T3')![title]).toBe(`'-2+3`);
    // No field a spreadsheet would evaluate is left: every one starts with something inert.
    for (const row of rows) for (const field of row) expect(field).not.toMatch(/^[=+@\t\r]/);
    // Counts are numbers, never guarded or quoted.
    expect(rows.map((row) => row[count])).toEqual(rows.map((row) => String(Number(row[count]))));
  });

  it('leaves ordinary text as it is', async () => {
    const root = rootWithTitles({ T1: 'Tổng kết, đánh giá "Dân vận khéo"' });
    const r = await runCli(['status', '--root', root, '--as-of', '2021-12-20', '--format', 'csv', '--lang', 'en']);
    const [header, ...rows] = parseCsv(r.stdout);
    const row = rows.find((x) => x[header!.indexOf('task')] === 'T1')!;
    expect(row[header!.indexOf('title')]).toBe('Tổng kết, đánh giá "Dân vận khéo"');
  });
});
