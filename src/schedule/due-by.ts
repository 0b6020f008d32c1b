import { makeDate, splitDate, type IsoDate } from '../calendar.js';
import type { TaskModel } from '../model/programme-model.js';
import { periodId, parsePeriod } from './periods.js';

/** The date an evaluation of a year speaks as of: its held_on, else the last day of the year. */
export function evaluationDate(year: number, heldOn: IsoDate | undefined): IsoDate {
  return heldOn ?? makeDate(year, 12, 31);
}

/** The year a report belongs to: its period's year, or the year of its date for once-tasks. */
export function reportYear(report: { period?: string | number; on: IsoDate }): number {
  const id = periodId(report.period);
  const parsed = id ? parsePeriod(id) : null;
  return parsed ? parsed.year : splitDate(report.on).year;
}

/**
 * Whether a task had something to answer for in a year by a date: an ongoing task always; else a
 * period of that year (or the once-task's due day) due on or before the date, or a report of that
 * year dated on or before it. A task with nothing due yet is "chưa đến hạn" and is not rated.
 */
export function isDueBy(model: TaskModel, year: number, date: IsoDate): boolean {
  const { every } = model.task.schedule;
  if (every === 'ongoing') return true;
  const reported = (model.task.reports ?? []).some((r) => r.on <= date && reportYear(r) === year);
  if (reported) return true;
  if (every === 'once') {
    // A once-task has exactly one period.
    const due = model.periods[0]!.due;
    return due !== null && due <= date;
  }
  return model.periods.some((p) => p.due !== null && p.due <= date && splitDate(p.from).year === year);
}
