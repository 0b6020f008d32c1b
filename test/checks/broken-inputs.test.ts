import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRootBytes } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The corpus of broken and hostile inputs: each file in test/fixtures/broken/ replaces one record
// of a valid root (its name says which), and expected.json holds exactly what validate must say
// about it. `UPDATE_FIXTURES=1 npx vitest run test/checks/broken-inputs.test.ts` rewrites it.
const DIR = new URL('../fixtures/broken/', import.meta.url);
const EXPECTED = new URL('expected.json', DIR);
const TARGETS: Record<string, string> = {
  task: 'p/tasks/T2.yaml',
  programme: 'p/programme.yaml',
  evaluation: 'p/evaluations/2020.yaml',
  amendment: 'p/amendments/2021-03-01.yaml',
  agencies: 'agencies.yaml',
  settings: 'phoihop.yaml',
};
const ACCEPTED = new Set(['task--utf8-bom.yaml', 'task--crlf.yaml', 'task--bom-and-crlf.yaml']);

type Found = { rule: string; severity: string; line: number; column: number; message: string };
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
const expected: Record<string, Found[]> = existsSync(EXPECTED) ? JSON.parse(readFileSync(EXPECTED, 'utf8')) : {};
const actual: Record<string, Found[]> = {};

describe('broken and hostile inputs', () => {
  it('has a corpus of at least 60 inputs', () => expect(fixtures.length).toBeGreaterThanOrEqual(60));

  it.each(fixtures)('%s', async (name) => {
    const target = TARGETS[name.split('--')[0]!]!;
    const files: Record<string, string | Uint8Array> = { ...baseRoot(), [target]: readFileSync(new URL(name, DIR)) };
    const result = await runCli(['validate', '--root', writeRootBytes(files), '--format', 'json']);
    expect([0, 1]).toContain(result.exitCode);
    expect(result.stderr).toBe('');
    const found: Found[] = JSON.parse(result.stdout).diagnostics.filter((d: { file: string }) => d.file === target).map(({ rule, severity, line, column, message }: Found) => ({ rule, severity, line, column, message }));
    actual[name] = found;
    if (ACCEPTED.has(name)) expect(found).toEqual([]);
    else expect(found.length).toBeGreaterThan(0);
    if (!process.env.UPDATE_FIXTURES) expect(found).toEqual(expected[name]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps expected.json in step with the corpus', () => {
    if (process.env.UPDATE_FIXTURES) writeFileSync(EXPECTED, JSON.stringify(actual, null, 2) + '\n');
    else expect(Object.keys(expected).sort()).toEqual(fixtures);
  });
});
