// A worker thread that draws blocks of table rows (run/draw-pool.ts), each as the main thread sends it.
import { parentPort } from 'node:worker_threads';
import { drawBlock } from './draw-block.js';

const port = parentPort!;
port.on('message', drawBlock(port));
