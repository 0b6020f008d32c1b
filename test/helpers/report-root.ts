import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RootFiles } from './roots.js';

const DIR = new URL('../fixtures/signed-report/', import.meta.url).pathname;

/**
 * test/fixtures/signed-report: a root that uses every version 1.1 field a signed report needs —
 * Party bodies under one parent, a numbered programme with indicators, reviews and recipients,
 * reports with figures and full citations, split causes, a paused task, a once-task due in the
 * last year. The README shows a review of it.
 */
export function reportRoot(): RootFiles {
  const files: RootFiles = {};
  for (const entry of readdirSync(DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(DIR, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
  }
  return files;
}
