import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Bytes handed over by worker threads live outside V8's heap, freed only when a collection finds
// their buffers unreachable; V8 starts a collection for such memory only past 64 MB. A listing
// written as it streams in asks for one after each 8 MB of them, so its memory stays flat.
let gc: (() => void) | undefined;

/** Asks V8 for a full collection (the flag exposes `gc` to contexts made after it: one is made, once). */
function collectNow(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/** Counts bytes written and calls `collect` once after each `every` of them (8 MB, V8's collector). */
export function collector(collect: () => void = collectNow, every = 8 << 20): (bytes: number) => void {
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < every) return;
    since = 0;
    collect();
  };
}

/** Counts bytes of a buffer of their own that were just written (and so are garbage now). */
export const written = collector();
