import type { Chunk, ChunkResult } from './jobs.js';
import type { RowBlock, RowDrawing } from '../views/overdue.js';

/** Main thread → worker: one chunk to do, or (once its chunks are done) a block of table rows to draw. */
export type ToWorker = { index: number; chunk: Chunk } | DrawBlock;

/** Main thread → drawing worker: a block of rows, and how to draw them. */
export interface DrawBlock {
  index: number;
  block: RowBlock;
  drawing: RowDrawing;
}

/** Drawing worker → main thread: the block drawn, in UTF-8. */
export interface DrawnBlock {
  index: number;
  bytes: Uint8Array;
}

/** Worker → main thread: the chunk's result, or why it failed (`user`: a UserError, said as it is). */
export type FromWorker<I> = { index: number; result: ChunkResult<I> } | { index: number; message: string; user: boolean };
