import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitDate } from '../../src/calendar.js';
import { isDueDay, isIsoDate, isMonthDay } from '../../src/formats.js';

// The formats and splitDate read characters instead of matching a pattern (fewer allocations on
// every date of every record); these are the patterns they replaced, as the reference.
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function referenceIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : (MONTH_DAYS[month - 1] ?? 0);
  return day >= 1 && day <= days;
}

function referenceMonthDay(text: string): boolean {
  const m = MONTH_DAY.exec(text);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= (MONTH_DAYS[Number(m[1]) - 1] ?? 0);
}

const referenceDueDay = (text: string) => (/^\d{4}-/.test(text) ? referenceIsoDate(text) : referenceMonthDay(text));

// Strings near the formats: digits, dashes and a few look-alikes (full-width and Arabic-Indic digits, a slash, a newline).
const nearDate = fc.string({ unit: fc.constantFrom(...'0123456789-'.split(''), '/', ' ', '\n', '１', '٣', 'a'), maxLength: 12 });
const realDays = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const edges = ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2018-04-31', '2018-12-31', '2018-13-01', '2018-00-10', '2018-01-00', '0000-01-01', '2018-1-05', '2018/01/05', '2018-01-05\n', ' 2018-01-05', '02-29', '02-30', '13-01', '00-01', '12-31', '1-05', '2018-', '12-3-', '1234-', ''];

describe('date formats read from their characters', () => {
  it('say what the patterns said, on edge cases, real days and strings made of date characters', () => {
    const cases = [...edges, ...fc.sample(nearDate, { numRuns: 5_000, seed: 7 }), ...fc.sample(realDays, { numRuns: 1_000, seed: 7 }).flatMap((day) => [day, day.slice(5)])];
    for (const text of cases) {
      expect([text, isIsoDate(text)]).toEqual([text, referenceIsoDate(text)]);
      expect([text, isMonthDay(text)]).toEqual([text, referenceMonthDay(text)]);
      expect([text, isDueDay(text)]).toEqual([text, referenceDueDay(text)]);
    }
    expect(cases.filter(isIsoDate).length).toBeGreaterThan(1_000);
    expect(cases.filter(isMonthDay).length).toBeGreaterThan(1_000);
  });

  it('splitDate gives the numbers of a date and refuses what is not one', () => {
    expect(splitDate('2017-04-18')).toEqual({ year: 2017, month: 4, day: 18 });
    expect(splitDate('0099-12-01')).toEqual({ year: 99, month: 12, day: 1 });
    for (const text of fc.sample(realDays, { numRuns: 500, seed: 3 })) {
      const m = ISO.exec(text)!;
      expect(splitDate(text)).toEqual({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
    }
    for (const bad of ['2018-1-05', '2018/01/05', '2018-01-05\n', '２０１８-01-05', '2018-0a-05', '12-31', '']) expect(() => splitDate(bad)).toThrow(`not an ISO date: ${bad}`);
  });

  it('splitDate takes what the pattern took, zeros included, and refuses the rest: one wrong dash, a character just below "0"', () => {
    // Day, month or year 0 are written digits: splitDate reads them (isIsoDate is what refuses such a date).
    const shapes = ['0000-01-01', '2018-00-10', '2018-01-00', '0000-00-00', '2018/01-05', '2018-01/05', '2018x01-05', '2018-1/-05', '2018-12-1/', '201/-01-05', '2018-01-.5'];
    const cases = [...shapes, ...edges, ...fc.sample(nearDate, { numRuns: 5_000, seed: 11 })];
    for (const text of cases) {
      const m = ISO.exec(text);
      if (m) expect([text, splitDate(text)]).toEqual([text, { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }]);
      else expect(() => splitDate(text), text).toThrow(`not an ISO date: ${text}`);
    }
    expect(cases.filter((text) => ISO.test(text)).length).toBeGreaterThan(4);
  });
});
