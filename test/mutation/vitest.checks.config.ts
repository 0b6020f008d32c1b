import { defineConfig } from 'vitest/config';
import base from '../vitest.config.js';

// The tests that speak for src/schedule/ or src/checks/ in a focused mutation run (issue 19),
// chosen by MUTATION_SCOPE (schedule | checks). In-process tests only: the whole suite as the
// initial run timed out on the shared 2-core machine, and every surviving mutant re-runs every
// test that covers it, so tests that reach the code only in passing (string storage, hostile
// files, the README examples) are left out; child-process, browser and office tests cannot
// kill an in-process mutant anyway.
const SCOPES: Record<string, string[]> = {
  schedule: [
    'test/schedule/**/*.test.ts',
    'test/property/overdue-reference.test.ts',
    'test/report/**/*.test.ts',
    'test/commands/reports.test.ts',
    'test/views/progress.test.ts',
  ],
  checks: [
    'test/checks/scenarios.test.ts',
    'test/checks/messages.test.ts',
    'test/checks/impossible-dates.test.ts',
    'test/checks/rules-1-1.test.ts',
    'test/checks/rule-edges.test.ts',
    'test/schedule/overdue-details.test.ts',
    // schema.ts, schema-messages.ts and closest.ts: the corpus of broken files, the edit distance,
    // the validators compiled at build time against those compiled at run time, and the mapping
    // with hundreds of unknown keys.
    'test/checks/broken-inputs.test.ts',
    'test/checks/distance.test.ts',
    'test/checks/precompiled.test.ts',
    'test/checks/many-unknown-keys.test.ts',
    // Where every scenario's findings point (file:line:column) and each rule's description in SARIF.
    'test/checks/scenario-places.test.ts',
    'test/checks/schema-findings.test.ts',
    'test/checks/rule-words.test.ts',
    // The corners of the rules the third round (28 November) found untested.
    'test/checks/rule-corners.test.ts',
  ],
  // The support files of src/checks/ (file-rules.ts, strings.ts, rule.ts, index.ts) with the three
  // test files that speak for them (what SARIF says of every rule and file rule, the rules' corners and words):
  // every static mutant runs all of them, so the list is short.
  'checks-support': ['test/checks/scenario-places.test.ts', 'test/checks/rule-corners.test.ts', 'test/checks/rule-words.test.ts'],
  // schema.ts and schema-messages.ts: every schema keyword's finding word for word, the corpus of
  // broken files, the mapping with hundreds of unknown keys, the validators compiled both ways.
  'checks-schema': [
    'test/checks/schema-findings.test.ts',
    'test/checks/many-unknown-keys.test.ts',
    'test/checks/broken-inputs.test.ts',
    'test/checks/precompiled.test.ts',
    'test/checks/scenario-places.test.ts',
  ],
};

export default defineConfig({
  test: {
    ...base.test,
    include: SCOPES[process.env.MUTATION_SCOPE ?? 'schedule'] ?? [],
    // The rules loaded before any test, so that their module-level mutants are static (load-checks.ts).
    setupFiles: [...(base.test?.setupFiles as string[]), ...(process.env.MUTATION_SCOPE?.startsWith('checks') ? ['test/mutation/load-checks.ts'] : [])],
  },
});
