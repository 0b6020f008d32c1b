import { existsSync } from 'node:fs';
import path from 'node:path';
import { JOURNAL_NAME, recoverEdits } from '../edit/journal.js';
import { ioMessages } from '../i18n/io-messages.js';
import { lockRecords, unlockRecords } from '../io/records-lock.js';
import type { Context } from './context.js';

/**
 * Completes an edit that a killed run left half-done and removes its temporary files, under the
 * records lock; tells the officer on stderr. With `keepLock` (writers) the lock stays held until
 * the command ends; readers release it at once and take it only when there is a journal to replay.
 */
export async function recoverInterrupted(context: Context, keepLock: boolean): Promise<void> {
  if (context.revision || (!keepLock && !existsSync(path.join(context.root, JOURNAL_NAME)))) return;
  await lockRecords(context.root, context.lang);
  try {
    const { completed, conflicts } = await recoverEdits(context.root);
    const m = ioMessages[context.lang];
    if (completed.length) context.world.stderr.write(`phoihop: ${m.recovered(completed.join(', '))}\n`);
    for (const file of conflicts) context.world.stderr.write(`phoihop: ${m.recoveryConflict(file)}\n`);
  } finally {
    if (!keepLock) await unlockRecords(context.root);
  }
}

