/**
 * Rows laid out where they were made (a worker thread), each with the number it sorts by, their
 * text in one UTF-8 buffer: handed to the main thread without a copy, held there in a fraction of
 * the memory the rows' strings and objects would take, and merged in order with other runs.
 */
export interface PackedRows {
  /** What each row sorts by, ascending. */
  keys: Int32Array;
  /** Where each row's text ends in `bytes`. */
  ends: Uint32Array;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

/** Rows already in the order of their keys, packed. */
export function packRows(rows: readonly { key: number; text: string }[]): PackedRows {
  const keys = new Int32Array(rows.length);
  const ends = new Uint32Array(rows.length);
  let end = 0;
  rows.forEach((row, i) => {
    keys[i] = row.key;
    end += Buffer.byteLength(row.text);
    ends[i] = end;
  });
  // encode() gives a buffer of its own (never a shared pool), so it can be handed over.
  return { keys, ends, bytes: encoder.encode(rows.map((row) => row.text).join('')) };
}

/** The buffers to hand over to another thread. */
export function packedBuffers(packed: PackedRows): ArrayBuffer[] {
  return [packed.keys.buffer as ArrayBuffer, packed.ends.buffer as ArrayBuffer, packed.bytes.buffer as ArrayBuffer];
}

/** The rows of all runs, each run in its order, merged by key; rows with the same key in run order. */
export function* mergeRuns(runs: readonly PackedRows[]): Generator<Uint8Array> {
  const next = new Uint32Array(runs.length);
  // A binary heap of run indices, by their next row's key, then by run.
  const heap: number[] = [];
  const before = (a: number, b: number) => {
    const ka = runs[a]!.keys[next[a]!]!;
    const kb = runs[b]!.keys[next[b]!]!;
    return ka < kb || (ka === kb && a < b);
  };
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) return;
      const child = left + 1 < heap.length && before(heap[left + 1]!, heap[left]!) ? left + 1 : left;
      if (!before(heap[child]!, heap[i]!)) return;
      // Swapped by hand: a destructuring swap makes an array at each step (every row of the list).
      const swapped = heap[i]!;
      heap[i] = heap[child]!;
      heap[child] = swapped;
      i = child;
    }
  };
  runs.forEach((run, r) => {
    if (run.keys.length > 0) heap.push(r);
  });
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  while (heap.length > 0) {
    const r = heap[0]!;
    const run = runs[r]!;
    const row = next[r]!;
    yield run.bytes.subarray(row === 0 ? 0 : run.ends[row - 1], run.ends[row]);
    next[r] = row + 1;
    if (row + 1 === run.keys.length) {
      const last = heap.pop()!;
      if (heap.length === 0) break;
      heap[0] = last;
    }
    down(0);
  }
}

/** How many rows the runs hold. */
export function rowCount(runs: readonly PackedRows[]): number {
  return runs.reduce((sum, run) => sum + run.keys.length, 0);
}
