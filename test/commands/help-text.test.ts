import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { createProgram } from '../../src/cli.js';
import { runCli } from '../helpers/world.js';

// Every command's --help, in vi and en, kept in one reviewed file (test/commands/help.txt): the
// options, their values and defaults, the arguments and the words are what the README teaches, so
// a change to any of them, meant or not, shows in review. Accept a change after reading it with
// `npx vitest run --config test/vitest.config.ts test/commands/help-text.test.ts -u`.

/** Every command path of the program: [], ['status'], ['report', 'add'], ... (hidden ones left out). */
function commandPaths(command: Command, prefix: string[] = []): string[][] {
  const visible = command.commands.filter((c) => !(c as Command & { _hidden?: boolean })._hidden);
  return [prefix, ...visible.flatMap((c) => commandPaths(c, [...prefix, c.name()]))];
}

describe('the help of every command', () => {
  it('is the reviewed text, in Vietnamese and in English', async () => {
    const paths = commandPaths(createProgram('vi'));
    expect(paths.length).toBeGreaterThan(15);
    const pages: string[] = [];
    for (const lang of ['vi', 'en'] as const) {
      for (const path of paths) {
        const result = await runCli(['--lang', lang, ...path, '--help']);
        expect(result.exitCode).toBe(0);
        pages.push(`=== phoihop ${[...path, '--help'].join(' ')} (${lang})\n${result.stdout}`);
      }
    }
    await expect(pages.join('\n')).toMatchFileSnapshot('help.txt');
  });
});
