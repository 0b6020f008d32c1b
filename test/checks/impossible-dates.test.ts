import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The helper's clock: 2024-06-15 in Hanoi. The base root's programme runs 2020-01-10 – 2022-12-31.
const validate = async (files: Record<string, string>) => {
  const result = await runCli(['--lang', 'en', 'validate', '--root', writeRoot(files), '--format', 'json', '--no-cache']);
  return { exitCode: result.exitCode, diagnostics: JSON.parse(result.stdout).diagnostics as { file: string; line: number; column: number; rule: string; message: string }[] };
};

describe('dates that cannot be true', () => {
  it('done_on: 9999-12-31 is outside the period and in the future', async () => {
    const files = baseRoot();
    files['p/tasks/T3.yaml'] = files['p/tasks/T3.yaml']!.replace('status: active', 'status: done\ndone_on: 9999-12-31');
    const { exitCode, diagnostics } = await validate(files);
    expect(exitCode).toBe(1);
    expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['date-range', 7, 'the done_on date 9999-12-31 lies outside the programme period (10/01/2020–31/12/2022)'],
      ['future-date', 7, 'done_on 9999-12-31 is in the future (today is 15/06/2024)'],
    ]);
  });

  it('a report dated in the future, or before the programme was signed', async () => {
    const files = baseRoot();
    files['p/programme.yaml'] = files['p/programme.yaml']!.replace('period: { from: 2020-01-10', 'period: { from: 2019-01-01');
    files['p/tasks/T1.yaml'] += '  - period: "2019"\n    on: 2019-12-01\n    state: done\n  - period: "2022"\n    on: 2030-01-01\n    state: done\n';
    const { diagnostics } = await validate(files);
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['date-range', 13, 9, 'the report is dated 2019-12-01, before the programme was signed (10/01/2020)'],
      ['future-date', 16, 9, 'the report is dated 2030-01-01, in the future (today is 15/06/2024)'],
    ]);
  });

  it('a final evaluation held in the future; the same as a draft is fine', async () => {
    const files = baseRoot();
    files['p/programme.yaml'] = files['p/programme.yaml']!.replace('to: 2022-12-31', 'to: 2025-12-31');
    files['p/evaluations/2024.yaml'] = 'year: 2024\nheld_on: 2024-12-20\nstate: final\nresults:\n  - { task: T1, rating: good, summary: Tốt }\n  - { task: T2, rating: done, summary: Xong }\n  - { task: T3, rating: done, summary: Xong }\n';
    const final = await validate(files);
    expect(final.diagnostics.filter((d) => d.rule === 'future-date').map((d) => [d.file, d.line, d.message])).toEqual([
      ['p/evaluations/2024.yaml', 2, 'the evaluation is final (state: final) but held_on 2024-12-20 is in the future (today is 15/06/2024)'],
    ]);
    files['p/evaluations/2024.yaml'] = files['p/evaluations/2024.yaml']!.replace('state: final', 'state: draft');
    expect((await validate(files)).diagnostics.filter((d) => d.rule === 'future-date')).toEqual([]);
    const root = writeRoot(files);
    const finalise = await runCli(['--lang', 'en', 'evaluation', 'finalise', '2024', '--root', root]);
    expect(finalise.exitCode).toBe(1);
    expect(finalise.stdout).toContain('held_on 2024-12-20 is in the future');
    expect(finalise.stdout).toContain('keep "state: draft"');
  });

  it('report add --on a future day is refused', async () => {
    const root = writeRoot(baseRoot());
    const result = await runCli(['--lang', 'en', 'report', 'add', 'T1', '--root', root, '--state', 'done', '--period', '2022', '--on', '2024-12-01']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('future-date');
  });

  it('--as-of outside 1900–2199 is refused with exit 2', async () => {
    for (const asOf of ['1899-12-31', '2200-01-01', '0001-01-01', '9999-12-31']) {
      const result = await runCli(['--lang', 'en', 'status', '--root', 'data', '--as-of', asOf]);
      expect(result.exitCode, asOf).toBe(2);
      expect(result.stderr).toBe(`phoihop: --as-of ${asOf} lies outside the years 1900–2199; check the year, for example --as-of 2021-12-31\n`);
    }
    for (const asOf of ['1900-01-01', '2199-12-31']) expect((await runCli(['status', '--root', 'data', '--as-of', asOf])).exitCode, asOf).toBe(0);
  });
});

describe('an unclosed quote', () => {
  it('is reported where the quote opens, not at the end of the file', async () => {
    for (const [quote, column] of [['"', 8], ["'", 8]] as const) {
      const files = baseRoot();
      files['p/tasks/T2.yaml'] = `id: T2\ntitle: ${quote}Việc 6 tháng\ncontents: [ND2]\nlead: ban-b\nschedule: { every: half-year, due: ["06-30", "12-31"] }\nstatus: active\n`;
      const { diagnostics } = await validate(files);
      const syntax = diagnostics.filter((d) => d.file === 'p/tasks/T2.yaml');
      expect(syntax.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([['yaml-syntax', 2, column, 'YAML syntax error: missing closing quote for the string that starts here']]);
    }
  });
});
