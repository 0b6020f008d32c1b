import { memoized } from './memo.js';

/**
 * ISO calendar dates ("YYYY-MM-DD"). Every date is a UTC day, so the machine's time zone never
 * moves a due day; "today" in the root's zone is `todayIn`. Days are counted on UTC midnights,
 * where every day is 24 hours long: no library is needed, and none loads time zone data.
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;

// Read from the characters, not with a pattern: dates are split hundreds of thousands of times
// a run, and a match builds an array and three strings each time.
export function splitDate(date: IsoDate): { year: number; month: number; day: number } {
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 2);
  const day = digitsAt(date, 8, 2);
  if (date.length !== 10 || date.charCodeAt(4) !== 0x2d || date.charCodeAt(7) !== 0x2d || year < 0 || month < 0 || day < 0) throw new Error(`not an ISO date: ${date}`);
  return { year, month, day };
}

/** The number the `count` ASCII digits at `at` write, or -1 when one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export { isIsoDate as isCalendarDate, isMonthDay } from './formats.js';

/** The UTC midnight of a year, month (1-12, or past it) and day, in milliseconds; years 0-99 as written. */
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

// Due days, report days and period bounds repeat across thousands of tasks: each is worked out once.
const midnightOf = memoized((date: IsoDate): number => {
  const { year, month, day } = splitDate(date);
  return utcMidnight(year, month, day);
});

function dateAt(ms: number): IsoDate {
  const date = new Date(ms);
  return makeDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function makeDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Day 0 of the next month is the last day of this one.
const monthLength = memoized((yearMonth: number) => new Date(utcMidnight(Math.floor(yearMonth / 12), (yearMonth % 12) + 2, 0)).getUTCDate());

export function daysInMonth(year: number, month: number): number {
  return monthLength(year * 12 + month - 1);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateAt(midnightOf(date) + days * DAY_MS);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((midnightOf(to) - midnightOf(from)) / DAY_MS);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The date "MM-DD" falls on in `year`; 02-29 falls on 02-28 in common years. */
export function monthDayIn(year: number, monthDay: string): IsoDate {
  const month = Number(monthDay.slice(0, 2));
  const day = Math.min(Number(monthDay.slice(3, 5)), daysInMonth(year, month));
  return makeDate(year, month, day);
}

// Zones whose offset from UTC has not changed since 1976 and that keep no summer time: Viet Nam's
// and UTC (CI). Their date is worked out without Intl, whose first use of a time zone loads zone
// data at a cost of 15-35 ms, a tenth of a short run.
const FIXED_OFFSET_MINUTES = new Map([
  ['Asia/Ho_Chi_Minh', 420],
  ['Asia/Saigon', 420],
  ['UTC', 0],
  ['Etc/UTC', 0],
]);
const FIXED_SINCE = Date.UTC(1976, 0, 1);

/** Today's date in an IANA time zone, for an injected clock. */
export function todayIn(timeZone: string, now: Date): IsoDate {
  const offset = FIXED_OFFSET_MINUTES.get(timeZone);
  if (offset !== undefined && now.getTime() >= FIXED_SINCE) return new Date(now.getTime() + offset * 60_000).toISOString().slice(0, 10);
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whether `name` is an IANA time zone this Node.js knows (asked once per name: Intl is slow to ask). */
export const isTimeZone = memoized((name: string): boolean => {
  if (FIXED_OFFSET_MINUTES.has(name)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
});
