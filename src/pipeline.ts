import { checkSchema } from './checks/schema.js';
import { runRules } from './checks/index.js';
import { sortDiagnostics, type Diagnostic } from './diagnostic.js';
import type { Lang } from './i18n/lang.js';
import { buildModels, type ProgrammeModel } from './model/programme-model.js';
import { discoverRecords } from './records/discover.js';
import { loadFile, type ReadBytes } from './records/load.js';
import { loadMessages } from './records/messages.js';
import { buildRecords } from './records/model.js';
import type { Records, SourceFile } from './records/types.js';

export interface LoadedRoot {
  records: Records;
  models: ProgrammeModel[];
  sources: SourceFile[];
  /** The text of every file that could be decoded, by path. */
  texts: Map<string, string>;
  /** Problems found while loading and checking schemas. */
  diagnostics: Diagnostic[];
  fileCount: number;
}

/** discover → load → schema check → model: the records of a root, with what was wrong on the way. */
export async function loadRoot(root: string, readBytes: ReadBytes, lang: Lang): Promise<LoadedRoot> {
  const { files, skipped } = await discoverRecords(root);
  const loaded = await Promise.all(files.map((found) => loadFile(found, readBytes, lang)));
  const diagnostics: Diagnostic[] = loaded.flatMap((f) => f.diagnostics);
  const failed = new Set<string>();
  for (const file of loaded) {
    if (!file.source) continue;
    const problems = checkSchema(file.source, file.value, lang);
    if (problems.length) failed.add(file.found.path);
    diagnostics.push(...problems);
  }
  const msg = loadMessages[lang];
  for (const { path: file, reason } of skipped) {
    const at = { file, line: 1, column: 1 };
    if (reason === 'yml') diagnostics.push({ ...at, rule: 'file-name', severity: 'error', message: msg.ymlIgnored, hint: msg.ymlIgnoredHint(file.replace(/^.*\//, '').replace(/\.yml$/, '.yaml')) });
    else diagnostics.push({ ...at, rule: 'symlink', severity: 'warning', message: msg.symlink, hint: msg.symlinkHint });
  }
  const records = buildRecords(loaded, failed);
  const sources = loaded.flatMap((f) => (f.source ? [f.source] : []));
  const texts = new Map(loaded.flatMap((f) => (f.text === undefined ? [] : [[f.found.path, f.text] as const])));
  return { records, models: buildModels(records), sources, texts, diagnostics, fileCount: files.length };
}

/** Everything `validate` reports: load, schema and cross-record findings, sorted once. */
export async function validateRoot(root: string, readBytes: ReadBytes, lang: Lang): Promise<LoadedRoot> {
  const loaded = await loadRoot(root, readBytes, lang);
  const findings = runRules({ records: loaded.records, models: loaded.models, sources: loaded.sources }, lang);
  return { ...loaded, diagnostics: sortDiagnostics([...loaded.diagnostics, ...findings]) };
}
