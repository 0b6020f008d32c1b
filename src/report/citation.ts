import { splitDate, type IsoDate } from '../calendar.js';
import type { Lang } from '../i18n/lang.js';
import { memoized } from '../memo.js';
import type { Agency, DocumentRef } from '../records/types.js';
import type { AgencyNames } from './agency-names.js';

// A document's kind from the type code of its symbol (Nghị định 30/2020, Phụ lục III; Hướng dẫn 36-HD/VPTW).
export const KINDS: Record<string, { vi: string; en: string }> = {
  BC: { vi: 'Báo cáo', en: 'Report' },
  KH: { vi: 'Kế hoạch', en: 'Plan' },
  HD: { vi: 'Hướng dẫn', en: 'Guidance' },
  CTR: { vi: 'Chương trình', en: 'Programme' },
  QĐ: { vi: 'Quyết định', en: 'Decision' },
  TB: { vi: 'Thông báo', en: 'Notice' },
  NQ: { vi: 'Nghị quyết', en: 'Resolution' },
  KL: { vi: 'Kết luận', en: 'Conclusion' },
  CV: { vi: 'Công văn', en: 'Letter' },
  CT: { vi: 'Chỉ thị', en: 'Directive' },
  QC: { vi: 'Quy chế', en: 'Regulation' },
  QCPH: { vi: 'Quy chế phối hợp', en: 'Coordination regulation' },
  TTR: { vi: 'Tờ trình', en: 'Submission' },
  BB: { vi: 'Biên bản', en: 'Minutes' },
  ĐA: { vi: 'Đề án', en: 'Scheme' },
  DA: { vi: 'Dự án', en: 'Project' },
};

const SYMBOL = /^[^/-]+[-/]([\p{L}]+)(?:[/-](.+))?$/u;

/**
 * The parts of a số, ký hiệu: "41-KH/BDVTU" → type KH, issuers [BDVTU]; "29/BC-TTr" → BC, [TTr].
 * Worked out once per number (the same documents are cited by programme after programme).
 */
export const parseSymbol = memoized((number: string): { readonly type: string | null; readonly issuers: readonly string[] } => {
  const m = SYMBOL.exec(number.trim());
  if (!m) return { type: null, issuers: [] };
  const type = m[1]!.toUpperCase();
  if (!KINDS[type]) return { type: null, issuers: [m[1]!, ...(m[2]?.split(/[-/]/) ?? [])] };
  return { type, issuers: m[2]?.split(/[-/]/).filter(Boolean) ?? [] };
}, 10_000);

/** "Kế hoạch" for 41-KH/BDVTU; "Công văn" for a letter without a type code; "Văn bản" otherwise. */
export function documentKind(number: string, lang: Lang): string {
  const { type, issuers } = parseSymbol(number);
  if (type) return KINDS[type]![lang];
  if (issuers.length > 0) return KINDS.CV![lang];
  return lang === 'vi' ? 'Văn bản' : 'Document';
}

/** A date in a citation: "28/3/2019", as documents cite each other. */
export function citationDate(date: IsoDate): string {
  const { year, month, day } = splitDate(date);
  return `${day}/${month}/${year}`;
}

/** The issuing agency: the citation's own (an agency id or a name), else the one whose symbol the number carries alone. */
function issuerOf(ref: DocumentRef, agencies: ReadonlyMap<string, Agency>): { id?: string; name?: string } {
  if (typeof ref !== 'string' && ref.issuer) return agencies.has(ref.issuer) ? { id: ref.issuer } : { name: ref.issuer };
  const { issuers } = parseSymbol(typeof ref === 'string' ? ref : ref.number);
  if (issuers.length !== 1) return {};
  const found = [...agencies.values()].find((a) => a.symbol !== undefined && a.symbol.toUpperCase() === issuers[0]!.toUpperCase());
  return found ? { id: found.id } : {};
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/**
 * A document cited in full: "Kế hoạch số 41-KH/BDVTU ngày 28/3/2019 của Ban Dân vận Tỉnh ủy về ...";
 * each part only when known. The issuer is named through the document's agency names.
 */
export function citeDocument(ref: DocumentRef, agencies: ReadonlyMap<string, Agency>, names: AgencyNames | null, lang: Lang): string {
  const number = typeof ref === 'string' ? ref : ref.number;
  const kind = documentKind(number, lang);
  const parts = [lang === 'vi' ? `${kind} số ${number}` : `${kind} No. ${number}`];
  if (typeof ref !== 'string' && ref.date) parts.push(lang === 'vi' ? `ngày ${citationDate(ref.date)}` : `of ${citationDate(ref.date)}`);
  const issuer = issuerOf(ref, agencies);
  const issuerName = issuer.id ? (names ? names.name(issuer.id) : (agencies.get(issuer.id)?.name ?? issuer.id)) : issuer.name;
  if (issuerName) parts.push(lang === 'vi' ? `của ${issuerName}` : `by ${issuerName}`);
  if (typeof ref !== 'string' && ref.title) {
    const about = ref.title.startsWith(kind) ? ref.title.slice(kind.length).trim() : ref.title;
    if (about) parts.push(lang === 'vi' ? (/^về(?=\s|$)/u.test(about) ? about : `về ${lowerFirst(about)}`) : `on ${about}`);
  }
  return parts.join(' ');
}
