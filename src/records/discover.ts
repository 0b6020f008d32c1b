import { stat } from 'node:fs/promises';
import type { Tree, TreeEntry } from './tree.js';
import type { RecordKind } from './types.js';

export interface FoundFile {
  /** Relative to the root, with / separators. */
  path: string;
  kind: RecordKind;
  /** The programme folder it belongs to (relative), or null for root-level files. */
  programmeDir: string | null;
}

export interface Skipped {
  path: string;
  /** `yml`: a record saved with the wrong extension; `symlink`: links are never followed; `unreadable`: a folder that cannot be listed. */
  reason: 'yml' | 'symlink' | 'unreadable';
  /** For `unreadable`: the system's reason (EACCES...). */
  code?: string;
}

export interface Discovery {
  files: FoundFile[];
  /** What looks like records but is not read, for a diagnostic. */
  skipped: Skipped[];
}

const SKIPPED_DIRS = new Set(['node_modules', 'dist']);
const PROGRAMME_PARTS: Record<string, RecordKind> = { tasks: 'task', evaluations: 'evaluation', amendments: 'amendment' };

function join(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

const isFile = (e: TreeEntry, name?: string) => e.kind === 'file' && (name === undefined || e.name === name);

/** A folder's entries; a folder that cannot be read is noted, never silently passed over. */
async function list(tree: Tree, dir: string, skipped: Skipped[]): Promise<TreeEntry[]> {
  try {
    return await tree.list(dir);
  } catch (error) {
    skipped.push({ path: dir || '.', reason: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? String(error) });
    return [];
  }
}

/**
 * Finds every programme folder under the root and the record files in it. Never follows links.
 * With `scope`, only those programme folders are looked at (the cost follows the change).
 */
export async function discoverRecords(tree: Tree, scope?: ReadonlySet<string>): Promise<Discovery> {
  const files: FoundFile[] = [];
  const skipped: Skipped[] = [];
  const top = await list(tree, '', skipped);
  for (const name of ['phoihop.yaml', 'agencies.yaml'] as const) {
    if (top.some((e) => isFile(e, name))) {
      files.push({ path: name, kind: name === 'phoihop.yaml' ? 'settings' : 'agencies', programmeDir: null });
    }
  }
  if (!scope) await walk(tree, '', files, skipped);
  else for (const dir of [...scope].sort()) await visitProgramme(tree, dir, await list(tree, dir, skipped), files, skipped);
  return { files, skipped };
}

async function walk(tree: Tree, dir: string, files: FoundFile[], skipped: Skipped[]): Promise<void> {
  const entries = await list(tree, dir, skipped);
  const isProgramme = await visitProgramme(tree, dir, entries, files, skipped);
  const dirs = entries.filter((e) => e.kind === 'dir' && !e.name.startsWith('.') && !SKIPPED_DIRS.has(e.name));
  for (const entry of dirs.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!isProgramme || !PROGRAMME_PARTS[entry.name]) await walk(tree, join(dir, entry.name), files, skipped);
  }
}

/** Collects a programme folder's records; false when `dir` holds no programme.yaml. */
async function visitProgramme(tree: Tree, dir: string, entries: TreeEntry[], files: FoundFile[], skipped: Skipped[]): Promise<boolean> {
  const isProgramme = entries.some((e) => isFile(e, 'programme.yaml'));
  if (isProgramme) {
    files.push({ path: join(dir, 'programme.yaml'), kind: 'programme', programmeDir: dir });
    if (entries.some((e) => isFile(e, 'programme.yml'))) skipped.push({ path: join(dir, 'programme.yml'), reason: 'yml' });
  }
  for (const link of entries.filter((e) => e.kind === 'symlink' && (e.name.endsWith('.yaml') || PROGRAMME_PARTS[e.name] || !e.name.includes('.')))) {
    skipped.push({ path: join(dir, link.name), reason: 'symlink' });
  }
  if (!isProgramme) return false;
  for (const entry of entries.filter((e) => e.kind === 'dir' && PROGRAMME_PARTS[e.name]).sort((a, b) => a.name.localeCompare(b.name))) {
    await collectPart(tree, dir, entry.name, PROGRAMME_PARTS[entry.name]!, files, skipped);
  }
  return true;
}

async function collectPart(tree: Tree, dir: string, part: string, kind: RecordKind, files: FoundFile[], skipped: Skipped[]) {
  const partDir = join(dir, part);
  const entries = await list(tree, partDir, skipped);
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(partDir, entry.name);
    if (entry.kind === 'symlink' && /\.ya?ml$/.test(entry.name)) skipped.push({ path: file, reason: 'symlink' });
    if (entry.kind !== 'file') continue;
    if (entry.name.endsWith('.yaml')) files.push({ path: file, kind, programmeDir: dir });
    else if (entry.name.endsWith('.yml')) skipped.push({ path: file, reason: 'yml' });
  }
}

/** The files of each programme folder, in the order the folders first appear (root files left out). */
export function filesByProgramme(files: readonly FoundFile[]): Map<string, FoundFile[]> {
  const byDir = new Map<string, FoundFile[]>();
  for (const file of files) {
    if (file.programmeDir === null) continue;
    const list = byDir.get(file.programmeDir);
    if (list) list.push(file);
    else byDir.set(file.programmeDir, [file]);
  }
  return byDir;
}

export async function isDirectory(absolute: string): Promise<boolean> {
  try {
    return (await stat(absolute)).isDirectory();
  } catch {
    return false;
  }
}
