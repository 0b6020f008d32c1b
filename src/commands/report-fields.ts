import { isCalendarDate } from '../calendar.js';
import { closest } from '../checks/closest.js';
import { scalarText } from '../edit/yaml-edits.js';
import type { Lang } from '../i18n/lang.js';
import { reportFieldMessages } from '../i18n/report-fields-messages.js';
import type { Indicator } from '../records/types.js';
import { UserError } from '../user-error.js';

export interface CitationOptions {
  document?: string[];
  documentDate?: string[];
  documentTitle?: string[];
  documentIssuer?: string[];
}

const THOUSANDS = /^\d{1,3}([.,]\d{3})+$/;

/** "48", "85.1" or "85,1" as a number; "35.000" and "35,000" are refused (thousands or decimal?). */
export function parseFigureNumber(text: string, lang: Lang): number {
  const msg = reportFieldMessages[lang];
  if (THOUSANDS.test(text) || !/^\d+([.,]\d+)?$/.test(text)) throw new UserError(msg.badFigureNumber(text));
  return Number(text.replace(',', '.'));
}

/** --figure ID=NUMBER values as the YAML of a figures mapping, each id checked against the indicators. */
export function figuresText(values: readonly string[], indicators: readonly Indicator[], lang: Lang): string | undefined {
  if (values.length === 0) return undefined;
  const msg = reportFieldMessages[lang];
  const known = indicators.map((i) => i.id);
  const figures = new Map<string, number>();
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq <= 0) throw new UserError(msg.badFigure(value));
    const id = value.slice(0, eq).trim();
    if (known.length === 0) throw new UserError(msg.noIndicators(id));
    if (!known.includes(id)) {
      throw new UserError(msg.unknownIndicator(id, closest(id, known), known.join(', ')));
    }
    if (figures.has(id)) throw new UserError(msg.figureTwice(id));
    figures.set(id, parseFigureNumber(value.slice(eq + 1).trim(), lang));
  }
  return `{ ${[...figures].map(([id, n]) => `${id}: ${n}`).join(', ')} }`;
}

/** The n-th value of a per-document option: one value goes with a lone document, else one per document. */
function paired(values: readonly string[] | undefined, count: number, option: string, lang: Lang): (string | undefined)[] {
  if (!values?.length) return Array.from({ length: count }, () => undefined);
  if (values.length !== count) throw new UserError(reportFieldMessages[lang].unpaired(option, values.length, count));
  return values.map((v) => (v === '' ? undefined : v));
}

/** --document with its --document-date/-title/-issuer as the YAML of a documents list: bare numbers stay bare (version 1). */
export function documentsText(options: CitationOptions, lang: Lang): string | undefined {
  const numbers = options.document ?? [];
  if (numbers.length === 0) {
    const stray = options.documentDate?.length ? '--document-date' : options.documentTitle?.length ? '--document-title' : options.documentIssuer?.length ? '--document-issuer' : null;
    if (stray) throw new UserError(reportFieldMessages[lang].unpaired(stray, 1, 0));
    return undefined;
  }
  const dates = paired(options.documentDate, numbers.length, '--document-date', lang);
  const titles = paired(options.documentTitle, numbers.length, '--document-title', lang);
  const issuers = paired(options.documentIssuer, numbers.length, '--document-issuer', lang);
  const items = numbers.map((number, i) => {
    const date = dates[i];
    if (date !== undefined && !isCalendarDate(date)) throw new UserError(reportFieldMessages[lang].badDocumentDate(date));
    const fields = [`number: ${scalarText(number, true)}`];
    if (date) fields.push(`date: ${date}`);
    if (titles[i]) fields.push(`title: ${scalarText(titles[i]!, true)}`);
    if (issuers[i]) fields.push(`issuer: ${scalarText(issuers[i]!, true)}`);
    return fields.length === 1 ? scalarText(number, true) : `{ ${fields.join(', ')} }`;
  });
  return `[${items.join(', ')}]`;
}
