import { readFile, rename, rm } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { stageFile, writeFileAtomic } from '../io/atomic-write.js';
import type { Tree, TreeEntry } from '../records/tree.js';
import { unifiedDiff } from './unified-diff.js';

/** One file an edit touches: its text as read (null: new file) and as it will be. */
export interface FileChange {
  path: string;
  before: string | null;
  after: string;
}

const BOM = '\uFEFF';

/** Reads a record for editing: the text without its byte-order mark, and a way to put it back. */
export async function readForEdit(root: string, file: string): Promise<{ raw: string; text: string; wrap: (text: string) => string }> {
  const raw = await readFile(path.join(root, file), 'utf8');
  const bom = raw.startsWith(BOM) ? BOM : '';
  return { raw, text: raw.slice(bom.length), wrap: (text) => bom + text };
}

/** The records as they would be after the changes, for validating before anything is written. */
export function overlayTree(base: Tree, changes: readonly FileChange[]): Tree {
  const after = new Map(changes.map((c) => [c.path, c.after]));
  return {
    label: base.label,
    async list(dir) {
      const entries = await base.list(dir);
      const names = new Set(entries.map((e) => e.name));
      const added: TreeEntry[] = [];
      for (const file of after.keys()) {
        const slash = file.lastIndexOf('/');
        const [parent, name] = slash < 0 ? ['', file] : [file.slice(0, slash), file.slice(slash + 1)];
        if (parent === dir && !names.has(name)) added.push({ name, kind: 'file' });
        // A new file in a new folder: the folder appears in its parent too.
        if (parent.startsWith(dir ? `${dir}/` : '') && parent !== dir) {
          const child = parent.slice(dir ? dir.length + 1 : 0).split('/')[0]!;
          if (!names.has(child) && !added.some((a) => a.name === child)) added.push({ name: child, kind: 'dir' });
        }
      }
      return [...entries, ...added];
    },
    async read(file, limit) {
      const text = after.get(file);
      return text === undefined ? base.read(file, limit) : new TextEncoder().encode(text);
    },
  };
}

export function diffChanges(changes: readonly FileChange[]): string {
  return changes.map((c) => unifiedDiff(c.path, c.before, c.after)).join('');
}

/**
 * Writes every change or none: all files are staged (written and flushed beside their targets)
 * first; then, if any target changed on disk since it was read, nothing is renamed; otherwise
 * each staged file is renamed over its target, and a failure puts back the files already replaced.
 */
export async function commitChanges(root: string, changes: readonly FileChange[]): Promise<{ conflicts: string[] }> {
  const staged: { target: string; temporary: string; change: FileChange }[] = [];
  try {
    for (const change of changes) {
      const target = path.join(root, change.path);
      await mkdir(path.dirname(target), { recursive: true });
      staged.push({ target, temporary: await stageFile(target, change.after), change });
    }
    const conflicts: string[] = [];
    for (const { target, change } of staged) {
      const now = await readFile(target, 'utf8').catch(() => null);
      if (now !== change.before) conflicts.push(change.path);
    }
    if (conflicts.length) return { conflicts };
    const done: typeof staged = [];
    try {
      for (const entry of staged) {
        await rename(entry.temporary, entry.target);
        done.push(entry);
      }
    } catch (error) {
      for (const { target, change } of done.reverse()) {
        if (change.before === null) await rm(target, { force: true });
        else await writeFileAtomic(target, change.before);
      }
      throw error;
    }
    return { conflicts: [] };
  } finally {
    await Promise.all(staged.map((s) => rm(s.temporary, { force: true })));
  }
}
