import { describe, expect, it } from 'vitest';
import { isDueBy } from '../../src/schedule/due-by.js';
import { classifyOccurrences } from '../../src/schedule/occurrences.js';
import { isPeriodOfTask } from '../../src/schedule/periods.js';
import { taskState } from '../../src/schedule/task-state.js';
import { yearSummary } from '../../src/schedule/year-summary.js';
import type { Task } from '../../src/records/types.js';
import { programmeModel, taskModel, PROGRAMME } from '../helpers/models.js';

// What `status`, `overdue` and the year report say for each kind of schedule (issue 19): the
// promises a mutation run of src/schedule/ found no test holding.
const { evaluation: _evaluation, ...withoutEvaluation } = PROGRAMME;
const twoYears = { ...withoutEvaluation, period: { from: '2024-01-01', to: '2025-12-31' } };
const inProgramme = (tasks: ReturnType<typeof taskModel>[], programme = twoYears) => programmeModel(tasks, { programme });

describe('a recurring task with a done report', () => {
  it('is done for that period only: next year it is on track, then late', () => {
    const yearly = taskModel({ schedule: { every: 'year', due: ['12-20'] }, reports: [{ period: '2024', on: '2024-12-10', state: 'done' }] }, twoYears);
    expect(taskState(yearly, '2025-03-01', 30)).toMatchObject({ state: 'on_track', nextDue: '2025-12-20' });
    expect(taskState(yearly, '2025-12-22', 30)).toMatchObject({ state: 'overdue', overdueCount: 1, worstDays: 2 });
  });
});

describe('a once-task', () => {
  it('is done when any of its reports says done, also after a partial one', () => {
    const once = taskModel({ schedule: { every: 'once', due: ['2024-03-31'] }, reports: [{ on: '2024-02-01', state: 'partial' }, { on: '2024-03-20', state: 'done' }] }, twoYears);
    expect(taskState(once, '2024-05-01', 30).state).toBe('done');
  });

  it('reported in a year is rated by that report in the year report (its reports name no period)', () => {
    const once = taskModel({ schedule: { every: 'once', due: ['2024-03-31'] }, reports: [{ on: '2024-03-20', state: 'done' }] }, twoYears);
    const [result] = yearSummary(inProgramme([once]), 2024).results;
    expect(result).toMatchObject({ rating: 'done', standing: 'counted', reports: [{ on: '2024-03-20', state: 'done' }] });
    expect(yearSummary(inProgramme([once]), 2025).results[0]).toMatchObject({ rating: null, reports: [] });
  });

  it('cancelled is never in the overdue list', () => {
    const cancelled = taskModel({ schedule: { every: 'once', due: ['2024-03-31'] }, status: 'cancelled' }, twoYears);
    expect(classifyOccurrences([inProgramme([cancelled])], '2024-05-01', 30).overdue).toEqual([]);
    expect(taskState(cancelled, '2024-05-01', 30).state).toBe('cancelled');
  });

  it('has something to answer for in the year of its due day, though it began the year before', () => {
    const once = taskModel({ schedule: { every: 'once', due: ['2025-03-31'] } }, twoYears);
    expect(isDueBy(once, 2025, '2025-05-01')).toBe(true);
    expect(isDueBy(once, 2025, '2025-03-30')).toBe(false);
  });
});

describe('a paused task', () => {
  it('past its due day is "paused", not late, whatever the day', () => {
    const paused = taskModel({ schedule: { every: 'year', due: ['06-30'] }, status: 'paused' }, twoYears);
    expect(taskState(paused, '2024-07-10', 30)).toMatchObject({ state: 'paused', overdueCount: 0 });
    expect(taskState(paused, '2024-06-20', 30).state).toBe('paused');
  });
});

describe('an ongoing task', () => {
  it('always has something to answer for, with no due day and no report', () => {
    const ongoing = taskModel({ schedule: { every: 'ongoing' } }, twoYears);
    expect(isDueBy(ongoing, 2024, '2024-01-01')).toBe(true);
  });
});

describe('a report of another year', () => {
  it('does not make this year due', () => {
    const yearly = taskModel({ schedule: { every: 'year', due: ['12-20'] }, reports: [{ period: '2024', on: '2024-12-10', state: 'done' }] }, twoYears);
    expect(isDueBy(yearly, 2025, '2025-06-01')).toBe(false);
    expect(isDueBy(yearly, 2024, '2024-12-10')).toBe(true);
  });
});

describe('the periods a report may name', () => {
  const task = (every: 'year' | 'quarter' | 'half-year'): Task => ({ id: 'T1', title: 'Việc', contents: ['ND1'], lead: 'a', status: 'active', schedule: { every, due: [] } });
  const window = { start: '2024-01-01', end: '2025-12-31' };
  it('are of the task\'s own kind: a year, a half-year or a quarter', () => {
    expect(isPeriodOfTask('2024', task('year'), window)).toBe(true);
    expect(isPeriodOfTask('2024-Q1', task('quarter'), window)).toBe(true);
    expect(isPeriodOfTask('2024-H2', task('half-year'), window)).toBe(true);
    expect(isPeriodOfTask('2024-H2', task('quarter'), window)).toBe(false);
    expect(isPeriodOfTask('2024-Q2', task('half-year'), window)).toBe(false);
  });
  it('are never a name that is no period', () => {
    expect(isPeriodOfTask('2024-Q5', task('quarter'), window)).toBe(false);
    expect(isPeriodOfTask('năm 2024', task('year'), window)).toBe(false);
  });
});

describe('the overdue list', () => {
  it('lists a yearly evaluation before equally late tasks, whatever their ids', () => {
    const programme = { ...twoYears, evaluation: { due: '06-30' } };
    const task = (id: string) => taskModel({ id, schedule: { every: 'year', due: ['06-30'] } }, programme);
    const { overdue } = classifyOccurrences([inProgramme([task('B1'), task('A1')], programme)], '2024-07-10', 0);
    expect(overdue.map((o) => o.task)).toEqual([null, 'A1', 'B1']);
  });

  it('lists equally late quarters of one task in order', () => {
    const quarterly = taskModel({ schedule: { every: 'quarter', due: ['01-10', '01-10', '01-10', '01-10'] } }, twoYears);
    const { overdue } = classifyOccurrences([inProgramme([quarterly])], '2025-02-01', 0);
    expect(overdue.map((o) => `${o.period} ${o.due}`)).toEqual(['2024-Q1 2024-01-10', '2024-Q2 2025-01-10', '2024-Q3 2025-01-10', '2024-Q4 2025-01-10', '2025-Q1 2025-01-10']);
  });
});
