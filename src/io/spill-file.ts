import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Bytes set aside in a temporary file while the worker threads still need the memory, read back
 * whole when they have stopped. The file is removed as soon as it is open (where the system allows
 * it), so nothing is left behind even if the process is killed. Where no file can be written (no
 * temporary folder, a full disk) `put` says so and the caller keeps its bytes.
 */
export class SpillFile {
  #fd = -1;
  #size = 0;
  #dir: string | undefined;

  constructor(folder = tmpdir()) {
    try {
      this.#dir = mkdtempSync(path.join(folder, 'phoihop-'));
      this.#fd = openSync(path.join(this.#dir, 'rows'), 'w+', 0o600);
    } catch {
      // Nothing to write to: put says so.
    }
    this.#removeFolder();
  }

  /** Writes `bytes` at the end and gives where they start; `undefined` when they could not be written. */
  put(bytes: Uint8Array): number | undefined {
    const at = this.#size;
    try {
      // A regular file takes the whole buffer in one write; the loop is for a system that does not.
      for (let done = 0; done < bytes.length; ) done += writeSync(this.#fd, bytes, done, bytes.length - done, at + done);
    } catch {
      return undefined;
    }
    this.#size += bytes.length;
    return at;
  }

  /** Everything put, in one buffer; the file is closed. */
  takeAll(): Uint8Array {
    const all = new Uint8Array(this.#size);
    for (let done = 0; done < all.length; ) {
      const read = readSync(this.#fd, all, done, all.length - done, done);
      if (read === 0) throw new Error(`spill file ended at ${done} of ${all.length} bytes`);
      done += read;
    }
    this.close();
    return all;
  }

  close(): void {
    if (this.#fd >= 0) closeSync(this.#fd);
    this.#fd = -1;
    this.#removeFolder();
  }

  // Where an open file cannot be removed (Windows), the folder goes when the file is closed.
  #removeFolder(): void {
    try {
      if (this.#dir) rmSync(this.#dir, { recursive: true, force: true });
    } catch {
      // removed at close
    }
  }
}
