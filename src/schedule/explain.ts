import { daysBetween, type IsoDate } from '../calendar.js';
import { amendmentStem, type ProgrammeModel, type TaskModel } from '../model/programme-model.js';
import { locate } from '../records/positions.js';
import type { AmendmentChange, Report } from '../records/types.js';
import { canFallDue, openReason, reportsForPeriod, type OverdueReason } from './occurrences.js';
import type { Period } from './periods.js';
import { taskState, type TaskState } from './task-state.js';

export type PeriodVerdict = 'done' | 'overdue' | 'open' | 'not_due' | 'no_due_day' | 'not_required';

export interface ExplainedReport {
  report: Report;
  file: string;
  line: number;
}

export interface ExplainedPeriod {
  period: Period;
  reports: ExplainedReport[];
  verdict: PeriodVerdict;
  reason: OverdueReason | null;
  /** Days overdue, or days left before the due day. */
  days: number | null;
}

export interface ExplainedAmendment {
  stem: string;
  date: IsoDate;
  document: string;
  change: AmendmentChange;
}

export interface Explanation {
  programme: ProgrammeModel;
  task: TaskModel;
  asOf: IsoDate;
  state: TaskState;
  periods: ExplainedPeriod[];
  amendments: ExplainedAmendment[];
}

function verdictOf(task: TaskModel, period: Period, asOf: IsoDate, reason: OverdueReason | null): { verdict: PeriodVerdict; days: number | null } {
  if (reason === null) return { verdict: 'done', days: null };
  if (period.due === null) return { verdict: 'no_due_day', days: null };
  if (!canFallDue(task)) return { verdict: 'not_required', days: null };
  if (period.due < asOf) return { verdict: 'overdue', days: daysBetween(period.due, asOf) };
  return { verdict: period.from <= asOf ? 'open' : 'not_due', days: daysBetween(asOf, period.due) };
}

/** Why a task stands where it does: each period, the reports that answer it, and the amendments that touch it. */
export function explainTask(programme: ProgrammeModel, task: TaskModel, asOf: IsoDate, soonDays: number): Explanation {
  // Each report's line in its file, from its place among the reports as written (the model as of a date leaves out later ones).
  const explained = (report: Report): ExplainedReport => ({ report, file: task.rec.source.path, line: locate(task.rec.source, ['reports', task.rec.data.reports!.indexOf(report)]).line });
  const periods = task.periods.map((period): ExplainedPeriod => {
    // The same reports that decide the period everywhere else (a once-task's: all of them).
    const reason = openReason(task, period);
    return { period, reports: reportsForPeriod(task, period).map(explained), reason, ...verdictOf(task, period, asOf, reason) };
  });
  const amendments = programme.amendments.flatMap((a) =>
    a.data.changes.filter((c) => c.task === task.task.id).map((change) => ({ stem: amendmentStem(a), date: a.data.date, document: a.data.document, change })),
  );
  return { programme, task, asOf, state: taskState(task, asOf, soonDays), periods, amendments };
}
