import type { Chunk, ChunkResult, Job } from './jobs.js';

/** Main thread → worker: one chunk to do, and what to do with it. */
export interface ToWorker {
  index: number;
  chunk: Chunk;
  job: Job;
}

/** Worker → main thread: the chunk's result, or why it failed (`user`: a UserError, said as it is). */
export type FromWorker<I> = { index: number; result: ChunkResult<I> } | { index: number; message: string; user: boolean };
