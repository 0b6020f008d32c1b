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
  /** `yml`: a record saved with the wrong extension; `symlink`: links are never followed. */
  reason: 'yml' | 'symlink';
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

/** Finds every programme folder under the root and the record files in it. Never follows links. */
export async function discoverRecords(tree: Tree): Promise<Discovery> {
  const files: FoundFile[] = [];
  const skipped: Skipped[] = [];
  const top = await tree.list('');
  for (const name of ['phoihop.yaml', 'agencies.yaml'] as const) {
    if (top.some((e) => isFile(e, name))) {
      files.push({ path: name, kind: name === 'phoihop.yaml' ? 'settings' : 'agencies', programmeDir: null });
    }
  }
  await walk(tree, '', files, skipped);
  return { files, skipped };
}

async function walk(tree: Tree, dir: string, files: FoundFile[], skipped: Skipped[]): Promise<void> {
  const entries = await tree.list(dir);
  const isProgramme = entries.some((e) => isFile(e, 'programme.yaml'));
  if (isProgramme) {
    files.push({ path: join(dir, 'programme.yaml'), kind: 'programme', programmeDir: dir });
    if (entries.some((e) => isFile(e, 'programme.yml'))) skipped.push({ path: join(dir, 'programme.yml'), reason: 'yml' });
  }
  for (const link of entries.filter((e) => e.kind === 'symlink' && (e.name.endsWith('.yaml') || PROGRAMME_PARTS[e.name] || !e.name.includes('.')))) {
    skipped.push({ path: join(dir, link.name), reason: 'symlink' });
  }
  const dirs = entries.filter((e) => e.kind === 'dir' && !e.name.startsWith('.') && !SKIPPED_DIRS.has(e.name));
  for (const entry of dirs.sort((a, b) => a.name.localeCompare(b.name))) {
    const kind = PROGRAMME_PARTS[entry.name];
    if (isProgramme && kind) await collectPart(tree, dir, entry.name, kind, files, skipped);
    else await walk(tree, join(dir, entry.name), files, skipped);
  }
}

async function collectPart(tree: Tree, dir: string, part: string, kind: RecordKind, files: FoundFile[], skipped: Skipped[]) {
  const partDir = join(dir, part);
  const entries = await tree.list(partDir);
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(partDir, entry.name);
    if (entry.kind === 'symlink' && /\.ya?ml$/.test(entry.name)) skipped.push({ path: file, reason: 'symlink' });
    if (entry.kind !== 'file') continue;
    if (entry.name.endsWith('.yaml')) files.push({ path: file, kind, programmeDir: dir });
    else if (entry.name.endsWith('.yml')) skipped.push({ path: file, reason: 'yml' });
  }
}

export async function isDirectory(absolute: string): Promise<boolean> {
  try {
    return (await stat(absolute)).isDirectory();
  } catch {
    return false;
  }
}
