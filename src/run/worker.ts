// A worker thread: opens the tree it is given and does its job on each chunk the main thread sends
// (then, for overdue's table, draws blocks of its rows).
import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../i18n/lang.js';
import type { TreeSpec } from '../records/tree.js';
import { UserError } from '../user-error.js';
import { runChunk, textBuffers, type Job } from './jobs.js';
import { openTree } from './open-tree.js';
import { drawBlock } from './draw-block.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

const { spec, lang, job } = workerData as { spec: TreeSpec; lang: Lang; job: Job };
const tree = await openTree(spec);
const port = parentPort!;

const draw = drawBlock(port);

port.on('message', async (message: ToWorker) => {
  // Kept after its chunks to draw the table they were for (run/pool.ts, spares).
  if ('block' in message) return draw(message);
  const { index, chunk } = message;
  let reply: FromWorker<unknown>;
  let transfer: ArrayBuffer[] = [];
  try {
    const result = await runChunk(tree, lang, chunk, job);
    transfer = [...textBuffers(result.items), ...(result.digests.length ? [result.digests.buffer as ArrayBuffer] : [])];
    reply = { index, result };
  } catch (error) {
    reply = { index, message: error instanceof Error ? (error instanceof UserError ? error.message : (error.stack ?? error.message)) : String(error), user: error instanceof UserError };
  }
  port.postMessage(reply, transfer);
});
