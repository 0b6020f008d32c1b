import { describe, expect, it } from 'vitest';
import type { TaskModel } from '../../src/model/programme-model.js';
import type { Amendment, Programme, Rec, Task } from '../../src/records/types.js';
import { barChart, dataTable, timelineChart } from '../../src/site/charts.js';
import { rootPage } from '../../src/site/pages.js';
import { programmeDashboard, type CellState } from '../../src/site/model.js';
import { PROGRAMME, programmeModel, taskModel } from '../helpers/models.js';

// The dashboard's numbers, worked out from a programme as of a date (src/site/model.ts), and its
// charts drawn from them (src/site/charts.ts), value by value.

const yearly = (reports: Task['reports'], extra: Partial<Task> = {}) => taskModel({ schedule: { every: 'year', due: ['12-15'] }, reports, ...extra });
const cancelledOn = (task: TaskModel, date: string): TaskModel => ({ ...task, cancelledBy: { source: { path: 'p/amendments/x.yaml' }, data: { date } } as Rec<Amendment> });

/** Each year's period states of a task's row of the grid. */
function grid(task: TaskModel, asOf: string): Record<number, CellState[]> {
  const [row] = programmeDashboard(programmeModel([task]), asOf, 7).tasks;
  return Object.fromEntries([...row!.cells].map(([year, cells]) => [year, cells.map((c) => c.state)]));
}

describe('the dashboard grid: the state of each period', () => {
  it('is done, partly done or not done by the last report of the period, missing once due without one, not due before', () => {
    const task = yearly([
      { period: '2020', on: '2020-12-10', state: 'done' },
      { period: '2021', on: '2021-12-01', state: 'not_done' },
      { period: '2021', on: '2021-12-10', state: 'partial' },
    ]);
    expect(grid(task, '2022-06-01')).toEqual({ 2020: ['done'], 2021: ['partial'], 2022: ['not_due'] });
    expect(grid(yearly([{ period: '2021', on: '2021-12-10', state: 'not_done' }]), '2022-12-16')).toEqual({ 2020: ['missing'], 2021: ['not_done'], 2022: ['missing'] });
    // Due on 15/12/2022: missing the day after, not on the day itself.
    expect(grid(yearly([]), '2022-12-15')[2022]).toEqual(['not_due']);
  });

  it('counts a once-task recorded as done as done, with or without a report', () => {
    const once = taskModel({ schedule: { every: 'once', due: ['2021-06-30'] }, status: 'done' });
    expect(grid(once, '2022-01-01')).toEqual({ 2021: ['done'] });
    const open = taskModel({ schedule: { every: 'once', due: ['2021-06-30'] } });
    expect(grid(open, '2022-01-01')).toEqual({ 2021: ['missing'] });
  });

  it('marks a cancelled task\'s periods due after its cancelling amendment as cancelled, and keeps the ones before', () => {
    const task = cancelledOn(yearly([{ period: '2020', on: '2020-12-10', state: 'done' }], { status: 'cancelled' }), '2021-12-15');
    // 2021 is due on the very day of the amendment: still owed, so missing; 2022 is after it.
    expect(grid(task, '2022-12-31')).toEqual({ 2020: ['done'], 2021: ['missing'], 2022: ['cancelled'] });
    // Without a cancelling amendment, a cancelled task is cancelled from its start.
    expect(grid(yearly([], { status: 'cancelled' }), '2022-12-31')).toEqual({ 2020: ['cancelled'], 2021: ['cancelled'], 2022: ['cancelled'] });
    // An active task's periods are never cancelled, whatever amendment it carries.
    expect(grid(cancelledOn(yearly([]), '2020-01-01'), '2022-12-31')).toEqual({ 2020: ['missing'], 2021: ['missing'], 2022: ['missing'] });
  });
});

describe('the dashboard grid at its edges', () => {
  it('leaves an ongoing task\'s periods not due, never missing or cancelled', () => {
    const ongoing = taskModel({ schedule: { every: 'ongoing' } });
    const states = Object.values(grid(ongoing, '2022-12-31')).flat();
    expect(states.length).toBeGreaterThan(0);
    expect(new Set(states)).toEqual(new Set(['not_due']));
  });

  it('counts only a once-task recorded as done as done without a report, not a recurring one', () => {
    expect(grid(yearly([], { status: 'done' }), '2022-12-31')).toEqual({ 2020: ['missing'], 2021: ['missing'], 2022: ['missing'] });
  });

  it('files a period under its own year, even when it falls due in the next', () => {
    const january = taskModel({ schedule: { every: 'year', due: ['01-15'] }, reports: [{ period: '2020', on: '2021-01-10', state: 'done' }] });
    expect(grid(january, '2022-06-01')[2020]).toEqual(['done']);
  });

  it('counts a period as due, and as overdue, from the day after its due day; on the day it is the next due', () => {
    const onTheDay = programmeDashboard(programmeModel([yearly([])]), '2020-12-15', 7);
    expect(onTheDay.completion[0]).toEqual({ year: 2020, due: 0, done: 0 });
    expect([onTheDay.overdue, onTheDay.nextDue]).toEqual([0, '2020-12-15']);
    const after = programmeDashboard(programmeModel([yearly([])]), '2020-12-16', 7);
    expect(after.completion[0]).toEqual({ year: 2020, due: 1, done: 0 });
    // The task's 2020 period and the joint evaluation of 2020, both due 15/12.
    expect([after.overdue, after.nextDue]).toEqual([2, '2021-12-15']);
    expect(after.indicators).toEqual([]);
  });
});

describe('the overview page', () => {
  it.each([
    ['vi', 1, '<p>450 chương trình. Tiến độ là số kỳ đã hoàn thành trên số kỳ đã đến hạn. Trang 2/3</p>', '<nav aria-label="Các trang" class="no-print"><p><a href="index.html">1</a> <strong>2</strong> <a href="index-3.html">3</a></p></nav>'],
    ['en', 0, '<p>450 programmes. Progress is periods done out of periods due. Page 1 of 3</p>', '<p><strong>1</strong> <a href="index-2.html">2</a> <a href="index-3.html">3</a></p></nav>'],
  ] as const)('%s: says which page of how many, and links every other page, the current one in bold', (lang, index, intro, pager) => {
    const html = rootPage([], 450, index, 3, lang, '2024-06-15');
    expect(html).toContain(intro);
    expect(html.split(pager)).toHaveLength(3);
  });
});

describe('the dashboard figures of a programme', () => {
  it('counts periods due and done by year, leaving out periods not yet due and cancelled ones', () => {
    const done2020 = yearly([{ period: '2020', on: '2020-12-10', state: 'done' }]);
    const cancelled = cancelledOn({ ...yearly([], { status: 'cancelled' }), task: { ...yearly([]).task, id: 'T2', status: 'cancelled' } }, '2020-12-31');
    const half = taskModel({ id: 'T3', schedule: { every: 'half-year', due: ['06-30', '12-31'] }, reports: [{ period: '2021-H1', on: '2021-06-20', state: 'done' }] });
    const board = programmeDashboard(programmeModel([done2020, cancelled, half]), '2021-12-20', 7);
    expect(board.years).toEqual([2020, 2021, 2022]);
    expect(board.completion).toEqual([
      { year: 2020, due: 4, done: 1 },
      { year: 2021, due: 2, done: 1 },
      { year: 2022, due: 0, done: 0 },
    ]);
    expect([board.due, board.done]).toEqual([6, 2]);
  });

  it('counts the open periods overdue and finds the nearest due day still ahead', () => {
    const a = yearly([]);
    const b = taskModel({ id: 'T2', schedule: { every: 'half-year', due: ['06-30', '12-31'] } });
    const board = programmeDashboard(programmeModel([a, b]), '2021-12-16', 7);
    // Overdue: T1 2020 and 2021 (15/12), T2's 2020-H1, 2020-H2 and 2021-H1, and the joint
    // evaluations of 2020 and 2021 (due 15/12); next: T2's 2021-H2 on 31/12/2021.
    expect(board.overdue).toBe(7);
    expect(board.nextDue).toBe('2021-12-31');
    expect(programmeDashboard(programmeModel([yearly([{ period: '2022', on: '2022-12-01', state: 'done' }, { period: '2021', on: '2021-12-01', state: 'done' }, { period: '2020', on: '2020-12-01', state: 'done' }])]), '2022-12-20', 7).nextDue).toBeNull();
  });

  it('totals each indicator\'s figures by the year of the period reported, or of the report\'s date', () => {
    const programme: Programme = { ...PROGRAMME, indicators: [{ id: 'hoi-nghi', title: 'Hội nghị', unit: 'cuộc' }, { id: 'luot', title: 'Lượt người', unit: 'lượt' }] };
    const t1 = yearly([
      { period: '2020', on: '2021-01-05', state: 'done', figures: { 'hoi-nghi': 2, luot: 1500 } },
      { period: '2021', on: '2021-12-10', state: 'done', figures: { 'hoi-nghi': 3 } },
      { period: '2023', on: '2023-12-10', state: 'done', figures: { 'hoi-nghi': 100 } },
    ]);
    const once = taskModel({ id: 'T2', schedule: { every: 'once', due: ['2022-06-30'] }, reports: [{ on: '2022-06-01', state: 'done', figures: { 'hoi-nghi': 4, luot: 250 } }] }, programme);
    const board = programmeDashboard(programmeModel([t1, once], { programme }), '2022-12-31', 7);
    expect(board.indicators).toEqual([
      { id: 'hoi-nghi', title: 'Hội nghị', unit: 'cuộc', values: [{ year: 2020, value: 2 }, { year: 2021, value: 3 }, { year: 2022, value: 4 }] },
      { id: 'luot', title: 'Lượt người', unit: 'lượt', values: [{ year: 2020, value: 1500 }, { year: 2021, value: 0 }, { year: 2022, value: 250 }] },
    ]);
  });

  it('shows the newest final evaluation, else the newest draft, else none', () => {
    const last = (evaluations: Record<number, 'draft' | 'final'>) => programmeDashboard(programmeModel([yearly([])], { evaluations }), '2022-12-31', 7).lastEvaluation?.data;
    expect(last({ 2020: 'final', 2021: 'final', 2022: 'draft' })).toEqual({ year: 2021, state: 'final' });
    expect(last({ 2020: 'draft', 2021: 'draft' })).toEqual({ year: 2021, state: 'draft' });
    expect(last({})).toBeUndefined();
  });
});

describe('the dashboard charts', () => {
  const table = { caption: 'Số liệu', headers: ['Năm', 'Giá trị'], rows: [['2020', '1.500']] };

  it('draws a bar chart at least 320 wide, 64 more per bar past four, scaled to its largest bar', () => {
    const svg = (n: number) => barChart('c', 'Tiêu đề', Array.from({ length: n }, (_, i) => ({ label: String(2020 + i), value: i + 1 })), table, { lang: 'vi' });
    expect(svg(1)).toContain('viewBox="0 0 320 220" width="320" height="220"');
    expect(svg(4)).toContain('width="320"');
    expect(svg(5)).toContain('viewBox="0 0 380 220" width="380"');
    // The plot is 220 − 24 − 36 = 160 high: the largest bar (5) takes it all, the smallest a fifth.
    const heights = [...svg(5).matchAll(/<rect x="\d+" y="(\d+)" width="\d+" height="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(heights).toEqual([[152, 32], [120, 64], [88, 96], [56, 128], [24, 160]]);
  });

  it('places each bar in its slot, its value above it and its label under it', () => {
    const html = barChart('c', 'Tiêu đề', [{ label: '2020', value: 1500 }, { label: '2021', value: 0, text: '—' }], table, { lang: 'vi', colour: '#123456' });
    // Two slots of (320 − 50) / 2 = 135; bars 44 wide (0.65 × 135 = 87.75, at most 44), centred.
    expect(html).toContain('<rect x="91" y="24" width="44" height="160" fill="#123456"/><text x="113" y="19" text-anchor="middle" font-size="12">1.500</text><text x="113" y="206" text-anchor="middle" font-size="12">2020</text>');
    expect(html).toContain('<rect x="226" y="184" width="44" height="0" fill="#123456"/><text x="248" y="179" text-anchor="middle" font-size="12">—</text>');
    expect(html).toContain('<line x1="40" y1="184" x2="310" y2="184" stroke="#57606a"/>');
    expect(html.startsWith('<figure>\n<figcaption>Tiêu đề</figcaption>\n<svg class="chart" id="c" role="img" aria-labelledby="c-title" aria-describedby="c-data"')).toBe(true);
    expect(barChart('c', 'T', [{ label: 'x', value: 1 }], table, { lang: 'vi', caption: false }).startsWith('<figure>\n<svg')).toBe(true);
  });

  it('narrows the bars of a crowded chart to two thirds of their slot, in the default blue, its numbers\' table named for the screen reader', () => {
    const ten = barChart('c', 'T', Array.from({ length: 10 }, (_, i) => ({ label: String(2015 + i), value: 1 })), table, { lang: 'vi' });
    // 60 + 10 × 64 = 700 wide; ten slots of 65; bars 0.65 × 65 = 42.25, drawn 42 wide.
    expect(ten).toContain('viewBox="0 0 700 220"');
    expect([...ten.matchAll(/<rect x="(\d+)" y="\d+" width="(\d+)" height="\d+" fill="([^"]+)"\/>/g)].map((m) => [m[1], m[2], m[3]]).slice(0, 2)).toEqual([
      ['56', '42', '#0b5cad'],
      ['121', '42', '#0b5cad'],
    ]);
    expect(ten).toContain('aria-describedby="c-data"');
    expect(ten).toContain('<table class="chart-data" id="c-data">');
  });

  it('scales percentages to a fixed 100, and draws bars of zero when every value is zero', () => {
    const percent = barChart('c', 'T', [{ label: '2020', value: 50 }], table, { lang: 'en', max: 100 });
    expect(percent).toContain('height="80"');
    const zeros = barChart('c', 'T', [{ label: '2020', value: 0 }, { label: '2021', value: 0 }], table, { lang: 'en' });
    expect([...zeros.matchAll(/<rect [^>]*height="(\d+)"/g)].map((m) => m[1])).toEqual(['0', '0']);
  });

  it('gives the numbers\' table row headings and right-aligned numbers, or plain cells for text', () => {
    expect(dataTable('d', table)).toBe(
      '<table class="chart-data" id="d">\n<caption>Số liệu</caption>\n<thead><tr><th scope="col">Năm</th><th scope="col" class="num">Giá trị</th></tr></thead>\n<tbody>\n<tr><th scope="row">2020</th><td class="num">1.500</td></tr>\n</tbody>\n</table>',
    );
    expect(dataTable('d', { ...table, numeric: false })).toContain('<th scope="col">Giá trị</th></tr></thead>\n<tbody>\n<tr><th scope="row">2020</th><td>1.500</td></tr>');
  });

  it('draws the timeline over the programme\'s days: a tick per new year, each mark at its day, marks outside kept at the ends', () => {
    const html = timelineChart('t', 'Mốc', '2020-01-01', '2021-12-31', [{ date: '2021-01-01', label: 'Bổ sung <1>' }, { date: '2019-05-01', label: 'trước' }, { date: '2023-01-01', label: 'sau' }], table);
    // 730 days over 680 columns from x = 20: 1 January 2021 is day 366.
    expect(html).toContain('<line x1="361" y1="22" x2="361" y2="38" stroke="#57606a"/><text x="361" y="16" font-size="11" text-anchor="middle">2021</text>');
    expect(html.match(/font-size="11"/g)).toHaveLength(1);
    expect([...html.matchAll(/<circle cx="(\d+)"[^>]*><title>([^<]*)<\/title>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['361', 'Bổ sung &lt;1&gt;'],
      ['20', 'trước'],
      ['700', 'sau'],
    ]);
    expect(html).toContain('<line x1="20" y1="30" x2="700" y2="30" stroke="#0b5cad" stroke-width="4"/><text x="20" y="60" font-size="12">01/01/2020</text><text x="700" y="60" font-size="12" text-anchor="end">31/12/2021</text>');
    expect(html).toContain('aria-describedby="t-data"');
    expect(html).toContain('<table class="chart-data" id="t-data">');
  });
});
