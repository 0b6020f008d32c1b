import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

/** Every file and folder under a root, hidden ones included. */
function listing(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => [prefix + e.name, ...(e.isDirectory() ? listing(path.join(dir, e.name), `${prefix}${e.name}/`) : [])]).sort();
}

// The commands that only read records leave nothing behind in the root: no lock, no journal, no
// cache file (the cache lives outside, in PHOIHOP_CACHE_DIR), whatever they print.
describe('a command that only reads', () => {
  const AS_OF = ['--as-of', '2021-06-30'];
  it.each([['status', ...AS_OF], ['overdue', ...AS_OF], ['summary', '--year', '2020', ...AS_OF], ['explain', 'T1', ...AS_OF], ['calendar', ...AS_OF], ['validate', '--no-cache']])('leaves the root as it was: %s', async (...argv) => {
    const root = writeRoot(baseRoot());
    const before = listing(root);
    const result = await runCli([...argv, '--root', root]);
    expect(result.exitCode).toBe(0);
    expect(listing(root)).toEqual(before);
  });
});
