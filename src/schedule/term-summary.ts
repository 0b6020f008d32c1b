import { minDate, splitDate, type IsoDate } from '../calendar.js';
import type { ProgrammeModel, TaskModel } from '../model/programme-model.js';
import type { Amendment, Rating, Rec, Review } from '../records/types.js';
import { reportsForPeriod } from './occurrences.js';
import { pausingAmendment, yearSummary, type YearSummary } from './year-summary.js';

export interface TermYear {
  year: number;
  final: boolean;
  counts: Record<Rating, number>;
  rated: number;
  live: number;
  /** Each live task's rating, as the year report gives it. */
  ratings: Map<string, Rating | null>;
}

export interface TermTask {
  model: TaskModel;
  /** Periods due by the end of the review, and how many of them have a done report. */
  due: number;
  done: number;
}

export interface TermSummary {
  model: ProgrammeModel;
  /** The review covers the programme up to this day (the as-of date, or the period's end). */
  until: IsoDate;
  years: TermYear[];
  tasks: TermTask[];
  amendments: Rec<Amendment>[];
}

/** The whole-period review (sơ kết / tổng kết) as of a date. */
export function termSummary(model: ProgrammeModel, asOf: IsoDate): TermSummary {
  const until = minDate(asOf, model.programme.period.to);
  const years: TermYear[] = [];
  for (let year = splitDate(model.programme.period.from).year; year <= splitDate(until).year; year++) {
    const s = yearSummary(model, year, asOf);
    years.push({ year, final: s.final, counts: s.counts, rated: s.rated, live: s.results.length, ratings: new Map(s.results.map((r) => [r.model.task.id, r.rating])) });
  }
  const tasks = model.tasks.map((task): TermTask => {
    // As in the mid-term and final reviews: a cancelled or paused task owes no period due after it stopped.
    const stopped = stoppedOn(model, task);
    const due = task.periods.filter((p) => p.due !== null && p.due <= until && (stopped === null || p.due <= stopped || reportsForPeriod(task, p).length > 0));
    return { model: task, due: due.length, done: due.filter((p) => reportsForPeriod(task, p).some((r) => r.state === 'done')).length };
  });
  return { model, until, years, tasks, amendments: model.amendments.filter((a) => a.data.date <= until) };
}

export interface ReviewTask {
  model: TaskModel;
  /** Periods due by the review (cancelled and paused periods left out), and those with a done report. */
  due: number;
  done: number;
}

export interface ReviewSummary {
  model: ProgrammeModel;
  review: Review;
  /** The review's date (held_on), or the as-of date for an undated draft. */
  date: IsoDate;
  from: number;
  through: number;
  years: YearSummary[];
  tasks: ReviewTask[];
}

/** The day after which a task's periods no longer count: when it was cancelled, or paused. */
function stoppedOn(model: ProgrammeModel, task: TaskModel): IsoDate | null {
  if (task.task.status === 'cancelled') return task.cancelledBy?.data.date ?? '0000-01-01';
  if (task.task.status === 'paused') return pausingAmendment(model, task)?.data.date ?? '0000-01-01';
  return null;
}

/**
 * A mid-term or final review (sơ kết, tổng kết) as of its date (`model` read as of that date):
 * each year's summary through `through`, and each task's periods due and done; periods of
 * cancelled or paused tasks due after they stopped are left out.
 */
export function reviewSummary(model: ProgrammeModel, review: Review, date: IsoDate): ReviewSummary {
  const from = splitDate(model.programme.period.from).year;
  const through = Math.min(review.through, splitDate(model.programme.period.to).year);
  const years: YearSummary[] = [];
  for (let year = from; year <= through; year++) years.push(yearSummary(model, year, date));
  const tasks = model.tasks.map((task): ReviewTask => {
    const stopped = stoppedOn(model, task);
    const due = task.periods.filter((p) => p.due !== null && p.due < date && splitDate(p.from).year <= through && (stopped === null || p.due <= stopped || reportsForPeriod(task, p).length > 0));
    return { model: task, due: due.length, done: due.filter((p) => reportsForPeriod(task, p).some((r) => r.state === 'done')).length };
  });
  return { model, review, date, from, through, years, tasks };
}
