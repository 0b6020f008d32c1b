// Focused mutation runs that also test module-level ("static") mutants (issue 19): a regular
// expression or table built once when its module loads. With the base config's
// `ignoreStatic: true` Stryker credits such a mutant only to the tests that happened to load the
// module first and keeps the module between them, so it reports kills it cannot see as survivors.
// Here static mutants are run against every test of `--testFiles`, the module loaded afresh.
// Keep `--testFiles` short: each static mutant runs all of them.
//   nice -n 15 npx stryker run test/mutation/stryker.static.config.mjs --concurrency 1 \
//     --mutate 'src/formatters/*.ts' --testFiles 'test/formatters/*.test.ts' \
//     --incrementalFile reports/mutation/<yourname>.json
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  ignoreStatic: false,
  dryRunTimeoutMinutes: 20,
  htmlReporter: { fileName: 'reports/mutation/static.html' },
  jsonReporter: { fileName: 'reports/mutation/static-report.json' },
};
