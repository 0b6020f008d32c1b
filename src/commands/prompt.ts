import { terminalMessages } from '../i18n/terminal-messages.js';
import { UserError } from '../user-error.js';
import { ExitCode } from '../exit-codes.js';
import type { Context } from './context.js';

export interface Choice {
  value: string;
  label: string;
}

/** A choice of a coded value: its words, with the code after them when the words are not the code ("tạm dừng (paused)", "paused"). */
export function codedChoice(value: string, words: string): Choice {
  return { value, label: words === value ? value : `${words} (${value})` };
}

/**
 * A required value that was not given. On a terminal (stdin a TTY, not CI) the command asks;
 * elsewhere cli.ts prints this with the sub-command's usage line (exit 2).
 */
export class MissingValue extends UserError {
  constructor(readonly what: string, lang: Context['lang']) {
    super(terminalMessages[lang].missingValue(what), ExitCode.usage);
  }
}

/** Whether the command may ask: a keyboard is attached and this is not a CI run. */
export function canAsk(context: Context): boolean {
  const { stdin, env } = context.world;
  return stdin?.isTTY === true && !env.CI;
}

async function askRaw(context: Context, question: string, what: string): Promise<string> {
  const answer = await context.world.stdin!.ask(question);
  if (answer === null) throw new MissingValue(what, context.lang);
  return answer.trim();
}

/** The value, or (on a terminal) one picked from numbered choices; elsewhere a MissingValue. */
export async function chooseValue(context: Context, given: string | undefined, what: string, question: string, choices: readonly Choice[], fallback?: string): Promise<string> {
  if (given !== undefined) return given;
  if (!canAsk(context) || choices.length === 0) throw new MissingValue(what, context.lang);
  const t = terminalMessages[context.lang];
  const list = choices.map((c, i) => `  ${String(i + 1).padStart(2)}. ${c.label}`).join('\n');
  const def = fallback === undefined ? -1 : choices.findIndex((c) => c.value === fallback);
  for (let attempt = 0; attempt < 3; attempt++) {
    const answer = await askRaw(context, `${question}\n${list}\n${t.pick(choices.length, def < 0 ? undefined : def + 1)} `, what);
    if (answer === '' && def >= 0) return choices[def]!.value;
    const n = Number(answer);
    if (Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1]!.value;
    const named = choices.find((c) => c.value.toLowerCase() === answer.toLowerCase());
    if (named) return named.value;
    context.world.stderr.write(`${t.notAChoice(answer)}\n`);
  }
  throw new MissingValue(what, context.lang);
}

/** Free text (a document number, a date), asked on a terminal; elsewhere a MissingValue. */
export async function askText(context: Context, given: string | undefined, what: string, question: string, fallback?: string): Promise<string> {
  if (given !== undefined) return given;
  if (!canAsk(context)) throw new MissingValue(what, context.lang);
  const answer = await askRaw(context, `${question}${fallback ? ` [${fallback}]` : ''}: `, what);
  if (answer === '' && fallback !== undefined) return fallback;
  if (answer === '') throw new MissingValue(what, context.lang);
  return answer;
}
