import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RecordKind } from './types.js';

export interface FoundFile {
  /** Relative to the root, with / separators. */
  path: string;
  kind: RecordKind;
  /** The programme folder it belongs to (relative), or null for root-level files. */
  programmeDir: string | null;
}

export interface Discovery {
  files: FoundFile[];
  /** Files that look like records but are not read (e.g. `.yml`), for a diagnostic. */
  ignored: string[];
}

const SKIPPED_DIRS = new Set(['node_modules', 'dist']);
const PROGRAMME_PARTS: Record<string, RecordKind> = { tasks: 'task', evaluations: 'evaluation', amendments: 'amendment' };

function join(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

async function listDir(absolute: string) {
  try {
    return await readdir(absolute, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Finds every programme folder under the root and the record files in it. Never follows links. */
export async function discoverRecords(root: string): Promise<Discovery> {
  const files: FoundFile[] = [];
  const ignored: string[] = [];
  const top = await listDir(root);
  for (const name of ['phoihop.yaml', 'agencies.yaml'] as const) {
    if (top.some((e) => e.isFile() && e.name === name)) {
      files.push({ path: name, kind: name === 'phoihop.yaml' ? 'settings' : 'agencies', programmeDir: null });
    }
  }
  await walk(root, '', files, ignored);
  return { files, ignored };
}

async function walk(root: string, dir: string, files: FoundFile[], ignored: string[]): Promise<void> {
  const entries = await listDir(path.join(root, dir));
  const isProgramme = entries.some((e) => e.isFile() && e.name === 'programme.yaml');
  if (isProgramme) {
    files.push({ path: join(dir, 'programme.yaml'), kind: 'programme', programmeDir: dir });
    if (entries.some((e) => e.isFile() && e.name === 'programme.yml')) ignored.push(join(dir, 'programme.yml'));
  }
  const dirs = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && !SKIPPED_DIRS.has(e.name));
  for (const entry of dirs.sort((a, b) => a.name.localeCompare(b.name))) {
    const kind = PROGRAMME_PARTS[entry.name];
    if (isProgramme && kind) await collectPart(root, dir, entry.name, kind, files, ignored);
    else await walk(root, join(dir, entry.name), files, ignored);
  }
}

async function collectPart(root: string, dir: string, part: string, kind: RecordKind, files: FoundFile[], ignored: string[]) {
  const partDir = join(dir, part);
  const entries = await listDir(path.join(root, partDir));
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isFile()) continue;
    if (entry.name.endsWith('.yaml')) files.push({ path: join(partDir, entry.name), kind, programmeDir: dir });
    else if (entry.name.endsWith('.yml')) ignored.push(join(partDir, entry.name));
  }
}

export async function isDirectory(absolute: string): Promise<boolean> {
  try {
    return (await stat(absolute)).isDirectory();
  } catch {
    return false;
  }
}
