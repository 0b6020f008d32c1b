import { addDays, daysBetween, type IsoDate } from '../calendar.js';
import type { TaskModel } from '../model/programme-model.js';
import type { Report } from '../records/types.js';
import { openPeriods } from './occurrences.js';

export const DERIVED_STATES = ['done', 'overdue', 'due_soon', 'on_track', 'not_started', 'paused', 'cancelled'] as const;
export type DerivedState = (typeof DERIVED_STATES)[number];

export interface TaskState {
  state: DerivedState;
  /** Overdue periods, and the days the oldest is late. */
  overdueCount: number;
  worstDays: number;
  /** The next due day not yet satisfied, on or after the as-of date. */
  nextDue: IsoDate | null;
  lastReport: Report | null;
}

/** The newest report by date; among reports of one day, the one written last. */
export function lastReport(reports: readonly Report[] | undefined): Report | null {
  let last: Report | null = null;
  for (const report of reports ?? []) if (!last || report.on >= last.on) last = report;
  return last;
}

/** Where a task stands as of a date, from its status, its periods and its reports. */
export function taskState(model: TaskModel, asOf: IsoDate, soonDays: number): TaskState {
  const open = openPeriods(model);
  const late = open.filter((o) => o.due < asOf);
  const nextDue = open.find((o) => o.due >= asOf)?.due ?? null;
  const base = { overdueCount: late.length, worstDays: late[0] ? daysBetween(late[0].due, asOf) : 0, nextDue, lastReport: lastReport(model.task.reports) };
  const { status, schedule } = model.task;
  const doneByReport = schedule.every === 'once' && (model.task.reports ?? []).some((r) => r.state === 'done');
  if (status === 'cancelled') return { ...base, state: 'cancelled' };
  if (status === 'done' || doneByReport) return { ...base, state: 'done' };
  if (late.length > 0) return { ...base, state: 'overdue' };
  if (status === 'paused') return { ...base, state: 'paused' };
  if (model.window.start > asOf) return { ...base, state: 'not_started' };
  if (nextDue && nextDue <= addDays(asOf, soonDays)) return { ...base, state: 'due_soon' };
  return { ...base, state: 'on_track' };
}
