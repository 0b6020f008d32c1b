import { describe, expect, it } from 'vitest';
import { collector, written } from '../../src/io/collect-garbage.js';

describe('buffers handed over by workers, once written', () => {
  async function collectedAfter(bytes: number[]): Promise<boolean> {
    let collected = false;
    const registry = new FinalizationRegistry(() => (collected = true));
    (() => registry.register({ rows: new Array(1000).fill('x') }, 'gone'))();
    for (const n of bytes) written(n);
    for (let i = 0; i < 20 && !collected; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    return collected;
  }

  it('a collection is asked for once 8 MB of them have been written', async () => {
    expect(await collectedAfter([2 << 20, 6 << 20])).toBe(true);
  });

  it('the next 8 MB ask for another, through the same collector', async () => {
    expect(await collectedAfter([8 << 20])).toBe(true);
    expect(await collectedAfter([8 << 20])).toBe(true);
  });

  /** How many collections were asked for after each write. */
  function asked(bytes: number[], every?: number): number[] {
    let calls = 0;
    const write = collector(() => calls++, every);
    return bytes.map((n) => (write(n), calls));
  }

  it('after each 8 MB of whole buffers written, one collection is asked for, not before', () => {
    const MB = 1 << 20;
    expect(asked([8 * MB - 1, 1, 8 * MB - 1, 1])).toEqual([0, 1, 1, 2]);
    expect(asked([3 * MB, 4 * MB, MB, 7 * MB, MB])).toEqual([0, 0, 1, 1, 2]);
  });

  it('a buffer bigger than the step asks for one collection, and counting starts again from none', () => {
    expect(asked([25, 3, 6], 10)).toEqual([1, 1, 1]);
    expect(asked([25, 3, 7], 10)).toEqual([1, 1, 2]);
  });
});
