import type { IsoDate } from '../calendar.js';
import { frameFor } from '../commands/summary.js';
import type { Context } from '../commands/context.js';
import { formatDateLong } from '../i18n/format.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import { termSummary } from '../schedule/term-summary.js';
import { yearSummary } from '../schedule/year-summary.js';
import { renderDocx } from '../views/docx.js';
import { escapeHtml, renderHtml } from '../views/html.js';
import type { Lang } from '../i18n/lang.js';
import { SITE_WORDS } from './words.js';
import type { Block } from '../views/report-doc.js';
import { termSummaryBlocks } from '../views/term-summary.js';
import { yearSummaryBlocks } from '../views/year-summary.js';

// The one bridge from the site to the report renderers: a year report or the term review of a
// programme, as the HTML page and the .docx that `phoihop summary` writes.

/** The site's mark on a rendered report: the as-of date and the way back to the programme (not printed). */
function withBanner(html: string, asOf: IsoDate, lang: Lang): string {
  const w = SITE_WORDS[lang];
  const banner = `<nav class="site-banner" style="font-family: sans-serif; font-size: 11pt; border-bottom: 1px solid #999; margin-bottom: 1em;"><a href="index.html">← ${escapeHtml(w.backToProgramme)}</a> · ${escapeHtml(w.asOf)} ${escapeHtml(formatDateLong(asOf, lang))}</nav>\n<style>@media print { nav.site-banner { display: none; } }</style>`;
  return html.replace('<main>\n', `<main>\n${banner}\n`);
}

export type SummaryKind = { year: number } | 'term';

export async function summaryDocuments(model: ProgrammeModel, kind: SummaryKind, asOf: IsoDate, context: Context, withDocx: boolean): Promise<{ html: string; docx?: Uint8Array }> {
  const { lang } = context;
  const place = context.settings.place ?? '..........';
  let blocks: Block[];
  let dateLine: string;
  if (kind === 'term') {
    blocks = termSummaryBlocks(termSummary(model, asOf), lang);
    dateLine = `${place}, ${formatDateLong(asOf, lang)}`;
  } else {
    blocks = yearSummaryBlocks(yearSummary(model, kind.year), { lang, place });
    const line = blocks.find((b) => b.kind === 'dateLine');
    dateLine = line && 'text' in line ? line.text : place;
  }
  const html = withBanner(renderHtml(blocks, { title: model.programme.title, lang }), asOf, lang);
  if (!withDocx) return { html };
  return { html, docx: await renderDocx(blocks, frameFor(model, dateLine, context)) };
}
