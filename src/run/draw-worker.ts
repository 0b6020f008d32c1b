// A worker thread that draws blocks of table rows (run/draw-pool.ts), each as the main thread sends it.
import { parentPort, workerData } from 'node:worker_threads';
import { Utf8Writer } from '../io/utf8-writer.js';
import { drawRowBlock, type RowBlock, type RowDrawing } from '../views/overdue.js';

const drawing = workerData as RowDrawing;
const port = parentPort!;
const out = new Utf8Writer();

port.on('message', ({ index, block }: { index: number; block: RowBlock }) => {
  const bytes = drawRowBlock(block, drawing, out);
  port.postMessage({ index, bytes }, [bytes.buffer as ArrayBuffer]);
});
