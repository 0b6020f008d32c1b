// Focused mutation runs that also test module-level ("static") mutants (issue 19): a regular
// expression or table built once when its module loads. With the base config's
// `ignoreStatic: true` Stryker credits such a mutant only to the tests that happened to load the
// module first and keeps the module between them, so it reports kills it cannot see as survivors.
// Here static mutants are run against every test of `--testFiles`, the module loaded afresh.
// Keep `--testFiles` short: each static mutant runs all of them.
// Beware (28 Nov, fourth round): the vitest runner runs a static mutant against the tests vitest
// finds *related* to the mutated file in the whole `include` of the vitest config, not against
// `--testFiles` (which bounds only the first run); for src/checks/file-rules.ts it found none and
// every mutant "survived". A vitest config whose `include` is the short list (the scopes of
// vitest.checks.config.ts) bounds it instead. See docs/testing.md, src/checks/ fourth round.
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
