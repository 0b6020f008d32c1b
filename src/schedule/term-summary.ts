import { minDate, splitDate, type IsoDate } from '../calendar.js';
import type { ProgrammeModel, TaskModel } from '../model/programme-model.js';
import type { Amendment, Rating, Rec } from '../records/types.js';
import { reportsForPeriod } from './occurrences.js';
import { yearSummary } from './year-summary.js';

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
    const s = yearSummary(model, year);
    years.push({ year, final: s.final, counts: s.counts, rated: s.rated, live: s.results.length, ratings: new Map(s.results.map((r) => [r.model.task.id, r.rating])) });
  }
  const tasks = model.tasks.map((task): TermTask => {
    const due = task.periods.filter((p) => p.due !== null && p.due <= until);
    return { model: task, due: due.length, done: due.filter((p) => reportsForPeriod(task, p).some((r) => r.state === 'done')).length };
  });
  return { model, until, years, tasks, amendments: model.amendments.filter((a) => a.data.date <= until) };
}
