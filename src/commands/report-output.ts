import path from 'node:path';
import { cliMessages } from '../i18n/cli-messages.js';
import { inBlocks, isWhole, writeOutput, type FileData, type Pieces } from '../io/atomic-write.js';
import { UserError } from '../user-error.js';
import type { Output } from '../world.js';
import type { Context } from './context.js';

const BOM = '\uFEFF';

/** The text of each item, in order. */
export async function* texts(items: AsyncIterable<{ text?: Uint8Array }>): AsyncGenerator<Uint8Array> {
  for await (const item of items) yield item.text!;
}

/** Parts joined by `separator`, a piece at a time. */
export async function* joinParts(parts: Pieces, separator: string): AsyncGenerator<string | Uint8Array> {
  let first = true;
  for await (const part of parts) {
    if (!first) yield separator;
    yield part;
    first = false;
  }
}

const UTF8 = new TextDecoder();

async function joined(content: Pieces): Promise<string> {
  const pieces: string[] = [];
  for await (const piece of content) pieces.push(typeof piece === 'string' ? piece : UTF8.decode(piece));
  return pieces.join('');
}

async function* withBom(content: Pieces): AsyncGenerator<string | Uint8Array> {
  yield BOM;
  yield* content;
}

/** Writes text a block at a time, waiting whenever the output has not taken the last piece yet. */
async function writePieces(out: Output, content: Pieces): Promise<void> {
  for await (const block of inBlocks(content)) {
    out.write(block);
    await out.ready?.();
  }
}

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
export async function deliver(context: Context, output: string | undefined, content: FileData, format: string, options: { pager?: boolean } = {}): Promise<void> {
  const m = cliMessages[context.lang];
  if (output === undefined) {
    if (content instanceof Uint8Array) throw new UserError(m.needsOutput(format));
    if (options.pager && context.world.stdout.isTTY) {
      const text = isWhole(content) ? content : await joined(content);
      if (await pageIfLong(context, text)) return;
      context.world.stdout.write(text);
      return;
    }
    if (typeof content === 'string') context.world.stdout.write(content);
    else await writePieces(context.world.stdout, content);
    return;
  }
  const file = path.resolve(context.world.cwd, output);
  const csv = format === 'csv';
  await writeOutput(file, csv && typeof content === 'string' ? BOM + content : csv && !isWhole(content) ? withBom(content) : content, context.lang, output);
  context.world.stderr.write(`${m.wrote(output)}\n`);
}
