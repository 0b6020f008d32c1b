import { ExitCode } from '../exit-codes.js';
import { screenLayout } from '../world.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { parseReviewKind } from '../report/build.js';
import { termSummary } from '../schedule/term-summary.js';
import { UserError } from '../user-error.js';
import { renderDocx } from '../views/docx.js';
import { renderHtml } from '../views/html.js';
import { renderMarkdown, renderText, reportNotes } from '../views/report-doc.js';
import type { ReportDocument } from '../views/report-document.js';
import { summaryJson } from '../views/summary-json.js';
import { termSummaryCsv } from '../views/term-summary.js';
import { parseAsOf, parseChoice, type Context } from './context.js';
import { loadProgrammes } from './report-input.js';
import { gatherProgrammes } from './gather.js';
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
  let output: string | Uint8Array;
  if (format === 'csv') {
    // One table across programmes, with a column per year any of them has: from the whole models.
    const models = await loadProgrammes(context, options.programme, asOf);
    output = termSummaryCsv(models.map((m) => termSummary(m, asOf)), context.lang);
  } else {
    const reportOptions = { lang, ...(context.settings.place ? { place: context.settings.place } : {}), ...(context.settings.heading ? { heading: context.settings.heading } : {}) };
    const report = options.term ? ({ kind: 'term' } as const) : reviewKind ? ({ kind: 'review', review: reviewKind } as const) : ({ kind: 'year', ...(chosenYear === undefined ? {} : { year: chosenYear }) } as const);
    const json = format === 'json';
    const items = await gatherProgrammes(context, options.programme, { kind: 'summary', asOf, report, json, options: reportOptions }, (i) => i.id);
    output = json ? summaryJson(options.term ? 'term' : (reviewKind ?? 'year'), items.map((i) => i.entry!)) : await renderDocuments(items.map((i) => i.document!), format, context, options.term === true);
  }
  await deliver(context, options.output, output, format);
  return ExitCode.ok;
}
