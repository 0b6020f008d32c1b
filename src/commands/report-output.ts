import path from 'node:path';
import { cliMessages } from '../i18n/cli-messages.js';
import { writeOutput } from '../io/atomic-write.js';
import { UserError } from '../user-error.js';
import type { Context } from './context.js';

const BOM = '\uFEFF';

/** --all on a terminal: text taller than the screen goes to the pager; true when it did. */
async function pageIfLong(context: Context, content: string): Promise<boolean> {
  const { stdout, page } = context.world;
  if (!stdout.isTTY || !page) return false;
  let lines = 0;
  for (let i = content.indexOf('\n'); i >= 0 && lines <= (stdout.rows ?? 24); i = content.indexOf('\n', i + 1)) lines++;
  return lines > (stdout.rows ?? 24) && (await page(content));
}

/**
 * Sends a report where it belongs: to a file with --output (atomically; CSV with a byte-order mark
 * so that Excel reads Vietnamese right), else to stdout (never a BOM there: pipes stay clean).
 * Binary formats need --output.
 */
export async function deliver(context: Context, output: string | undefined, content: string | Uint8Array, format: string, options: { pager?: boolean } = {}): Promise<void> {
  const m = cliMessages[context.lang];
  if (output === undefined) {
    if (typeof content !== 'string') throw new UserError(m.needsOutput(format));
    if (options.pager && (await pageIfLong(context, content))) return;
    context.world.stdout.write(content);
    return;
  }
  const file = path.resolve(context.world.cwd, output);
  await writeOutput(file, format === 'csv' && typeof content === 'string' ? BOM + content : content, context.lang, output);
  context.world.stderr.write(`${m.wrote(output)}\n`);
}
