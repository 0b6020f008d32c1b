// Focused mutation runs of src/checks/ and src/schedule/ (issue 19), against the in-process tests
// of test/mutation/vitest.checks.config.ts:
//   MUTATION_SCOPE=schedule nice -n 15 npx stryker run test/mutation/stryker.checks.config.mjs --concurrency 1 --mutate 'src/schedule/occurrences.ts'
//   MUTATION_SCOPE=checks nice -n 15 npx stryker run test/mutation/stryker.checks.config.mjs --concurrency 1 --mutate 'src/checks/rules/date-range.ts'
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'test/mutation/vitest.checks.config.ts', related: true },
  dryRunTimeoutMinutes: 20,
  // Module-level mutants (messages, hints, docs) are tested, against every test of the scope, with
  // the mutant active while the module loads: test/mutation/load-checks.ts makes the rules' ones static.
  ignoreStatic: false,
  incrementalFile: 'reports/mutation/checks.json',
  htmlReporter: { fileName: 'reports/mutation/checks.html' },
  jsonReporter: { fileName: 'reports/mutation/checks-report.json' },
};
