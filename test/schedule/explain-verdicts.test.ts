import { describe, expect, it } from 'vitest';
import { oneContentProgramme, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// `explain TASK`: one row per period — the reports that answer it and the verdict an officer acts
// on (done, overdue by n days, in progress or not started with n days left, no due day, not
// counted) — then the amendments that touch the task, and only those.
async function explain(task: string, asOf: string): Promise<string[]> {
  const r = await runCli(['explain', task, '--root', 'data', '--as-of', asOf, '--lang', 'en'], { env: { COLUMNS: '200' } });
  expect(r.exitCode).toBe(0);
  return r.stdout.split('\n').map((line) => line.trimEnd());
}

/** The table's rows, from the line under the header to the blank line after it. */
function rows(lines: string[]): string[] {
  const start = lines.findIndex((l) => /^-+ {2}-/.test(l)) + 1;
  return lines.slice(start, lines.indexOf('', start));
}

const NV02 = (line: number) => `(dan-van-2017-2021/tasks/NV02.yaml:${line})`;

describe('explain, period by period', () => {
  it('a half-yearly task: each report on its own period, a late one, one that began today, and those still to come', async () => {
    const lines = await explain('NV02', '2020-07-01');
    expect(lines).toContain('As of 01/07/2020: overdue (1)');
    expect(rows(lines)).toEqual([
      `H1 2017  20/06/2017  done 16/06/2017 ${NV02(11)}         done`,
      `H2 2017  10/12/2017  done 08/12/2017 ${NV02(16)}         done`,
      `H1 2018  20/06/2018  done 18/06/2018 ${NV02(21)}         done`,
      `H2 2018  10/12/2018  done 07/12/2018 ${NV02(26)}         done`,
      `H1 2019  20/06/2019  done 19/06/2019 ${NV02(31)}         done`,
      `H2 2019  10/12/2019  done 09/12/2019 ${NV02(36)}         done`,
      `H1 2020  20/06/2020  partly done 22/06/2020 ${NV02(41)}  overdue by 11 days (partly done)`,
      // H2 2020 begins on the as-of day itself: already in progress.
      'H2 2020  10/12/2020  no report                                                      in progress, 162 days left',
      'H1 2021  20/06/2021  no report                                                      not started, 354 days left',
      'H2 2021  10/12/2021  no report                                                      not started, 527 days left',
    ]);
    expect(lines).toContain('No amendment touches it.');
  });

  it('says "1 day", not "1 days", in English', async () => {
    expect(rows(await explain('NV02', '2020-06-21'))[6]).toMatch(/overdue by 1 day \(/);
    expect(rows(await explain('NV02', '2020-06-19'))[6]).toMatch(/in progress, 1 day left$/);
  });

  it('a period due today is still in progress, with 0 days left, not overdue', async () => {
    const table = rows(await explain('NV02', '2020-06-20'));
    expect(table[6]).toMatch(/^H1 2020 {2}20\/06\/2020 {2}no report +in progress, 0 days left$/);
    expect(table[7]).toMatch(/^H2 2020 {2}10\/12\/2020 {2}no report +not started, 173 days left$/);
  });

  it('a once-task: its report without a period answers it; late the day after its due day', async () => {
    expect(rows(await explain('NV06', '2019-01-01'))).toEqual(['once    30/09/2017  done 20/09/2017 (dan-van-2017-2021/tasks/NV06.yaml:12)  done']);
    const lines = await explain('NV14', '2021-12-16');
    expect(lines).toContain('As of 16/12/2021: overdue (1)');
    expect(rows(lines)).toEqual(['once    15/12/2021  no report  overdue by 1 day (no report)']);
  });

  it('an ongoing task has no due day: each year is left to the yearly evaluation', async () => {
    const lines = await explain('NV07', '2019-01-10');
    // Its schedule names no due day, not even an empty pair of brackets.
    expect(lines).toContain('Schedule: ongoing');
    const table = rows(lines);
    expect(table).toHaveLength(5);
    for (const [i, row] of table.entries()) expect(row).toBe(`${2017 + i}    —    no report  no due day (judged in the yearly evaluation)`);
  });

  it('a paused task: periods reported before the pause are done, the later ones are not counted; its amendment is listed', async () => {
    const lines = await explain('NV08', '2021-12-20');
    expect(lines).toContain('As of 20/12/2021: paused');
    expect(rows(lines).slice(2)).toEqual([
      '2019    30/09/2019  done 27/09/2019 (dan-van-2017-2021/tasks/NV08.yaml:22)  done',
      '2020    30/09/2020  no report                                               not counted (task paused)',
      '2021    30/09/2021  no report                                               not counted (task paused)',
    ]);
    expect(lines.slice(lines.indexOf('Amendments that touch it:'))).toEqual([
      'Amendments that touch it:',
      '- 2020-06-15 (09-QĐ/BCSĐ-BDVTU, 15/06/2020): changes task NV08 — Tạm dừng mở lớp bồi dưỡng tập trung; nghiên cứu hình thức bồi dưỡng trực tuyến.',
      '',
    ]);
  });

  it('a cancelled once-task without reports: one row, no report, not counted; only the amendment that cancels it', async () => {
    const lines = await explain('NV09', '2020-01-15');
    expect(rows(lines)).toEqual(['once    31/08/2019  no report  not counted (task cancelled)']);
    expect(lines.slice(lines.indexOf('Amendments that touch it:'))).toEqual([
      'Amendments that touch it:',
      '- 2019-05-10-dieu-chinh (06-QĐ/BCSĐ-BDVTU, 10/05/2019): cancels task NV09',
      '',
    ]);
  });
});

describe('explain points at the line of each report', () => {
  it('also as of a day before a report written above the older ones', async () => {
    const root = writeRoot({
      ...oneContentProgramme('dong-bao-cao', 'Chương trình ghi báo cáo mới lên trên', 1),
      'p/tasks/R1.yaml': `id: R1
title: Việc ghi báo cáo mới lên trên
contents: [ND1]
lead: ban-a
schedule: { every: year, due: ["12-15"] }
status: active
reports:
  - { period: "2021", on: 2021-12-10, state: done }
  - { period: "2020", on: 2020-12-10, state: done }
`,
    });
    const rowsAsOf = async (asOf: string) => rows((await runCli(['explain', 'R1', '--root', root, '--as-of', asOf, '--lang', 'en'], { env: { COLUMNS: '200' } })).stdout.split('\n').map((l) => l.trimEnd()));
    expect((await rowsAsOf('2021-01-10'))[0]).toBe('2020    15/12/2020  done 10/12/2020 (p/tasks/R1.yaml:9)  done');
    expect((await rowsAsOf('2022-01-10')).slice(0, 2)).toEqual([
      '2020    15/12/2020  done 10/12/2020 (p/tasks/R1.yaml:9)  done',
      '2021    15/12/2021  done 10/12/2021 (p/tasks/R1.yaml:8)  done',
    ]);
  });
});
