import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { stageFile, syncDirectory, writeFileAtomic } from '../io/atomic-write.js';
import { ioMessages } from '../i18n/io-messages.js';
import type { Lang } from '../i18n/lang.js';
import { UserError } from '../user-error.js';
import { digest, removeJournal, writeJournal } from './journal.js';
import { lineBreakOf } from './text-edit.js';
import type { Tree, TreeEntry } from '../records/tree.js';
import { unifiedDiff } from './unified-diff.js';

/** One file an edit touches: its text as read (null: new file) and as it will be. */
export interface FileChange {
  path: string;
  before: string | null;
  after: string;
}

/** Reads a record for editing: the text without its byte-order mark, and a way to put it back. */
export async function readForEdit(root: string, file: string, lang: Lang): Promise<{ raw: string; text: string; wrap: (text: string) => string }> {
  const raw = await readFile(path.join(root, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    // Loaded a moment ago, gone now: someone deleted or renamed it while the command ran.
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new UserError(ioMessages[lang].vanished(file));
    throw error;
  });
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = raw.slice(bom.length);
  // Edits work on lines ending in "\n" (or "\r\n"): a file with old Mac line breaks ("\r" only) is
  // edited with "\n" and written back with "\r"; a file without a final line break gets one while
  // it is edited, and loses it again when written, so that nothing but the edit changes.
  const crOnly = body.includes('\r') && !body.includes('\n');
  const lf = crOnly ? body.replace(/\r/g, '\n') : body;
  const final = lf === '' || lf.endsWith('\n');
  const text = final ? lf : lf + lineBreakOf(lf);
  const wrap = (edited: string) => {
    const ended = final ? edited : edited.replace(/\r?\n$/, '');
    return bom + (crOnly ? ended.replace(/\n/g, '\r') : ended);
  };
  return { raw, text, wrap };
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

/** Test hooks, to stand in for another writer or a crash at a precise moment of a commit. */
export interface CommitHooks {
  /** Called right before each rename, with the path of the file about to be replaced. */
  beforeRename?: (file: string) => void | Promise<void>;
  /** Called after each rename, with the number of files renamed so far. */
  afterRename?: (count: number) => void | Promise<void>;
}

/**
 * Writes every change or none, across a crash too:
 * 1. every file is staged (written and flushed beside its target);
 * 2. if any target changed on disk since it was read, nothing is renamed;
 * 3. a journal listing the staged files is written and flushed;
 * 4. each target is checked again right before its rename (another program may have saved it),
 *    then replaced; a conflict or failure puts back the files already replaced;
 * 5. the folders are flushed and the journal removed.
 * A run killed during step 4 leaves the journal, and the next run completes the renames
 * (`recoverEdits`): the records end up either as before or as after, never half-changed.
 */
export async function commitChanges(root: string, changes: readonly FileChange[], hooks: CommitHooks = {}): Promise<{ conflicts: string[] }> {
  const staged: { target: string; temporary: string; change: FileChange }[] = [];
  try {
    for (const change of changes) {
      const target = path.join(root, change.path);
      await mkdir(path.dirname(target), { recursive: true });
      staged.push({ target, temporary: await stageFile(target, change.after), change });
    }
    const conflicts: string[] = [];
    for (const { target, change } of staged) {
      if ((await currentText(target)) !== change.before) conflicts.push(change.path);
    }
    if (conflicts.length) return { conflicts };
    await writeJournal(root, staged.map((s) => ({ target: s.change.path, temporary: path.relative(root, s.temporary).split(path.sep).join('/'), before: digest(s.change.before), after: digest(s.change.after)! })));
    const done: typeof staged = [];
    try {
      for (const entry of staged) {
        await hooks.beforeRename?.(entry.change.path);
        if ((await currentText(entry.target)) !== entry.change.before) {
          conflicts.push(entry.change.path);
          break;
        }
        await rename(entry.temporary, entry.target);
        done.push(entry);
        await hooks.afterRename?.(done.length);
      }
      if (conflicts.length) await rollBack(done);
    } catch (error) {
      await rollBack(done);
      await removeJournal(root);
      throw error;
    }
    for (const dir of new Set(staged.map((s) => path.dirname(s.target)))) await syncDirectory(dir);
    await removeJournal(root);
    return { conflicts };
  } finally {
    await Promise.all(staged.map((s) => rm(s.temporary, { force: true })));
  }
}

/** Puts back the files already replaced (each target is replaced once, so the order does not matter). */
async function rollBack(done: { target: string; change: FileChange }[]): Promise<void> {
  for (const { target, change } of done) {
    if (change.before === null) await rm(target, { force: true });
    else await writeFileAtomic(target, change.before);
  }
}

async function currentText(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch(() => null);
}
