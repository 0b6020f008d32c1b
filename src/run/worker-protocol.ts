import type { Chunk, ChunkResult } from './jobs.js';

/** Main thread → worker: one chunk to do. */
export interface ToWorker {
  index: number;
  chunk: Chunk;
}

/** Worker → main thread: the chunk's result, or why it failed (`user`: a UserError, said as it is). */
export type FromWorker<I> = { index: number; result: ChunkResult<I> } | { index: number; message: string; user: boolean };
