import { ExitCode } from '../exit-codes.js';
import { cliMessages } from '../i18n/cli-messages.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import { termSummary } from '../schedule/term-summary.js';
import { yearOf, yearSummary } from '../schedule/year-summary.js';
import { UserError } from '../user-error.js';
import { renderDocx } from '../views/docx.js';
import { renderHtml } from '../views/html.js';
import { renderMarkdown, renderText, reportNotes } from '../views/report-doc.js';
import type { ReportDocument } from '../views/report-document.js';
import { termSummaryJson, yearSummaryJson } from '../views/summary-json.js';
import { termSummaryBlocks, termSummaryCsv } from '../views/term-summary.js';
import { yearSummaryBlocks } from '../views/year-summary.js';
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
  output?: string;
}

function parseYear(value: string, context: Context): number {
  if (!/^\d{4}$/.test(value)) throw new UserError(cliMessages[context.lang].badNumber(value));
  return Number(value);
}

export async function runSummary(options: SummaryOptions, context: Context): Promise<ExitCode> {
  const { lang } = context;
  const asOf = parseAsOf(options.asOf, context);
  const format = parseChoice(options.format, SUMMARY_FORMATS, 'text', context);
  const chosenYear = options.year === undefined ? undefined : parseYear(options.year, context);
  if (format === 'csv' && !options.term) throw new UserError(cliMessages[lang].csvNeedsTerm);
  const models = await loadProgrammes(context, options.programme, asOf);
  const place = context.settings.place ?? '..........';
  const terms = options.term ? models.map((m) => termSummary(m, asOf)) : [];
  // Without --year: the as-of year, or the programme's last year when it has ended.
  const years = options.term ? [] : models.map((m) => yearSummary(m, chosenYear ?? Math.min(yearOf(asOf), yearOf(m.programme.period.to))));
  const documents = options.term
    ? terms.map((t) => ({ model: t.model, blocks: termSummaryBlocks(t, lang), date: undefined, final: true }))
    : years.map((y) => ({ model: y.model, blocks: yearSummaryBlocks(y, { lang, place }), date: y.evaluation?.data.held_on, final: y.final }));
  // The drafter's notes go to stderr, never into what is pasted or printed (HTML and Word also keep them apart).
  const withNotes = (docs: ReportDocument[]) => {
    for (const note of docs.flatMap(reportNotes)) context.world.stderr.write(`${cliMessages[lang].drafterNote(note)}\n`);
    return docs;
  };
  const signed = () => withNotes(documents.map((d) => documentFromBlocks(d.model, d.blocks, { lang, heading: context.settings.heading, ...(context.settings.place ? { place: context.settings.place } : {}), ...(d.date ? { date: d.date } : {}), final: d.final })));
  let output: string | Uint8Array;
  switch (format) {
    case 'json':
      output = options.term ? termSummaryJson(terms) : yearSummaryJson(years);
      break;
    case 'csv':
      output = termSummaryCsv(terms);
      break;
    case 'docx': {
      if (!documents.length) throw new UserError(cliMessages[lang].rootEmpty(context.rootLabel));
      output = await renderDocx(signed());
      break;
    }
    case 'html':
      output = renderHtml(signed());
      break;
    default:
      output = documents.map((d) => (format === 'markdown' ? renderMarkdown : renderText)(d.blocks)).join(format === 'markdown' ? '\n---\n\n' : '\n\n');
  }
  await deliver(context, options.output, output, format);
  return ExitCode.ok;
}
