import { describe, expect, it } from 'vitest';
import { isTimeZone, todayIn } from '../../src/calendar.js';

const byIntl = (timeZone: string, now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

describe('today in a time zone', () => {
  const zones = ['Asia/Ho_Chi_Minh', 'Asia/Saigon', 'UTC', 'Etc/UTC', 'Asia/Tokyo', 'Europe/Berlin'];
  // Around the midnights of Viet Nam and of UTC, and a spread of instants from 1976 to 2100.
  const instants = [Date.UTC(2026, 10, 27, 16, 59, 59, 999), Date.UTC(2026, 10, 27, 17), Date.UTC(2024, 1, 28, 17), Date.UTC(2021, 0, 1), Date.UTC(2020, 11, 31, 23, 59, 59, 999), Date.UTC(1976, 0, 1), Date.UTC(1975, 5, 1)];
  for (let t = Date.UTC(1976, 0, 1); t < Date.UTC(2100, 0, 1); t += 86_400_000 * 97.3) instants.push(t);

  it.each(zones)('%s: the date Intl gives, at every instant', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
    for (const t of instants) expect(todayIn(zone, new Date(t)), new Date(t).toISOString()).toBe(byIntl(zone, new Date(t)));
  });

  it('the evening of 27 November 2026 in UTC is already the 28th in Viet Nam', () => {
    expect(todayIn('Asia/Ho_Chi_Minh', new Date('2026-11-27T17:00:00Z'))).toBe('2026-11-28');
    expect(todayIn('UTC', new Date('2026-11-27T17:00:00Z'))).toBe('2026-11-27');
  });
});
