import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';

const NUMBERS = { null: '3', full: '7' } as const;

/**
 * A device of the test's own in `dir`: a node made with mknod where allowed (as root), else a link
 * to the machine's device. Under mutation testing a broken writer (a mutant active in the test
 * process or in a child bin) may replace what the test names: it must never be the machine's
 * /dev/null or /dev/full. Through a link, such a writer must also follow it into /dev, which only
 * root may write — and root gets a node of its own.
 */
export function ownDevice(dir: string, name: keyof typeof NUMBERS): string {
  const file = path.join(dir, name);
  try {
    execFileSync('mknod', ['-m', '666', file, 'c', '1', NUMBERS[name]], { stdio: 'ignore' });
  } catch {
    symlinkSync(`/dev/${name}`, file);
  }
  return file;
}
