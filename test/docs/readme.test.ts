import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/checks/index.js';
import { runCli } from '../helpers/world.js';

// Every ```console block in the README that starts with "$ phoihop ..." is real output on data/.
// `UPDATE_README=1 npx vitest run test/docs` rewrites the blocks from the current code.
const README = new URL('../../README.md', import.meta.url);
const BLOCK = /```console\n\$ phoihop ([^\n]*)\n([\s\S]*?)```/g;

function parseArgs(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe('README', () => {
  it('shows real output for every example', async () => {
    const text = readFileSync(README, 'utf8');
    const blocks = [...text.matchAll(BLOCK)];
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    let updated = text;
    for (const [whole, args, shown] of blocks) {
      const result = await runCli(parseArgs(args!), { cwd: new URL('../..', import.meta.url).pathname });
      updated = updated.replace(whole, '```console\n$ phoihop ' + args + '\n' + result.stdout + '```');
      if (!process.env.UPDATE_README) expect(shown, `phoihop ${args}`).toBe(result.stdout);
    }
    if (process.env.UPDATE_README) writeFileSync(README, updated);
  });

  it('lists every rule with its docs line', () => {
    const text = readFileSync(README, 'utf8');
    for (const rule of RULES) expect(text).toContain(`| \`${rule.id}\` | ${rule.severity} | ${rule.docs.en} |`);
  });

  it('shows the two set-up commands', () => {
    const text = readFileSync(README, 'utf8');
    expect(text).toContain('npm ci && npm start');
    expect(text).toContain('npm test');
  });
});
