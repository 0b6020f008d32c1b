import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Every temporary folder a test makes (and every one the bin it runs makes) lands in one folder
 * of this run's own, removed when the run ends: a run leaves nothing behind in the system's
 * temporary folder, however its tests end.
 */
export default function setup(): () => void {
  const outer = process.env.TMPDIR;
  const root = mkdtempSync(path.join(tmpdir(), 'phoihop-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    rmSync(root, { recursive: true, force: true });
  };
}
