import { splitDate, type IsoDate } from '../calendar.js';
import type { Lang } from './lang.js';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date in running text. Vietnamese follows Nghị định 30/2020/NĐ-CP: a leading zero for
 * days 1–9 and for months 1 and 2 ("ngày 05 tháng 02 năm 2021", "ngày 18 tháng 4 năm 2017").
 */
export function formatDateLong(date: IsoDate, lang: Lang): string {
  const { year, month, day } = splitDate(date);
  if (lang === 'en') return `${day} ${EN_MONTHS[month - 1]} ${year}`;
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** A date in a table cell: dd/mm/yyyy in both languages. */
export function formatDateShort(date: IsoDate): string {
  const { year, month, day } = splitDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** Thousands with "." and decimals with "," in Vietnamese; "," and "." in English. */
export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  // Most numbers in a report are counts under a thousand: nothing to group.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: a speed path, same text either way
  if (fractionDigits === 0 && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  const [whole = '0', fraction] = Math.abs(value).toFixed(fractionDigits).split('.');
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (value < 0 ? '-' : '') + grouped + (fraction ? decimal + fraction : '');
}

/** Coverage such as "12/14". */
export function formatRatio(part: number, whole: number, lang: Lang): string {
  return `${formatNumber(part, lang)}/${formatNumber(whole, lang)}`;
}

export function formatPercent(part: number, whole: number, lang: Lang): string {
  if (whole === 0) return '—';
  return `${formatNumber((100 * part) / whole, lang, Number.isInteger((100 * part) / whole) ? 0 : 1)}%`;
}

/** A yearly due day written "MM-DD" in the records: "10/12" in Vietnamese (day first), "10 Dec" in English. */
export function formatDueDay(monthDay: string, lang: Lang): string {
  const m = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!m) return monthDay;
  const [month, day] = [Number(m[1]), Number(m[2])];
  return lang === 'vi' ? `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}` : `${day} ${EN_MONTHS[month - 1]!.slice(0, 3)}`;
}

/** A due day as the record holds it: a date (once-tasks) or "MM-DD" (recurring). */
export function formatDue(due: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(due) ? formatDateShort(due) : formatDueDay(due, lang);
}
