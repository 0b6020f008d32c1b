import { describe, expect, it, vi } from 'vitest';

const counted: number[] = [];
vi.mock('../../src/io/collect-garbage.js', () => ({ written: (bytes: number) => counted.push(bytes) }));
const { inBlocks } = await import('../../src/io/atomic-write.js');

describe('what the writer counts as garbage once written', () => {
  it('whole buffers (handed over by a worker), not text nor views into a larger buffer', async () => {
    const shared = new Uint8Array(100);
    const pieces = ['text', new Uint8Array(7), shared.subarray(10, 30), 'more', new Uint8Array(5)];
    const out: (string | Uint8Array)[] = [];
    for await (const block of inBlocks(pieces)) out.push(block);
    expect(out.map((b) => (typeof b === 'string' ? b : b.byteLength))).toEqual(['text', 7, 20, 'more', 5]);
    expect(counted).toEqual([7, 5]);
  });

  it('counts a buffer only after it has been taken', async () => {
    counted.length = 0;
    const blocks = inBlocks((async function* () {
      yield new Uint8Array(3);
      yield new Uint8Array(4);
    })());
    await blocks.next();
    expect(counted).toEqual([]);
    await blocks.next();
    expect(counted).toEqual([3]);
  });
});
