import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/memo.js';
import { daysInMonth, isTimeZone } from '../../src/calendar.js';
import { parsePeriod } from '../../src/schedule/periods.js';

describe('values worked out once', () => {
  it('computes each key once, a null answer too, and keeps no more than its limit', () => {
    const asked: string[] = [];
    const lookup = memoized((key: string) => (asked.push(key), key === 'none' ? null : key.length), 2);
    expect([lookup('ab'), lookup('ab'), lookup('none'), lookup('none')]).toEqual([2, 2, null, null]);
    expect(asked).toEqual(['ab', 'none']);
    // Past the limit a key is computed each time it is asked.
    expect([lookup('abc'), lookup('abc')]).toEqual([3, 3]);
    expect(asked).toEqual(['ab', 'none', 'abc', 'abc']);
  });

  it('computes an undefined answer once too (a key held is told from a key never asked)', () => {
    let asked = 0;
    const lookup = memoized((key: string): number | undefined => (asked++, key === 'none' ? undefined : key.length));
    expect([lookup('none'), lookup('none'), lookup('none')]).toEqual([undefined, undefined, undefined]);
    expect(asked).toBe(1);
    expect([lookup('abc'), lookup('abc')]).toEqual([3, 3]);
    expect(asked).toBe(2);
  });

  it('give the same answers the second time: month lengths, time zones, periods', () => {
    for (let pass = 0; pass < 2; pass++) {
      expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2024, 12), daysInMonth(2024, 1)]).toEqual([29, 28, 31, 31]);
      expect([isTimeZone('Asia/Ho_Chi_Minh'), isTimeZone('Asia/Ha_Noi')]).toEqual([true, false]);
      expect(parsePeriod('2024-Q4')).toMatchObject({ from: '2024-10-01', to: '2024-12-31' });
      expect(parsePeriod('2024-Q5')).toBeNull();
    }
    expect(Object.isFrozen(parsePeriod('2024-Q4'))).toBe(true);
  });
});
