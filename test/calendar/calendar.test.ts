import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysInMonth, monthDayIn } from '../../src/calendar.js';

describe('calendar (date-fns on UTC days)', () => {
  it('knows leap years and month lengths', () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2019, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(monthDayIn(2019, '02-29')).toBe('2019-02-28');
    expect(monthDayIn(2020, '02-29')).toBe('2020-02-29');
  });

  it('adds and counts calendar days across month, year and leap-day boundaries', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
    expect(daysBetween('2024-12-20', '2024-12-21')).toBe(1);
    expect(daysBetween('2017-04-18', '2021-12-31')).toBe(1718);
    expect(daysBetween('2021-12-31', '2017-04-18')).toBe(-1718);
  });

  it('gives the same answers whatever time zone the machine is in', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['UTC', 'Asia/Ho_Chi_Minh', 'America/Santiago', 'Europe/London', 'Pacific/Kiritimati', 'America/Havana']) {
        process.env.TZ = tz; // Node re-reads TZ when it is assigned; Santiago and Havana change clocks at midnight
        expect([addDays('2021-03-27', 2), daysBetween('2021-03-27', '2021-03-29'), addDays('2021-10-30', 2), monthDayIn(2024, '03-10'), daysBetween('2021-09-04', '2021-09-06'), daysBetween('2021-03-13', '2021-03-15'), addDays('2021-09-04', 1)], tz).toEqual(['2021-03-29', 2, '2021-11-01', '2024-03-10', 2, 2, '2021-09-05']);
      }
    } finally {
      process.env.TZ = saved;
    }
  });
});
