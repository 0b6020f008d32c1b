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
import { termSummaryCsv } from '../views/term-summary.js';
import { parseAsOf, parseChoice, type Context } from './context.js';
import { loadProgrammes } from './report-input.js';
import { discoverChosen, gather, streamItems } from './gather.js';
import { jsonDocument } from '../views/json-stream.js';
import type { FileData } from '../io/atomic-write.js';
import { deliver, joinParts } from './report-output.js';

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
  if (!/^\d{4}$/.test(value)) throw new UserError(terminalMessages[context.lang].badYear(value, '--year 2019'));
  return Number(value);
}

/** Text, Markdown and json are laid out by whoever makes each report (a worker thread for a large root). */
function rendering(format: string, context: Context, fitTables: boolean): Rendering | undefined {
  if (format === 'json') return { format: 'json' };
  // Text tables fit a terminal's width; piped, a term review fits 80 columns and a year report keeps
  // whole lines (it is pasted into a document).
  const width = fitTables || context.world.stdout.isTTY ? screenLayout(context.world).width : undefined;
  if (format === 'text') return { format: 'text', ...(width === undefined ? {} : { width }) };
  return format === 'markdown' ? { format: 'markdown' } : undefined;
}

/** The drafter's notes go to stderr, never into what is pasted or printed; each once, however many reports it concerns. */
function noteWriter(context: Context): (notes: readonly string[]) => void {
  const said = new Set<string>();
  return (notes) => {
    for (const note of notes) {
      if (said.has(note)) continue;
      said.add(note);
      context.world.stderr.write(`${cliMessages[context.lang].drafterNote(note)}\n`);
    }
  };
}

/** Text, Markdown and json: each report laid out where it is made and written as it comes. */
async function* streamed(items: AsyncIterable<SummaryItem>, format: string, kind: string, context: Context): AsyncGenerator<string | Uint8Array> {
  const note = noteWriter(context);
  async function* parts() {
    for await (const item of items) {
      note(item.rendered!.notes);
      yield item.rendered!.text;
    }
  }
  yield* format === 'json' ? jsonDocument({ version: 1, kind }, [['programmes', parts()]]) : joinParts(parts(), format === 'text' ? '\n\n' : '\n---\n\n');
}

/** HTML and Word: one file of every report. */
async function assemble(items: readonly SummaryItem[], format: string, context: Context): Promise<string | Uint8Array> {
  const documents = items.map((i) => i.document!);
  noteWriter(context)(documents.flatMap(reportNotes));
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
  // Refused before the reports are made (and their drafter's notes printed): Word cannot go to the screen.
  if (format === 'docx' && options.output === undefined) throw new UserError(cliMessages[lang].needsOutput(format));
  let output: FileData;
  if (format === 'csv') {
    // One table across programmes, with a column per year any of them has: from the whole models.
    const models = await loadProgrammes(context, options.programme, asOf);
    output = termSummaryCsv(models.map((m) => termSummary(m, asOf)), context.lang);
  } else {
    const reportOptions = { lang, ...(context.settings.place ? { place: context.settings.place } : {}), ...(context.settings.heading ? { heading: context.settings.heading } : {}) };
    const report = options.term ? ({ kind: 'term' } as const) : reviewKind ? ({ kind: 'review', review: reviewKind } as const) : ({ kind: 'year', ...(chosenYear === undefined ? {} : { year: chosenYear }) } as const);
    const render = rendering(format, context, options.term === true);
    const job = { kind: 'summary', asOf, report, options: reportOptions, ...(render ? { render } : {}) } as const;
    const discovery = await discoverChosen(context, options.programme);
    output = render ? streamed(streamItems(context, discovery, job), format, options.term ? 'term' : (reviewKind ?? 'year'), context) : await assemble(await gather(context, discovery, job), format, context);
  }
  await deliver(context, options.output, output, format);
  return ExitCode.ok;
}
