import { describe, expect, it, vi } from 'vitest';

const counted: number[] = [];
vi.mock('../../src/io/collect-garbage.js', () => ({ written: (bytes: number) => counted.push(bytes) }));
const { inBlocks } = await import('../../src/io/atomic-write.js');

describe('what the writer counts as garbage once written', () => {
  it('whole buffers (handed over by a worker) once copied into a block, not text nor views into a larger buffer', async () => {
    const shared = new Uint8Array(100);
    const pieces = ['text', new Uint8Array(7), shared.subarray(10, 30), 'more', new Uint8Array(5)];
    const out: Uint8Array[] = [];
    for await (const block of inBlocks(pieces)) out.push(block);
    expect(out.map((b) => b.byteLength)).toEqual([40]);
    expect(counted).toEqual([7, 5]);
  });

  it('a large piece passed on as it is, counted once written; the blocks themselves never', async () => {
    counted.length = 0;
    const large = new Uint8Array(10);
    const out: Uint8Array[] = [];
    for await (const block of inBlocks(['ab', large, 'cd'], 8)) out.push(block);
    expect(out.map((b) => b.byteLength)).toEqual([2, 10, 2]);
    expect(out[1]).toBe(large);
    expect(counted).toEqual([10]);
  });

  it('counts a buffer only after it has been taken', async () => {
    counted.length = 0;
    const blocks = inBlocks((async function* () {
      yield new Uint8Array(3);
      yield new Uint8Array(4);
    })(), 2);
    await blocks.next();
    expect(counted).toEqual([]);
    await blocks.next();
    expect(counted).toEqual([3]);
  });
});
