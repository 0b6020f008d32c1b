import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../package-root.js';
import { BLOCK_ROWS, drawBlocksHere, drawRowBlock, type BlockDrawer, type RowBlock, type RowDrawing } from '../views/overdue.js';
import { takeSpareWorkers, WORKER_HEAP, wantedWorkers, workerFileReady } from './pool.js';
import type { DrawBlock, DrawnBlock } from './worker-protocol.js';

const DRAW_WORKER_FILE = path.join(PACKAGE_ROOT, 'dist/run/draw-worker.js');
/** Rows a list must have before drawing it on other threads pays for starting them: four blocks. */
const MIN_ROWS = 4 * BLOCK_ROWS;

/**
 * Draws blocks of rows on worker threads and gives the drawn text back in order, a few blocks ahead
 * of the writer (memory holds a few blocks, never the list): the main thread only merges and
 * writes. A short list is drawn here; so is a block whose worker stopped.
 */
export const drawInWorkers: BlockDrawer = async function* (blocks: Iterable<RowBlock>, drawing: RowDrawing, rows: number): AsyncGenerator<Uint8Array> {
  const count = rows >= MIN_ROWS && workerFileReady(DRAW_WORKER_FILE) ? wantedWorkers() : 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: drawn here or on worker threads, the same bytes (test/run/workers.test.ts)
  if (count < 2) return yield* drawBlocksHere(blocks, drawing);
  // The threads that found the rows, if they are still there; the ones not needed are left to the
  // command, which ends them once its output is written.
  const spares = takeSpareWorkers(count);
  const inFlight = new Map<number, { block: RowBlock; done: (drawn: Uint8Array) => void; worker: Worker }>();
  const alive = new Set<Worker>();
  for (let i = 0; i < count; i++) {
    const worker = spares.pop() ?? new Worker(DRAW_WORKER_FILE, { resourceLimits: WORKER_HEAP });
    worker.ref();
    alive.add(worker);
    worker.on('message', ({ index, bytes }: DrawnBlock) => inFlight.get(index)?.done(bytes));
    worker.once('error', () => {
      alive.delete(worker);
      for (const job of inFlight.values()) if (job.worker === worker) job.done(drawRowBlock(job.block, drawing));
    });
  }
  // Blocks sent and not yet written, by their place in the list: let go once written.
  const drawn = new Map<number, Promise<Uint8Array>>();
  let sent = 0;
  const send = (block: RowBlock) => {
    const index = sent++;
    const worker = [...alive][index % Math.max(1, alive.size)];
    if (!worker) return drawn.set(index, Promise.resolve(drawRowBlock(block, drawing)));
    const result = new Promise<Uint8Array>((resolve) => {
      const done = (d: Uint8Array) => {
        inFlight.delete(index);
        resolve(d);
      };
      inFlight.set(index, { block, worker, done });
    });
    // A copy goes over: the block stays here until it comes back drawn, in case the worker stops.
    worker.postMessage({ index, block, drawing } satisfies DrawBlock);
    drawn.set(index, result);
  };
  const take = async (index: number) => {
    const text = await drawn.get(index)!;
    drawn.delete(index);
    return text;
  };
  try {
    let taken = 0;
    for (const block of blocks) {
      send(block);
      // Two blocks ahead per worker: all busy while the writer takes the oldest.
      if (sent - taken >= count * 2) yield await take(taken++);
    }
    while (taken < sent) yield await take(taken++);
  } finally {
    for (const worker of alive) void worker.terminate();
  }
};
