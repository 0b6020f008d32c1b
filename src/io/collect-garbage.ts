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

/**
 * Counts bytes written and, after each `every` of them (8 MB), calls `collect` (V8's collector)
 * if memory is `high` by then.
 */
export function collector(collect: () => void = collectNow, every = 8 << 20, high: () => boolean = () => true): (bytes: number) => void {
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < every) return;
    since = 0;
    if (high()) collect();
  };
}

/**
 * Whether the process holds more than 120 MB. A collection costs this thread and a core some 25
 * ms: it is asked for only when memory is within reach of what a run may take (150 MB at 1,000
 * programmes, 200 MB at 5,000; docs/performance.md), where it keeps the peak where it was.
 */
export const isMemoryHigh = (rss: number = process.memoryUsage.rss()): boolean => rss > 120 << 20;

/** Counts bytes of a buffer of their own that were just written (and so are garbage now). */
export const written = collector(collectNow, 8 << 20, () => isMemoryHigh());
