import type { IsoDate } from '../calendar.js';
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n/lang.js';
import { programmeAsOf } from '../model/as-of.js';
import { programmeHead, type ProgrammeHead } from '../model/programme-head.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import { assemble, checkLoaded, loadFiles, type LoadedRoot } from '../pipeline.js';
import { reviewReport, termDocument, yearReport } from '../report/build.js';
import type { ReportOptions } from '../report/year-report.js';
import { filesByProgramme, type Discovery, type FoundFile } from '../records/discover.js';
import type { Tree } from '../records/tree.js';
import type { ReviewKind } from '../records/types.js';
import { classifyOccurrences, type DueSoon, type Overdue } from '../schedule/occurrences.js';
import { programmeStatus, type ProgrammeStatus, type StatusFilters } from '../schedule/status.js';
import { termSummary } from '../schedule/term-summary.js';
import { reviewEntry, termEntry, yearEntry } from '../views/summary-json.js';
import { jsonItem } from '../views/json-stream.js';
import { statusEntry, writeStatusTablePart, type StatusTableView } from '../views/status.js';
import { layOutOccurrences, type LaidFormat, type LaidOccurrences } from '../views/overdue.js';
import { packedBuffers } from '../views/packed-rows.js';
import type { ReportDocument } from '../views/report-document.js';
import { renderMarkdown, renderText, reportNotes } from '../views/report-doc.js';
import { uniqueId } from '../checks/rules/unique-id.js';
import { DIGEST_BYTES } from '../cache/file-digests.js';
import { hashingTree } from '../cache/run-cache.js';
import { Utf8Writer } from '../io/utf8-writer.js';

/**
 * What is done with each chunk of programmes, in plain data so that a worker thread can be told:
 * check them (validate), or work out what a table or report needs from them as of a date.
 */
export type Job =
  | { kind: 'validate'; today?: IsoDate; hash?: boolean }
  | { kind: 'status'; asOf: IsoDate; soon: number; filters: StatusFilters; render?: StatusRendering }
  | { kind: 'overdue'; asOf: IsoDate; within: number; rows: OverdueRows; narrow?: boolean }
  | { kind: 'summary'; asOf: IsoDate; report: { kind: 'year'; year?: number } | { kind: 'review'; review: ReviewKind } | { kind: 'term' }; options: ReportOptions; render?: Rendering };

/**
 * What overdue's rows are drawn from: rows laid out where the occurrences are found (table, json,
 * CSV), or the occurrences and programme heads (Markdown, HTML).
 */
export type OverdueRows = LaidFormat | 'heads';

/** Reports pasted as text or Markdown are laid out where they are made (each on its own); json entries too. */
export type Rendering = { format: 'text'; width?: number } | { format: 'markdown' } | { format: 'json' };

/** A status listing's part for each programme, laid out where it is made: its table, or its json entry. */
export type StatusRendering = { format: 'table'; view: StatusTableView } | { format: 'json' };

/** A programme's status, or (when the job lays it out) its part of the listing. */
export interface StatusItem {
  id: string;
  status?: ProgrammeStatus;
  /** UTF-8: sent from a worker thread without a copy, written as it is. */
  text?: Uint8Array;
}

/** A programme's open occurrences as of the date: laid out, or with its head to draw them from (`OverdueRows`). */
export type ProgrammeOccurrences = { id: string } & ({ laid: LaidOccurrences } | { head: ProgrammeHead; overdue: Overdue[]; dueSoon: DueSoon[] });

/** A programme's report: its document, or laid out (its json entry, or its text with the drafter's notes). */
export interface SummaryItem {
  id: string;
  document?: ReportDocument;
  /** `text` in UTF-8: sent from a worker thread without a copy, written as it is. */
  rendered?: { text: Uint8Array; notes: string[] };
}

interface Items {
  validate: never;
  status: StatusItem;
  overdue: ProgrammeOccurrences;
  summary: SummaryItem;
}
export type ItemOf<J extends Job> = Items[J['kind']];

/** Root files and some programme folders: what one worker checks at a time. */
export interface Chunk {
  discovery: Discovery;
  /** The first chunk reports the root files' own findings and what discovery skipped; the others do not repeat them. */
  first: boolean;
}

/** What a chunk leaves behind: never parsed records, only findings and small results. */
export interface ChunkResult<I> {
  diagnostics: Diagnostic[];
  /** The text of each file with a finding, for the caret view. */
  texts: [string, string | undefined][];
  /** Each programme's id and file, for the one root-wide rule (ids unique across the root; validate only). */
  programmes: { dir: string; id: string; file: string }[];
  /** Errors in loading and schemas (report jobs leave those records out and say how many). */
  errors: number;
  items: I[];
  /** The sha256 of each of the chunk's files, in its order, 32 bytes each (zero: not read); empty unless the job asked (the run cache). */
  digests: Uint8Array;
}

const ROOT_FILES = new Set(['agencies.yaml', 'phoihop.yaml']);

/**
 * Reads, checks or works out one chunk, a programme at a time with the root files read once: a
 * programme's records are let go before the next one is read, so they die young (a chunk's
 * records held together were copied by every young-generation collection, then promoted).
 */
export async function runChunk<J extends Job>(tree: Tree, lang: Lang, chunk: Chunk, job: J): Promise<ChunkResult<ItemOf<J>>> {
  const hashing = job.kind === 'validate' && job.hash === true;
  const digests = new Uint8Array(hashing ? chunk.discovery.files.length * DIGEST_BYTES : 0);
  const slots = new Map(hashing ? chunk.discovery.files.map((f, i) => [f.path, i]) : []);
  const note = (file: string, digest: Uint8Array) => {
    const slot = slots.get(file);
    if (slot !== undefined) digests.set(digest, slot * DIGEST_BYTES);
  };
  const read: Tree = hashing ? hashingTree(tree, note) : tree;
  const { files, skipped } = chunk.discovery;
  const rootFiles = await loadFiles(read, lang, files.filter((f) => f.programmeDir === null));
  const result: ChunkResult<ItemOf<J>> = { diagnostics: [], texts: [], programmes: [], errors: 0, items: [], digests };
  // Its own call, so that nothing holds a programme's records once it is done.
  const addProgramme = async (programme: FoundFile[], first: boolean) => {
    const loaded = assemble([...rootFiles, ...(await loadFiles(read, lang, programme))], first ? skipped : [], lang);
    addResults(result, loaded, first, job, lang);
  };
  const programmes = [...filesByProgramme(files).values()];
  // A root without programmes still has its root files checked. The first chunk's first
  // programme reports the root files' own findings and what discovery skipped.
  for (const [i, programme] of (programmes.length ? programmes : [[]]).entries()) await addProgramme(programme, chunk.first && i === 0);
  return result;
}

function addResults<J extends Job>(result: ChunkResult<ItemOf<J>>, loaded: LoadedRoot, first: boolean, job: J, lang: Lang): void {
  const own = (d: Diagnostic) => first || !ROOT_FILES.has(d.file);
  if (job.kind === 'validate') {
    for (const f of loaded.records.programmes) if (f.programme) result.programmes.push({ dir: f.dir, id: f.programme.data.id, file: f.programme.source.path });
    const m = uniqueId.messages[lang];
    // Programme ids are unique across the root, not the chunk: worked out by whoever gathers the chunks.
    const isProgrammeRepeat = (d: Diagnostic) => d.rule === 'unique-id' && d.message.startsWith(`${m.programme} "`);
    const diagnostics = checkLoaded(loaded, lang, job.today).diagnostics.filter((d) => own(d) && !isProgrammeRepeat(d));
    result.diagnostics.push(...diagnostics);
    for (const file of new Set(diagnostics.map((d) => d.file))) result.texts.push([file, loaded.textOf(file)]);
    return;
  }
  result.errors += loaded.diagnostics.filter((d) => own(d) && d.severity === 'error').length;
  const models = loaded.models.map((m) => programmeAsOf(m, job.asOf));
  result.items.push(...(workOut(models, job, lang) as ItemOf<J>[]));
}

function workOut(models: ProgrammeModel[], job: Exclude<Job, { kind: 'validate' }>, lang: Lang): (StatusItem | ProgrammeOccurrences | SummaryItem)[] {
  if (job.kind === 'status') return models.map((m) => statusItem(programmeStatus(m, job.asOf, job.soon, job.filters), job, lang));
  if (job.kind === 'overdue') return models.map((m) => programmeOccurrences(m, job, lang));
  return models.map((m) => summaryItem(m, job));
}

function programmeOccurrences(model: ProgrammeModel, job: Extract<Job, { kind: 'overdue' }>, lang: Lang): ProgrammeOccurrences {
  const found = classifyOccurrences([model], job.asOf, job.within);
  const head = programmeHead(model);
  if (job.rows === 'heads') return { id: model.programme.id, head, ...found };
  return { id: model.programme.id, laid: layOutOccurrences(found, head, job.asOf, lang, job.rows, job.narrow) };
}

function statusItem(status: ProgrammeStatus, job: Extract<Job, { kind: 'status' }>, lang: Lang): StatusItem {
  const id = status.model.programme.id;
  if (job.render?.format === 'json') return { id, text: utf8(jsonItem(statusEntry(status))) };
  if (job.render) return { id, text: writeStatusTablePart(status, job.asOf, job.render.view, tableOut).take() };
  return { id, status: slimStatus(status) };
}

/** A status with heads in place of records: what the table shows, nothing more. */
function slimStatus(status: ProgrammeStatus): ProgrammeStatus {
  const head = programmeHead(status.model);
  const heads = new Map(head.tasks.map((t) => [t.task.id, t]));
  return { ...status, model: head, groups: status.groups.map((g) => ({ content: g.content, rows: g.rows.map((r) => ({ ...r, model: heads.get(r.model.task.id)! })) })) };
}

function summaryItem(model: ProgrammeModel, job: Extract<Job, { kind: 'summary' }>): SummaryItem {
  const { report, asOf, options } = job;
  const id = model.programme.id;
  const made = (document: ReportDocument): SummaryItem => (job.render && job.render.format !== 'json' ? { id, rendered: { text: utf8(render(document, job.render)), notes: reportNotes(document) } } : { id, document });
  const json = job.render?.format === 'json';
  const entry = (value: object): SummaryItem => ({ id, rendered: { text: utf8(jsonItem(value)), notes: [] } });
  if (report.kind === 'term') {
    const term = termSummary(model, asOf);
    return json ? entry(termEntry(term)) : made(termDocument(term, asOf, options));
  }
  if (report.kind === 'review') {
    const review = reviewReport(model, report.review, asOf, options);
    return json ? entry(reviewEntry(review)) : made(review.document);
  }
  const year = yearReport(model, report.year, asOf, options);
  return json ? entry(yearEntry(year)) : made(year.document);
}

const encoder = new TextEncoder();
// A status table is written here, programme after programme; each part taken out as it is done.
const tableOut = new Utf8Writer();

/** Text as UTF-8 in a buffer of its own (never a shared pool: it is handed over to another thread). */
function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The buffers of a chunk's laid-out text and rows, handed over to the main thread rather than copied. */
export function textBuffers(items: readonly unknown[]): ArrayBuffer[] {
  return items.flatMap((item) => {
    const { text, rendered, laid } = item as Partial<StatusItem & SummaryItem & { laid: LaidOccurrences }>;
    if (laid) return [...packedBuffers(laid.overdue), ...packedBuffers(laid.dueSoon)];
    const bytes = text ?? rendered?.text;
    return bytes ? [bytes.buffer as ArrayBuffer] : [];
  });
}

function render(document: ReportDocument, how: Exclude<Rendering, { format: 'json' }>): string {
  return how.format === 'text' ? renderText(document, how.width) : renderMarkdown(document);
}
