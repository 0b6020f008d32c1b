// A focused mutation run of src/edit/ against the tests that exercise it in-process
// (test/mutation/edit.vitest.config.ts): minutes instead of the whole suite's hours.
//   nice -n 15 npx stryker run test/mutation/edit.stryker.config.mjs --concurrency 1 --mutate 'src/edit/journal.ts'
import base from './stryker.config.mjs';

export default {
  ...base,
  vitest: { configFile: 'test/mutation/edit.vitest.config.ts', related: true },
  mutate: ['src/edit/**/*.ts'],
  incrementalFile: 'reports/mutation/edit-incremental.json',
};
