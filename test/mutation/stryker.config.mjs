// Mutation testing (issue 19): `npm run mutation` over src/, `npm run mutation:changed` over the
// files a change touches. Incremental: a re-run costs what changed since the last report.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/vitest.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  // formats.ts's functions are copied as text into the generated validators (compile-validators.ts),
  // where an instrumented copy cannot run: a mutant there breaks the build, it is never tested.
  mutate: ['src/**/*.ts', '!src/records/schema-types.ts', '!src/build/**', '!src/**/*.d.ts', '!src/formats.ts'],
  // The e2e tests run the bundle: build it once from the instrumented sources.
  buildCommand: 'node src/build/build.mjs',
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignoreStatic: true,
};
