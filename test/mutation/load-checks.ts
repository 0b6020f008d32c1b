// Setup file of the focused `checks` mutation run (issue 19). The commands are imported lazily
// (src/cli.ts), so without this the rules' module-level code (their messages, hints and docs)
// would first run inside whichever test validated first: Stryker would credit those mutants to
// that one test and report them survived whatever the other tests check. Imported here, before
// any test, they are static mutants, which the checks config tests against every test of the
// scope with the mutant active while the module loads (`ignoreStatic: false`).
import '../../src/checks/index.js';
// The same for the schema check: its validators are made when schema.ts loads (its messages,
// schema-messages.ts, are made per call since the fourth round: ordinary mutants).
import '../../src/checks/schema.js';
