import { addDays, daysBetween, monthDayIn, splitDate, type IsoDate } from '../calendar.js';
import { collator } from '../i18n/lang.js';
import type { ProgrammeModel, TaskModel } from '../model/programme-model.js';
import type { Report } from '../records/types.js';
import { periodId, type Period } from './periods.js';

export type OverdueReason = 'missing' | 'partial' | 'not_done' | 'draft';

/** Something due on a day: a task's period, a once-task, or a yearly evaluation. */
export interface Occurrence {
  programme: string;
  kind: 'task' | 'evaluation';
  task: string | null;
  /** "2022", "2023-H1", "2024-Q3"; null for a once-task. For evaluations, the year. */
  period: string | null;
  due: IsoDate;
  lead: string | null;
  /** Why it is not satisfied yet. */
  reason: OverdueReason;
}

export interface Overdue extends Occurrence {
  daysOverdue: number;
}

export interface DueSoon extends Occurrence {
  daysLeft: number;
}

/** The reports that answer for a period (for a once-task, every report). */
export function reportsForPeriod(model: TaskModel, period: Period): Report[] {
  return (model.task.reports ?? []).filter((r) => answersFor(r, period));
}

/** Why a period is still open, or null when a report says it is done. */
export function openReason(model: TaskModel, period: Period): OverdueReason | null {
  // reportsForPeriod without the list: asked of every period of every task.
  let last: Report | undefined;
  for (const report of model.task.reports ?? []) {
    if (!answersFor(report, period)) continue;
    if (report.state === 'done') return null;
    last = report;
  }
  return last ? (last.state === 'partial' ? 'partial' : 'not_done') : 'missing';
}

/** Whether a report answers for a period (for a once-task, every report does). */
function answersFor(report: Report, period: Period): boolean {
  return period.id === null || periodId(report.period) === period.id;
}

/**
 * Whether a task's periods can fall due at all (the spec: recurring tasks stop when done, paused
 * or cancelled). An ongoing task's periods have no due day, so whatever this says of it, nothing
 * of it falls due.
 */
export function canFallDue(model: TaskModel): boolean {
  const { status, schedule } = model.task;
  if (schedule.every === 'once') return status !== 'done' && status !== 'cancelled';
  return status === 'active';
}

/** The task's periods that have a due day and are not yet done, oldest first. */
export function openPeriods(model: TaskModel): { period: Period; due: IsoDate; reason: OverdueReason }[] {
  if (!canFallDue(model)) return [];
  const open: { period: Period; due: IsoDate; reason: OverdueReason }[] = [];
  for (const period of model.periods) {
    if (period.due === null) continue;
    const reason = openReason(model, period);
    if (reason) open.push({ period, due: period.due, reason });
  }
  return open;
}

/** Every open occurrence of a programme: task periods and yearly evaluations. */
export function openOccurrences(model: ProgrammeModel): Occurrence[] {
  const id = model.programme.id;
  const found: Occurrence[] = [];
  for (const task of model.tasks) {
    for (const { period, due, reason } of openPeriods(task)) {
      found.push({ programme: id, kind: 'task', task: task.task.id, period: period.id, due, lead: task.task.lead, reason });
    }
  }
  for (const { year, due } of evaluationDueDays(model)) {
    const evaluation = model.evaluations.get(year);
    if (evaluation?.data.state === 'final') continue;
    found.push({ programme: id, kind: 'evaluation', task: null, period: String(year), due, lead: null, reason: evaluation ? 'draft' : 'missing' });
  }
  return found;
}

/** Each year of the period whose evaluation due day falls inside the period. */
export function evaluationDueDays(model: ProgrammeModel): { year: number; due: IsoDate }[] {
  const monthDay = model.programme.evaluation?.due;
  if (!monthDay) return [];
  const { from, to } = model.programme.period;
  const days: { year: number; due: IsoDate }[] = [];
  for (let year = splitDate(from).year; year <= splitDate(to).year; year++) {
    const due = monthDayIn(year, monthDay);
    if (due >= from && due <= to) days.push({ year, due });
  }
  return days;
}

/**
 * Splits open occurrences as of a date: overdue (due before it; the due day itself is not late)
 * and due soon (due from the date itself through date + soonDays, both ends included).
 */
export function classifyOccurrences(models: readonly ProgrammeModel[], asOf: IsoDate, soonDays: number): { overdue: Overdue[]; dueSoon: DueSoon[] } {
  const overdue: Overdue[] = [];
  const dueSoon: DueSoon[] = [];
  const horizon = addDays(asOf, soonDays);
  for (const model of models) {
    for (const occurrence of openOccurrences(model)) {
      if (occurrence.due < asOf) overdue.push({ ...occurrence, daysOverdue: daysBetween(occurrence.due, asOf) });
      else if (occurrence.due <= horizon) dueSoon.push({ ...occurrence, daysLeft: daysBetween(asOf, occurrence.due) });
    }
  }
  return sortOccurrences({ overdue, dueSoon });
}

/** Most overdue first, soonest due first; ties by programme, task and period. Sorts in place. */
export function sortOccurrences(lists: { overdue: Overdue[]; dueSoon: DueSoon[] }): { overdue: Overdue[]; dueSoon: DueSoon[] } {
  lists.overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || compareOccurrences(a, b));
  lists.dueSoon.sort((a, b) => a.daysLeft - b.daysLeft || compareOccurrences(a, b));
  return lists;
}

function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return collator.compare(a.programme, b.programme) || collator.compare(a.task ?? '', b.task ?? '') || (a.period ?? '').localeCompare(b.period ?? '');
}
