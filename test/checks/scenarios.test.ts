import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/world.js';
import { writeRoot } from '../helpers/roots.js';
import { SCENARIOS } from './scenarios.js';

describe('validate scenarios (in-process)', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const root = writeRoot(scenario.files);
    const result = await runCli(['validate', '--root', root, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { diagnostics: { rule: string; file: string; line: number }[] };
    const found = report.diagnostics.map((d) => `${d.rule} ${d.file}:${d.line}`);
    expect(found.sort()).toEqual([...scenario.expected].sort());
    expect(result.exitCode).toBe(scenario.exitCode);
  });
});
