import type { IsoDate } from '../calendar.js';
import { frameFor } from '../commands/summary.js';
import type { Context } from '../commands/context.js';
import { formatDateLong } from '../i18n/format.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import { termSummary } from '../schedule/term-summary.js';
import { yearSummary } from '../schedule/year-summary.js';
import { renderDocx } from '../views/docx.js';
import { renderHtml } from '../views/html.js';
import type { Block } from '../views/report-doc.js';
import { termSummaryBlocks } from '../views/term-summary.js';
import { yearSummaryBlocks } from '../views/year-summary.js';

// The one bridge from the site to the report renderers: a year report or the term review of a
// programme, as the HTML page and the .docx that `phoihop summary` writes.

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
  const html = renderHtml(blocks, { title: model.programme.title, lang });
  if (!withDocx) return { html };
  return { html, docx: await renderDocx(blocks, frameFor(model, dateLine, context)) };
}
