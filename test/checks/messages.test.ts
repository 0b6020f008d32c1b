import { describe, expect, it } from 'vitest';
import { writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';
import { SCENARIO_MESSAGES } from './scenario-messages.js';
import { SCENARIOS } from './scenarios.js';

// Errors that teach: every finding says what is wrong, with the values that are wrong, and how to
// fix it, in the officer's language. A message or hint that lost a word, a value or its language
// fails here, not only a finding on the wrong line.
interface Diagnostic { rule: string; file: string; line: number; message: string; fix?: string }

async function findings(root: string, lang: 'vi' | 'en'): Promise<string[]> {
  const result = await runCli(['validate', '--root', root, '--format', 'json', '--lang', lang]);
  return (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics.map((d) => `${d.rule} ${d.file}:${d.line}: ${d.message}${d.fix ? ` → ${d.fix}` : ''}`);
}

const broken = SCENARIOS.filter((s) => s.expected.length > 0);

describe('what validate says, word for word', () => {
  it('is written down for every broken scenario', () => {
    expect(Object.keys(SCENARIO_MESSAGES).sort()).toEqual(broken.map((s) => s.name).sort());
  });

  it.each(broken.map((s) => [s.name, s] as const))('%s', async (name, scenario) => {
    const root = writeRoot(scenario.files);
    const expected = SCENARIO_MESSAGES[name]!;
    expect((await findings(root, 'vi')).sort()).toEqual([...expected.vi].sort());
    expect((await findings(root, 'en')).sort()).toEqual([...expected.en].sort());
  });
});
