import { makeDate, splitDate, type IsoDate } from '../calendar.js';
import { isLiveInYear, type ProgrammeModel, type TaskModel } from '../model/programme-model.js';
import { documentNumber, type Amendment, type DocumentRef, type Evaluation, type Rating, type Rec, type Report } from '../records/types.js';
import { reportsForPeriod } from './occurrences.js';
import { parsePeriod, periodId } from './periods.js';

export const RATINGS: readonly Rating[] = ['excellent', 'good', 'done', 'not_done'];
export const COMPLETED: readonly Rating[] = ['excellent', 'good', 'done'];

/** Where a task stands in a year's report. */
export type YearStanding = 'counted' | 'not_yet_due' | 'paused';

export interface TaskYearResult {
  model: TaskModel;
  /** Null when nothing says how the task did (no result, no report, nothing due yet). */
  rating: Rating | null;
  summary?: string;
  /** The year's reports up to the report's date, oldest first. */
  reports: Report[];
  /** Numbers of the documents cited by those reports. */
  documents: string[];
  /** The documents as cited (bare numbers or full citations), without repeats. */
  citations: DocumentRef[];
  /** counted: in the "x/y" statistic; not_yet_due: a once-task due later; paused: paused and silent. */
  standing: YearStanding;
  /** The amendment that paused the task (a change_task on it), when it is paused. */
  pausedBy?: Rec<Amendment>;
  /** The year's figures, indicator id → total of the year's reports. */
  figures: Record<string, number>;
}

export interface YearSummary {
  model: ProgrammeModel;
  year: number;
  /** The report's date: nothing after it is cited, counted or rated. */
  date: IsoDate;
  evaluation?: Rec<Evaluation>;
  /** Results come from a final evaluation; otherwise from the reports, and the text is a draft. */
  final: boolean;
  results: TaskYearResult[];
  counts: Record<Rating, number>;
  /** Tasks with a rating, of those live in the year. */
  rated: number;
  /** The "x/y" statistic: tasks carried out (reported or rated) of the tasks counted. */
  carried: number;
  counted: number;
  /** Tasks rated excellent, good or done. */
  completed: number;
}

/** Whether a report speaks of year Y: its period lies in Y, or (with no period) it was made in Y. */
function reportInYear(report: Report, year: number): boolean {
  const id = periodId(report.period);
  if (id !== null) return parsePeriod(id)?.year === year;
  return splitDate(report.on).year === year;
}

/**
 * A rating from the reports alone, for a year without a final evaluation. No report, no rating.
 * Periods due in the year before `date` must all have a done report, else "not done"; a period
 * not yet due never makes it "not done". Without `date`, every period due in the year counts.
 */
export function ratingFromReports(model: TaskModel, year: number, reports: Report[], date?: IsoDate): Rating | null {
  if (model.task.status === 'done' && model.task.done_on && splitDate(model.task.done_on).year === year) return 'done';
  if (reports.length === 0) return null;
  const due = model.periods.filter((p) => p.due !== null && splitDate(p.due).year === year && (date === undefined || p.due < date));
  if (due.some((p) => !reportsForPeriod(model, p).some((r) => r.state === 'done'))) return 'not_done';
  if (due.length > 0 || reports.some((r) => r.state === 'done')) return 'done';
  return null;
}

/** The latest amendment that changes a task: for a paused task (callers ask only for one), the pause it records. */
export function pausingAmendment(model: ProgrammeModel, task: TaskModel): Rec<Amendment> | undefined {
  return model.amendments.filter((a) => a.data.changes.some((c) => c.op === 'change_task' && c.task === task.task.id)).at(-1);
}

/** The pause a task is under in a year (with the amendment that paused it, when one says so), or null. */
function pauseIn(model: ProgrammeModel, task: TaskModel, year: number, date: IsoDate): { by: Rec<Amendment> | undefined } | null {
  if (task.task.status !== 'paused') return null;
  const by = pausingAmendment(model, task);
  // Without the amendment we only know it is paused now: it says so for the report's own year.
  const since = by?.data.date ?? makeDate(splitDate(date).year, 1, 1);
  return splitDate(since).year <= year ? { by } : null;
}

function sumFigures(reports: readonly Report[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const report of reports) for (const [id, value] of Object.entries(report.figures ?? {})) if (typeof value === 'number') totals[id] = (totals[id] ?? 0) + value;
  return totals;
}

function uniqueCitations(reports: readonly Report[]): DocumentRef[] {
  const seen = new Map<string, DocumentRef>();
  for (const ref of reports.flatMap((r) => r.documents ?? [])) {
    const number = documentNumber(ref);
    const known = seen.get(number);
    if (!known || typeof known === 'string') seen.set(number, ref);
  }
  return [...seen.values()];
}

/**
 * What the year's report says as of its date (`model` read as of that date): the final
 * evaluation's ratings, else ratings from the reports; which tasks count in "x/y".
 */
export function yearSummary(model: ProgrammeModel, year: number, date: IsoDate = model.programme.period.to): YearSummary {
  const evaluation = model.evaluations.get(year);
  const final = evaluation?.data.state === 'final';
  const byTask = new Map(evaluation?.data.results?.map((r) => [r.task, r]));
  const results = model.tasks
    .filter((t) => isLiveInYear(t, year))
    .map((task): TaskYearResult => {
      const reports = (task.task.reports ?? []).filter((r) => reportInYear(r, year) && r.on <= date).sort((a, b) => a.on.localeCompare(b.on));
      const citations = uniqueCitations(reports);
      const result = byTask.get(task.task.id);
      const rating = final ? (result?.rating ?? null) : ratingFromReports(task, year, reports, date);
      const heard = reports.length > 0 || rating !== null;
      const due = task.task.schedule.every === 'once' ? task.periods[0]!.due : null;
      const notYetDue = due !== null && (splitDate(due).year > year || due >= date) && !heard;
      const pause = pauseIn(model, task, year, date);
      const standing: YearStanding = notYetDue ? 'not_yet_due' : pause && !heard ? 'paused' : 'counted';
      return {
        model: task,
        rating,
        reports,
        documents: citations.map(documentNumber),
        citations,
        standing,
        figures: sumFigures(reports),
        ...(result?.summary ? { summary: result.summary } : {}),
        ...(pause?.by ? { pausedBy: pause.by } : {}),
      };
    });
  const counts: Record<Rating, number> = { excellent: 0, good: 0, done: 0, not_done: 0 };
  for (const r of results) if (r.rating) counts[r.rating]++;
  const inStatistic = results.filter((r) => r.standing === 'counted');
  return {
    model,
    year,
    date,
    ...(evaluation ? { evaluation } : {}),
    final,
    results,
    counts,
    rated: results.filter((r) => r.rating).length,
    counted: inStatistic.length,
    carried: inStatistic.filter((r) => r.rating !== null || r.reports.length > 0).length,
    completed: inStatistic.filter((r) => r.rating !== null && COMPLETED.includes(r.rating)).length,
  };
}
