// A worker thread that draws blocks of table rows (run/draw-pool.ts), each as the main thread sends it.
import { parentPort, workerData } from 'node:worker_threads';
import { drawRowBlock, type RowBlock, type RowDrawing } from '../views/overdue.js';

const drawing = workerData as RowDrawing;
const encoder = new TextEncoder();
const port = parentPort!;

port.on('message', ({ index, block }: { index: number; block: RowBlock }) => {
  const bytes = encoder.encode(drawRowBlock(block, drawing));
  port.postMessage({ index, bytes }, [bytes.buffer as ArrayBuffer]);
});
