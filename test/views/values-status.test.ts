import { beforeAll, describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { quietStdout } from '../helpers/world.js';

// The values users see in the status and overdue listings, compared whole. The base root's T2 is
// due 30/06 and 31/12 with no report; T3 is due once on 30/06/2021, partly done. The three as-of
// days are the day before that due day, the day itself and the day after.
let root: string;
beforeAll(() => {
  root = writeRoot(baseRoot());
});

const out = quietStdout(() => root);

describe('status, markdown', () => {
  it('ON the due day (vi): the day is "sắp đến hạn", not yet overdue; the periods before count 365 days', async () => {
    expect(await out('status', '--as-of', '2021-06-30', '--format', 'markdown')).toBe(`## Chương trình thử nghiệm

Giai đoạn: 10/01/2020 – 31/12/2022 · Tính đến ngày 30/06/2021

### ND1. Nội dung một

| Mã | Nhiệm vụ | Chủ trì | Lịch | Hạn tới | Báo cáo gần nhất | Tình trạng |
| --- | --- | --- | --- | --- | --- | --- |
| T1 | Việc hằng năm | BA | hằng năm | 15/12/2021 | năm 2020: hoàn thành (10/12/2020) | đúng tiến độ |
| T3 | Việc một lần | BA | một lần | 30/06/2021 | hoàn thành một phần (20/11/2020) | sắp đến hạn |

### ND2. Nội dung hai

| Mã | Nhiệm vụ | Chủ trì | Lịch | Hạn tới | Báo cáo gần nhất | Tình trạng |
| --- | --- | --- | --- | --- | --- | --- |
| T2 | Việc 6 tháng | Ban B | 6 tháng | 30/06/2021 | — | quá hạn (2 kỳ, 365 ngày) |

2/3 nhiệm vụ đúng tiến độ; 1 quá hạn
`);
  });

  it('the day AFTER (en): the once task is overdue by "1 day" (singular), the half-yearly one by 366 days', async () => {
    expect(await out('status', '--as-of', '2021-07-01', '--format', 'markdown', '--lang', 'en')).toBe(`## Chương trình thử nghiệm

Period: 10/01/2020 – 31/12/2022 · As of 01/07/2021

### ND1. Nội dung một

| Id | Task | Lead | Schedule | Next due | Last report | State |
| --- | --- | --- | --- | --- | --- | --- |
| T1 | Việc hằng năm | BA | yearly | 15/12/2021 | 2020: done (10/12/2020) | on track |
| T3 | Việc một lần | BA | once | — | partly done (20/11/2020) | overdue (1, 1 day) |

### ND2. Nội dung hai

| Id | Task | Lead | Schedule | Next due | Last report | State |
| --- | --- | --- | --- | --- | --- | --- |
| T2 | Việc 6 tháng | Ban B | half-yearly | 31/12/2021 | — | overdue (3, 366 days) |

1/3 tasks on schedule; 2 overdue
`);
  });
});

describe('status, csv', () => {
  it('the day BEFORE (en): codes, ISO dates and plain numbers (364 days)', async () => {
    expect((await out('status', '--as-of', '2021-06-29', '--format', 'csv', '--lang', 'en')).split(/\r?\n/)).toEqual([
      'programme,content,task,title,lead,schedule,next_due,last_report_period,last_report_state,last_report_on,state,overdue_count,worst_days_overdue',
      'thu-nghiem,ND1,T1,Việc hằng năm,ban-a,year,2021-12-15,2020,done,2020-12-10,on_track,0,0',
      'thu-nghiem,ND1,T3,Việc một lần,ban-a,once,2021-06-30,,partial,2020-11-20,due_soon,0,0',
      'thu-nghiem,ND2,T2,Việc 6 tháng,ban-b,half-year,2021-06-30,,,,overdue,2,364',
      '',
    ]);
  });

  it('ON the due day (vi): Vietnamese headers and words', async () => {
    const csv = (await out('status', '--as-of', '2021-06-30', '--format', 'csv')).split(/\r?\n/);
    expect(csv).toEqual([
      'Chương trình,Nội dung,Mã nhiệm vụ,Nhiệm vụ,Chủ trì,Lịch,Hạn tới,Kỳ báo cáo gần nhất,Kết quả báo cáo gần nhất,Ngày báo cáo gần nhất,Tình trạng,Số kỳ quá hạn,Số ngày quá hạn lâu nhất',
      'thu-nghiem,ND1,T1,Việc hằng năm,ban-a,hằng năm,2021-12-15,năm 2020,hoàn thành,2020-12-10,đúng tiến độ,0,0',
      'thu-nghiem,ND1,T3,Việc một lần,ban-a,một lần,2021-06-30,,hoàn thành một phần,2020-11-20,sắp đến hạn,0,0',
      'thu-nghiem,ND2,T2,Việc 6 tháng,ban-b,6 tháng,2021-06-30,,,,quá hạn,2,365',
      '',
    ]);
  });
});

describe('status, json', () => {
  it('ON the due day: counts and each task\'s values', async () => {
    const json = JSON.parse(await out('status', '--as-of', '2021-06-30', '--format', 'json'));
    expect(json).toEqual({
      version: 1,
      as_of: '2021-06-30',
      programmes: [
        {
          id: 'thu-nghiem',
          title: 'Chương trình thử nghiệm',
          period: { from: '2020-01-10', to: '2022-12-31' },
          counts: { done: 0, overdue: 1, due_soon: 1, on_track: 1, not_started: 0, paused: 0, cancelled: 0, live: 3, on_schedule: 2 },
          tasks: [
            { id: 'T1', title: 'Việc hằng năm', content: 'ND1', lead: 'ban-a', schedule: 'year', next_due: '2021-12-15', last_report: { period: '2020', state: 'done', on: '2020-12-10' }, state: 'on_track', overdue_count: 0, worst_days_overdue: 0 },
            { id: 'T3', title: 'Việc một lần', content: 'ND1', lead: 'ban-a', schedule: 'once', next_due: '2021-06-30', last_report: { period: null, state: 'partial', on: '2020-11-20' }, state: 'due_soon', overdue_count: 0, worst_days_overdue: 0 },
            { id: 'T2', title: 'Việc 6 tháng', content: 'ND2', lead: 'ban-b', schedule: 'half-year', next_due: '2021-06-30', last_report: null, state: 'overdue', overdue_count: 2, worst_days_overdue: 365 },
          ],
        },
      ],
    });
  });
});

describe('status, boxed table', () => {
  it('the day AFTER (en, 80 columns): the lead goes under the task and the schedule under the next due day, and each value is in its cell', async () => {
    expect(await out('status', '--as-of', '2021-07-01', '--format', 'table', '--lang', 'en')).toBe(`Chương trình thử nghiệm
Period: 10/01/2020 – 31/12/2022 · As of 01/07/2021
┌──────────────────┬───────────────┬──────────────────────────┬────────────────┐
│ Task             │ Next due      │ Last report              │ State          │
│                  │ (schedule)    │                          │                │
├──────────────────┼───────────────┼──────────────────────────┼────────────────┤
│ ND1. Nội dung một                                                            │
├──────────────────┼───────────────┼──────────────────────────┼────────────────┤
│ T1 Việc hằng năm │ 15/12/2021    │ 2020: done (10/12/2020)  │ on track       │
│ Lead: BA         │ (yearly)      │                          │                │
├──────────────────┼───────────────┼──────────────────────────┼────────────────┤
│ T3 Việc một lần  │ —             │ partly done (20/11/2020) │ overdue (1, 1  │
│ Lead: BA         │ (once)        │                          │ day)           │
├──────────────────┼───────────────┼──────────────────────────┼────────────────┤
│ ND2. Nội dung hai                                                            │
├──────────────────┼───────────────┼──────────────────────────┼────────────────┤
│ T2 Việc 6 tháng  │ 31/12/2021    │ —                        │ overdue (3,    │
│ Lead: Ban B      │ (half-yearly) │                          │ 366 days)      │
└──────────────────┴───────────────┴──────────────────────────┴────────────────┘
1/3 tasks on schedule; 2 overdue
`);
  });
});

describe('overdue', () => {
  it('ON the due day (en, markdown): what is due today is "due soon" with 0 days left, not overdue', async () => {
    expect(await out('overdue', '--as-of', '2021-06-30', '--format', 'markdown', '--lang', 'en')).toBe(`## Overdue as of 30/06/2021: 2

| Item | Period | Due | Days overdue | Lead | Why |
| --- | --- | --- | --- | --- | --- |
| T2 Việc 6 tháng | H1 2020 | 30/06/2020 | 365 | Ban B | no report |
| T2 Việc 6 tháng | H2 2020 | 31/12/2020 | 181 | Ban B | no report |

## Due in the next 30 days: 2

| Item | Period | Due | Days left | Lead |
| --- | --- | --- | --- | --- |
| T2 Việc 6 tháng | H1 2021 | 30/06/2021 | 0 | Ban B |
| T3 Việc một lần | once | 30/06/2021 | 0 | BA |
`);
  });

  it('ON the due day (vi, csv): one table for both lists, with the list named in each row', async () => {
    expect((await out('overdue', '--as-of', '2021-06-30', '--format', 'csv')).split(/\r?\n/)).toEqual([
      'Danh sách,Chương trình,Loại việc,Mã nhiệm vụ,Kỳ,Hạn,Quá hạn (ngày),Còn (ngày),Chủ trì,Lý do',
      'quá hạn,thu-nghiem,nhiệm vụ,T2,6 tháng đầu năm 2020,2020-06-30,365,,ban-b,chưa báo cáo',
      'quá hạn,thu-nghiem,nhiệm vụ,T2,6 tháng cuối năm 2020,2020-12-31,181,,ban-b,chưa báo cáo',
      'sắp đến hạn,thu-nghiem,nhiệm vụ,T2,6 tháng đầu năm 2021,2021-06-30,,0,ban-b,chưa báo cáo',
      'sắp đến hạn,thu-nghiem,nhiệm vụ,T3,,2021-06-30,,0,ban-a,mới hoàn thành một phần',
      '',
    ]);
  });

  it('the day AFTER (vi, table at 80 columns, the period under the due day): four overdue by 366, 182, 1 and 1 days, and an empty due-soon list in one line', async () => {
    expect(await out('overdue', '--as-of', '2021-07-01')).toBe(`Quá hạn tính đến ngày 01/07/2021: 4
┌─────────────────┬─────────────────────────┬─────────┬─────────┬──────────────┐
│ Việc            │ Hạn                     │ Quá hạn │ Chủ trì │ Lý do        │
│                 │ (kỳ)                    │ (ngày)  │         │              │
├─────────────────┼─────────────────────────┼─────────┼─────────┼──────────────┤
│ T2 Việc 6 tháng │ 30/06/2020              │ 366     │ Ban B   │ chưa báo cáo │
│                 │ (6 tháng đầu năm 2020)  │         │         │              │
├─────────────────┼─────────────────────────┼─────────┼─────────┼──────────────┤
│ T2 Việc 6 tháng │ 31/12/2020              │ 182     │ Ban B   │ chưa báo cáo │
│                 │ (6 tháng cuối năm 2020) │         │         │              │
├─────────────────┼─────────────────────────┼─────────┼─────────┼──────────────┤
│ T2 Việc 6 tháng │ 30/06/2021              │ 1       │ Ban B   │ chưa báo cáo │
│                 │ (6 tháng đầu năm 2021)  │         │         │              │
├─────────────────┼─────────────────────────┼─────────┼─────────┼──────────────┤
│ T3 Việc một lần │ 30/06/2021              │ 1       │ BA      │ mới hoàn     │
│                 │ (một lần)               │         │         │ thành một    │
│                 │                         │         │         │ phần         │
└─────────────────┴─────────────────────────┴─────────┴─────────┴──────────────┘

Sắp đến hạn trong 30 ngày tới: 0
Không có.
`);
  });
});

describe('status, the footer and filters', () => {
  const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

  it('a filter counts what is shown, every state it shows, in vi and en', async () => {
    expect(lastLine(await out('status', '--as-of', '2021-07-01', '--format', 'markdown', '--lead', 'ban-a'))).toBe('Hiển thị 2/3 nhiệm vụ; 1 quá hạn; 1 đúng tiến độ');
    expect(lastLine(await out('status', '--as-of', '2021-07-01', '--format', 'markdown', '--lead', 'ban-a', '--lang', 'en'))).toBe('Showing 2/3 tasks; 1 overdue; 1 on track');
    expect(lastLine(await out('status', '--as-of', '2021-06-30', '--format', 'markdown', '--state', 'due_soon', '--lang', 'en'))).toBe('Showing 1/3 tasks; 1 due soon');
  });

  it('a filter that matches nothing says so, and shows 0 of all', async () => {
    expect(await out('status', '--as-of', '2021-06-30', '--state', 'done', '--lang', 'en')).toBe(`Chương trình thử nghiệm
Period: 10/01/2020 – 31/12/2022 · As of 30/06/2021
Filtered by state "done"
No task matches the filters.
Showing 0/3 tasks
`);
  });
});

describe('status at the end of the programme (31/12/2022)', () => {
  const taskRows = async (asOf: string) => (await out('status', '--as-of', asOf, '--format', 'markdown', '--lang', 'en')).split('\n').filter((l) => l.startsWith('| T'));

  it('ON its last day what is late is still overdue by days, and the last due day is still ahead', async () => {
    expect(await taskRows('2022-12-31')).toEqual([
      '| T1 | Việc hằng năm | BA | yearly | — | 2020: done (10/12/2020) | overdue (2, 381 days) |',
      '| T3 | Việc một lần | BA | once | — | partly done (20/11/2020) | overdue (1, 549 days) |',
      '| T2 | Việc 6 tháng | Ban B | half-yearly | 31/12/2022 | — | overdue (5, 914 days) |',
    ]);
  });

  it('the day after, it is what was left when the programme ended, counted in periods ("1 period")', async () => {
    expect(await taskRows('2023-01-01')).toEqual([
      '| T1 | Việc hằng năm | BA | yearly | — | 2020: done (10/12/2020) | left when the programme ended (2 periods) |',
      '| T3 | Việc một lần | BA | once | — | partly done (20/11/2020) | left when the programme ended (1 period) |',
      '| T2 | Việc 6 tháng | Ban B | half-yearly | — | — | left when the programme ended (6 periods) |',
    ]);
  });
});
