import { createHash, hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { Tree } from '../records/tree.js';

/**
 * A cache of whole `validate` runs, safe to delete and never wrong: a run is reused only when
 * every record file has the same content as when it was stored (content hashes; a file's stat —
 * size, modification and change times, inode — stands in for its hash only when it is unchanged
 * and was not modified within a second of the hash being taken), and the tool version, schemas,
 * language and root are the same.
 */
export interface RunCache {
  /** The stored run, when nothing it depends on has changed. */
  lookup(files: readonly string[]): Diagnostic[] | undefined;
  /** A tree that notes the hash of every file read through it, for `store`. */
  hashing(tree: Tree): Tree;
  /** Stores a run; `known` adds hashes taken elsewhere (by worker threads) to those read through `hashing`. */
  store(files: readonly string[], diagnostics: readonly Diagnostic[], known?: { get(file: string): string | undefined }): Promise<void>;
}

// The cache file: a first line naming the format, the run's key, its findings as one line of
// JSON, then a line for each file in sorted order (path, hash, size, mtime, ctime, inode, tab
// apart), so that it is written and read a line at a time, never held whole.
const FORMAT = 'phoihop run cache 2';

interface FileEntry {
  hash: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  ino: string;
}

function statEntry(root: string, file: string): Omit<FileEntry, 'hash'> | undefined {
  try {
    const s = statSync(path.join(root, file), { bigint: true });
    return { size: String(s.size), mtimeNs: String(s.mtimeNs), ctimeNs: String(s.ctimeNs), ino: String(s.ino) };
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isDiagnostics(value: unknown): value is Diagnostic[] {
  const diagnosticOk = (d: unknown) =>
    isObject(d) && typeof d.file === 'string' && typeof d.line === 'number' && typeof d.column === 'number' && typeof d.rule === 'string' && (d.severity === 'error' || d.severity === 'warning') && typeof d.message === 'string';
  return Array.isArray(value) && value.every(diagnosticOk);
}

// A path is written as it is, or as a JSON string when it holds a tab, a line break or a quote first.
const pathField = (file: string) => (/[\t\n\r]|^"/.test(file) ? JSON.stringify(file) : file);
const readPath = (field: string) => (field.startsWith('"') ? (JSON.parse(field) as string) : field);

function entryLine(file: string, entry: FileEntry): string {
  return `${pathField(file)}\t${entry.hash}\t${entry.size}\t${entry.mtimeNs}\t${entry.ctimeNs}\t${entry.ino}\n`;
}

function readEntry(line: string): [string, FileEntry] | undefined {
  const fields = line.split('\t');
  if (fields.length !== 6) return undefined;
  const [file, hash, size, mtimeNs, ctimeNs, ino] = fields as [string, string, string, string, string, string];
  return [readPath(file), { hash, size, mtimeNs, ctimeNs, ino }];
}

/** A file's lines, read a block at a time. */
function* linesOf(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const block = Buffer.alloc(1 << 16);
    let rest = '';
    for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) {
      const lines = (rest + decoder.write(block.subarray(0, n))).split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    rest += decoder.end();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** A tree that tells `note` the sha256 of every file read through it. */
export function hashingTree(tree: Tree, note: (file: string, digest: Buffer) => void): Tree {
  return {
    ...tree,
    async read(file, limit) {
      const bytes = await tree.read(file, limit);
      if (bytes) note(file, hash('sha256', bytes, 'buffer'));
      return bytes;
    },
  };
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function openRunCache(directory: string, root: string, identity: string): RunCache {
  // Named .json by the first format; the name is kept so that a run replaces a file of that format.
  const file = path.join(directory, `${createHash('sha256').update(root).digest('hex').slice(0, 32)}.json`);
  const hashes = new Map<string, string>();
  const keyOf = (files: readonly string[], hashOf: (f: string) => string | undefined): string | undefined => {
    const hash = createHash('sha256').update(identity);
    for (const f of files) {
      const h = hashOf(f);
      if (!h) return undefined;
      hash.update(f).update('\0').update(h).update('\0');
    }
    return hash.digest('hex');
  };
  return {
    lookup(files) {
      let lines: Generator<string> | undefined;
      try {
        lines = linesOf(file);
        const [format, storedKey, findings] = [lines.next().value, lines.next().value, lines.next().value];
        // A cache file of another shape (another version, a hand edit, a partial copy) is ignored and rebuilt.
        if (format !== FORMAT || !storedKey || !findings) return undefined;
        // Both in sorted order: each file is matched with its line as the lines go by.
        let line = lines.next();
        const key = keyOf([...files].sort(byPath), (f) => {
          let entry = line.done ? undefined : readEntry(line.value);
          while (entry && byPath(entry[0], f) < 0) {
            line = lines!.next();
            entry = line.done ? undefined : readEntry(line.value);
          }
          if (!entry || entry[0] !== f) return undefined;
          const [, old] = entry;
          const now = statEntry(root, f);
          const unchanged = now && old.size === now.size && old.mtimeNs === now.mtimeNs && old.ctimeNs === now.ctimeNs && old.ino === now.ino;
          return unchanged ? old.hash : undefined;
        });
        if (key !== storedKey) return undefined;
        const diagnostics: unknown = JSON.parse(findings);
        return isDiagnostics(diagnostics) ? diagnostics : undefined;
      } catch {
        return undefined;
      } finally {
        lines?.return(undefined);
      }
    },
    hashing(tree) {
      return hashingTree(tree, (f, digest) => hashes.set(f, digest.toString('hex')));
    },
    async store(files, diagnostics, known) {
      // The workers' hashes are looked up where they are (`FileDigests`, 115,000 at 5,000 programmes), not copied.
      const hashOf = (f: string) => known?.get(f) ?? hashes.get(f);
      const sorted = [...files].sort(byPath);
      const key = keyOf(sorted, hashOf);
      if (key === undefined) return;
      // A file modified within the last second may change again within the same timestamp: its
      // stat would then look unchanged. Such files are stored without a stat, so they are hashed again.
      const recent = BigInt(Date.now() - 1000) * 1_000_000n;
      function* lines() {
        yield `${FORMAT}\n${key}\n${JSON.stringify(diagnostics)}\n`;
        for (const f of sorted) {
          const s = statEntry(root, f);
          if (s && BigInt(s.mtimeNs) < recent) yield entryLine(f, { hash: hashOf(f)!, ...s });
        }
      }
      try {
        mkdirSync(directory, { recursive: true });
        await writeFileAtomic(file, lines());
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}
