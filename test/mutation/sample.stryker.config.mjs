// The real config, for a run over a sample of mutants (docs/testing.md, "src/ as a whole, by
// sampling"): same runner, tests, build and timeouts; only the sampled nodes are mutated.
//   STRYKER_SAMPLE=reports/mutation/sample.jsonl nice -n 15 npx stryker run \
//     test/mutation/sample.stryker.config.mjs --concurrency 1 --mutate <ranges from draw-sample.mjs> \
//     --incrementalFile reports/mutation/h-sample.json
import base from './stryker.config.mjs';

export default {
  ...base,
  plugins: [...base.plugins, './test/mutation/sample-ignorer.mjs'],
  ignorers: ['sample'],
  reporters: ['json', 'clear-text', 'progress', 'event-recorder'],
  // STRYKER_SAMPLE_REPORT names the JSON report (and, beside it, the folder of events: one file
  // per tested mutant as it finishes), so that runs of several helpers do not clobber each other.
  jsonReporter: { fileName: process.env.STRYKER_SAMPLE_REPORT ?? 'reports/mutation/sample.json' },
  eventReporter: { baseDir: (process.env.STRYKER_SAMPLE_REPORT ?? 'reports/mutation/sample.json').replace(/\.json$/, '-events') },
};
