// A sample run (sample.stryker.config.mjs) in which Stryker's own count sees module-level mutants:
// a message table, a label list, a pattern built when its module loads (docs/testing.md, "Why
// Stryker's count was lower").
// - `ignoreStatic: false`: with `true`, a mutant of code that runs when its module loads *and*
//   during some test ("hybrid") is run against those tests only, activated after the module has
//   loaded, so it can never be active and always "survives" (mutant-test-planner.js in
//   @stryker-mutator/core). With `false`, such a mutant is run against every test with the mutant
//   active before any module loads.
// - `related: false`: "every test" means the whole suite, not only the test files that import the
//   mutated file (the bin's tests reach it through the bundle).
// Costly: each static mutant runs the suite until its first failure (smallest test files first).
import sample from './sample.stryker.config.mjs';

export default {
  ...sample,
  vitest: { configFile: 'test/mutation/whole-suite.vitest.config.ts', related: false },
  ignoreStatic: false,
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp-static',
};
