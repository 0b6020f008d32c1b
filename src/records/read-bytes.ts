import { open } from 'node:fs/promises';
import path from 'node:path';
import type { ReadBytes } from './load.js';

/** Reads files under a folder, refusing (null) any file larger than the limit without reading it whole. */
export function fileSystemReader(root: string): ReadBytes {
  return async (relativePath, limit) => {
    const handle = await open(path.join(root, relativePath), 'r');
    try {
      const { size } = await handle.stat();
      if (size > limit) return null;
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  };
}
