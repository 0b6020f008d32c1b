import { splitDate, type IsoDate } from '../calendar.js';
import type { Context } from '../commands/context.js';
import { formatDateLong } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import type { ReviewKind } from '../records/types.js';
import { reviewReport, termDocument, yearReport } from '../report/build.js';
import { termSummary } from '../schedule/term-summary.js';
import { renderDocx } from '../views/docx.js';
import { renderHtml } from '../views/html.js';
import type { ReportDocument } from '../views/report-document.js';
import { escapeText } from './escape.js';
import { SITE_WORDS } from './words.js';

// The one bridge from the site to the report model and its renderers: a year report, a mid-term
// or final review, or (for a programme that lists no reviews) the whole-period table review, as
// the HTML page and the .docx that `phoihop summary` writes.

export type SummaryKind = { year: number } | { review: ReviewKind } | 'term';

/** The site's mark on a rendered report: the as-of date and the way back to the programme (not printed). */
function withBanner(html: string, asOf: IsoDate, lang: Lang): string {
  const w = SITE_WORDS[lang];
  const banner = `<nav class="site-banner" style="font-family: sans-serif; font-size: 11pt; border-bottom: 1px solid #999; margin-bottom: 1em;"><a href="index.html">← ${escapeText(w.backToProgramme)}</a> · ${escapeText(w.asOf)} ${escapeText(formatDateLong(asOf, lang))}</nav>\n<style>@media print { nav.site-banner { display: none; } }</style>`;
  return /<body[^>]*>\n?/.test(html) ? html.replace(/<body[^>]*>\n?/, (body) => `${body}${banner}\n`) : banner + html;
}

/** The reviews a programme lists that had begun by the as-of date (their "through" year reached). */
export function reviewsDue(model: ProgrammeModel, asOf: IsoDate): ReviewKind[] {
  const year = splitDate(asOf).year;
  return (model.programme.reviews ?? []).filter((r) => r.through <= year || (r.held_on !== undefined && r.held_on <= asOf)).map((r) => r.kind);
}

function documentOf(model: ProgrammeModel, kind: SummaryKind, asOf: IsoDate, context: Context): ReportDocument {
  const options = { lang: context.lang, ...(context.settings.place ? { place: context.settings.place } : {}), ...(context.settings.heading ? { heading: context.settings.heading } : {}) };
  if (kind === 'term') return termDocument(termSummary(model, asOf), asOf, options);
  if ('review' in kind) return reviewReport(model, kind.review, asOf, options).document;
  return yearReport(model, kind.year, asOf, options).document;
}

export async function summaryDocuments(model: ProgrammeModel, kind: SummaryKind, asOf: IsoDate, context: Context, withDocx: boolean): Promise<{ html: string; docx?: Uint8Array }> {
  const document = documentOf(model, kind, asOf, context);
  const html = withBanner(renderHtml(document), asOf, context.lang);
  if (!withDocx) return { html };
  return { html, docx: await renderDocx(document) };
}
