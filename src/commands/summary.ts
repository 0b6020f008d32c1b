import { ExitCode } from '../exit-codes.js';
import { screenLayout } from '../world.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { parseReviewKind } from '../report/build.js';
import { termSummary } from '../schedule/term-summary.js';
import { UserError } from '../user-error.js';
import { renderDocx } from '../views/docx.js';
import { renderHtml } from '../views/html.js';
import { reportNotes } from '../views/report-doc.js';
import type { Rendering, SummaryItem } from '../run/jobs.js';
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

/** Text and Markdown are laid out by whoever makes each report (a worker thread for a large root). */
function rendering(format: string, context: Context, fitTables: boolean): Rendering | undefined {
  // Text tables fit a terminal's width; piped, a term review fits 80 columns and a year report keeps
  // whole lines (it is pasted into a document).
  const width = fitTables || context.world.stdout.isTTY ? screenLayout(context.world).width : undefined;
  if (format === 'text') return { format: 'text', ...(width === undefined ? {} : { width }) };
  return format === 'markdown' ? { format: 'markdown' } : undefined;
}

/** The signed reports; the drafter's notes go to stderr, never into what is pasted or printed. */
async function assemble(items: readonly SummaryItem[], format: string, context: Context): Promise<string | Uint8Array> {
  for (const note of items.flatMap((i) => i.rendered?.notes ?? (i.document ? reportNotes(i.document) : []))) context.world.stderr.write(`${cliMessages[context.lang].drafterNote(note)}\n`);
  if (format === 'text' || format === 'markdown') return items.map((i) => i.rendered!.text).join(format === 'text' ? '\n\n' : '\n---\n\n');
  const documents = items.map((i) => i.document!);
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
    const render = rendering(format, context, options.term === true);
    const items = await gatherProgrammes(context, options.programme, { kind: 'summary', asOf, report, json, options: reportOptions, ...(render ? { render } : {}) }, (i) => i.id);
    output = json ? summaryJson(options.term ? 'term' : (reviewKind ?? 'year'), items.map((i) => i.entry!)) : await assemble(items, format, context);
  }
  await deliver(context, options.output, output, format);
  return ExitCode.ok;
}
