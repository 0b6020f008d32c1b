import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateShort, formatNumber, formatPercent, formatRatio } from '../../src/i18n/format.js';
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
  });

  it('sorts Vietnamese by Vietnamese rules', () => {
    expect(['Đội', 'Dân', 'Ấp', 'An', 'Ê'].sort(collator.compare)).toEqual(['An', 'Ấp', 'Dân', 'Đội', 'Ê']);
  });
});
