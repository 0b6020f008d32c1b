import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
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
  store(files: readonly string[], diagnostics: readonly Diagnostic[], known?: ReadonlyMap<string, string>): Promise<void>;
}

interface FileEntry {
  hash: string;
  size: number;
  mtimeNs: string;
  ctimeNs: string;
  ino: number;
}

interface Stored {
  key: string;
  files: Record<string, FileEntry>;
  diagnostics: Diagnostic[];
}

function statEntry(root: string, file: string): Omit<FileEntry, 'hash'> | undefined {
  try {
    const s = statSync(path.join(root, file), { bigint: true });
    return { size: Number(s.size), mtimeNs: String(s.mtimeNs), ctimeNs: String(s.ctimeNs), ino: Number(s.ino) };
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isStored(value: unknown): value is Stored {
  if (!isObject(value) || typeof value.key !== 'string' || !isObject(value.files) || !Array.isArray(value.diagnostics)) return false;
  const entryOk = (e: unknown) => isObject(e) && typeof e.hash === 'string' && typeof e.size === 'number' && typeof e.mtimeNs === 'string' && typeof e.ctimeNs === 'string' && typeof e.ino === 'number';
  const diagnosticOk = (d: unknown) =>
    isObject(d) && typeof d.file === 'string' && typeof d.line === 'number' && typeof d.column === 'number' && typeof d.rule === 'string' && (d.severity === 'error' || d.severity === 'warning') && typeof d.message === 'string';
  return Object.values(value.files).every(entryOk) && value.diagnostics.every(diagnosticOk);
}

/** A tree that tells `note` the content hash of every file read through it. */
export function hashingTree(tree: Tree, note: (file: string, hash: string) => void): Tree {
  return {
    ...tree,
    async read(file, limit) {
      const bytes = await tree.read(file, limit);
      if (bytes) note(file, createHash('sha256').update(bytes).digest('hex'));
      return bytes;
    },
  };
}

export function openRunCache(directory: string, root: string, identity: string): RunCache {
  const file = path.join(directory, `${createHash('sha256').update(root).digest('hex').slice(0, 32)}.json`);
  const hashes = new Map<string, string>();
  let stored: Stored | undefined;
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    // A cache file of another shape (another version, a hand edit, a partial copy) is ignored and rebuilt.
    stored = isStored(value) ? value : undefined;
  } catch {
    stored = undefined;
  }
  const keyOf = (files: readonly string[], hashOf: (f: string) => string | undefined): string | undefined => {
    const hash = createHash('sha256').update(identity);
    for (const f of [...files].sort()) {
      const h = hashOf(f);
      if (!h) return undefined;
      hash.update(f).update('\0').update(h).update('\0');
    }
    return hash.digest('hex');
  };
  return {
    lookup(files) {
      if (!stored) return undefined;
      const previous = stored.files;
      const key = keyOf(files, (f) => {
        const old = previous[f];
        const now = statEntry(root, f);
        if (!old || !now) return undefined;
        const unchanged = old.size === now.size && old.mtimeNs === now.mtimeNs && old.ctimeNs === now.ctimeNs && old.ino === now.ino;
        return unchanged ? old.hash : undefined;
      });
      return key !== undefined && key === stored.key ? stored.diagnostics : undefined;
    },
    hashing(tree) {
      return hashingTree(tree, (f, hash) => hashes.set(f, hash));
    },
    async store(files, diagnostics, known) {
      for (const [f, hash] of known ?? []) hashes.set(f, hash);
      const key = keyOf(files, (f) => hashes.get(f));
      if (key === undefined) return;
      // A file modified within the last second may change again within the same timestamp: its
      // stat would then look unchanged. Such files are stored without a stat, so they are hashed again.
      const recent = BigInt(Date.now() - 1000) * 1_000_000n;
      const entries: Record<string, FileEntry> = {};
      for (const f of files) {
        const s = statEntry(root, f);
        if (s && BigInt(s.mtimeNs) < recent) entries[f] = { hash: hashes.get(f)!, ...s };
      }
      try {
        mkdirSync(directory, { recursive: true });
        await writeFileAtomic(file, JSON.stringify({ key, files: entries, diagnostics }));
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}
