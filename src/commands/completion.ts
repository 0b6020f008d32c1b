import path from 'node:path';
import type { Command } from 'commander';
import { complete } from '../completion/candidates.js';
import { readRecordFacts } from '../completion/record-facts.js';
import { COMPLETION_SCRIPTS, quoteFor, SHELLS, unquote, type Shell } from '../completion/scripts.js';
import { ExitCode } from '../exit-codes.js';
import { cliMessages } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';
import { UserError } from '../user-error.js';
import type { World } from '../world.js';
import { chooseRoot } from './context.js';

/** `phoihop completion SHELL`: prints the script that the shell sources. */
export function runCompletion(shell: string, lang: Lang, world: World): ExitCode {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new UserError(cliMessages[lang].badShell(shell, SHELLS.join(', ')));
  world.stdout.write(COMPLETION_SCRIPTS[shell as Shell]);
  return ExitCode.ok;
}

/** The value of --root among the words typed, if any. */
function typedRoot(words: readonly string[]): string | undefined {
  const i = words.findIndex((w) => w === '--root' || w.startsWith('--root='));
  if (i < 0) return undefined;
  return words[i]!.includes('=') ? words[i]!.slice('--root='.length) : words[i + 1];
}

/** `phoihop __complete SHELL WORDS...` (hidden): the candidates for the last word, one a line. Never fails loudly. */
export async function runComplete(program: Command, argv: readonly string[], world: World): Promise<ExitCode> {
  const [shell, ...typed] = argv;
  const words = typed.map(unquote);
  if (!(SHELLS as readonly string[]).includes(shell ?? '')) return ExitCode.usage;
  const root = path.resolve(world.cwd, chooseRoot({ root: typedRoot(words.slice(0, -1)) }, world));
  try {
    const answer = await complete(program, { words: words.length ? words : [''] }, () => readRecordFacts(root));
    if (answer.kind !== 'words') world.stdout.write(`:${answer.kind}\n`);
    else if (answer.words.length) world.stdout.write(answer.words.map((w) => quoteFor(shell as Shell, w)).join('\n') + '\n');
  } catch {
    // A completion that cannot read the records offers nothing rather than an error in the middle of a command line.
  }
  return ExitCode.ok;
}
