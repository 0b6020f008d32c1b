import { ExitCode } from '../exit-codes.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { parseReviewKind, reviewReport, yearReport } from '../report/build.js';
import { termSummary } from '../schedule/term-summary.js';
import { UserError } from '../user-error.js';
import { renderDocx } from '../views/docx.js';
import { renderHtml } from '../views/html.js';
import { renderMarkdown, renderText, reportNotes } from '../views/report-doc.js';
import type { ReportDocument } from '../views/report-document.js';
import { reviewSummaryJson, termSummaryJson, yearSummaryJson } from '../views/summary-json.js';
import { termSummaryBlocks, termSummaryCsv } from '../views/term-summary.js';
import { parseAsOf, parseChoice, type Context } from './context.js';
import { loadProgrammes } from './report-input.js';
import { deliver } from './report-output.js';
import { documentFromBlocks } from './summary-document.js';

export const SUMMARY_FORMATS = ['text', 'markdown', 'json', 'html', 'docx', 'csv'] as const;

export interface SummaryOptions {
  asOf?: string;
  programme?: string;
  format?: string;
  year?: string;
  term?: boolean;
  review?: string;
  output?: string;
}

function parseYear(value: string, context: Context): number {
  if (!/^\d{4}$/.test(value)) throw new UserError(cliMessages[context.lang].badNumber(value));
  return Number(value);
}

/**
 * A signed report in the chosen format: text and Markdown give the body only, ready to paste; HTML
 * and Word the whole document (docs/documents.md). The drafter's notes go to stderr, never into
 * what is pasted or printed (HTML shows them in a separate box, Word as a comment).
 */
async function renderDocuments(documents: readonly ReportDocument[], format: string, context: Context): Promise<string | Uint8Array> {
  if (!documents.length) throw new UserError(cliMessages[context.lang].rootEmpty(context.rootLabel));
  for (const note of documents.flatMap(reportNotes)) context.world.stderr.write(`${cliMessages[context.lang].drafterNote(note)}\n`);
  if (format === 'text') return documents.map((d) => renderText(d)).join('\n');
  if (format === 'markdown') return documents.map((d) => renderMarkdown(d)).join('\n---\n\n');
  if (format === 'html') return renderHtml(documents);
  return renderDocx(documents);
}

export async function runSummary(options: SummaryOptions, context: Context): Promise<ExitCode> {
  const { lang } = context;
  const asOf = parseAsOf(options.asOf, context);
  const format = parseChoice(options.format, SUMMARY_FORMATS, 'text', context);
  const chosenYear = options.year === undefined ? undefined : parseYear(options.year, context);
  const reviewKind = options.review === undefined ? undefined : parseReviewKind(options.review, lang);
  if (format === 'csv' && !options.term) throw new UserError(cliMessages[lang].csvNeedsTerm);
  const models = await loadProgrammes(context, options.programme, asOf);
  const reportOptions = { lang, ...(context.settings.place ? { place: context.settings.place } : {}), ...(context.settings.heading ? { heading: context.settings.heading } : {}) };
  let output: string | Uint8Array;
  if (options.term) {
    const terms = models.map((m) => termSummary(m, asOf));
    const documents = terms.map((t) => ({ model: t.model, blocks: termSummaryBlocks(t, lang) }));
    // The whole-period table review (--term) stays as it was; Word and HTML wrap it in the signed frame.
    const signed = () => documents.map((d) => documentFromBlocks(d.model, d.blocks, { lang, heading: context.settings.heading ?? 'state', ...(context.settings.place ? { place: context.settings.place } : {}), final: true }));
    if (format === 'json') output = termSummaryJson(terms);
    else if (format === 'csv') output = termSummaryCsv(terms);
    else if (format === 'docx' || format === 'html') output = await renderDocuments(signed(), format, context);
    else output = documents.map((d) => (format === 'markdown' ? renderMarkdown : renderText)(d.blocks)).join(format === 'markdown' ? '\n---\n\n' : '\n\n');
  } else if (reviewKind) {
    const reviews = models.map((m) => reviewReport(m, reviewKind, asOf, reportOptions));
    output = format === 'json' ? reviewSummaryJson(reviews) : await renderDocuments(reviews.map((r) => r.document), format, context);
  } else {
    const years = models.map((m) => yearReport(m, chosenYear, asOf, reportOptions));
    output = format === 'json' ? yearSummaryJson(years) : await renderDocuments(years.map((y) => y.document), format, context);
  }
  await deliver(context, options.output, output, format);
  return ExitCode.ok;
}
