import { describe, expect, it } from 'vitest';
import { collector, isMemoryHigh } from '../../src/io/collect-garbage.js';

describe('buffers handed over by workers, once written', () => {
  // V8's own collector, asked whatever the memory (the writer's asks only when memory is high).
  const written = collector();

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
  function asked(bytes: number[], every?: number, high?: () => boolean): number[] {
    let calls = 0;
    const write = collector(() => calls++, every, high);
    return bytes.map((n) => (write(n), calls));
  }

  it('none while memory is not high; counting goes on meanwhile', () => {
    expect(asked([10, 10, 10], 10, () => false)).toEqual([0, 0, 0]);
    const highs = [false, true, false, true];
    expect(asked([10, 4, 6, 10, 10], 10, () => highs.shift()!)).toEqual([0, 0, 1, 1, 2]);
  });

  it('memory is high past 120 MB', () => {
    expect(isMemoryHigh(120 << 20)).toBe(false);
    expect(isMemoryHigh((120 << 20) + 1)).toBe(true);
    expect(typeof isMemoryHigh()).toBe('boolean');
  });

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
