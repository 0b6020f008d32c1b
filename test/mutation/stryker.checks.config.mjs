// Focused mutation runs of src/checks/ and src/schedule/ (issue 19), against the in-process tests
// of test/mutation/vitest.checks.config.ts:
//   nice -n 15 npx stryker run test/mutation/stryker.checks.config.mjs --concurrency 1 --mutate 'src/schedule/*.ts'
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'test/mutation/vitest.checks.config.ts', related: true },
  dryRunTimeoutMinutes: 20,
  incrementalFile: 'reports/mutation/checks.json',
  htmlReporter: { fileName: 'reports/mutation/checks.html' },
  jsonReporter: { fileName: 'reports/mutation/checks-report.json' },
};
