import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// docs/SECURITY.md promises a cap on aliases: up to 49 expansions read, the 50th refuses the file.
async function rulesWithAliases(count: number): Promise<string[]> {
  const files = baseRoot();
  files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('partners: [ban-b]', `partners: [&b ban-b${', *b'.repeat(count)}]`);
  const result = await runCli(['validate', '--root', writeRoot(files), '--format', 'json', '--no-cache']);
  return (JSON.parse(result.stdout) as { diagnostics: { rule: string; file: string }[] }).diagnostics.filter((d) => d.file === 'p/tasks/T1.yaml').map((d) => d.rule);
}

describe('the alias cap', () => {
  it('reads a file with 49 alias expansions', async () => {
    expect(await rulesWithAliases(49)).not.toContain('yaml-syntax');
  });

  it('refuses the 50th expansion with a yaml-syntax finding, never a crash', async () => {
    expect(await rulesWithAliases(50)).toEqual(['yaml-syntax']);
  });
});
