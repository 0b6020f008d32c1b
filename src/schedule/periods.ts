import { daysInMonth, makeDate, maxDate, minDate, monthDayIn, splitDate, type IsoDate } from '../calendar.js';
import type { Programme, ScheduleKind, Task } from '../records/types.js';
import { memoized } from '../memo.js';

/** One stretch of time a task answers for: a calendar year, half-year or quarter, or the whole of a once-task. */
export interface Period {
  /** "2018", "2018-H1", "2018-Q3"; null for a once-task. */
  id: string | null;
  from: IsoDate;
  to: IsoDate;
  /** Null for ongoing tasks, which have no due days. */
  due: IsoDate | null;
}

export interface Window {
  start: IsoDate;
  end: IsoDate;
}

const PERIOD_ID = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/;
const PARTS_PER_YEAR: Record<ScheduleKind, number> = { once: 0, ongoing: 1, year: 1, 'half-year': 2, quarter: 4 };

/** The dates a task runs: its own start and end, else the programme's period. */
export function taskWindow(task: Task, programme: Programme): Window {
  return { start: task.start ?? programme.period.from, end: task.end ?? programme.period.to };
}

/** A report's period as text: officers may write `period: 2018` unquoted. */
export function periodId(value: string | number | undefined): string | null {
  return value === undefined ? null : String(value);
}

export interface ParsedPeriod {
  readonly kind: ScheduleKind;
  readonly year: number;
  readonly part: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Parses "2018", "2018-H1" or "2018-Q3" into its kind and dates (each once: the same few dozen come up in every task). */
export const parsePeriod = memoized((id: string): ParsedPeriod | null => {
  const parsed = readPeriod(id);
  return parsed && Object.freeze(parsed);
}, 10_000);

function readPeriod(id: string): ParsedPeriod | null {
  const m = PERIOD_ID.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  const tag = m[2];
  if (!tag) return { kind: 'year', year, part: 1, from: makeDate(year, 1, 1), to: makeDate(year, 12, 31) };
  const part = Number(tag.slice(1));
  const months = tag.startsWith('H') ? 6 : 3;
  const firstMonth = (part - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return { kind: tag.startsWith('H') ? 'half-year' : 'quarter', year, part, from: makeDate(year, firstMonth, 1), to: makeDate(year, lastMonth, daysInMonth(year, lastMonth)) };
}

function periodName(kind: ScheduleKind, year: number, part: number): string {
  if (kind === 'half-year') return `${year}-H${part}`;
  if (kind === 'quarter') return `${year}-Q${part}`;
  return String(year);
}

/**
 * The due day of a period: the first date falling on the period's "MM-DD" on or after the period
 * starts, so that a Q4 due "01-10" lands in January of the next year.
 */
export function dueDayOf(periodFrom: IsoDate, monthDay: string): IsoDate {
  return dueDaysFrom(periodFrom)(monthDay);
}

// The same few dozen period starts and "MM-DD" come up in every task: each pair is worked out once.
const dueDaysFrom = memoized(
  (periodFrom: IsoDate) =>
    memoized((monthDay: string) => {
      const { year } = splitDate(periodFrom);
      const inYear = monthDayIn(year, monthDay);
      return inYear >= periodFrom ? inYear : monthDayIn(year + 1, monthDay);
    }, 1_000),
  10_000,
);

/** Every period of a task that overlaps its window, oldest first. */
export function periodsOf(task: Task, window: Window): Period[] {
  const { every, due = [] } = task.schedule;
  if (every === 'once') return [{ id: null, from: window.start, to: window.end, due: due[0] ?? null }];
  const parts = PARTS_PER_YEAR[every];
  const periods: Period[] = [];
  const first = splitDate(window.start).year;
  const last = splitDate(window.end).year;
  for (let year = first; year <= last; year++) {
    for (let part = 1; part <= parts; part++) {
      const { id, bounds } = namedPeriod((year * 8 + part) * 8 + KIND_CODES.indexOf(every));
      if (bounds.to < window.start || bounds.from > window.end) continue;
      const monthDay = every === 'ongoing' ? undefined : due[part - 1];
      const dueDay = monthDay ? dueDayOf(bounds.from, monthDay) : null;
      // A due day before the task starts cannot be met: the period takes reports but is never late.
      periods.push({ id, from: bounds.from, to: bounds.to, due: dueDay && dueDay >= window.start ? dueDay : null });
    }
  }
  return periods;
}

const KIND_CODES: readonly ScheduleKind[] = [
  // Stryker disable next-line StringLiteral: a once-task's periods are never named here (periodsOf returns first); a year or ongoing task whose kind were missing gets code -1, which names the same one period a year, by the year
  'once', 'ongoing', 'year',
  'half-year', 'quarter',
];

/** A kind's period of a year by a number ((year × 8 + part) × 8 + kind code), named and bounded once: no id is made again per task. */
const namedPeriod = memoized((key: number): { id: string; bounds: ParsedPeriod } => {
  const kind = KIND_CODES[key % 8]!;
  const id = periodName(kind, Math.floor(key / 64), Math.floor(key / 8) % 8);
  return { id, bounds: parsePeriod(id)! };
}, 10_000);

/** Whether a period id belongs to a task's schedule and overlaps its window. */
export function isPeriodOfTask(id: string, task: Task, window: Window): boolean {
  const bounds = parsePeriod(id);
  if (!bounds) return false;
  const kind = task.schedule.every;
  const kindMatches = kind === 'ongoing' ? true : bounds.kind === kind;
  return kindMatches && bounds.from <= window.end && bounds.to >= window.start;
}

/** The part of a calendar year inside a window, or null when they do not meet. */
export function yearInWindow(year: number, window: Window): Window | null {
  const start = maxDate(makeDate(year, 1, 1), window.start);
  const end = minDate(makeDate(year, 12, 31), window.end);
  return start <= end ? { start, end } : null;
}
