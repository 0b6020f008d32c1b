import { ExitCode } from '../exit-codes.js';
import { screenLayout } from '../world.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { parseReviewKind, reviewReport, termDocument, yearReport } from '../report/build.js';
import { termSummary } from '../schedule/term-summary.js';
import { UserError } from '../user-error.js';
import { renderDocx } from '../views/docx.js';
import { renderHtml } from '../views/html.js';
import { renderMarkdown, renderText, reportNotes } from '../views/report-doc.js';
import type { ReportDocument } from '../views/report-document.js';
import { reviewSummaryJson, termSummaryJson, yearSummaryJson } from '../views/summary-json.js';
import { termSummaryCsv } from '../views/term-summary.js';
import { parseAsOf, parseChoice, type Context } from './context.js';
import { loadProgrammes } from './report-input.js';
import { deliver } from './report-output.js';

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
  if (!/^\d{4}$/.test(value)) throw new UserError(terminalMessages[context.lang].badYear(value));
  return Number(value);
}

/** The signed reports, rendered; the drafter's notes go to stderr, never into what is pasted or printed. */
async function renderDocuments(documents: readonly ReportDocument[], format: string, context: Context, fitTables = false): Promise<string | Uint8Array> {
  for (const note of documents.flatMap(reportNotes)) context.world.stderr.write(`${cliMessages[context.lang].drafterNote(note)}\n`);
  // Text tables fit a terminal's width; piped, a term review fits 80 columns and a year report keeps
  // whole lines (it is pasted into a document).
  const width = fitTables || context.world.stdout.isTTY ? screenLayout(context.world).width : undefined;
  if (format === 'text') return documents.map((d) => renderText(d, width)).join('\n\n');
  if (format === 'markdown') return documents.map((d) => renderMarkdown(d)).join('\n---\n\n');
  if (format === 'html') return renderHtml(documents);
  if (!documents.length) throw new UserError(cliMessages[context.lang].rootEmpty(context.rootLabel));
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
    if (format === 'json') output = termSummaryJson(terms);
    else if (format === 'csv') output = termSummaryCsv(terms, context.lang);
    else output = await renderDocuments(terms.map((t) => termDocument(t, asOf, reportOptions)), format, context, true);
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
