import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME, lockRecords, releaseHeldLocks, unlockRecords } from '../../src/io/records-lock.js';
import { UserError } from '../../src/user-error.js';

// The records lock (src/io/records-lock.ts), in-process.

const tmp = () => mkdtempSync(path.join(tmpdir(), 'phoihop-lock-'));

describe('lockRecords', () => {
  it('takes the lock as a folder beside the records, once per process, and releases it', async () => {
    const root = tmp();
    await lockRecords(root, 'en');
    const lock = path.join(root, LOCK_NAME);
    expect(statSync(lock).isDirectory()).toBe(true);
    // Taken again by the same process: a no-op, not a wait for itself.
    await lockRecords(root, 'en');
    await unlockRecords(root);
    expect(existsSync(lock)).toBe(false);
    // Released twice: nothing to do, no error.
    await unlockRecords(root);
    expect(existsSync(lock)).toBe(false);
  });

  it('releases every lock the process holds at the end of a command', async () => {
    const [a, b] = [tmp(), tmp()];
    await lockRecords(a, 'vi');
    await lockRecords(b, 'vi');
    await releaseHeldLocks();
    expect([a, b].map((root) => existsSync(path.join(root, LOCK_NAME)))).toEqual([false, false]);
    // Released means it can be taken again at once.
    await lockRecords(a, 'vi');
    expect(existsSync(path.join(a, LOCK_NAME))).toBe(true);
    await releaseHeldLocks();
  });

  it('a folder that cannot hold the lock is named with the cause', async () => {
    const root = path.join(tmp(), 'missing');
    const error = await lockRecords(root, 'en').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(path.join(root, LOCK_NAME));
    expect((error as Error).message).toMatch(/the folder does not exist/);
  });

  // Another process holding the lock: it keeps the lock folder fresh (as a running writer does)
  // for `seconds`, then removes it, as a writer does when it ends.
  function holder(root: string, seconds: number) {
    const lock = path.join(root, LOCK_NAME);
    mkdirSync(lock);
    const script = `const fs = require('fs'); const t = setInterval(() => fs.utimesSync(${JSON.stringify(lock)}, new Date(), new Date()), 300);
      setTimeout(() => { clearInterval(t); fs.rmdirSync(${JSON.stringify(lock)}); }, ${seconds * 1000});`;
    return spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  }

  it('waits for a writer of another process that finishes, then takes the lock', async () => {
    const root = tmp();
    const other = holder(root, 1);
    try {
      await lockRecords(root, 'en');
      expect(statSync(path.join(root, LOCK_NAME)).isDirectory()).toBe(true);
      await unlockRecords(root);
      expect(existsSync(path.join(root, LOCK_NAME))).toBe(false);
    } finally {
      other.kill();
    }
  });

  it('a writer of another process that keeps the lock is named, with what to do, after about the stale time', async () => {
    const root = tmp();
    const other = holder(root, 50);
    try {
      const error = await lockRecords(root, 'en').then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toBe(`another phoihop command is editing the records (lock ${path.join(root, LOCK_NAME)}); wait for it to finish and run again. If none is running, the lock expires after 10 seconds`);
      // The other writer's lock is left alone.
      expect(statSync(path.join(root, LOCK_NAME)).isDirectory()).toBe(true);
    } finally {
      other.kill();
    }
  });
});
