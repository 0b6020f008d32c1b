import { splitDate, type IsoDate } from '../calendar.js';
import { isLiveInYear, type ProgrammeModel, type TaskModel } from '../model/programme-model.js';
import { documentNumber, type Evaluation, type Rating, type Rec, type Report } from '../records/types.js';
import { reportsForPeriod } from './occurrences.js';
import { parsePeriod, periodId } from './periods.js';

export const RATINGS: readonly Rating[] = ['excellent', 'good', 'done', 'not_done'];

export interface TaskYearResult {
  model: TaskModel;
  /** Null when nothing says how the task did (no result, no report). */
  rating: Rating | null;
  summary?: string;
  /** The year's reports, oldest first. */
  reports: Report[];
  documents: string[];
}

export interface YearSummary {
  model: ProgrammeModel;
  year: number;
  evaluation?: Rec<Evaluation>;
  /** Results come from a final evaluation; otherwise from the reports, and the text is a draft. */
  final: boolean;
  results: TaskYearResult[];
  counts: Record<Rating, number>;
  /** Tasks with a rating, of those live in the year. */
  rated: number;
}

/** Whether a report speaks of year Y: its period lies in Y, or (with no period) it was made in Y. */
function reportInYear(report: Report, year: number): boolean {
  const id = periodId(report.period);
  if (id !== null) return parsePeriod(id)?.year === year;
  return splitDate(report.on).year === year;
}

/**
 * A rating from the reports alone, for a year without a final evaluation: done when every period
 * due in the year has a done report, not done when one has not, unknown when nothing was reported.
 */
export function ratingFromReports(model: TaskModel, year: number, reports: Report[]): Rating | null {
  const due = model.periods.filter((p) => p.due !== null && splitDate(p.due).year === year);
  if (due.length > 0) return due.every((p) => reportsForPeriod(model, p).some((r) => r.state === 'done')) ? 'done' : 'not_done';
  if (model.task.status === 'done' && model.task.done_on && splitDate(model.task.done_on).year === year) return 'done';
  if (reports.length === 0) return null;
  return reports[reports.length - 1]!.state === 'done' ? 'done' : 'not_done';
}

/** What the year's report says, from the final evaluation, else from the reports. */
export function yearSummary(model: ProgrammeModel, year: number): YearSummary {
  const evaluation = model.evaluations.get(year);
  const final = evaluation?.data.state === 'final';
  const byTask = new Map((evaluation?.data.results ?? []).map((r) => [r.task, r]));
  const results = model.tasks
    .filter((t) => isLiveInYear(t, year))
    .map((task): TaskYearResult => {
      const reports = (task.task.reports ?? []).filter((r) => reportInYear(r, year)).sort((a, b) => a.on.localeCompare(b.on));
      const documents = [...new Set(reports.flatMap((r) => (r.documents ?? []).map(documentNumber)))];
      const result = byTask.get(task.task.id);
      const rating = final ? (result?.rating ?? null) : ratingFromReports(task, year, reports);
      const summary = result?.summary;
      return { model: task, rating, reports, documents, ...(summary ? { summary } : {}) };
    });
  const counts: Record<Rating, number> = { excellent: 0, good: 0, done: 0, not_done: 0 };
  for (const r of results) if (r.rating) counts[r.rating]++;
  return { model, year, ...(evaluation ? { evaluation } : {}), final, results, counts, rated: results.filter((r) => r.rating).length };
}

/** The default year of a summary: the year of the as-of date. */
export function yearOf(date: IsoDate): number {
  return splitDate(date).year;
}
