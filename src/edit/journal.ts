import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { syncDirectory, isTemporary, writeFileAtomic } from '../io/atomic-write.js';

/** The journal of an edit in progress, beside the records; ignored by git through init's .gitignore. */
export const JOURNAL_NAME = '.phoihop.journal';

/** One file of an edit: the target, its staged new text, and the hashes of its text before and after. */
export interface JournalEntry {
  target: string;
  temporary: string;
  /** sha256 of the text before the edit; null for a new file. */
  before: string | null;
  after: string;
}

export function digest(text: string | null): string | null {
  return text === null ? null : createHash('sha256').update(text).digest('hex');
}

export async function writeJournal(root: string, entries: JournalEntry[]): Promise<void> {
  await writeFileAtomic(path.join(root, JOURNAL_NAME), JSON.stringify({ version: 1, entries }, null, 1) + '\n');
}

export async function removeJournal(root: string): Promise<void> {
  await rm(path.join(root, JOURNAL_NAME), { force: true });
  await syncDirectory(root);
}

async function hashOf(file: string): Promise<string | null> {
  return readFile(file, 'utf8').then(digest, () => null);
}

function readEntries(text: string): JournalEntry[] {
  // A journal of `null` throws here, like one cut short: either way not one commitChanges wrote.
  const parsed = JSON.parse(text) as { version?: unknown; entries?: unknown };
  if (parsed.version !== 1 || !Array.isArray(parsed.entries)) return [];
  // Only paths inside the root, as written by commitChanges: a journal is never a way out of it.
  // An entry that is not two strings (not written by commitChanges) throws here: the journal is refused whole.
  return (parsed.entries as JournalEntry[]).filter((e) => ![e.target, e.temporary].some((p) => path.isAbsolute(p) || p.split('/').includes('..')));
}

/**
 * Completes an edit that a killed run left half-done (its journal is still there): every staged
 * file whose target still holds the text from before is renamed over it. A target that someone
 * changed since is left alone and reported. Then the journal and any temporary files that phoihop
 * left in the records folders are removed. Call with the records lock held.
 */
export async function recoverEdits(root: string): Promise<{ completed: string[]; conflicts: string[] }> {
  const completed: string[] = [];
  const conflicts: string[] = [];
  const journal = await readFile(path.join(root, JOURNAL_NAME), 'utf8').catch(() => null);
  if (journal !== null) {
    let entries: JournalEntry[] = [];
    try {
      entries = readEntries(journal);
    } catch {
      // A journal cut short was written before any rename (it is written whole first): nothing to complete.
    }
    for (const entry of entries) {
      const target = path.join(root, entry.target);
      const now = await hashOf(target);
      if (now === entry.after) continue;
      if (now !== entry.before || (await hashOf(path.join(root, entry.temporary))) !== entry.after) {
        conflicts.push(entry.target);
        continue;
      }
      await rename(path.join(root, entry.temporary), target);
      await syncDirectory(path.dirname(target));
      completed.push(entry.target);
    }
    await removeJournal(root);
  }
  await removeLeftovers(root);
  return { completed, conflicts };
}

/** Removes phoihop's temporary files from the records folders (root, programme folders and their parts). */
async function removeLeftovers(root: string, dir = '', depth = 0): Promise<void> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const rel = path.join(dir, entry.name);
    if (entry.isFile() && isTemporary(entry.name)) await rm(path.join(root, rel), { force: true });
    else if (entry.isDirectory() && depth < 2 && !entry.name.startsWith('.') && entry.name !== 'node_modules') await removeLeftovers(root, rel, depth + 1);
  }
}
