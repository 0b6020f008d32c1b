import { checkSchema } from './checks/schema.js';
import { runRules } from './checks/index.js';
import { sortDiagnostics, type Diagnostic } from './diagnostic.js';
import type { Lang } from './i18n/lang.js';
import type { Progress } from './progress.js';
import { buildModels, type ProgrammeModel } from './model/programme-model.js';
import { uniqueId } from './checks/rules/unique-id.js';
import { discoverRecords, type Discovery, type FoundFile } from './records/discover.js';
import { locate } from './records/positions.js';
import { loadFile } from './records/load.js';
import { loadMessages } from './records/messages.js';
import { buildRecords } from './records/model.js';
import type { Tree } from './records/tree.js';
import type { Records, SourceFile } from './records/types.js';

/** Like Promise.all over `items`, with at most `limit` under way (open files are a finite resource). */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface LoadedRoot {
  records: Records;
  models: ProgrammeModel[];
  /** Every file that parsed into a mapping, with its value. */
  parsed: { source: SourceFile; value: unknown }[];
  /** The text of a file read, when it could be decoded (for the caret view). */
  textOf: (file: string) => string | undefined;
  /** Problems found while loading and checking schemas. */
  diagnostics: Diagnostic[];
  /** Every record file read. */
  files: string[];
}

/**
 * discover → load → schema check → model: the records of a root, with what was wrong on the way.
 * `scope`, when given, limits the programmes read to those folders (root files are always read);
 * `discovery`, when the caller has already listed the files, saves listing them again.
 */
export async function loadRoot(tree: Tree, lang: Lang, scope?: ReadonlySet<string>, discovery?: Discovery, progress?: Progress): Promise<LoadedRoot> {
  const { files, skipped } = discovery ?? (await discoverRecords(tree, scope));
  const loaded = await mapLimit(files, 64, async (found) => {
    const file = await loadFile(found, tree.read, lang, tree.readAgain?.bind(tree));
    progress?.tick();
    return file;
  });
  progress?.done();
  const diagnostics: Diagnostic[] = loaded.flatMap((f) => f.diagnostics);
  const failed = new Set<string>();
  for (const file of loaded) {
    if (!file.source) continue;
    const problems = checkSchema(file.source, file.value, lang);
    if (problems.length) failed.add(file.found.path);
    diagnostics.push(...problems);
  }
  const msg = loadMessages[lang];
  for (const { path: file, reason, code } of skipped) {
    const at = { file, line: 1, column: 1 };
    if (reason === 'unreadable') diagnostics.push({ ...at, rule: 'file-unreadable', severity: 'error', message: msg.unreadable(code ?? '?'), hint: msg.unreadableHint });
    else if (reason === 'yml') diagnostics.push({ ...at, rule: 'file-name', severity: 'error', message: msg.ymlIgnored, hint: msg.ymlIgnoredHint(file.replace(/^.*\//, '').replace(/\.yml$/, '.yaml')) });
    // A linked programme.yaml would hide a whole programme from every check: that is an error.
    else diagnostics.push({ ...at, rule: 'symlink', severity: /(^|\/)programme\.yaml$/.test(file) ? 'error' : 'warning', message: msg.symlink, hint: msg.symlinkHint });
  }
  const records = buildRecords(loaded, failed);
  const parsed = loaded.flatMap((f) => (f.source ? [{ source: f.source, value: f.value }] : []));
  const byPath = new Map(loaded.map((f) => [f.found.path, f]));
  const textOf = (file: string) => {
    const found = byPath.get(file);
    return found?.text ?? found?.source?.text;
  };
  return { records, models: buildModels(records), parsed, textOf, diagnostics, files: files.map((f) => f.path) };
}

/** Adds the cross-record findings to a loaded root: everything `validate` reports, sorted once. */
export function checkLoaded(loaded: LoadedRoot, lang: Lang, today?: string): LoadedRoot {
  const findings = runRules({ records: loaded.records, models: loaded.models, parsed: loaded.parsed, ...(today ? { today } : {}) }, lang);
  return { ...loaded, diagnostics: sortDiagnostics([...loaded.diagnostics, ...findings]) };
}

export async function validateRoot(tree: Tree, lang: Lang, scope?: ReadonlySet<string>, discovery?: Discovery, progress?: Progress, today?: string): Promise<LoadedRoot> {
  return checkLoaded(await loadRoot(tree, lang, scope, discovery, progress), lang, today);
}

/** What a streamed check leaves behind: the files read, the findings, the text of the files with findings. */
export interface CheckedRoot {
  files: string[];
  diagnostics: Diagnostic[];
  textOf: (file: string) => string | undefined;
}

const ROOT_FILES = new Set(['agencies.yaml', 'phoihop.yaml']);

function decodeText(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/**
 * The same findings as `validateRoot`, in flat memory: programmes are checked `chunk` folders at a
 * time (with the root files, read again for each chunk) and only findings, plus the text of files
 * that have findings, are kept. The one root-wide rule, programme ids unique across the root, is
 * worked out from each chunk's ids and places.
 */
export async function validateStreaming(tree: Tree, lang: Lang, options: { scope?: ReadonlySet<string>; discovery?: Discovery; progress?: Progress; chunk?: number; today?: string } = {}): Promise<CheckedRoot> {
  const discovery = options.discovery ?? (await discoverRecords(tree, options.scope));
  const rootFiles = discovery.files.filter((f) => f.programmeDir === null);
  const byDir = new Map<string, FoundFile[]>();
  for (const file of discovery.files) {
    if (file.programmeDir === null) continue;
    const list = byDir.get(file.programmeDir) ?? [];
    list.push(file);
    byDir.set(file.programmeDir, list);
  }
  const dirs = [...byDir.keys()];
  const size = options.chunk ?? 100;
  const m = uniqueId.messages[lang];
  const isProgrammeRepeat = (d: Diagnostic) => d.rule === 'unique-id' && d.message.startsWith(`${m.programme} "`);
  const diagnostics: Diagnostic[] = [];
  const texts = new Map<string, string | undefined>();
  const ids: { dir: string; id: string; file: string; line: number; column: number }[] = [];
  for (let start = 0; start === 0 || start < dirs.length; start += size) {
    const first = start === 0;
    const files = [...rootFiles, ...dirs.slice(start, start + size).flatMap((d) => byDir.get(d)!)];
    const checked = await validateRoot(tree, lang, undefined, { files, skipped: first ? discovery.skipped : [] }, options.progress, options.today);
    for (const d of checked.diagnostics) {
      if ((!first && ROOT_FILES.has(d.file)) || isProgrammeRepeat(d)) continue;
      diagnostics.push(d);
      if (!texts.has(d.file)) texts.set(d.file, checked.textOf(d.file));
    }
    for (const folder of checked.records.programmes) {
      if (!folder.programme) continue;
      const { line, column } = locate(folder.programme.source, ['id']);
      ids.push({ dir: folder.dir, id: folder.programme.data.id, file: folder.programme.source.path, line, column });
    }
  }
  // Programme ids across the root, in the order a single pass meets them.
  ids.sort((a, b) => a.dir.localeCompare(b.dir));
  const seen = new Map<string, { file: string; line: number }>();
  for (const p of ids) {
    const earlier = seen.get(p.id);
    if (!earlier) {
      seen.set(p.id, p);
      continue;
    }
    diagnostics.push({ file: p.file, line: p.line, column: p.column, rule: uniqueId.id, severity: uniqueId.severity, message: m.duplicate(m.programme, p.id, earlier.file), hint: m.hint, pointer: '/id' });
    if (!texts.has(p.file)) texts.set(p.file, tree.readAgain ? decodeText(tree.readAgain(p.file)) : undefined);
  }
  return { files: discovery.files.map((f) => f.path), diagnostics: sortDiagnostics(diagnostics), textOf: (file) => texts.get(file) };
}
