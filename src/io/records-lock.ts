import path from 'node:path';
import { ioMessages } from '../i18n/io-messages.js';
import type { Lang } from '../i18n/lang.js';
import { UserError } from '../user-error.js';

/** The lock beside the records: a folder made with mkdir (atomic, also on network file systems). */
export const LOCK_NAME = '.phoihop.lock';
/** A lock not refreshed for this long belongs to a run that died (killed, power cut) and is taken over. */
export const STALE_MS = 10_000;

const held = new Map<string, () => Promise<void>>();

/**
 * Serialises phoihop's writers of one records root: waits for a running writer (up to about the
 * stale time), takes over a stale lock, and is released on exit even when the command fails
 * (proper-lockfile removes it on process exit and signals). Taking it twice in one process is a no-op.
 */
export async function lockRecords(root: string, lang: Lang): Promise<void> {
  if (held.has(root)) return;
  const lockfilePath = path.join(root, LOCK_NAME);
  // Loaded only by commands that write records: every other command starts without it.
  const { default: lockfile } = await import('proper-lockfile');
  try {
    const release = await lockfile.lock(root, {
      lockfilePath,
      realpath: false,
      stale: STALE_MS,
      update: STALE_MS / 4,
      retries: { retries: 60, factor: 1.3, minTimeout: 20, maxTimeout: 400 },
      // A lock taken over while we hold it (a suspended laptop): the re-check before each rename still guards the files.
      onCompromised: () => undefined,
    });
    held.set(root, release);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') throw new UserError(ioMessages[lang].locked(lockfilePath));
    // A records folder that cannot take the lock (read-only, full) cannot take the edit either.
    throw new UserError(ioMessages[lang].cannotWrite(lockfilePath, code));
  }
}

/** Releases the lock of a root, if this process holds it. */
export async function unlockRecords(root: string): Promise<void> {
  const release = held.get(root);
  held.delete(root);
  await release?.().catch(() => undefined);
}

/** Releases every lock this process holds (at the end of a command, whatever happened). */
export async function releaseHeldLocks(): Promise<void> {
  await Promise.all([...held.keys()].map(unlockRecords));
}
