import { cliMessages } from '../i18n/cli-messages.js';
import { collator } from '../i18n/lang.js';
import { discoverRecords, type Discovery, type FoundFile } from '../records/discover.js';
import { loadFile, MAX_FILE_BYTES } from '../records/load.js';
import type { Agency, Content } from '../records/types.js';
import type { ItemOf, Job } from '../run/jobs.js';
import { mapLimit } from '../pipeline.js';
import { runChunks } from '../run/pool.js';
import { startProgress } from '../progress.js';
import { UserError } from '../user-error.js';
import type { Context } from './context.js';
import { listSome, sameId } from './lookup.js';
import { recoverInterrupted } from './recovery.js';

/** A programme as listed before the work starts: enough to choose programmes and resolve filters. */
export interface ListedProgramme {
  dir: string;
  id: string;
  contents: Content[];
}

/** The root's agencies and its programmes' ids and areas, read from agencies.yaml and each programme.yaml only. */
export async function listRoot(context: Context, discovery: Discovery): Promise<{ agencies: Agency[]; programmes: ListedProgramme[] }> {
  const read = context.tree.read.bind(context.tree);
  const programmes: ListedProgramme[] = [];
  let agencies: Agency[] = [];
  for (const found of discovery.files) {
    if (found.kind !== 'programme' && found.kind !== 'agencies') continue;
    const { value } = await loadFile(found, read, context.lang);
    if (found.kind === 'agencies') agencies = Array.isArray(value?.agencies) ? (value.agencies as Agency[]) : [];
    else if (typeof value?.id === 'string') programmes.push({ dir: found.programmeDir ?? '', id: value.id, contents: Array.isArray(value.contents) ? (value.contents as Content[]) : [] });
  }
  return { agencies, programmes: programmes.sort((a, b) => collator.compare(a.id, b.id)) };
}

/** The programme folders --programme names (its exact id, else the id in any case). */
export function chooseProgrammes(programmes: readonly ListedProgramme[], wanted: string, context: Context): ListedProgramme[] {
  const exact = programmes.filter((p) => p.id === wanted);
  const chosen = exact.length ? exact : programmes.filter((p) => sameId(wanted, p.id));
  if (chosen.length === 0) throw new UserError(cliMessages[context.lang].unknownProgramme(wanted, listSome(programmes.map((p) => p.id), context.lang)));
  return chosen;
}

/**
 * What a table or report needs from each programme, worked out a chunk of programmes at a time
 * (on worker threads for a large root), in programme id order. Records with errors are left out;
 * the officer is told on stderr, so that a report is never silently partial.
 */
export async function gather<J extends ReportJob>(context: Context, discovery: Discovery, job: J, hold: (item: ItemOf<J>) => ItemOf<J> = (item) => item): Promise<ItemOf<J>[]> {
  const items: ItemOf<J>[] = [];
  for await (const item of gatherItems(context, discovery, job)) items.push(hold(item));
  return items.sort(byId);
}

type ReportJob = Exclude<Job, { kind: 'validate' }>;
const byId = (a: { id: string }, b: { id: string }) => collator.compare(a.id, b.id);

/** Each chunk's items as the chunk is done, in chunk order; then, on stderr, how many records were left out. */
async function* gatherItems<J extends ReportJob>(context: Context, discovery: Discovery, job: J, order?: Promise<readonly string[]>): AsyncGenerator<ItemOf<J>> {
  const progress = startProgress(context.world, context.lang);
  let errors = 0;
  for await (const { result } of runChunks(context.tree, context.lang, discovery, job, { progress, ...(order ? { order } : {}) })) {
    errors += result.errors;
    yield* result.items.sort(byId);
  }
  progress.done();
  if (errors > 0) context.world.stderr.write(cliMessages[context.lang].recordsHaveErrors(errors) + '\n');
}

/**
 * `gather`'s items one at a time, in programme id order, as the work goes: the chunks follow the
 * programmes' order (read from each programme.yaml first, while the worker threads start), so a
 * listing is written as it is made and never held whole.
 */
export async function* streamItems<J extends ReportJob>(context: Context, discovery: Discovery, job: J): AsyncGenerator<ItemOf<J>> {
  yield* gatherItems(context, discovery, job, programmeOrder(context, discovery));
}

// `id: value` at the left margin, a slug (plain or quoted), a comment after it at most.
const ID_LINE = /^id[ \t]*:[ \t]*(["']?)([A-Za-z0-9._-]+)\1[ \t]*(?:#[^\n]*)?\r?$/gm;

/**
 * A programme's id read off its one `id:` line; parsed as YAML when that line is not that simple.
 * The bytes are read as Latin-1, a character each (no UTF-8 decoding): a slug is ASCII, and a byte
 * of a longer character is never one of its letters, so the line matches exactly when it would in
 * the decoded text (a byte-order mark before it sends the file to the parser).
 */
async function readProgrammeId(context: Context, found: FoundFile): Promise<string | undefined> {
  const bytes = await context.tree.read(found.path, MAX_FILE_BYTES);
  const lines = bytes === null ? [] : [...Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').matchAll(ID_LINE)];
  if (lines.length === 1) return lines[0]![2];
  const { value } = await loadFile(found, context.tree.read.bind(context.tree), context.lang);
  return typeof value?.id === 'string' ? value.id : undefined;
}

/** Programme folders in the order of their ids. */
async function programmeOrder(context: Context, discovery: Discovery): Promise<string[]> {
  const programmes = discovery.files.filter((found) => found.kind === 'programme');
  const ids = await mapLimit(programmes, 64, (found) => readProgrammeId(context, found));
  const listed = programmes.flatMap((found, i) => (ids[i] === undefined ? [] : [{ dir: found.programmeDir ?? '', id: ids[i]! }]));
  return listed.sort((a, b) => collator.compare(a.id, b.id)).map((p) => p.dir);
}

/**
 * The root's files (after finishing an edit a crash interrupted), refused when there are none;
 * `narrow` then picks the files of the programmes --programme names.
 */
export async function discoverRoot(context: Context): Promise<Discovery> {
  await recoverInterrupted(context, false);
  const whole = await discoverRecords(context.tree);
  if (whole.files.length === 0) throw new UserError(cliMessages[context.lang].rootEmpty(context.rootLabel));
  return whole;
}

/** `gather` over every programme, or those --programme names (`hold`: what is kept of each item). */
export async function gatherProgrammes<J extends ReportJob>(context: Context, programmeId: string | undefined, job: J, hold?: (item: ItemOf<J>) => ItemOf<J>): Promise<ItemOf<J>[]> {
  return gather(context, await discoverChosen(context, programmeId), job, hold);
}

/** The files of the programme --programme names, or of the whole root. */
export async function discoverChosen(context: Context, programmeId: string | undefined): Promise<Discovery> {
  const whole = await discoverRoot(context);
  const chosen = programmeId === undefined ? undefined : chooseProgrammes((await listRoot(context, whole)).programmes, programmeId, context);
  return narrow(context, whole, chosen);
}

/** The files of the chosen programmes only (all of them when none were chosen). */
export async function narrow(context: Context, whole: Discovery, chosen: readonly ListedProgramme[] | undefined): Promise<Discovery> {
  return chosen === undefined ? whole : discoverRecords(context.tree, new Set(chosen.map((p) => p.dir)));
}
