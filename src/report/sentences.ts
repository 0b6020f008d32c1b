import { formatNumber, formatPercent } from '../i18n/format.js';
import { RATING_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import type { Indicator, Rating } from '../records/types.js';
import { joinList } from './agency-names.js';
import { citationDate } from './citation.js';

// Small sentence builders, one per fact, composed by the report model. Names come in already
// chosen (full or short) by the document's AgencyNames; nothing here knows about task codes.

/** A task's title as the rest of a sentence: "Thực hiện tiếp công dân" → "thực hiện tiếp công dân". */
export function asPredicate(title: string): string {
  return /^\p{Lu}\p{Ll}/u.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
}

/** Ends a sentence written by an officer with a full stop, unless it already ends with one. */
export function asSentence(text: string): string {
  const t = text.trim();
  return /[.!?:…]$/.test(t) ? t : `${t}.`;
}

/** "Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ và Thanh tra tỉnh mở lớp bồi dưỡng ...". */
export function leadSentence(lead: string, partners: readonly string[], action: string, lang: Lang): string {
  if (lang === 'en') return asSentence(partners.length ? `${lead} led, with ${joinList(partners, lang)}: ${action}` : `${lead} led: ${action}`);
  return asSentence(partners.length ? `${lead} chủ trì, phối hợp với ${joinList(partners, lang)} ${asPredicate(action)}` : `${lead} chủ trì ${asPredicate(action)}`);
}

/** "48 phiên tiếp công dân" when the title starts with its unit, else "chỉ số hài lòng: 85 %". */
export function figurePhrase(indicator: Indicator, value: number, lang: Lang): string {
  const n = formatNumber(value, lang, Number.isInteger(value) ? 0 : 1);
  return indicator.title.startsWith(indicator.unit) ? `${n} ${indicator.title}` : `${indicator.title}: ${n} ${indicator.unit}`;
}

/** "Năm 2019: 48 phiên tiếp công dân, 12 cuộc đối thoại với Nhân dân." */
export function figuresSentence(label: string, phrases: readonly string[]): string | null {
  return phrases.length ? `${label}: ${phrases.join(', ')}.` : null;
}

/** "Văn bản: Kế hoạch số 41-KH/BDVTU ngày 28/3/2019 của Ban Dân vận Tỉnh ủy; Báo cáo số ...". */
export function documentsSentence(citations: readonly string[], lang: Lang): string | null {
  if (!citations.length) return null;
  return `${lang === 'vi' ? 'Văn bản' : 'Documents'}: ${citations.join('; ')}.`;
}

export function ratingSentence(rating: Rating, lang: Lang): string {
  return lang === 'vi' ? `Kết quả đánh giá: ${RATING_LABELS.vi[rating]}.` : `Rated: ${RATING_LABELS.en[rating]}.`;
}

export function notYetDueSentence(due: string, lang: Lang): string {
  return lang === 'vi' ? `Nhiệm vụ chưa đến hạn (hạn ${citationDate(due)}).` : `Not yet due (due ${citationDate(due)}).`;
}

/** "Nhiệm vụ tạm dừng theo Quyết định số 09-QĐ/... ngày 15/6/2020: tạm dừng mở lớp ...". */
export function pausedSentence(amendment: string | null, note: string | null, lang: Lang): string {
  const by = amendment ? (lang === 'vi' ? ` theo ${amendment}` : ` by ${amendment}`) : '';
  const why = note ? `: ${asPredicate(note).replace(/\.$/, '')}` : '';
  return lang === 'vi' ? `Nhiệm vụ tạm dừng${by}${why}.` : `Paused${by}${why}.`;
}

export interface Statistic {
  /** "Năm 2019" or "Giai đoạn 2017–2019". */
  when: string;
  sides: number;
  carried: number;
  counted: number;
  completed: number;
  counts: Record<Rating, number>;
  notYetDue: number;
  paused: number;
}

/**
 * "Năm 2019, hai bên triển khai 13/13 nhiệm vụ, hoàn thành 12 nhiệm vụ (92,3%), trong đó hoàn
 * thành xuất sắc 1, hoàn thành tốt 11 nhiệm vụ; 1 nhiệm vụ chưa hoàn thành; 1 nhiệm vụ chưa đến hạn."
 */
export function statisticSentence(s: Statistic, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang);
  const good = (['excellent', 'good', 'done'] as const).filter((r) => s.counts[r] > 0);
  if (lang === 'en') {
    const parts = [`${s.when}, the ${s.sides === 2 ? 'two' : n(s.sides)} sides carried out ${n(s.carried)}/${n(s.counted)} tasks and completed ${n(s.completed)} (${formatPercent(s.completed, s.counted, lang)})`];
    if (good.length > 1) parts[0] += `: ${good.map((r) => `${n(s.counts[r])} ${RATING_LABELS.en[r]}`).join(', ')}`;
    if (s.counts.not_done) parts.push(`${n(s.counts.not_done)} not done`);
    if (s.notYetDue) parts.push(`${n(s.notYetDue)} not yet due`);
    if (s.paused) parts.push(`${n(s.paused)} paused`);
    return parts.join('; ') + '.';
  }
  const sides = s.sides === 2 ? 'hai bên' : 'các bên';
  const parts = [`${s.when}, ${sides} triển khai ${n(s.carried)}/${n(s.counted)} nhiệm vụ, hoàn thành ${n(s.completed)} nhiệm vụ (${formatPercent(s.completed, s.counted, lang)})`];
  if (good.length > 1) parts[0] += `, trong đó ${good.map((r) => `${RATING_LABELS.vi[r]} ${n(s.counts[r])}`).join(', ')} nhiệm vụ`;
  if (s.counts.not_done) parts.push(`${n(s.counts.not_done)} nhiệm vụ chưa hoàn thành`);
  if (s.notYetDue) parts.push(`${n(s.notYetDue)} nhiệm vụ chưa đến hạn`);
  if (s.paused) parts.push(`${n(s.paused)} nhiệm vụ tạm dừng`);
  return parts.join('; ') + '.';
}
