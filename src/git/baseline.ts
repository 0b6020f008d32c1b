import { parse } from 'yaml';
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n/lang.js';
import { MAX_FILE_BYTES } from '../records/load.js';
import type { Tree } from '../records/tree.js';
import { git } from './git.js';
import { historyMessages } from './messages.js';

export interface Change {
  status: 'A' | 'M' | 'D';
  /** Relative to the records root. */
  path: string;
}

/**
 * Files changed under the root between a commit and `head` (another commit), or the working tree
 * when `head` is omitted (then untracked files count as added).
 */
export async function changedFiles(top: string, commit: string, prefix: string, head?: string): Promise<Change[]> {
  const scope = prefix ? ['--', prefix] : [];
  const [diffOutput, untrackedOutput] = await Promise.all([
    git(top, ['diff', '--name-status', '-z', '--no-renames', commit, ...(head ? [head] : []), ...scope]),
    head ? Promise.resolve(Buffer.alloc(0)) : git(top, ['ls-files', '--others', '--exclude-standard', '-z', ...scope]),
  ]);
  const diff = diffOutput.toString('utf8').split('\0');
  const changes: Change[] = [];
  for (let i = 0; i + 1 < diff.length; i += 2) {
    const status = diff[i]![0] as Change['status'];
    changes.push({ status: status === 'A' || status === 'D' ? status : 'M', path: diff[i + 1]! });
  }
  for (const file of untrackedOutput.toString('utf8').split('\0').filter(Boolean)) changes.push({ status: 'A', path: file });
  const strip = prefix ? prefix.length + 1 : 0;
  return changes.map((c) => ({ ...c, path: c.path.slice(strip) }));
}

const PROGRAMME_FILE = /^(?:(.*)\/)?(?:programme\.yaml|(?:tasks|evaluations|amendments)\/[^/]+)$/;

/**
 * The programme folders a change touches, or null when everything must be checked: the shared
 * files (agencies.yaml, phoihop.yaml) or a schema changed.
 */
export function changeScope(changes: readonly Change[]): Set<string> | null {
  const scope = new Set<string>();
  for (const { path } of changes) {
    if (path === 'agencies.yaml' || path === 'phoihop.yaml' || path.endsWith('.schema.json')) return null;
    const m = PROGRAMME_FILE.exec(path);
    if (m) scope.add(m[1] ?? '');
  }
  return scope;
}

function keyOf(d: Diagnostic): string {
  return `${d.file}\0${d.rule}\0${d.message}`;
}

/** Marks each current finding that the base already had (matched by file, rule and message, not line). */
export function markBaseline(current: readonly Diagnostic[], base: readonly Diagnostic[]): Diagnostic[] {
  const left = new Map<string, number>();
  for (const d of base) left.set(keyOf(d), (left.get(keyOf(d)) ?? 0) + 1);
  return current.map((d) => {
    const n = left.get(keyOf(d)) ?? 0;
    if (n > 0) left.set(keyOf(d), n - 1);
    return { ...d, baseline: n > 0 };
  });
}

/** History is never rewritten quietly: a final evaluation changed or deleted, or a task file deleted. */
export async function historyFindings(changes: readonly Change[], baseTree: Tree, lang: Lang): Promise<Diagnostic[]> {
  const msg = historyMessages[lang];
  const found: Diagnostic[] = [];
  for (const { status, path } of changes) {
    const at = { file: path, line: 1, column: 1, severity: 'error' as const };
    if (status === 'D' && /(^|\/)tasks\/[^/]+\.yaml$/.test(path)) found.push({ ...at, rule: 'task-deleted', message: msg.taskDeleted, hint: msg.taskDeletedHint });
    if (status === 'A' || !/(^|\/)evaluations\/[^/]+\.yaml$/.test(path)) continue;
    const before = await baseTree.read(path, MAX_FILE_BYTES).catch(() => null);
    let state: unknown;
    try {
      state = before ? (parse(new TextDecoder().decode(before)) as { state?: unknown } | null)?.state : undefined;
    } catch {
      state = undefined;
    }
    if (state === 'final') found.push({ ...at, rule: 'final-record', message: status === 'D' ? msg.finalDeleted : msg.finalChanged, hint: msg.finalHint });
  }
  return found;
}
