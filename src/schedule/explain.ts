import { daysBetween, type IsoDate } from '../calendar.js';
import { amendmentStem, type ProgrammeModel, type TaskModel } from '../model/programme-model.js';
import { locate } from '../records/positions.js';
import type { AmendmentChange, Report } from '../records/types.js';
import { canFallDue, openReason, type OverdueReason } from './occurrences.js';
import { periodId, type Period } from './periods.js';
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

function verdictOf(task: TaskModel, period: Period, asOf: IsoDate, reason: OverdueReason | null): PeriodVerdict {
  if (reason === null) return 'done';
  if (period.due === null) return 'no_due_day';
  if (!canFallDue(task)) return 'not_required';
  if (period.due < asOf) return 'overdue';
  return period.from <= asOf ? 'open' : 'not_due';
}

/** Why a task stands where it does: each period, the reports that answer it, and the amendments that touch it. */
export function explainTask(programme: ProgrammeModel, task: TaskModel, asOf: IsoDate, soonDays: number): Explanation {
  const reports = (task.task.reports ?? []).map((report, i) => ({ report, file: task.rec.source.path, line: locate(task.rec.source, ['reports', i]).line }));
  const periods = task.periods.map((period): ExplainedPeriod => {
    const covering = reports.filter((r) => period.id === null || periodId(r.report.period) === period.id);
    const reason = openReason(task, period);
    const verdict = verdictOf(task, period, asOf, reason);
    const days = period.due === null ? null : verdict === 'overdue' ? daysBetween(period.due, asOf) : verdict === 'open' || verdict === 'not_due' ? daysBetween(asOf, period.due) : null;
    return { period, reports: covering, verdict, reason, days };
  });
  const amendments = programme.amendments.flatMap((a) =>
    a.data.changes.filter((c) => c.task === task.task.id).map((change) => ({ stem: amendmentStem(a), date: a.data.date, document: a.data.document, change })),
  );
  return { programme, task, asOf, state: taskState(task, asOf, soonDays), periods, amendments };
}
