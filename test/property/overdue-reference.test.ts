import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyOccurrences } from '../../src/schedule/occurrences.js';
import type { Report, ScheduleKind } from '../../src/records/types.js';
import { programmeModel, taskModel, PROGRAMME } from '../helpers/models.js';

// A straightforward reference: walk the calendar one day at a time, with Date objects, and apply
// the contract's words literally. The real code computes periods arithmetically; both must agree.
function* days(from: string, to: string): Generator<string> {
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) yield d.toISOString().slice(0, 10);
}

function periodOfDay(day: string, every: ScheduleKind): { id: string; part: number } {
  const month = Number(day.slice(5, 7));
  const year = day.slice(0, 4);
  if (every === 'half-year') return { id: `${year}-H${month <= 6 ? 1 : 2}`, part: month <= 6 ? 1 : 2 };
  if (every === 'quarter') return { id: `${year}-Q${Math.ceil(month / 3)}`, part: Math.ceil(month / 3) };
  return { id: year, part: 1 };
}

function referenceOverdue(every: ScheduleKind, due: string[], start: string, end: string, reports: Report[], asOf: string) {
  const periods = new Map<string, { first: string; part: number }>();
  for (const day of days(start, end)) {
    const p = periodOfDay(day, every);
    if (!periods.has(p.id)) periods.set(p.id, { first: day, part: p.part });
  }
  const late: { period: string; days: number }[] = [];
  for (const [id, { part }] of periods) {
    const periodStart = every === 'year' ? `${id}-01-01` : every === 'half-year' ? `${id.slice(0, 4)}-${part === 1 ? '01' : '07'}-01` : `${id.slice(0, 4)}-${String((part - 1) * 3 + 1).padStart(2, '0')}-01`;
    const monthDay = due[part - 1]!;
    // The first day on or after the period starts that falls on MM-DD (29 February → 28 in common years).
    let dueDay: string | undefined;
    for (const day of days(periodStart, `${Number(id.slice(0, 4)) + 2}-01-01`)) {
      const leap = new Date(`${day.slice(0, 4)}-02-29T00:00:00Z`).getUTCMonth() === 1;
      const wanted = monthDay === '02-29' && !leap ? '02-28' : monthDay;
      if (day.slice(5) === wanted) {
        dueDay = day;
        break;
      }
    }
    if (!dueDay || dueDay < start || dueDay >= asOf) continue;
    if (reports.some((r) => r.period === id && r.state === 'done')) continue;
    late.push({ period: id, days: [...days(dueDay, asOf)].length - 1 });
  }
  return late;
}

const monthDay = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([m, d]) => {
  const max = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return `${String(m).padStart(2, '0')}-${String(Math.min(d, max)).padStart(2, '0')}`;
});
const date = fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const schedule = fc.constantFrom<ScheduleKind>('year', 'half-year', 'quarter').chain((every) =>
  fc.tuple(fc.constant(every), fc.array(monthDay, { minLength: { year: 1, 'half-year': 2, quarter: 4 }[every as 'year'], maxLength: { year: 1, 'half-year': 2, quarter: 4 }[every as 'year'] })),
);

describe('overdue agrees with a day-by-day reference', () => {
  it('for random valid schedules, windows, reports and dates', () => {
    fc.assert(
      fc.property(schedule, date, date, date, fc.array(fc.tuple(fc.integer({ min: 2019, max: 2024 }), fc.integer({ min: 1, max: 4 }), fc.constantFrom('done', 'partial', 'not_done')), { maxLength: 8 }), ([every, due], a, b, asOf, raw) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const reports: Report[] = raw.map(([year, part, state]) => ({
          period: every === 'year' ? String(year) : every === 'half-year' ? `${year}-H${((part - 1) % 2) + 1}` : `${year}-Q${part}`,
          on: '2019-01-01',
          state: state as Report['state'],
        }));
        const { evaluation: _none, ...programme } = { ...PROGRAMME, period: { from: start, to: end } };
        const task = taskModel({ schedule: { every, due }, start, end, reports }, programme);
        const found = classifyOccurrences([programmeModel([task], { programme })], asOf, 0).overdue.map((o) => ({ period: o.period!, days: o.daysOverdue }));
        expect(found.sort((x, y) => x.period.localeCompare(y.period))).toEqual(referenceOverdue(every, due, start, end, reports, asOf).sort((x, y) => x.period.localeCompare(y.period)));
      }),
      { numRuns: 300, seed: 42 },
    );
  }, 60_000);
});
