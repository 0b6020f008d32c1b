import { checkSchema } from './checks/schema.js';
import { runRules } from './checks/index.js';
import { sortDiagnostics, type Diagnostic } from './diagnostic.js';
import type { Lang } from './i18n/lang.js';
import type { Progress } from './progress.js';
import { buildModels, type ProgrammeModel } from './model/programme-model.js';
import { discoverRecords, type Discovery, type FoundFile, type Skipped } from './records/discover.js';
import { loadFile, type LoadedFile } from './records/load.js';
import { loadMessages } from './records/messages.js';
import { buildRecords } from './records/model.js';
import type { Tree } from './records/tree.js';
import type { Records, SourceFile } from './records/types.js';

/** Like Promise.all over `items`, with at most `limit` under way (open files are a finite resource). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
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
  parsed: { source: SourceFile; value: unknown; plain?: boolean }[];
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
  progress?.expect(files.length);
  const loaded = await loadFiles(tree, lang, files, progress);
  progress?.done();
  return assemble(loaded, skipped, lang);
}

/** Reads and parses each file, at most 64 at once. */
export function loadFiles(tree: Tree, lang: Lang, files: readonly FoundFile[], progress?: Progress): Promise<LoadedFile[]> {
  return mapLimit(files, 64, async (found) => {
    const file = await loadFile(found, tree.read, lang, tree.readAgain?.bind(tree));
    progress?.tick();
    return file;
  });
}

/** Files read (root files first) → schema check → model, with what discovery skipped. */
export function assemble(loaded: readonly LoadedFile[], skipped: readonly Skipped[], lang: Lang): LoadedRoot {
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
  const parsed = loaded.flatMap((f) => (f.source ? [{ source: f.source, value: f.value, ...(f.plain ? { plain: true } : {}) }] : []));
  const byPath = new Map(loaded.map((f) => [f.found.path, f]));
  const textOf = (file: string) => {
    const found = byPath.get(file);
    return found?.text ?? found?.source?.text;
  };
  return { records, models: buildModels(records), parsed, textOf, diagnostics, files: loaded.map((f) => f.found.path) };
}

/** Adds the cross-record findings to a loaded root: everything `validate` reports, sorted once. */
export function checkLoaded(loaded: LoadedRoot, lang: Lang, today?: string): LoadedRoot {
  const findings = runRules({ records: loaded.records, models: loaded.models, parsed: loaded.parsed, ...(today ? { today } : {}) }, lang);
  return { ...loaded, diagnostics: sortDiagnostics([...loaded.diagnostics, ...findings]) };
}

export async function validateRoot(tree: Tree, lang: Lang, scope?: ReadonlySet<string>, discovery?: Discovery, progress?: Progress, today?: string): Promise<LoadedRoot> {
  return checkLoaded(await loadRoot(tree, lang, scope, discovery, progress), lang, today);
}
