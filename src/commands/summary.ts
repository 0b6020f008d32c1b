import { ExitCode } from '../exit-codes.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { termSummary } from '../schedule/term-summary.js';
import { yearOf, yearSummary } from '../schedule/year-summary.js';
import { UserError } from '../user-error.js';
import { renderMarkdown, renderText, type Block } from '../views/report-doc.js';
import { termSummaryJson, yearSummaryJson } from '../views/summary-json.js';
import { termSummaryBlocks } from '../views/term-summary.js';
import { yearSummaryBlocks } from '../views/year-summary.js';
import { parseAsOf, parseChoice, type Context } from './context.js';
import { loadProgrammes } from './report-input.js';

export const SUMMARY_FORMATS = ['text', 'markdown', 'json'] as const;

export interface SummaryOptions {
  asOf?: string;
  programme?: string;
  format?: string;
  year?: string;
  term?: boolean;
}

function parseYear(value: string | undefined, fallback: number, context: Context): number {
  if (value === undefined) return fallback;
  if (!/^\d{4}$/.test(value)) throw new UserError(cliMessages[context.lang].badNumber(value));
  return Number(value);
}

export async function runSummary(options: SummaryOptions, context: Context): Promise<ExitCode> {
  const asOf = parseAsOf(options.asOf, context);
  const format = parseChoice(options.format, SUMMARY_FORMATS, 'text', context);
  const year = parseYear(options.year, yearOf(asOf), context);
  const models = await loadProgrammes(context, options.programme, asOf);
  const render = (docs: Block[][]) => docs.map(format === 'markdown' ? renderMarkdown : renderText).join(format === 'markdown' ? '\n---\n\n' : '\n\n');
  let output: string;
  if (options.term) {
    const terms = models.map((m) => termSummary(m, asOf));
    output = format === 'json' ? termSummaryJson(terms) : render(terms.map((t) => termSummaryBlocks(t, context.lang)));
  } else {
    const summaries = models.map((m) => yearSummary(m, year));
    const place = context.settings.place;
    output = format === 'json' ? yearSummaryJson(summaries) : render(summaries.map((s) => yearSummaryBlocks(s, { lang: context.lang, ...(place ? { place } : {}) })));
  }
  context.world.stdout.write(output);
  return ExitCode.ok;
}
