import { describe, expect, it } from 'vitest';
import { dueDayOf, isPeriodOfTask, parsePeriod, periodsOf } from '../../src/schedule/periods.js';
import { taskModel } from '../helpers/models.js';

describe('periods', () => {
  it('parses half-year and quarter edges', () => {
    expect(parsePeriod('2024-H1')).toMatchObject({ from: '2024-01-01', to: '2024-06-30' });
    expect(parsePeriod('2024-H2')).toMatchObject({ from: '2024-07-01', to: '2024-12-31' });
    expect(parsePeriod('2024-Q1')).toMatchObject({ from: '2024-01-01', to: '2024-03-31' });
    expect(parsePeriod('2023-Q1')).toMatchObject({ to: '2023-03-31' });
    expect(parsePeriod('2024-Q4')).toMatchObject({ from: '2024-10-01', to: '2024-12-31' });
    expect(parsePeriod('2024-Q5')).toBeNull();
  });

  it('only keeps periods that overlap the task, even when it starts or ends mid-period', () => {
    const m = taskModel({ schedule: { every: 'quarter', due: ['03-25', '06-25', '09-25', '12-25'] }, start: '2021-05-20', end: '2021-08-01' });
    expect(m.periods.map((p) => [p.id, p.due])).toEqual([
      ['2021-Q2', '2021-06-25'],
      ['2021-Q3', '2021-09-25'],
    ]);
  });

  it('gives a Q4 due day in January to the next year', () => {
    expect(dueDayOf('2021-10-01', '01-10')).toBe('2022-01-10');
    expect(dueDayOf('2021-07-01', '12-31')).toBe('2021-12-31');
  });

  it('moves 29 February to the 28th in common years and keeps it in leap years', () => {
    const m = taskModel({ schedule: { every: 'year', due: ['02-29'] }, start: '2020-01-10', end: '2021-12-31' });
    expect(m.periods.map((p) => p.due)).toEqual(['2020-02-29', '2021-02-28']);
  });

  it('drops a due day that falls before the task starts: the period takes reports but is never late', () => {
    const m = taskModel({ schedule: { every: 'year', due: ['03-31'] }, start: '2020-04-18', end: '2021-12-31' });
    expect(m.periods.map((p) => [p.id, p.due])).toEqual([
      ['2020', null],
      ['2021', '2021-03-31'],
    ]);
  });

  it('a once-task is one period over the whole task', () => {
    const m = taskModel({ schedule: { every: 'once', due: ['2021-06-30'] } });
    expect(m.periods).toEqual([{ id: null, from: '2020-01-10', to: '2022-12-31', due: '2021-06-30' }]);
  });

  it('ongoing tasks have yearly periods without due days', () => {
    const m = taskModel({ schedule: { every: 'ongoing' } });
    expect(m.periods.map((p) => [p.id, p.due])).toEqual([
      ['2020', null],
      ['2021', null],
      ['2022', null],
    ]);
  });

  it('checks that a report period belongs to the schedule and the window', () => {
    const m = taskModel({ schedule: { every: 'half-year', due: ['06-30', '12-31'] }, start: '2021-03-01' });
    expect(isPeriodOfTask('2021-H1', m.task, m.window)).toBe(true);
    expect(isPeriodOfTask('2020-H2', m.task, m.window)).toBe(false);
    expect(isPeriodOfTask('2021', m.task, m.window)).toBe(false);
    expect(periodsOf(m.task, m.window)[0]!.id).toBe('2021-H1');
  });
});
