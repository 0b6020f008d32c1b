import { splitDate, type IsoDate } from '../calendar.js';
import type { ProgrammeModel, TaskModel } from '../model/programme-model.js';
import type { Evaluation, Rec } from '../records/types.js';
import { openOccurrences, reportsForPeriod } from '../schedule/occurrences.js';
import { parsePeriod, periodId, type Period } from '../schedule/periods.js';
import { taskState, type TaskState } from '../schedule/task-state.js';

// What the dashboard shows, computed once per programme from the model as of a date (pure).

export type CellState = 'done' | 'partial' | 'not_done' | 'missing' | 'not_due' | 'cancelled';
export const CELL_STATES: readonly CellState[] = ['done', 'partial', 'not_done', 'missing', 'not_due', 'cancelled'];

export interface GridCell {
  period: Period;
  state: CellState;
}

export interface TaskDashboard {
  model: TaskModel;
  state: TaskState;
  /** The task's periods by calendar year of the period. */
  cells: Map<number, GridCell[]>;
}

export interface YearCompletion {
  year: number;
  /** Periods whose due day had come by the as-of date, and those of them done. */
  due: number;
  done: number;
}

export interface IndicatorSeries {
  id: string;
  title: string;
  unit: string;
  /** Total of the year's reported figures, by year of the programme. */
  values: { year: number; value: number }[];
}

export interface ProgrammeDashboard {
  model: ProgrammeModel;
  asOf: IsoDate;
  years: number[];
  tasks: TaskDashboard[];
  completion: YearCompletion[];
  indicators: IndicatorSeries[];
  overdue: number;
  nextDue: IsoDate | null;
  lastEvaluation: Rec<Evaluation> | null;
  /** Over the whole period so far: due periods and done ones. */
  due: number;
  done: number;
}

function cellState(task: TaskModel, period: Period, asOf: IsoDate): CellState {
  const reports = reportsForPeriod(task, period);
  if (reports.some((r) => r.state === 'done')) return 'done';
  if (task.task.schedule.every === 'once' && task.task.status === 'done') return 'done';
  const cancelled = task.task.status === 'cancelled' ? (task.cancelledBy?.data.date ?? task.window.start) : null;
  if (cancelled !== null && (period.due === null || period.due > cancelled)) return 'cancelled';
  const last = reports[reports.length - 1];
  if (last) return last.state === 'partial' ? 'partial' : 'not_done';
  return period.due !== null && period.due < asOf ? 'missing' : 'not_due';
}

/** The calendar year a period belongs to (a once-task: the year of its due day, else of its end). */
function periodYear(period: Period): number {
  if (period.id !== null) return parsePeriod(period.id)?.year ?? splitDate(period.from).year;
  return splitDate(period.due ?? period.to).year;
}

function taskDashboard(task: TaskModel, asOf: IsoDate, soon: number): TaskDashboard {
  const cells = new Map<number, GridCell[]>();
  for (const period of task.periods) {
    const year = periodYear(period);
    const list = cells.get(year) ?? [];
    list.push({ period, state: cellState(task, period, asOf) });
    cells.set(year, list);
  }
  return { model: task, state: taskState(task, asOf, soon), cells };
}

function indicatorSeries(model: ProgrammeModel, years: number[]): IndicatorSeries[] {
  return (model.programme.indicators ?? []).map((indicator) => {
    const totals = new Map(years.map((y) => [y, 0]));
    for (const task of model.tasks) {
      for (const report of task.task.reports ?? []) {
        const value = report.figures?.[indicator.id];
        if (value === undefined) continue;
        const id = periodId(report.period);
        const year = id !== null ? (parsePeriod(id)?.year ?? splitDate(report.on).year) : splitDate(report.on).year;
        if (totals.has(year)) totals.set(year, totals.get(year)! + value);
      }
    }
    return { id: indicator.id, title: indicator.title, unit: indicator.unit ?? '', values: years.map((year) => ({ year, value: totals.get(year)! })) };
  });
}

/** The newest evaluation held by the as-of date (final first, else the newest draft). */
function lastEvaluation(model: ProgrammeModel): Rec<Evaluation> | null {
  const sorted = [...model.evaluations.values()].sort((a, b) => b.data.year - a.data.year);
  return sorted.find((e) => e.data.state === 'final') ?? sorted[0] ?? null;
}

/** The dashboard of one programme; `model` is already as of `asOf` (programmeAsOf). */
export function programmeDashboard(model: ProgrammeModel, asOf: IsoDate, soon: number): ProgrammeDashboard {
  const { from, to } = model.programme.period;
  const years: number[] = [];
  for (let y = splitDate(from).year; y <= splitDate(to).year; y++) years.push(y);
  const tasks = model.tasks.map((t) => taskDashboard(t, asOf, soon));
  const completion = years.map((year) => ({ year, due: 0, done: 0 }));
  for (const task of tasks) {
    for (const [year, cells] of task.cells) {
      const row = completion.find((c) => c.year === year);
      if (!row) continue;
      for (const cell of cells) {
        if (cell.period.due === null || cell.period.due >= asOf || cell.state === 'cancelled') continue;
        row.due++;
        if (cell.state === 'done') row.done++;
      }
    }
  }
  const open = openOccurrences(model);
  const overdue = open.filter((o) => o.due < asOf).length;
  const nextDue = open.filter((o) => o.due >= asOf).reduce<IsoDate | null>((min, o) => (min === null || o.due < min ? o.due : min), null);
  const due = completion.reduce((n, c) => n + c.due, 0);
  const done = completion.reduce((n, c) => n + c.done, 0);
  return { model, asOf, years, tasks, completion, indicators: indicatorSeries(model, years), overdue, nextDue, lastEvaluation: lastEvaluation(model), due, done };
}
