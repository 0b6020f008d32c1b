import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach } from 'vitest';

/*
 * Mutation testing (issue 19) through child processes. Stryker activates a mutant inside the
 * vitest worker (`globalThis.__stryker__.activeMutant`); the bin a test runs in a child process is
 * bundled from the same instrumented sources and reads its mutant from the environment variable
 * `__STRYKER_ACTIVE_MUTANT__` instead. Its coverage would be lost with the child, so during
 * Stryker's first (coverage) run every child node process also loads `stryker-child-hook.mjs`,
 * which writes what it covered to a folder; after each test that coverage is credited to the
 * test, so that Stryker runs it against the mutants only a child reaches.
 *
 * Outside Stryker (no `__stryker__` namespace, or no instrumented code) this file does nothing.
 */

interface StrykerNamespace {
  activeMutant?: string;
  currentTestId?: string;
  mutantCoverage?: { static: Record<string, number>; perTest: Record<string, Record<string, number>> };
}

const VARIABLES = ['__STRYKER_ACTIVE_MUTANT__', 'NODE_OPTIONS', 'PHOIHOP_STRYKER_COVERAGE_DIR', 'PHOIHOP_STRYKER_TEST'] as const;
const ns = (globalThis as { __stryker__?: StrykerNamespace }).__stryker__;

/** The variables a child process needs to take part in mutation testing (none outside Stryker). */
export function strykerEnv(): Record<string, string> {
  return Object.fromEntries(VARIABLES.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]!]])));
}

/** Credits what child processes covered to the test that ran them. */
function collect(dir: string): void {
  const coverage = (ns!.mutantCoverage ??= { static: {}, perTest: {} });
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    const { test, covered } = JSON.parse(readFileSync(file, 'utf8')) as { test: string; covered: Record<string, number> };
    rmSync(file);
    const into = (coverage.perTest[test] ??= {});
    for (const [id, hits] of Object.entries(covered)) into[id] = (into[id] ?? 0) + hits;
  }
}

const HOOK = `--import=${new URL('./stryker-child-hook.mjs', import.meta.url).href}`;

/** Sets the worker's environment, which child processes inherit, for the mutant or the test now running. */
function prepare(): void {
  const options = (process.env.NODE_OPTIONS ?? '').replace(HOOK, '').trim();
  if (options) process.env.NODE_OPTIONS = options;
  else delete process.env.NODE_OPTIONS;
  delete process.env.PHOIHOP_STRYKER_TEST;
  if (ns!.activeMutant !== undefined) {
    process.env.__STRYKER_ACTIVE_MUTANT__ = ns!.activeMutant;
    return;
  }
  delete process.env.__STRYKER_ACTIVE_MUTANT__;
  if (ns!.currentTestId === undefined) return;
  process.env.PHOIHOP_STRYKER_COVERAGE_DIR ??= mkdtempSync(path.join(tmpdir(), 'phoihop-stryker-'));
  process.env.PHOIHOP_STRYKER_TEST = ns!.currentTestId;
  process.env.NODE_OPTIONS = `${options} ${HOOK}`.trim();
}

if (ns) {
  beforeAll(prepare);
  beforeEach(prepare);
  afterEach(() => {
    const dir = process.env.PHOIHOP_STRYKER_COVERAGE_DIR;
    if (dir !== undefined && ns.activeMutant === undefined) collect(dir);
  });
}
