import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Bytes handed over by worker threads live outside V8's heap, freed only when a collection finds
// their buffers unreachable; V8 starts a collection for such memory only past 64 MB. A listing
// written as it streams in asks for one after each 8 MB of them, so its memory stays flat.
const EVERY = 8 << 20;
let since = 0;
let collect: (() => void) | undefined;

/** Counts bytes of a buffer of their own that were just written (and so are garbage now). */
export function written(bytes: number): void {
  since += bytes;
  if (since < EVERY) return;
  since = 0;
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
