import path from 'node:path';
import { cliMessages } from '../i18n/cli-messages.js';
import { writeOutput } from '../io/atomic-write.js';
import { UserError } from '../user-error.js';
import type { Context } from './context.js';

const BOM = '\uFEFF';

/**
 * Sends a report where it belongs: to a file with --output (atomically; CSV with a byte-order mark
 * so that Excel reads Vietnamese right), else to stdout (never a BOM there: pipes stay clean).
 * Binary formats need --output.
 */
export async function deliver(context: Context, output: string | undefined, content: string | Uint8Array, format: string): Promise<void> {
  const m = cliMessages[context.lang];
  if (output === undefined) {
    if (typeof content !== 'string') throw new UserError(m.needsOutput(format));
    context.world.stdout.write(content);
    return;
  }
  const file = path.resolve(context.world.cwd, output);
  await writeOutput(file, format === 'csv' && typeof content === 'string' ? BOM + content : content, context.lang, output);
  context.world.stderr.write(`${m.wrote(output)}\n`);
}
