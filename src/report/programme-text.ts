import type { Lang } from '../i18n/lang.js';
import type { Programme } from '../records/types.js';
import { citationDate } from './citation.js';

const PERIOD_TAIL = /,?\s*giai đoạn\s+\d{4}\s*[–-]\s*\d{4}\s*$/u;
const HEAD = /^Chương trình phối hợp\b/u;

/** The programme's title without its period: "... về công tác dân vận giai đoạn 2017–2021" → "... về công tác dân vận". */
export function programmeName(programme: Programme): string {
  return programme.title.replace(PERIOD_TAIL, '');
}

/** "Chương trình phối hợp số 05-CTr/BCSĐ-BDVTU ngày 18/4/2017 giữa ..." (no "số" without a number). */
export function programmeReference(programme: Programme, lang: Lang): string {
  const number = programme.number ? (lang === 'vi' ? ` số ${programme.number}` : ` No. ${programme.number}`) : '';
  const signed = lang === 'vi' ? ` ngày ${citationDate(programme.signed_on)}` : ` of ${citationDate(programme.signed_on)}`;
  if (lang === 'vi' && HEAD.test(programme.title)) return programme.title.replace(HEAD, (head) => `${head}${number}${signed}`);
  return `${programme.title}${number}${signed}`;
}
