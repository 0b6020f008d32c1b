import { UTCDate } from '@date-fns/utc';
import { addDays as addDaysTo, differenceInCalendarDays, format, getDaysInMonth } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysInMonth, makeDate } from '../../src/calendar.js';

// The calendar counts days on UTC midnights by itself; date-fns on UTC dates (what it used before,
// and what loads time zone data at start-up) is the reference it must agree with.
function utc(year: number, month: number, day: number): UTCDate {
  const date = new UTCDate(0, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

// From year 12, so that 4,000 days back stays in year 1 or later (date-fns writes year 0 as 0001).
const dates = fc.record({ year: fc.integer({ min: 12, max: 9987 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });

describe('UTC days, counted without date-fns', () => {
  it('adds days as date-fns does, across months, leap days and years under 100', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -4000, max: 4000 }), ({ year, month, day }, n) => {
        expect(addDays(makeDate(year, month, day), n)).toBe(format(addDaysTo(utc(year, month, day), n), 'yyyy-MM-dd'));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the days between two dates as date-fns does', () => {
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        expect(daysBetween(makeDate(a.year, a.month, a.day), makeDate(b.year, b.month, b.day))).toBe(differenceInCalendarDays(utc(b.year, b.month, b.day), utc(a.year, a.month, a.day)));
      }),
      { numRuns: 2000 },
    );
  });

  it('knows every month length of years 1-2400', () => {
    for (let year = 1; year <= 2400; year += year < 100 ? 1 : 7) {
      for (let month = 1; month <= 12; month++) expect(daysInMonth(year, month)).toBe(getDaysInMonth(utc(year, month, 1)));
    }
    expect([daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(4, 2)]).toEqual([29, 28, 29, 29]);
  });

  it('a day past the end of a month rolls into the next, as the old dates did', () => {
    expect(addDays('2021-02-30', 0)).toBe('2021-03-02');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
  });
});
