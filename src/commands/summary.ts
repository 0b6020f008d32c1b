import { ExitCode } from '../exit-codes.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { formatDateLong } from '../i18n/format.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import { documentBlocks, officialFrame } from '../report/adapter.js';
import { parseReviewKind, reviewReport, yearReport } from '../report/build.js';
import { termSummary } from '../schedule/term-summary.js';
import { UserError } from '../user-error.js';
import { renderDocx, type OfficialFrame } from '../views/docx.js';
import { renderHtml } from '../views/html.js';
import { renderMarkdown, renderText, type Block } from '../views/report-doc.js';
import type { ReportDocument } from '../views/report-document.js';
import { reviewSummaryJson, termSummaryJson, yearSummaryJson } from '../views/summary-json.js';
import { termSummaryBlocks, termSummaryCsv } from '../views/term-summary.js';
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
  if (!/^\d{4}$/.test(value)) throw new UserError(cliMessages[context.lang].badNumber(value));
  return Number(value);
}

/** The old whole-period table review (--term), kept as it was. */
function termFrame(model: ProgrammeModel, dateLine: string, context: Context): OfficialFrame {
  const names = model.programme.parties.map((p) => model.agencies.get(p.agency)?.name ?? p.agency);
  return { issuers: names, heading: context.settings.heading ?? 'state', dateLine, signers: names, lang: context.lang };
}

async function renderDocuments(documents: readonly ReportDocument[], format: string, context: Context): Promise<string | Uint8Array> {
  // Notes for the drafter never enter the text to paste: they go to stderr there.
  if (format === 'text') {
    for (const note of documents.flatMap((d) => d.notes)) context.world.stderr.write(`${context.lang === 'vi' ? 'Ghi chú' : 'Note'}: ${note}\n`);
    return documents.map((d) => renderText(documentBlocks(d, { notes: false, frame: true }))).join('\n\n');
  }
  if (format === 'markdown') return documents.map((d) => renderMarkdown(documentBlocks(d, { notes: true, frame: true }))).join('\n---\n\n');
  if (format === 'html') return renderHtml(documents.flatMap((d) => documentBlocks(d, { notes: true, frame: false }).concat(frameBlocks(d))), { title: documents[0]?.subject ?? 'phoihop', lang: context.lang });
  const first = documents[0];
  if (!first) throw new UserError(cliMessages[context.lang].rootEmpty(context.rootLabel));
  return renderDocx(documents.flatMap((d) => documentBlocks(d, { notes: true, frame: false }).filter((b) => b.kind !== 'dateLine')), officialFrame(first));
}

/** Recipients and signatures for renderers that draw no frame of their own yet. */
function frameBlocks(doc: ReportDocument): Block[] {
  return documentBlocks(doc, { notes: false, frame: true }).slice(documentBlocks(doc, { notes: false, frame: false }).length);
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
    const place = context.settings.place ?? '..........';
    const terms = models.map((m) => termSummary(m, asOf));
    const documents = terms.map((t) => ({ model: t.model, blocks: termSummaryBlocks(t, lang), dateLine: `${place}, ${formatDateLong(asOf, lang)}` }));
    if (format === 'json') output = termSummaryJson(terms);
    else if (format === 'csv') output = termSummaryCsv(terms);
    else if (format === 'docx') output = await renderDocx(documents.flatMap((d) => d.blocks), termFrame(documents[0]!.model, documents[0]!.dateLine, context));
    else if (format === 'html') output = renderHtml(documents.flatMap((d) => d.blocks), { title: documents[0]?.model.programme.title ?? 'phoihop', lang });
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
