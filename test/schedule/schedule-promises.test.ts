import { describe, expect, it } from 'vitest';
import { evaluationDate, isDueBy } from '../../src/schedule/due-by.js';
import { classifyOccurrences, openOccurrences } from '../../src/schedule/occurrences.js';
import { isPeriodOfTask, periodsOf, yearInWindow } from '../../src/schedule/periods.js';
import { lastReport, taskState } from '../../src/schedule/task-state.js';
import { programmeModel, taskModel, PROGRAMME } from '../helpers/models.js';
import type { Task } from '../../src/records/types.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Promises of `status` and `overdue` at their edges (issue 19), on models without files.
const { evaluation: _evaluation, ...withoutEvaluation } = PROGRAMME;
const programme2024 = { ...withoutEvaluation, period: { from: '2024-01-01', to: '2024-12-31' } };
const yearly = (id: string, due: string, extra = {}) => taskModel({ id, schedule: { every: 'year', due: [due] }, ...extra }, programme2024);
const once = (extra = {}) => taskModel({ schedule: { every: 'once', due: ['2024-03-31'] }, ...extra }, programme2024);
const inProgramme = (id: string, tasks: ReturnType<typeof taskModel>[]) => programmeModel(tasks, { programme: { ...programme2024, id } });

describe('the order of the overdue list', () => {
  it('puts equally late items of several programmes in alphabetical order of the programme', () => {
    const { overdue } = classifyOccurrences([inProgramme('b', [yearly('T1', '06-30')]), inProgramme('a', [yearly('T2', '06-30')])], '2024-07-10', 30);
    expect(overdue.map((o) => `${o.programme} ${o.task}`)).toEqual(['a T2', 'b T1']);
  });

  it('puts equally late periods of one task oldest first', () => {
    const twice = taskModel({ schedule: { every: 'half-year', due: ['12-31', '12-31'] } }, programme2024);
    const { overdue } = classifyOccurrences([inProgramme('p', [twice])], '2025-01-05', 30);
    expect(overdue.map((o) => o.period)).toEqual(['2024-H1', '2024-H2']);
  });

  it('lists what falls due soon nearest first, whatever the task is called', () => {
    const { dueSoon } = classifyOccurrences([inProgramme('p', [yearly('A', '06-20'), yearly('B', '06-12')])], '2024-06-10', 30);
    expect(dueSoon.map((o) => [o.task, o.daysLeft])).toEqual([['B', 2], ['A', 10]]);
  });
});

describe('a once-task', () => {
  it('marked done is never overdue, even without a done report', () => {
    const done = once({ status: 'done', done_on: '2024-03-20' });
    expect(classifyOccurrences([inProgramme('p', [done])], '2024-05-01', 30).overdue).toEqual([]);
    expect(taskState(done, '2024-05-01', 30).state).toBe('done');
  });

  it('without any report is late for "no report"', () => {
    expect(classifyOccurrences([inProgramme('p', [once()])], '2024-05-01', 30).overdue).toMatchObject([{ task: 'T1', period: null, reason: 'missing', daysOverdue: 31 }]);
  });

  it('with a done report is done, though its status still says active', () => {
    const reported = once({ reports: [{ on: '2024-03-20', state: 'done' }] });
    expect(taskState(reported, '2024-02-01', 30).state).toBe('done');
    expect(taskState(reported, '2024-05-01', 30).state).toBe('done');
  });
});

describe('a task state on the edge days', () => {
  it('has started on its first day', () => {
    expect(taskState(yearly('T1', '12-20', { start: '2024-05-01' }), '2024-05-01', 30).state).toBe('on_track');
    expect(taskState(yearly('T1', '12-20', { start: '2024-05-01' }), '2024-04-30', 30).state).toBe('not_started');
  });

  it('is due soon when the due day is exactly the soon-days away, and on track a day earlier', () => {
    expect(taskState(yearly('T1', '12-20'), '2024-11-20', 30)).toMatchObject({ state: 'due_soon', nextDue: '2024-12-20' });
    expect(taskState(yearly('T1', '12-20'), '2024-11-19', 30)).toMatchObject({ state: 'on_track', nextDue: '2024-12-20' });
  });

  it('names as the next due day one still to come, not a late one', () => {
    const twice = taskModel({ schedule: { every: 'half-year', due: ['06-30', '12-31'] } }, programme2024);
    expect(taskState(twice, '2024-07-10', 30)).toMatchObject({ state: 'overdue', nextDue: '2024-12-31', overdueCount: 1, worstDays: 10 });
  });

  it('is due soon on the due day itself, which is still the next due day', () => {
    expect(taskState(yearly('T1', '12-20'), '2024-12-20', 0)).toMatchObject({ state: 'due_soon', nextDue: '2024-12-20', overdueCount: 0 });
  });
});

describe('whether a task had something to answer for by an evaluation meeting', () => {
  const meeting = '2024-12-14';
  it('counts a due day or a report on the day of the meeting itself', () => {
    expect(isDueBy(yearly('T1', '12-14'), 2024, meeting)).toBe(true);
    expect(isDueBy(yearly('T1', '12-15'), 2024, meeting)).toBe(false);
    expect(isDueBy(once({ schedule: { every: 'once', due: [meeting] } }), 2024, meeting)).toBe(true);
    expect(isDueBy(once({ schedule: { every: 'once', due: ['2024-12-15'] } }), 2024, meeting)).toBe(false);
    expect(isDueBy(yearly('T1', '12-15', { reports: [{ period: '2024', on: meeting, state: 'partial' }] }), 2024, meeting)).toBe(true);
    expect(isDueBy(yearly('T1', '12-15', { reports: [{ period: '2024', on: '2024-12-15', state: 'partial' }] }), 2024, meeting)).toBe(false);
  });

  it("does not count last year's fourth quarter falling due in January", () => {
    const programme = { ...programme2024, period: { from: '2023-01-01', to: '2024-12-31' } };
    const quarterly = taskModel({ schedule: { every: 'quarter', due: ['04-10', '07-10', '10-10', '01-10'] } }, programme);
    expect(isDueBy(quarterly, 2024, '2024-02-01')).toBe(false);
    expect(isDueBy(quarterly, 2024, '2024-04-10')).toBe(true);
  });

  it('speaks as of the last day of the year when the meeting day is not written', () => {
    expect(isDueBy(yearly('T1', '12-31'), 2024, evaluationDate(2024, undefined))).toBe(true);
    expect(evaluationDate(2024, '2024-12-20')).toBe('2024-12-20');
  });
});

describe('status filtered by a content', () => {
  it('shows every task of that content under it, also those filed first under another', async () => {
    const result = await runCli(['status', '--root', writeRoot(baseRoot()), '--format', 'json', '--as-of', '2020-06-01', '--content', 'ND2']);
    const tasks = (JSON.parse(result.stdout) as { programmes: { tasks: { id: string; content: string }[] }[] }).programmes[0]!.tasks;
    expect(tasks.map((t) => `${t.id} ${t.content}`)).toEqual(['T2 ND2', 'T3 ND2']);
  });
});

describe('the periods a task answers for', () => {
  const task = (every: 'half-year' | 'ongoing'): Task => ({ id: 'T1', title: 'Việc', contents: ['ND1'], lead: 'a', status: 'active', schedule: every === 'ongoing' ? { every } : { every, due: ['06-30', '12-31'] } });

  it('include a period whose last day is the task\'s first day, and one whose first day is its last', () => {
    const window = { start: '2024-06-30', end: '2024-07-01' };
    expect(periodsOf(task('half-year'), window).map((p) => p.id)).toEqual(['2024-H1', '2024-H2']);
    expect(isPeriodOfTask('2024-H1', task('half-year'), window)).toBe(true);
    expect(isPeriodOfTask('2024-H2', task('half-year'), window)).toBe(true);
    expect(isPeriodOfTask('2024-H2', task('half-year'), { start: '2024-01-01', end: '2024-06-30' })).toBe(false);
  });

  it('of an ongoing task are its years', () => {
    expect(isPeriodOfTask('2024', task('ongoing'), { start: '2024-01-01', end: '2024-12-31' })).toBe(true);
  });

  it('of a task that runs one day still meet that day\'s year', () => {
    expect(yearInWindow(2024, { start: '2024-12-31', end: '2024-12-31' })).toEqual({ start: '2024-12-31', end: '2024-12-31' });
    expect(yearInWindow(2025, { start: '2024-12-31', end: '2024-12-31' })).toBeNull();
  });
});

describe('what is open in a programme (the calendar and the site list it)', () => {
  it('is each late or coming period, with no yearly evaluation when the programme asks for none', () => {
    const open = openOccurrences(inProgramme('p', [yearly('T1', '12-20')]));
    expect(open).toEqual([{ programme: 'p', kind: 'task', task: 'T1', period: '2024', due: '2024-12-20', lead: 'a', reason: 'missing' }]);
  });

  it('leaves out a period whose due day came before the task started (it is never late)', () => {
    const late = yearly('T1', '03-31', { start: '2024-05-01' });
    expect(openOccurrences(inProgramme('p', [late]))).toEqual([]);
    expect(taskState(late, '2024-06-01', 30)).toMatchObject({ state: 'on_track', nextDue: null, overdueCount: 0 });
  });

  it('names a missing evaluation "missing", and counts one due on the first or the last day of the programme', () => {
    const first = programmeModel([], { programme: { ...programme2024, evaluation: { due: '01-01' } } });
    expect(openOccurrences(first)).toEqual([{ programme: 'p', kind: 'evaluation', task: null, period: '2024', due: '2024-01-01', lead: null, reason: 'missing' }]);
    const last = programmeModel([], { programme: { ...programme2024, evaluation: { due: '12-31' } } });
    expect(openOccurrences(last).map((o) => o.due)).toEqual(['2024-12-31']);
  });

  it('lists equally late tasks of one programme in the order of their ids, the evaluation first', () => {
    const model = programmeModel([yearly('T3', '12-15'), yearly('T1', '12-15'), yearly('T2', '12-15')], { programme: { ...programme2024, evaluation: { due: '12-15' } } });
    expect(classifyOccurrences([model], '2024-12-20', 0).overdue.map((o) => o.task)).toEqual([null, 'T1', 'T2', 'T3']);
  });
});

describe('the last report', () => {
  it('is the newest by date, even when written above an older one', () => {
    const reports = [{ period: '2024', on: '2024-12-10', state: 'done' as const }, { period: '2024', on: '2024-06-01', state: 'partial' as const }];
    expect(lastReport(reports)).toEqual(reports[0]);
    expect(taskState(yearly('T1', '12-20', { reports }), '2024-12-20', 0).lastReport).toEqual(reports[0]);
  });

  it('is none for a task without reports', () => {
    expect(taskState(yearly('T1', '12-20'), '2024-12-20', 0).lastReport).toBeNull();
    expect(lastReport(undefined)).toBeNull();
  });
});
