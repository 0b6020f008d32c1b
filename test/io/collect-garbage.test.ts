import { describe, expect, it } from 'vitest';
import { written } from '../../src/io/collect-garbage.js';

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
});
