import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';

export type EntryKind = 'file' | 'dir' | 'symlink' | 'other';

export interface TreeEntry {
  name: string;
  kind: EntryKind;
}

/** Where records are read from: the working folder, or a git revision. Paths are relative, with "/". */
export interface Tree {
  /** Entries of a folder ("" for the root); empty when it does not exist; throws when it cannot be read. */
  list(dir: string): Promise<TreeEntry[]>;
  /** A file's bytes, or null when it is larger than `limit` (never read whole). */
  read(file: string, limit: number): Promise<Uint8Array | null>;
  /** Reads a file again at once, when the tree can (a folder can; a git revision keeps bytes instead). */
  readAgain?(file: string): Uint8Array;
  /** Said in messages: the folder, or "REV:folder". */
  label: string;
  /** How another thread opens the same tree (run/open-tree.ts); absent when it cannot. */
  spec?: TreeSpec;
}

/** A tree described in plain data, so that a worker thread can open it too. */
export type TreeSpec = { kind: 'folder'; root: string; label: string } | { kind: 'git'; top: string; commit: string; prefix: string; label: string };

/** The records as they are on disk. Links, pipes and devices are listed as such, never followed. */
export function fileSystemTree(root: string, label = root): Tree {
  return {
    label,
    spec: { kind: 'folder', root, label },
    // Synchronous calls: thousands of small files read faster this way than through promises.
    async list(dir) {
      try {
        const entries = readdirSync(path.join(root, dir), { withFileTypes: true });
        return entries.map((e) => ({ name: e.name, kind: e.isSymbolicLink() ? 'symlink' : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other' }));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
    readAgain(file) {
      return readFileSync(path.join(root, file));
    },
    async read(file, limit) {
      const fd = openSync(path.join(root, file), 'r');
      try {
        return readSmall(fd, limit) ?? readSized(fd, limit);
      } finally {
        closeSync(fd);
      }
    },
  };
}

// Records are small: read into one scratch buffer and copy out what was read, without asking the
// file's size first (a Stats object per file); a file that fills it is read by its size instead.
const SCRATCH = Buffer.allocUnsafe(64 * 1024);

/** A file's bytes when they fit the scratch buffer, null when larger than `limit`, undefined when too big for the scratch. */
// Stryker disable next-line BlockStatement: a speed path; a file it leaves is read by its size (readSized), the same bytes
function readSmall(fd: number, limit: number): Buffer | null | undefined {
  // Stryker disable next-line ArithmeticOperator: a scratch one byte short of the limit fills up, and readSized then applies the limit by the size
  const room = Math.min(SCRATCH.length, limit + 1);
  let done = 0;
  for (;;) {
    const n = readSync(fd, SCRATCH, done, room - done, done);
    if (n === 0) break;
    done += n;
    if (done === room) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: null and undefined alike send the file on to readSized (`??`), which refuses it or reads it by its size
      return room > limit ? null : undefined;
    }
  }
  const bytes = Buffer.allocUnsafe(done);
  SCRATCH.copy(bytes, 0, 0, done);
  return bytes;
}

function readSized(fd: number, limit: number): Buffer | null {
  const size = fstatSync(fd).size;
  if (size > limit) return null;
  const bytes = Buffer.allocUnsafe(size);
  let done = 0;
  while (done < size) {
    const n = readSync(fd, bytes, done, size - done, done);
    if (n === 0) break;
    done += n;
  }
  return bytes.subarray(0, done);
}
