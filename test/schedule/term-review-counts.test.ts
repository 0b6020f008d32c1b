import { beforeAll, describe, expect, it } from 'vitest';
import { oneContentProgramme, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// What the whole-term review (`summary --term`) and the sơ kết / tổng kết (`summary --review`)
// count for each task: the periods due by then and those with a done report.
interface TaskCount {
  task: string;
  status: string;
  periods_due: number;
  periods_done: number;
}

async function summary(root: string, ...args: string[]) {
  const r = await runCli(['summary', '--root', root, ...args, '--format', 'json']);
  expect(r.exitCode, r.stderr).toBe(0);
  return JSON.parse(r.stdout).programmes[0];
}
const counts = (p: { tasks: TaskCount[] }) => Object.fromEntries(p.tasks.map((t) => [t.task, [t.periods_due, t.periods_done]]));

describe('summary --term on the sample', () => {
  it('counts a period due on the as-of day, not one due later; a partly done period is not done; an ongoing task has none', async () => {
    // NV02 is half-yearly, due 20/06 and 10/12; on 20/06/2020 H1 2020 falls due with only a "partial" report.
    const term = await summary('data', '--term', '--as-of', '2020-06-20');
    expect(term.until).toBe('2020-06-20');
    // NV09, cancelled on 10/05/2019 before its one due day (31/08/2019), owes nothing: as in the reviews.
    expect(counts(term)).toMatchObject({ NV02: [7, 6], NV07: [0, 0], NV09: [0, 0], NV15: [1, 1] });
    // On 01/07/2020 the "partial" report of 22/06 is there: H1 2020 is reported, still not done.
    expect(counts(await summary('data', '--term', '--as-of', '2020-07-01'))).toMatchObject({ NV02: [7, 6] });
  });

  it('counts every task\'s periods as the final review does on its day: a cancelled or paused task owes nothing after it stopped', async () => {
    const term = counts(await summary('data', '--term', '--as-of', '2022-01-14'));
    const review = counts(await summary('data', '--review', 'final', '--as-of', '2022-01-14'));
    expect(term).toEqual(review);
    // NV08 paused on 15/06/2020: 3 of its 5 yearly periods were due before; NV09 cancelled before its day.
    expect([term.NV08, term.NV09, term.NV03]).toEqual([[3, 3], [0, 0], [19, 18]]);
  });

  it('lists the amendments signed up to the as-of day, that day included', async () => {
    const onTheDay = await summary('data', '--term', '--as-of', '2019-05-10');
    expect(onTheDay.amendments.map((a: { document: string }) => a.document)).toEqual(['05-QĐ/BCSĐ-BDVTU', '06-QĐ/BCSĐ-BDVTU']);
    expect((await summary('data', '--term', '--as-of', '2019-05-09')).amendments).toEqual([]);
  });

  it('gives each task\'s rating of every year in the spreadsheet', async () => {
    const r = await runCli(['summary', '--root', 'data', '--term', '--as-of', '2020-06-20', '--format', 'csv', '--lang', 'en']);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('programme,task,title,lead,schedule,status,periods_due,periods_done,rating_2017,rating_2018,rating_2019,rating_2020');
    // 2020 as of 20 June: its two quarters due so far are done; the two still to come are not missed yet.
    expect(lines.find((l) => l.startsWith('dan-van-2017-2021,NV03,'))).toMatch(/,quarter,active,12,12,good,excellent,good,done$/);
    expect(lines.find((l) => l.startsWith('dan-van-2017-2021,NV15,'))).toMatch(/,year,active,1,1,,,good,$/);
  });
});

describe('summary --review on the sample', () => {
  it('the final review counts every task\'s periods due before it was held; a cancelled task\'s none, a paused task\'s up to the pause', async () => {
    const final = await summary('data', '--review', 'final', '--as-of', '2022-02-01');
    expect(final.tasks).toEqual(
      Object.entries({
        NV01: ['active', 4, 4], NV02: ['active', 10, 10], NV03: ['active', 19, 18], NV04: ['active', 5, 4], NV05: ['active', 5, 5],
        NV06: ['done', 1, 1], NV07: ['active', 0, 0], NV08: ['paused', 3, 3], NV09: ['cancelled', 0, 0], NV10: ['active', 5, 4],
        NV11: ['active', 10, 9], NV12: ['active', 5, 5], NV13: ['active', 10, 10], NV14: ['active', 1, 0], NV15: ['active', 3, 2],
      }).map(([task, [status, due, done]]) => ({ task, status, periods_due: due, periods_done: done })),
    );
  });
});

// A mid-term review through 2020, held on 05/02/2021, of a programme with tasks that stopped.
const FILES = {
  ...oneContentProgramme('dung-giua-chung', 'Chương trình có nhiệm vụ dừng giữa chừng', 6, `reviews:
  - { kind: mid-term, through: 2020, held_on: 2021-02-05 }
`),
  // Paused on 30/06/2020, the day H1 2020 fell due unreported; H2 2020 was reported all the same.
  'p/tasks/P1.yaml': `id: P1
title: Việc tạm dừng có văn bản
contents: [ND1]
lead: ban-a
schedule: { every: half-year, due: ["06-30", "12-31"] }
status: paused
reports:
  - { period: "2020-H2", on: 2020-12-20, state: done }
`,
  // Paused, with no amendment that says when: only its reported periods count.
  'p/tasks/P2.yaml': `id: P2
title: Việc tạm dừng không rõ ngày
contents: [ND1]
lead: ban-a
schedule: { every: half-year, due: ["06-30", "12-31"] }
status: paused
reports:
  - { period: "2020-H1", on: 2020-06-25, state: done }
`,
  // Cancelled on 01/06/2020, after its due day passed unreported.
  'p/tasks/C1.yaml': `id: C1
title: Việc hủy sau hạn
contents: [ND1]
lead: ban-b
schedule: { every: once, due: [2020-05-01] }
status: cancelled
`,
  // Begins in 2021, after the years the review covers, though due before it was held.
  'p/tasks/O1.yaml': `id: O1
title: Việc bắt đầu năm 2021
contents: [ND1]
lead: ban-b
schedule: { every: once, due: [2021-01-20] }
start: 2021-01-05
status: active
`,
  // Due on the day the review was held: not yet due by it.
  'p/tasks/D1.yaml': `id: D1
title: Việc đến hạn đúng ngày sơ kết
contents: [ND1]
lead: ban-b
schedule: { every: once, due: [2021-02-05] }
status: active
`,
  'p/tasks/T1.yaml': `id: T1
title: Việc hằng năm
contents: [ND1]
lead: ban-a
schedule: { every: year, due: ["12-15"] }
status: active
reports:
  - { period: "2020", on: 2020-12-10, state: done }
`,
  // Cancelled, though no amendment says so (amendment-link warns): only its reported period counts.
  'p/tasks/C2.yaml': `id: C2
title: Việc hủy không rõ văn bản
contents: [ND1]
lead: ban-b
schedule: { every: half-year, due: ["06-30", "12-31"] }
status: cancelled
reports:
  - { period: "2020-H1", on: 2020-06-20, state: done }
`,
  'p/amendments/2020-06-01.yaml': `date: 2020-06-01
document: 01-QĐ/BA
kind: adjustment
changes:
  - { op: cancel_task, task: C1 }
`,
  'p/amendments/2020-06-30.yaml': `date: 2020-06-30
document: 02-QĐ/BA
kind: adjustment
changes:
  - { op: change_task, task: P1, note: Tạm dừng }
`,
};

describe('summary --review of tasks that stopped', () => {
  let root: string;
  beforeAll(() => {
    root = writeRoot(FILES);
  });

  it('counts what fell due before a task stopped (the stop day included) and what was reported after, and only periods begun in the years reviewed', async () => {
    const review = await summary(root, '--review', 'mid-term', '--as-of', '2021-03-01');
    expect(review.date).toBe('2021-02-05');
    expect(counts(review)).toEqual({
      P1: [2, 1], // H1 2020 (due the day it was paused, unreported) and H2 2020 (reported after the pause)
      P2: [1, 1], // only the reported H1 2020: nothing says when it was paused
      C1: [1, 0], // due before it was cancelled
      O1: [0, 0],
      D1: [0, 0],
      T1: [1, 1],
      C2: [1, 1], // H2 2020, unreported, is left out
    });
  });
});
