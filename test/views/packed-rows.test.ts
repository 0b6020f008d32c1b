import { describe, expect, it } from 'vitest';
import { mergeRuns, packRows, rowCount } from '../../src/views/packed-rows.js';

const UTF8 = new TextDecoder();

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

describe('rows packed on one thread and merged on another', () => {
  it('keeps each row whole, whatever its letters', () => {
    const texts = ['Quá hạn', '', 'Sở Tư pháp 🇻🇳', 'a\u0000b', 'Đánh giá chung hằng năm'];
    const packed = packRows(texts.map((text, i) => ({ key: i, text })));
    expect([...mergeRuns([packed])].map((bytes) => UTF8.decode(bytes))).toEqual(texts);
    expect(rowCount([packed, packRows([])])).toBe(5);
  });

  it('merges runs by key, rows with the same key in the order of their runs', () => {
    const rnd = random(7);
    for (let trial = 0; trial < 50; trial++) {
      const runs = Array.from({ length: Math.floor(rnd() * 12) }, (_, r) =>
        Array.from({ length: Math.floor(rnd() * 9) }, (_, i) => ({ key: Math.floor(rnd() * 7) - 3, text: `r${r}-${i}` })).sort((a, b) => a.key - b.key),
      );
      const expected = runs.flatMap((rows, r) => rows.map((row) => ({ ...row, r }))).sort((a, b) => a.key - b.key || a.r - b.r).map((row) => row.text);
      const merged = [...mergeRuns(runs.map(packRows))].map((bytes) => UTF8.decode(bytes));
      expect(merged).toEqual(expected);
    }
  });

  it('hands each run over in buffers of its own', () => {
    const packed = packRows([{ key: 1, text: 'một' }]);
    expect(packed.bytes.byteOffset).toBe(0);
    expect(packed.bytes.buffer.byteLength).toBe(packed.bytes.byteLength);
  });
});
