import { FileDigests } from '../cache/file-digests.js';
import { uniqueId } from '../checks/rules/unique-id.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n/lang.js';
import type { Progress } from '../progress.js';
import { discoverRecords, type Discovery } from '../records/discover.js';
import { loadFile } from '../records/load.js';
import { locate } from '../records/positions.js';
import type { Tree } from '../records/tree.js';
import type { IsoDate } from '../calendar.js';
import { runChunks, type RunOptions } from './pool.js';

/** What a streamed check leaves behind: the files read, the findings, the text of the files with findings. */
export interface CheckedRoot {
  files: string[];
  diagnostics: Diagnostic[];
  textOf: (file: string) => string | undefined;
  /** Content hashes of the files read, when asked for (the run cache). */
  hashes?: FileDigests;
}

export interface CheckOptions extends Pick<RunOptions, 'chunkSize' | 'workers'> {
  scope?: ReadonlySet<string>;
  discovery?: Discovery;
  progress?: Progress;
  today?: IsoDate;
  hash?: boolean;
}

/**
 * Everything `validate` reports, in flat memory: programmes are checked a chunk of folders at a
 * time (on worker threads for a large root), with the root files, and only findings, plus the
 * text of files that have findings, are kept. The one root-wide rule, programme ids unique across
 * the root, is worked out from each chunk's ids.
 */
export async function checkRoot(tree: Tree, lang: Lang, options: CheckOptions = {}): Promise<CheckedRoot> {
  const discovery = options.discovery ?? (await discoverRecords(tree, options.scope));
  const diagnostics: Diagnostic[] = [];
  const texts = new Map<string, string | undefined>();
  const hashes = options.hash ? new FileDigests(discovery.files.map((f) => f.path)) : undefined;
  const ids: { dir: string; id: string; file: string }[] = [];
  const job = { kind: 'validate' as const, ...(options.today ? { today: options.today } : {}), ...(options.hash ? { hash: true } : {}) };
  for await (const { chunk, result } of runChunks(tree, lang, discovery, job, options)) {
    diagnostics.push(...result.diagnostics);
    for (const [file, text] of result.texts) if (!texts.has(file)) texts.set(file, text);
    hashes?.add(chunk.discovery.files, result.digests);
    ids.push(...result.programmes);
  }
  options.progress?.done();
  diagnostics.push(...(await repeatedProgrammeIds(tree, lang, ids, texts)));
  return { files: discovery.files.map((f) => f.path), diagnostics: sortDiagnostics(diagnostics), textOf: (file) => texts.get(file), ...(hashes ? { hashes } : {}) };
}

/** Programme ids met before, in the order a single pass meets them: each repeat points at the first. */
async function repeatedProgrammeIds(tree: Tree, lang: Lang, ids: { dir: string; id: string; file: string }[], texts: Map<string, string | undefined>): Promise<Diagnostic[]> {
  const m = uniqueId.messages[lang];
  const found: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const p of ids.sort((a, b) => a.dir.localeCompare(b.dir))) {
    const earlier = seen.get(p.id);
    if (earlier === undefined) {
      seen.set(p.id, p.file);
      continue;
    }
    // Only a repeat needs a position: its file is read again for it.
    const loaded = await loadFile({ path: p.file, kind: 'programme', programmeDir: p.dir }, tree.read.bind(tree), lang, tree.readAgain?.bind(tree));
    const { line, column } = loaded.source ? locate(loaded.source, ['id']) : { line: 1, column: 1 };
    found.push({ file: p.file, line, column, rule: uniqueId.id, severity: uniqueId.severity, message: m.duplicate(m.programme, p.id, earlier), hint: m.hint, pointer: '/id' });
    if (!texts.has(p.file)) texts.set(p.file, loaded.source?.text);
  }
  return found;
}
