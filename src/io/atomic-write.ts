import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Writes data to a temporary file beside `file` and flushes it to disk; returns the temporary path. */
export async function stageFile(file: string, data: string | Uint8Array): Promise<string> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data);
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

/** Writes a file whole or not at all: a temporary file beside it, fsync, then rename over it. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = await stageFile(file, data);
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
