import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateShort, formatDue, formatDueDay, formatNumber, formatPercent, formatRatio } from '../../src/i18n/format.js';
import { periodLabel } from '../../src/i18n/labels.js';
import { collator } from '../../src/i18n/lang.js';

describe('Vietnamese dates (Nghị định 30/2020/NĐ-CP)', () => {
  it.each([
    ['2017-04-18', 'ngày 18 tháng 4 năm 2017'],
    ['2021-02-05', 'ngày 05 tháng 02 năm 2021'],
    ['2019-01-09', 'ngày 09 tháng 01 năm 2019'],
    ['2020-03-01', 'ngày 01 tháng 3 năm 2020'],
    ['2018-12-20', 'ngày 20 tháng 12 năm 2018'],
  ])('%s → %s', (iso, text) => expect(formatDateLong(iso, 'vi')).toBe(text));

  it('uses dd/mm/yyyy in tables and words in English', () => {
    expect(formatDateShort('2021-02-05')).toBe('05/02/2021');
    expect(formatDateLong('2021-02-05', 'en')).toBe('5 February 2021');
  });
});

describe('numbers', () => {
  it('groups thousands with "." and decimals with "," in Vietnamese', () => {
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(82.5, 'vi', 1)).toBe('82,5');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatRatio(12, 14, 'vi')).toBe('12/14');
    expect(formatPercent(1, 3, 'vi')).toBe('33,3%');
  });
});

describe('labels', () => {
  it('names periods in words', () => {
    expect(periodLabel('2018-H1', 'vi')).toBe('6 tháng đầu năm 2018');
    expect(periodLabel('2024-Q3', 'vi')).toBe('quý III/2024');
    expect(periodLabel('2024-Q3', 'en')).toBe('Q3 2024');
    expect(periodLabel('2022', 'vi')).toBe('năm 2022');
    // A period the records name otherwise is shown as written; none is a once-task's.
    expect([periodLabel('cuối năm', 'vi'), periodLabel('2022-H3', 'en'), periodLabel(null, 'vi'), periodLabel(null, 'en')]).toEqual(['cuối năm', '2022-H3', 'một lần', 'once']);
  });

  it('sorts Vietnamese by Vietnamese rules', () => {
    expect(['Đội', 'Dân', 'Ấp', 'An', 'Ê'].sort(collator.compare)).toEqual(['An', 'Ấp', 'Dân', 'Đội', 'Ê']);
  });
});

describe('numbers and days at their edges', () => {
  it('groups every third digit from the right, signs negatives, and rounds to the digits asked', () => {
    expect([formatNumber(0, 'vi'), formatNumber(999, 'vi'), formatNumber(1000, 'vi'), formatNumber(-1234, 'vi'), formatNumber(-0.5, 'en', 1)]).toEqual(['0', '999', '1.000', '-1.234', '-0.5']);
    expect([formatNumber(1234567.25, 'vi', 2), formatNumber(1234567.25, 'en', 2), formatNumber(2.96, 'vi', 1), formatNumber(12, 'en', 1)]).toEqual(['1.234.567,25', '1,234,567.25', '3,0', '12.0']);
  });

  it('writes a whole percent without decimals, another with one, and a dash for nothing due', () => {
    expect([formatPercent(7, 14, 'vi'), formatPercent(14, 14, 'en'), formatPercent(2, 3, 'en'), formatPercent(0, 5, 'vi'), formatPercent(0, 0, 'vi'), formatPercent(3, 0, 'en')]).toEqual(['50%', '100%', '66.7%', '0%', '—', '—']);
    expect(formatRatio(1234, 5000, 'vi')).toBe('1.234/5.000');
  });

  it('writes a yearly due day day first in Vietnamese and by month name in English, a once-task\'s date as a table date', () => {
    expect(['01-05', '02-28', '12-10'].map((d) => formatDueDay(d, 'vi'))).toEqual(['05/01', '28/02', '10/12']);
    expect(['01-05', '09-30', '12-10'].map((d) => formatDueDay(d, 'en'))).toEqual(['5 Jan', '30 Sep', '10 Dec']);
    expect([formatDue('2021-06-30', 'vi'), formatDue('2021-06-30', 'en'), formatDue('06-30', 'en'), formatDue('cuối năm', 'vi')]).toEqual(['30/06/2021', '30/06/2021', '30 Jun', 'cuối năm']);
  });

  it('names every month in English dates', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDateLong(`2021-${String(i + 1).padStart(2, '0')}-01`, 'en').split(' ')[1]);
    expect(months).toEqual(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
    expect(formatDateLong('2021-10-31', 'vi')).toBe('ngày 31 tháng 10 năm 2021');
  });
});
