import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n/lang.js';
import { loadFile } from '../records/load.js';
import type { Tree } from '../records/tree.js';
import { git } from './git.js';
import { historyMessages } from './messages.js';

export interface Change {
  /**
   * Git's letter: A added, D deleted, R renamed (or moved, with `from` the old path; a rename with
   * edits is still R); any other (M, or T for a file turned into a link) a change in place.
   */
  status: string;
  /** Relative to the records root. */
  path: string;
  /** For a rename: the path before, relative to the root. */
  from?: string;
  /** For a rename: git's similarity, 100 when the content did not change. */
  similarity?: number;
}

/** What changed under the root, as git tells it. */
export interface Changes {
  changes: Change[];
  /** Old path → new path, for every file a change moved (the renames among `changes`). */
  moved: Map<string, string>;
}

/**
 * Files changed under the root between a commit and `head` (another commit), or the working tree
 * when `head` is omitted (then untracked files count as added). Renames are followed, so a moved
 * programme folder is a move, not a deletion and an addition.
 */
export async function changedFiles(top: string, commit: string, prefix: string, head?: string): Promise<Changes> {
  const scope = prefix ? ['--', prefix] : [];
  const [diffOutput, untrackedOutput] = await Promise.all([
    git(top, ['diff', '--name-status', '-z', '--find-renames', '--no-ext-diff', commit, ...(head ? [head] : []), ...scope]),
    head ? Promise.resolve(Buffer.alloc(0)) : git(top, ['ls-files', '--others', '--exclude-standard', '-z', ...scope]),
  ]);
  const fields = diffOutput.toString('utf8').split('\0');
  const strip = (p: string) => (prefix ? p.slice(prefix.length + 1) : p);
  const changes: Change[] = [];
  const moved = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; ) {
    const code = fields[i]!;
    const status = code[0]!;
    // Git reports no copies (C) here: --find-renames overrides a `diff.renames = copies` setting.
    // Nor a rename from outside the root: with the root as pathspec, both ends are under it.
    if (status === 'R') {
      const [from, path] = [strip(fields[i + 1]!), strip(fields[i + 2]!)];
      changes.push({ status, path, from, similarity: Number(code.slice(1)) });
      moved.set(from, path);
      i += 3;
      continue;
    }
    changes.push({ status, path: strip(fields[i + 1]!) });
    i += 2;
  }
  // Every name ends with a \0: the names are the runs between them.
  for (const [file] of untrackedOutput.toString('utf8').matchAll(/[^\0]+/g)) changes.push({ status: 'A', path: strip(file) });
  return { changes, moved };
}

/**
 * The programme folder a record file belongs to ('' for a programme at the root itself), or
 * undefined for a file of no programme. (The patterns of this file live in functions, not module
 * constants nor arrow functions bound to one, so that a mutation test sees the tests that use them.)
 */
function programmeOf(path: string): string | undefined {
  const m = /^(?:(.*)\/)?(?:programme\.yaml|(?:tasks|evaluations|amendments)\/[^/]+)$/.exec(path);
  return m ? (m[1] ?? '') : undefined;
}

/**
 * The programme folders a change touches (both ends of a move), or null when everything must be
 * checked: the shared files (agencies.yaml, phoihop.yaml) or a schema changed.
 */
export function changeScope(changes: readonly Change[]): Set<string> | null {
  const paths = changes.flatMap((change) => (change.from === undefined ? [change.path] : [change.path, change.from]));
  if (paths.some((path) => path === 'agencies.yaml' || path === 'phoihop.yaml' || path.endsWith('.schema.json'))) return null;
  return programmesOf(paths);
}

/** The programme folders of record files; files of no programme add none. */
function programmesOf(paths: readonly string[]): Set<string> {
  const scope = new Set<string>();
  for (const path of paths) {
    const programme = programmeOf(path);
    if (programme !== undefined) scope.add(programme);
  }
  return scope;
}

/**
 * The programme folders of the base that can hold an old copy of a current finding: a finding is
 * the same only in the same file (or the file it was moved from), so the base need be checked
 * only where the current version has findings.
 */
export function findingScope(current: readonly Diagnostic[], renamed: ReadonlyMap<string, string>): Set<string> {
  const movedFrom = new Map([...renamed].map(([from, to]) => [to, from]));
  return programmesOf(current.map((d) => movedFrom.get(d.file) ?? d.file));
}

/**
 * What makes two findings the same finding: rule, file, the place in the record and the message
 * (which names the value). Never the line or the order, so that lines moving elsewhere in the
 * file, or in another file, do not make an old finding look new.
 */
function keyOf(d: Diagnostic): string {
  return JSON.stringify([d.file, d.rule, d.pointer, d.message]);
}

/** Marks each current finding that the base already had (matched by content, not line). */
export function markBaseline(current: readonly Diagnostic[], base: readonly Diagnostic[], renamed?: ReadonlyMap<string, string>): Diagnostic[] {
  const left = new Map<string, number>();
  for (const d of base) {
    const key = keyOf({ ...d, file: renamed?.get(d.file) ?? d.file });
    left.set(key, (left.get(key) ?? 0) + 1);
  }
  return current.map((d) => {
    // Each old finding excuses one current finding: the count may go below zero, which excuses nothing.
    const n = left.get(keyOf(d)) ?? 0;
    left.set(keyOf(d), n - 1);
    return { ...d, baseline: n > 0 };
  });
}

function isTaskFile(path: string): boolean {
  return /(^|\/)tasks\/[^/]+\.yaml$/.test(path);
}

function isEvaluationFile(path: string): boolean {
  return /(^|\/)evaluations\/[^/]+\.yaml$/.test(path);
}

/** Whether an evaluation was final at the base, read with the parser `validate` uses. */
async function wasFinal(baseTree: Tree, path: string, lang: Lang): Promise<boolean> {
  // Stryker disable next-line StringLiteral: equivalent; loading carries the kind along and chooses nothing by it, and only the parsed `state` is read here.
  const loaded = await loadFile({ path, kind: 'evaluation', programmeDir: null }, baseTree.read.bind(baseTree), lang);
  return loaded.value?.state === 'final';
}

/**
 * History is never rewritten quietly: a final evaluation changed or deleted, or a task file
 * deleted. A file moved unchanged (a renamed programme folder) is neither.
 */
export async function historyFindings(changes: readonly Change[], baseTree: Tree, lang: Lang): Promise<Diagnostic[]> {
  const msg = historyMessages(lang);
  const found: Diagnostic[] = [];
  for (const { status, path, from, similarity } of changes) {
    const before = from ?? path;
    const at = { file: path, line: 1, column: 1, severity: 'error' as const };
    // A task file deleted, or moved out of a tasks folder (`before` differs from `path` only for a move).
    if (isTaskFile(before) && (status === 'D' || !isTaskFile(path))) found.push({ ...at, file: before, rule: 'task-deleted', message: msg.taskDeleted, hint: msg.taskDeletedHint });
    // Only a move has a similarity: 100 is a move without edits.
    if (status === 'A' || !isEvaluationFile(before) || (similarity === 100 && isEvaluationFile(path))) continue;
    if (await wasFinal(baseTree, before, lang)) found.push({ ...at, rule: 'final-record', message: status === 'D' ? msg.finalDeleted : msg.finalChanged, hint: msg.finalHint });
  }
  return found;
}
