// The tests that exercise src/edit/ in-process, for a focused mutation run of that folder on a
// loaded machine (issue 19): the score it gives is a lower bound, since the rest of the suite can
// only kill more.
import { defineConfig } from 'vitest/config';
import base from '../vitest.config.js';

export default defineConfig({ ...base, test: { ...base.test, include: ['test/edit/**/*.test.ts', 'test/io/writes.test.ts', 'test/property/string-storage.test.ts'] } });
