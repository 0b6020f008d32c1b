import { randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { lstat, open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { ioMessages } from '../i18n/io-messages.js';
import { written } from './collect-garbage.js';
import { Utf8Writer } from './utf8-writer.js';
import type { Lang } from '../i18n/lang.js';
import { UserError } from '../user-error.js';

/**
 * Temporary files are named `.<name>.phoihop-<12 hex>.tmp` beside their target: hidden, ignored by
 * the `*.tmp` line of the .gitignore that `init` writes, and recognisable for clean-up.
 */
export function isTemporary(name: string): boolean {
  // A pattern in the function, not a module constant, so that a mutation test sees the tests that use it.
  return /^\..+\.phoihop-[0-9a-f]{12}\.tmp$/.test(name);
}

export function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.phoihop-${randomBytes(6).toString('hex')}.tmp`);
}

/** Flushes a folder's entries (a rename in it) to disk; where folders cannot be opened for that, nothing to do. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!['EISDIR', 'EINVAL', 'EPERM', 'EACCES', 'ENOTSUP', 'EBADF'].includes(String((error as NodeJS.ErrnoException).code))) throw error;
  } finally {
    await handle?.close();
  }
}

/** What a file is written from: its text or bytes whole, or text a piece at a time (a long listing). */
export type FileData = string | Uint8Array | Pieces;

/** Text made a piece at a time; a piece may come as its UTF-8 bytes (made on a worker thread). */
export type Pieces = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** Whether data is whole (text or bytes), not pieces still to come. */
export function isWhole(data: FileData): data is string | Uint8Array {
  return typeof data === 'string' || data instanceof Uint8Array;
}

/**
 * Pieces gathered into blocks of about `size` bytes of UTF-8: one write per block, not per row. A
 * piece of `size` bytes or more (a programme's part, drawn on a worker thread) passes as it is.
 */
export async function* inBlocks(pieces: Pieces, size = 1 << 16): AsyncGenerator<Uint8Array> {
  // Stryker disable next-line ArithmeticOperator: a starting size; the writer grows as it needs
  const block = new Utf8Writer(2 * size);
  /** What a piece makes ready to write, if anything: a full block, or a large piece (after the block before it). */
  const ready = (piece: string | Uint8Array): Uint8Array[] | undefined => {
    if (typeof piece === 'string') block.text(piece);
    else if (piece.byteLength >= size) return block.length > 0 ? [block.take(), piece] : [piece];
    else {
      block.bytes(piece);
      if (isOwnBuffer(piece)) written(piece.byteLength);
    }
    return block.length >= size ? [block.take()] : undefined;
  };
  // A large piece passed on is counted once written; blocks are this writer's own, not counted.
  function* give(out: Uint8Array[], piece: string | Uint8Array) {
    for (const bytes of out) {
      yield bytes;
      if (bytes === piece && isOwnBuffer(bytes)) written(bytes.byteLength);
    }
  }
  // Pieces made here and now (table rows) are taken without a wait each: only blocks are awaited.
  if (Symbol.iterator in pieces) {
    for (const piece of pieces) {
      const out = ready(piece);
      if (out) yield* give(out, piece);
    }
  } else {
    for await (const piece of pieces) {
      const out = ready(piece);
      if (out) yield* give(out, piece);
    }
  }
  if (block.length > 0) yield block.take();
}

/**
 * A whole buffer (handed over by a worker thread, or a block) is garbage once written or copied;
 * a view into a larger one (merged rows) is not.
 */
function isOwnBuffer(bytes: Uint8Array): boolean {
  return bytes.byteLength === bytes.buffer.byteLength;
}

/** Writes whole data at once, or text a block at a time. */
async function writeAll(handle: FileHandle, data: FileData): Promise<void> {
  if (isWhole(data)) return handle.writeFile(data);
  for await (const block of inBlocks(data)) await handle.writeFile(block);
}

/** Writes data to a temporary file beside `file` and flushes it to disk; returns the temporary path. */
export async function stageFile(file: string, data: FileData): Promise<string> {
  const temporary = temporaryName(file);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await writeAll(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return temporary;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes a file whole or not at all: a temporary file beside it, fsync, rename over it, fsync the folder. */
export async function writeFileAtomic(file: string, data: FileData): Promise<void> {
  const temporary = await stageFile(file, data);
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(path.dirname(file));
}

/** The descriptor a name stands for (/dev/stdout, /dev/fd/3...), which a shell writes to directly instead of opening. */
function descriptorOf(file: string): number | undefined {
  const named = { '/dev/stdin': 0, '/dev/stdout': 1, '/dev/stderr': 2 }[file];
  const numbered = /^\/(?:dev|proc\/self)\/fd\/(\d+)$/.exec(file)?.[1];
  return named ?? (numbered === undefined ? undefined : Number(numbered));
}

/** Writes into something that is not a regular file (a device, a pipe): in place, as a shell's `>` would. */
async function writeThrough(file: string, data: FileData): Promise<void> {
  const fd = descriptorOf(file);
  if (fd !== undefined) {
    // A socket behind /dev/stdout cannot be opened again (ENXIO): write to the descriptor itself.
    for await (const piece of isWhole(data) ? [data] : inBlocks(data)) {
      const bytes = Buffer.from(piece);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    }
    return;
  }
  const handle = await open(file, 'w');
  try {
    await writeAll(handle, data);
  } finally {
    await handle.close();
  }
}

/**
 * Writes --output: a regular file (or a new one) is replaced atomically; a symbolic link keeps
 * being a link and the file it points to is replaced; anything else (/dev/null, /dev/stdout, a
 * named pipe) is written through. Every failure is one line naming the path and the cause.
 */
export async function writeOutput(file: string, data: FileData, lang: Lang, shown = file): Promise<void> {
  try {
    // Nothing there (or nothing that can be looked at): a new file, or the cause of the failure.
    if ((await lstat(file).catch(() => null)) === null) return await writeFileAtomic(file, data);
    // A link is followed: the file it leads to is replaced there, the link kept. Anything else is
    // written through (/dev/stdout leads to a pipe with no real path; a folder refuses with EISDIR).
    if ((await stat(file)).isFile()) await writeFileAtomic(await realpath(file), data);
    else await writeThrough(file, data);
  } catch (error) {
    // What was being written may fail itself (a listing made as it is written): that is its own error.
    if (error instanceof UserError) throw error;
    throw new UserError(ioMessages[lang].cannotWrite(shown, (error as NodeJS.ErrnoException).code));
  }
}
