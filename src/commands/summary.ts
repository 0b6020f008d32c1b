import { ExitCode } from '../exit-codes.js';
import { screenLayout } from '../world.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { formatDateLong } from '../i18n/format.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import { termSummary } from '../schedule/term-summary.js';
import { yearOf, yearSummary } from '../schedule/year-summary.js';
import { UserError } from '../user-error.js';
import { renderDocx, type OfficialFrame } from '../views/docx.js';
import { renderHtml } from '../views/html.js';
import { renderMarkdown, renderText } from '../views/report-doc.js';
import { termSummaryJson, yearSummaryJson } from '../views/summary-json.js';
import { termSummaryBlocks, termSummaryCsv } from '../views/term-summary.js';
import { yearSummaryBlocks } from '../views/year-summary.js';
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
  output?: string;
}

/** The header and signature blocks of the Word document: the programme's parties sign it. */
function frameFor(model: ProgrammeModel, dateLine: string, context: Context): OfficialFrame {
  const names = model.programme.parties.map((p) => model.agencies.get(p.agency)?.name ?? p.agency);
  return { issuers: names, heading: context.settings.heading, dateLine, signers: names, lang: context.lang };
}

function parseYear(value: string, context: Context): number {
  if (!/^\d{4}$/.test(value)) throw new UserError(terminalMessages[context.lang].badYear(value));
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
    ? terms.map((t) => ({ model: t.model, blocks: termSummaryBlocks(t, lang), dateLine: `${place}, ${formatDateLong(asOf, lang)}` }))
    : years.map((y) => {
        const blocks = yearSummaryBlocks(y, { lang, place });
        const dateLine = blocks.find((b) => b.kind === 'dateLine');
        return { model: y.model, blocks, dateLine: dateLine && 'text' in dateLine ? dateLine.text : place };
      });
  let output: string | Uint8Array;
  switch (format) {
    case 'json':
      output = options.term ? termSummaryJson(terms) : yearSummaryJson(years);
      break;
    case 'csv':
      output = termSummaryCsv(terms, context.lang);
      break;
    case 'docx': {
      const first = documents[0];
      if (!first) throw new UserError(cliMessages[lang].rootEmpty(context.rootLabel));
      output = await renderDocx(documents.flatMap((d) => d.blocks), frameFor(first.model, first.dateLine, context));
      break;
    }
    case 'html':
      output = renderHtml(documents.flatMap((d) => d.blocks), { title: documents[0]?.model.programme.title ?? 'phoihop', lang });
      break;
    default: {
      // Text on a screen or a pipe fits its width; text written with --output keeps whole lines.
      const width = options.output === undefined ? screenLayout(context.world).width : undefined;
      output = documents.map((d) => (format === 'markdown' ? renderMarkdown(d.blocks) : renderText(d.blocks, width))).join(format === 'markdown' ? '\n---\n\n' : '\n\n');
    }
  }
  await deliver(context, options.output, output, format);
  return ExitCode.ok;
}
