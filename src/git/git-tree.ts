import type { EntryKind, Tree, TreeEntry } from '../records/tree.js';
import { BlobReader, git } from './git.js';

interface Blob {
  oid: string;
  size: number;
}

/**
 * A records root as it was at a git revision: `prefix` is the root's path inside the repository.
 * With `only`, just those paths (relative to the root) are listed, so the cost follows the change.
 */
export async function gitTree(top: string, commit: string, prefix: string, label: string, only?: readonly string[]): Promise<Tree> {
  const inRepo = (p: string) => (prefix ? (p ? `${prefix}/${p}` : prefix) : p || '.');
  const pathspecs = only ? only.map(inRepo) : prefix ? [prefix] : [];
  const listing = (await git(top, ['ls-tree', '-r', '-z', '--long', '--full-tree', commit, '--', ...pathspecs])).toString('utf8');
  const dirs = new Map<string, Map<string, EntryKind>>();
  const blobs = new Map<string, Blob>();
  const add = (dir: string, name: string, kind: EntryKind) => {
    if (!dirs.has(dir)) dirs.set(dir, new Map());
    dirs.get(dir)!.set(name, kind);
  };
  for (const record of listing.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, , oid, size] = record.slice(0, tab).split(/ +/);
    // The pathspecs keep the listing inside the root: every path starts with `prefix/`.
    const full = record.slice(tab + 1);
    const relative = prefix ? full.slice(prefix.length + 1) : full;
    const parts = relative.split('/');
    const name = parts.pop()!;
    parts.forEach((part, i) => add(parts.slice(0, i).join('/'), part, 'dir'));
    const kind: EntryKind = mode === '120000' ? 'symlink' : mode === '160000' ? 'other' : 'file';
    add(parts.join('/'), name, kind);
    if (kind === 'file') blobs.set(relative, { oid: oid!, size: Number(size) });
  }
  const reader = new BlobReader(top);
  return {
    label,
    ...(only ? {} : { spec: { kind: 'git', top, commit, prefix, label } as const }),
    async list(dir) {
      return [...(dirs.get(dir) ?? new Map<string, EntryKind>())].map(([name, kind]): TreeEntry => ({ name, kind }));
    },
    async read(file, limit) {
      const blob = blobs.get(file);
      if (!blob) throw Object.assign(new Error(`${file} is not in ${label}`), { code: 'ENOENT' });
      if (blob.size > limit) return null;
      return reader.read(blob.oid);
    },
  };
}
