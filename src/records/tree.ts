import { open, readdir } from 'node:fs/promises';
import path from 'node:path';

export type EntryKind = 'file' | 'dir' | 'symlink' | 'other';

export interface TreeEntry {
  name: string;
  kind: EntryKind;
}

/** Where records are read from: the working folder, or a git revision. Paths are relative, with "/". */
export interface Tree {
  /** Entries of a folder ("" for the root); empty when it does not exist. */
  list(dir: string): Promise<TreeEntry[]>;
  /** A file's bytes, or null when it is larger than `limit` (never read whole). */
  read(file: string, limit: number): Promise<Uint8Array | null>;
  /** Said in messages: the folder, or "REV:folder". */
  label: string;
}

/** The records as they are on disk. Links, pipes and devices are listed as such, never followed. */
export function fileSystemTree(root: string, label = root): Tree {
  return {
    label,
    async list(dir) {
      try {
        const entries = await readdir(path.join(root, dir), { withFileTypes: true });
        return entries.map((e) => ({ name: e.name, kind: e.isSymbolicLink() ? 'symlink' : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other' }));
      } catch {
        return [];
      }
    },
    async read(file, limit) {
      const handle = await open(path.join(root, file), 'r');
      try {
        if ((await handle.stat()).size > limit) return null;
        return await handle.readFile();
      } finally {
        await handle.close();
      }
    },
  };
}
