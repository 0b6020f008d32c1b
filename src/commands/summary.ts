import { ExitCode } from '../exit-codes.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { termSummary } from '../schedule/term-summary.js';
import { yearOf, yearSummary } from '../schedule/year-summary.js';
import { UserError } from '../user-error.js';
import { renderMarkdown, renderText, type Block } from '../views/report-doc.js';
import { termSummaryJson, yearSummaryJson } from '../views/summary-json.js';
import { termSummaryBlocks, termSummaryCsv } from '../views/term-summary.js';
import { renderDocx, type OfficialFrame } from '../views/docx.js';
import { renderHtml } from '../views/html.js';
import { formatDateLong } from '../i18n/format.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import { deliver } from './report-output.js';
import { yearSummaryBlocks } from '../views/year-summary.js';
import { parseAsOf, parseChoice, type Context } from './context.js';
import { loadProgrammes } from './report-input.js';

export const SUMMARY_FORMATS = ['text', 'markdown', 'json', 'html', 'docx', 'csv'] as const;

export interface SummaryOptions {
  asOf?: string;
  programme?: string;
  format?: string;
  year?: string;
  term?: boolean;
  output?: string;
}

/** The header and signature blocks of the Word document: the programme's parties sign it. */
function frameFor(model: ProgrammeModel, dateLine: string, context: Context): OfficialFrame {
  const names = model.programme.parties.map((p) => model.agencies.get(p.agency)?.name ?? p.agency);
  return { issuers: names, heading: context.settings.heading, dateLine, signers: names, lang: context.lang };
}

function parseYear(value: string | undefined, fallback: number, context: Context): number {
  if (value === undefined) return fallback;
  if (!/^\d{4}$/.test(value)) throw new UserError(cliMessages[context.lang].badNumber(value));
  return Number(value);
}

export async function runSummary(options: SummaryOptions, context: Context): Promise<ExitCode> {
  const asOf = parseAsOf(options.asOf, context);
  const format = parseChoice(options.format, SUMMARY_FORMATS, 'text', context);
  const chosenYear = options.year === undefined ? undefined : parseYear(options.year, yearOf(asOf), context);
  const models = await loadProgrammes(context, options.programme, asOf);
  if (format === 'csv' && !options.term) throw new UserError(cliMessages[context.lang].csvNeedsTerm);
  const place = context.settings.place ?? '..........';
  const documents: { model: ProgrammeModel; blocks: Block[]; dateLine: string }[] = [];
  let output: string | Uint8Array;
  if (options.term) {
    const terms = models.map((m) => termSummary(m, asOf));
    for (const t of terms) documents.push({ model: t.model, blocks: termSummaryBlocks(t, context.lang), dateLine: `${place}, ${formatDateLong(asOf, context.lang)}` });
    output = format === 'json' ? termSummaryJson(terms) : format === 'csv' ? termSummaryCsv(terms) : '';
  } else {
    // Without --year: the as-of year, or the programme's last year when it has ended.
    const summaries = models.map((m) => yearSummary(m, chosenYear ?? Math.min(yearOf(asOf), yearOf(m.programme.period.to))));
    for (const s of summaries) {
      const blocks = yearSummaryBlocks(s, { lang: context.lang, place });
      const dateLine = blocks.find((b) => b.kind === 'dateLine');
      documents.push({ model: s.model, blocks, dateLine: dateLine && 'text' in dateLine ? dateLine.text : place });
    }
    output = format === 'json' ? yearSummaryJson(summaries) : '';
  }
  if (format === 'docx') {
    const first = documents[0];
    if (!first) throw new UserError(cliMessages[context.lang].rootEmpty(context.rootLabel));
    output = await renderDocx(documents.flatMap((d) => d.blocks), frameFor(first.model, first.dateLine, context));
  } else if (format === 'html') {
    output = renderHtml(documents.flatMap((d) => d.blocks), { title: documents[0]?.model.programme.title ?? 'phoihop', lang: context.lang });
  } else if (format === 'text' || format === 'markdown') {
    output = documents.map((d) => (format === 'markdown' ? renderMarkdown : renderText)(d.blocks)).join(format === 'markdown' ? '\n---\n\n' : '\n\n');
  }
  await deliver(context, options.output, output, format);
  return ExitCode.ok;
}
