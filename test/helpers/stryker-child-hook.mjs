// Loaded (NODE_OPTIONS=--import) into child node processes during Stryker's coverage run only:
// writes the mutants this process covered for test/helpers/stryker-children.ts to credit.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

process.on('exit', () => {
  const covered = globalThis.__stryker__?.mutantCoverage?.static;
  const dir = process.env.PHOIHOP_STRYKER_COVERAGE_DIR;
  const test = process.env.PHOIHOP_STRYKER_TEST;
  if (!covered || !dir || !test || Object.keys(covered).length === 0) return;
  try {
    writeFileSync(path.join(dir, `${process.pid}-${randomBytes(4).toString('hex')}.json`), JSON.stringify({ test, covered }));
  } catch {
    // The folder is gone (the test run ended): nothing to credit.
  }
});
