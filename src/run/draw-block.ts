import type { MessagePort } from 'node:worker_threads';
import { Utf8Writer } from '../io/utf8-writer.js';
import { drawRowBlock } from '../views/overdue.js';
import type { DrawBlock, DrawnBlock } from './worker-protocol.js';

/** On a worker thread: draws each block of rows it is sent and hands the bytes back without a copy. */
export function drawBlock(port: MessagePort): (message: DrawBlock) => void {
  const out = new Utf8Writer();
  return ({ index, block, drawing }) => {
    const bytes = drawRowBlock(block, drawing, out);
    port.postMessage({ index, bytes } satisfies DrawnBlock, [bytes.buffer as ArrayBuffer]);
  };
}
