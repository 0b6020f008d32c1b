import { describe, expect, it } from 'vitest';
import { programmeAsOf } from '../../src/model/as-of.js';
import type { ReportState } from '../../src/records/types.js';
import { classifyOccurrences } from '../../src/schedule/occurrences.js';
import { taskState } from '../../src/schedule/task-state.js';
import { programmeModel, taskModel, PROGRAMME } from '../helpers/models.js';

const yearly = (extra = {}) => taskModel({ schedule: { every: 'year', due: ['12-20'] }, start: '2024-01-01', end: '2024-12-31', ...extra });
// No yearly evaluation here, so that only task occurrences show; evaluations have their own test.
const { evaluation: _evaluation, ...withoutEvaluation } = PROGRAMME;
const programme2024 = { ...withoutEvaluation, period: { from: '2024-01-01', to: '2024-12-31' } };
const withEvaluation2024 = { ...programme2024, evaluation: { due: '12-15' } };

function overdueAt(asOf: string, tasks = [yearly()], soon = 30) {
  return classifyOccurrences([programmeModel(tasks, { programme: programme2024 })], asOf, soon);
}

describe('overdue', () => {
  it('is not overdue on the due day itself, and 1 day overdue the day after', () => {
    expect(overdueAt('2024-12-20').overdue).toEqual([]);
    expect(overdueAt('2024-12-21').overdue).toMatchObject([{ task: 'T1', period: '2024', due: '2024-12-20', daysOverdue: 1, reason: 'missing' }]);
  });

  it('counts a due day that is today as due soon with 0 days left, and the horizon day too', () => {
    expect(overdueAt('2024-12-20').dueSoon).toMatchObject([{ task: 'T1', daysLeft: 0 }]);
    expect(overdueAt('2024-11-20', undefined, 30).dueSoon).toMatchObject([{ daysLeft: 30 }]);
    expect(overdueAt('2024-11-19', undefined, 30).dueSoon).toEqual([]);
  });

  it('counts days across a leap day in calendar days', () => {
    const t = taskModel({ schedule: { every: 'year', due: ['02-28'] }, start: '2024-01-01', end: '2024-12-31' });
    expect(overdueAt('2024-03-01', [t]).overdue[0]!.daysOverdue).toBe(2);
  });

  it('names why: partial, not done, or missing', () => {
    const partial = yearly({ reports: [{ period: '2024', on: '2024-12-01', state: 'partial' }] });
    const notDone = yearly({ id: 'T2', reports: [{ period: 2024, on: '2024-12-01', state: 'not_done' }] });
    const done = yearly({ id: 'T3', reports: [{ period: '2024', on: '2024-12-01', state: 'partial' }, { period: '2024', on: '2024-12-15', state: 'done' }] });
    const found = overdueAt('2025-01-05', [partial, notDone, done]).overdue.map((o) => [o.task, o.reason]);
    expect(found).toContainEqual(['T1', 'partial']);
    expect(found).toContainEqual(['T2', 'not_done']);
    expect(found.some(([t]) => t === 'T3')).toBe(false);
  });

  it('ignores paused, cancelled and done recurring tasks, but not a paused once-task', () => {
    const tasks = [
      yearly({ status: 'paused' }),
      yearly({ id: 'T2', status: 'cancelled' }),
      yearly({ id: 'T3', status: 'done', done_on: '2024-06-01' }),
      taskModel({ id: 'T4', status: 'paused', schedule: { every: 'once', due: ['2024-05-01'] } }, programme2024),
    ];
    expect(overdueAt('2025-01-05', tasks).overdue.map((o) => o.task)).toEqual(['T4']);
  });

  it('half-year and quarter edges: H1 due 06-30 is late on 07-01', () => {
    const t = taskModel({ schedule: { every: 'half-year', due: ['06-30', '12-31'] } }, programme2024);
    expect(overdueAt('2024-06-30', [t]).overdue).toEqual([]);
    expect(overdueAt('2024-07-01', [t]).overdue).toMatchObject([{ period: '2024-H1', daysOverdue: 1 }]);
  });

  it('a task added by an amendment mid-year only answers for periods from its start', () => {
    const added = taskModel({ schedule: { every: 'quarter', due: ['03-31', '06-30', '09-30', '12-31'] }, start: '2024-08-15', added_by: '2024-08-15' }, programme2024);
    expect(overdueAt('2025-01-10', [added]).overdue.map((o) => o.period)).toEqual(['2024-Q3', '2024-Q4']);
  });

  it('a period longer than the programme still has its due day only if it falls inside', () => {
    const short = { ...PROGRAMME, period: { from: '2024-03-01', to: '2024-05-31' } };
    const t = taskModel({ schedule: { every: 'year', due: ['12-15'] } }, short);
    expect(t.periods).toMatchObject([{ id: '2024', due: '2024-12-15' }]);
    const model = programmeModel([t], { programme: short });
    expect(classifyOccurrences([model], '2024-12-16', 30).overdue.filter((o) => o.kind === 'evaluation')).toEqual([]);
  });

  it('yearly evaluations are overdue when missing or draft after their due day', () => {
    const model = programmeModel([], { programme: withEvaluation2024, evaluations: { 2024: 'draft' } });
    expect(classifyOccurrences([model], '2024-12-15', 0).overdue).toEqual([]);
    expect(classifyOccurrences([model], '2024-12-16', 0).overdue).toMatchObject([{ kind: 'evaluation', period: '2024', reason: 'draft', daysOverdue: 1, task: null }]);
    const final = programmeModel([], { programme: withEvaluation2024, evaluations: { 2024: 'final' } });
    expect(classifyOccurrences([final], '2025-01-01', 0).overdue).toEqual([]);
  });

  it('takes every report of a once-task as its own, even one that wrongly names a period (validate flags that)', () => {
    const once = (state: ReportState) => taskModel({ schedule: { every: 'once', due: ['2024-03-01'] }, reports: [{ period: '2024', on: '2024-02-20', state }] }, programme2024);
    expect(overdueAt('2024-04-01', [once('done')]).overdue).toEqual([]);
    expect(overdueAt('2024-04-01', [once('partial')]).overdue).toMatchObject([{ task: 'T1', period: null, reason: 'partial' }]);
  });

  it('sorts the most overdue first', () => {
    const a = yearly({ id: 'A' });
    const b = taskModel({ id: 'B', schedule: { every: 'once', due: ['2024-03-01'] } }, programme2024);
    expect(overdueAt('2025-01-01', [a, b]).overdue.map((o) => o.task)).toEqual(['B', 'A']);
  });
});

describe('task state', () => {
  it('is not started before its start, due soon near a due day, on track otherwise', () => {
    const t = yearly();
    expect(taskState(t, '2023-12-01', 30).state).toBe('not_started');
    expect(taskState(t, '2024-06-01', 30).state).toBe('on_track');
    expect(taskState(t, '2024-12-01', 30)).toMatchObject({ state: 'due_soon', nextDue: '2024-12-20' });
    expect(taskState(t, '2024-12-25', 30)).toMatchObject({ state: 'overdue', overdueCount: 1, worstDays: 5 });
  });
});

describe('as of a past date', () => {
  it('does not count reports made after the date', () => {
    const t = yearly({ reports: [{ period: '2024', on: '2025-01-10', state: 'done' }] });
    const model = programmeModel([t], { programme: programme2024 });
    expect(classifyOccurrences([programmeAsOf(model, '2025-01-05')], '2025-01-05', 0).overdue.filter((o) => o.kind === 'task')).toHaveLength(1);
    expect(classifyOccurrences([programmeAsOf(model, '2025-01-11')], '2025-01-11', 0).overdue.filter((o) => o.kind === 'task')).toHaveLength(0);
  });

  it('counts a report made on the date itself, beside one made after it', () => {
    const t = yearly({ reports: [{ period: '2024', on: '2025-01-10', state: 'done' }, { period: '2025', on: '2025-02-01', state: 'in_progress' }] });
    const model = programmeModel([t], { programme: { ...programme2024, period: { from: '2024-01-01', to: '2025-12-31' } } });
    const asOf = programmeAsOf(model, '2025-01-10');
    expect(asOf.tasks[0]!.task.reports).toEqual([{ period: '2024', on: '2025-01-10', state: 'done' }]);
    expect(classifyOccurrences([asOf], '2025-01-10', 0).overdue.filter((o) => o.kind === 'task')).toHaveLength(0);
    // Nothing made after the date: the task is the same one, not a copy.
    expect(programmeAsOf(model, '2025-03-01').tasks[0]).toBe(model.tasks[0]);
  });
});
