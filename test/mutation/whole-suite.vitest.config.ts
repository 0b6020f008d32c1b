// The suite as Stryker runs it when every mutant may meet every test (sample-static.stryker.config.mjs):
// the two tests that cannot run in Stryker's sandbox are left out, and the smallest test files run
// first, so that a mutant a quick unit test kills stops the run early (Stryker bails at the first failure).
import { statSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from '../vitest.config.js';

class SmallestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sizes = new Map(files.map((file) => [file, statSync(file.moduleId).size]));
    return [...files].sort((a, b) => sizes.get(a)! - sizes.get(b)!);
  }
}

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // A clone installed from the sandbox's git, and the generated types' header, need the real checkout.
    exclude: ['test/git/install.test.ts', 'test/records/schema-types.test.ts', '**/node_modules/**'],
    sequence: { sequencer: SmallestFirst },
  },
});
