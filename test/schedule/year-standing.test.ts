import { beforeAll, describe, expect, it } from 'vitest';
import { oneContentProgramme, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The year report (`summary --year`) of each kind of task, as of several days: the rating the
// reports give (or none), whether the task counts in the "x/y" statistic, is not yet due or is
// paused, and what its paragraph cites. One root, a task for each case:
// A1 a report of 2020 filed in 2021 and a partial one of 2021; B1 done early, its reports written
// newest first; C1 one document cited bare, then in full, then bare again; D1 a once-task marked
// done without a report; D2 done on 20/12/2021, late in 2020; O1 a once-task due in 2022 with a
// partial report in 2021; N1 a once-task due 01/09/2021, never reported; P1 paused by an amendment
// of 2021 that also changes A1 (a later one changes A1 only); P2 paused, no amendment says when;
// Y1 begun in 2021; F1 rated in the final evaluation of 2022, with its summary, and no report.
const FILES: Record<string, string> = {
  'p/amendments/2021-03-01.yaml': `date: 2021-03-01
document: 03-QĐ/BA
kind: adjustment
changes:
  - { op: change_task, task: P1, note: Tạm dừng P1 để rà soát }
  - { op: change_task, task: A1, note: Giao thêm cho A1 }
`,
  'p/amendments/2021-04-01.yaml': `date: 2021-04-01
document: 04-QĐ/BA
kind: adjustment
changes:
  - { op: change_task, task: A1, note: Gia hạn A1 }
`,
  'p/evaluations/2021.yaml': `year: 2021
state: draft
`,
  'p/evaluations/2022.yaml': `year: 2022
held_on: 2022-12-20
state: final
results:
  - { task: F1, rating: excellent, summary: F1 hoàn thành trước hạn. }
`,
  ...oneContentProgramme('nam-bao-cao', 'Chương trình thử báo cáo năm', 11),
  'p/tasks/A1.yaml': `id: A1
title: Việc A1 hằng năm
contents: [ND1]
lead: ban-a
schedule: { every: year, due: ["12-15"] }
status: active
reports:
  - { period: "2020", on: 2021-01-05, state: done, note: A1 báo cáo muộn năm 2020 }
  - { period: "2021", on: 2021-05-10, state: partial, note: A1 làm được một nửa }
`,
  'p/tasks/B1.yaml': `id: B1
title: Việc B1 xong sớm
contents: [ND1]
lead: ban-a
schedule: { every: year, due: ["12-15"] }
status: active
reports:
  - { period: "2021", on: 2021-06-01, state: done, note: B1 xong sớm }
  - { period: "2021", on: 2021-03-01, state: partial, note: B1 đang làm }
`,
  'p/tasks/C1.yaml': `id: C1
title: Việc C1 nhiều văn bản
contents: [ND1]
lead: ban-b
schedule: { every: year, due: ["12-15"] }
status: active
reports:
  - { period: "2021", on: 2021-02-01, state: partial, documents: ["12/BC-BB"] }
  - period: "2021"
    on: 2021-03-01
    state: partial
    documents: ["13/BC-BB", { number: 12/BC-BB, date: 2021-02-01, title: Báo cáo quý I }]
  - { period: "2021", on: 2021-04-01, state: partial, documents: ["12/BC-BB"] }
  - { period: "2021", on: 2021-05-01, state: partial }
`,
  'p/tasks/D1.yaml': `id: D1
title: Việc D1 một lần đã xong
contents: [ND1]
lead: ban-b
schedule: { every: once, due: [2021-04-01] }
status: done
done_on: 2021-03-20
`,
  'p/tasks/D2.yaml': `id: D2
title: Việc D2 hằng năm xong cuối năm 2021
contents: [ND1]
lead: ban-b
schedule: { every: year, due: ["12-15"] }
status: done
done_on: 2021-12-20
reports:
  - { period: "2020", on: 2020-12-10, state: not_done, note: D2 chưa làm được năm 2020 }
`,
  'p/tasks/F1.yaml': `id: F1
title: Việc F1 được đánh giá không qua báo cáo
contents: [ND1]
lead: ban-b
schedule: { every: once, due: [2022-12-25] }
status: active
`,
  'p/tasks/N1.yaml': `id: N1
title: Việc N1 một lần chưa báo cáo
contents: [ND1]
lead: ban-a
schedule: { every: once, due: [2021-09-01] }
status: active
`,
  'p/tasks/O1.yaml': `id: O1
title: Việc O1 một lần hạn năm sau
contents: [ND1]
lead: ban-a
schedule: { every: once, due: [2022-03-01] }
status: active
reports:
  - { on: 2021-05-10, state: partial, note: O1 bước đầu }
`,
  'p/tasks/P1.yaml': `id: P1
title: Việc P1 tạm dừng có văn bản
contents: [ND1]
lead: ban-a
schedule: { every: year, due: ["12-15"] }
status: paused
reports:
  - { period: "2020", on: 2020-12-01, state: done, note: P1 xong năm 2020 }
`,
  'p/tasks/P2.yaml': `id: P2
title: Việc P2 tạm dừng không rõ văn bản
contents: [ND1]
lead: ban-b
schedule: { every: year, due: ["12-15"] }
status: paused
`,
  'p/tasks/Y1.yaml': `id: Y1
title: Việc Y1 bắt đầu năm 2021
contents: [ND1]
lead: ban-b
schedule: { every: year, due: ["12-15"] }
start: 2021-02-01
status: active
`,
};

interface Result {
  task: string;
  rating: string | null;
  standing: string;
  documents: string[];
  reports: { on: string; note: string | null }[];
}

let root: string;
beforeAll(() => {
  root = writeRoot(FILES);
});

async function yearReport(year: number, asOf: string) {
  const r = await runCli(['summary', '--root', root, '--year', String(year), '--as-of', asOf, '--format', 'json']);
  expect(r.exitCode, r.stderr).toBe(0);
  const p = JSON.parse(r.stdout).programmes[0];
  const results: Result[] = p.results;
  const texts: string[] = p.document.body.flatMap((b: { text?: string }) => (b.text ? [b.text] : []));
  return {
    ...p,
    standing: Object.fromEntries(results.map((x) => [x.task, `${x.rating ?? '—'}, ${x.standing}`])),
    result: (task: string) => results.find((x) => x.task === task)!,
    paragraph: (task: string) => texts.find((t) => t.includes(`việc ${task} `)),
    texts,
  };
}

describe('the year report of each kind of task', () => {
  it('2020: a report filed in January counts for the year its period names; a task done in 2021 and paused in 2021 are judged as they were in 2020', async () => {
    const y = await yearReport(2020, '2021-01-10');
    expect(y.standing).toEqual({
      A1: 'done, counted', B1: '—, counted', C1: '—, counted', D1: '—, not_yet_due', D2: 'not_done, counted',
      F1: '—, not_yet_due', N1: '—, not_yet_due', O1: '—, not_yet_due', P1: 'done, counted', P2: '—, counted',
    });
    expect(y.result('A1').reports.map((r: { note: string | null }) => r.note)).toEqual(['A1 báo cáo muộn năm 2020']);
    expect(y.paragraph('P1')).toBe('BA chủ trì việc P1 tạm dừng có văn bản. P1 xong năm 2020. Kết quả đánh giá: hoàn thành.');
    expect([y.live_tasks, y.rated_tasks, y.ratings]).toEqual([10, 3, { excellent: 0, good: 0, done: 2, not_done: 1 }]);
    expect(y.texts).toContain('Năm 2020, hai bên triển khai 3/6 nhiệm vụ, hoàn thành 2 nhiệm vụ (33,3%); 1 nhiệm vụ chưa hoàn thành; 4 nhiệm vụ chưa đến hạn.');
  });

  it('2021 mid-year: a done report before the due day rates it done, a partial one rates nothing yet; reported once-tasks count, silent ones due later do not', async () => {
    const y = await yearReport(2021, '2021-07-01');
    expect(y.standing).toEqual({
      A1: '—, counted', B1: 'done, counted', C1: '—, counted', D1: 'done, counted', D2: '—, counted', F1: '—, not_yet_due',
      N1: '—, not_yet_due', O1: '—, counted', P1: '—, paused', P2: '—, paused', Y1: '—, counted',
    });
    expect(y.statistic).toEqual({ carried: 5, counted: 7, completed: 2 });
    expect([y.live_tasks, y.rated_tasks, y.ratings]).toEqual([11, 2, { excellent: 0, good: 0, done: 2, not_done: 0 }]);
    expect(y.result('A1').reports.map((r: { note: string | null }) => r.note)).toEqual(['A1 làm được một nửa']);
    // Oldest first, whatever the order in the file.
    expect(y.paragraph('B1')).toBe('BA chủ trì việc B1 xong sớm. B1 đang làm. B1 xong sớm. Kết quả đánh giá: hoàn thành.');
    // A document cited in full anywhere is cited in full, once; a report without documents adds none.
    expect(y.result('C1').documents).toEqual(['12/BC-BB', '13/BC-BB']);
    expect(y.paragraph('C1')).toBe('Ban B chủ trì việc C1 nhiều văn bản. Văn bản: Báo cáo số 12/BC-BB ngày 1/2/2021 về quý I; Báo cáo số 13/BC-BB.');
    expect(y.paragraph('P1')).toBe('BA chủ trì việc P1 tạm dừng có văn bản. Nhiệm vụ tạm dừng theo Quyết định số 03-QĐ/BA ngày 1/3/2021: tạm dừng P1 để rà soát.');
    expect(y.paragraph('P2')).toBe('Ban B chủ trì việc P2 tạm dừng không rõ văn bản. Nhiệm vụ tạm dừng.');
    expect(y.texts).toContain('Năm 2021, hai bên triển khai 5/7 nhiệm vụ, hoàn thành 2 nhiệm vụ (28,6%); 2 nhiệm vụ chưa đến hạn; 2 nhiệm vụ tạm dừng.');
  });

  it('a report filed on the report\'s day counts; a task done in a later year is judged in this one by its reports', async () => {
    expect((await yearReport(2021, '2021-06-01')).standing.B1).toBe('done, counted');
    // Printed after D2 was done (20/12/2021): 2020 is still "not done", as its report said.
    expect((await yearReport(2020, '2022-01-10')).standing.D2).toBe('not_done, counted');
  });

  it('a once-task due on the report\'s day is not yet due; a day later it counts', async () => {
    expect((await yearReport(2021, '2021-09-01')).standing.N1).toBe('—, not_yet_due');
    expect((await yearReport(2021, '2021-09-02')).standing.N1).toBe('—, counted');
  });

  it('a period due on the report\'s day is not judged yet; three days later the partial report makes it not done', async () => {
    const onTheDay = await yearReport(2021, '2021-12-15');
    expect([onTheDay.standing.A1, onTheDay.standing.C1]).toEqual(['—, counted', '—, counted']);
    const after = await yearReport(2021, '2021-12-18');
    expect([after.standing.A1, after.standing.C1]).toEqual(['not_done, counted', 'not_done, counted']);
    // D2 is done on 20/12/2021: on the 18th it is still an active task with nothing reported for 2021.
    expect(after.standing.D2).toBe('—, counted');
    expect(after.paragraph('D2')).toBe('Ban B chủ trì việc D2 hằng năm xong cuối năm 2021.');
  });

  it('a once-task due in a later year is not yet due in this year\'s report, even printed after its due day', async () => {
    const y = await yearReport(2021, '2023-01-10');
    expect(y.standing).toMatchObject({ F1: '—, not_yet_due', D2: 'done, counted', P2: '—, counted' });
  });

  it('a final evaluation rates a task without reports and its summary replaces the notes', async () => {
    const y = await yearReport(2022, '2023-01-10');
    expect(y.date).toBe('2022-12-20');
    expect(y.standing.F1).toBe('excellent, counted');
    expect(y.paragraph('F1')).toBe('Ban B chủ trì việc F1 được đánh giá không qua báo cáo. F1 hoàn thành trước hạn. Kết quả đánh giá: hoàn thành xuất sắc.');
  });
});
