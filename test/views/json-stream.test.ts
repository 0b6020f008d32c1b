import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDocument, jsonItem } from '../../src/views/json-stream.js';
import { inBlocks } from '../../src/io/atomic-write.js';

async function collect(pieces: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const piece of pieces) out.push(piece);
  return out;
}

// Any json value an entry may hold, strings with line breaks, quotes and Vietnamese among them.
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '"', '\\', 'ệ', 'Đ', '\u0301') }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 4 })),
})).node;

describe('a json listing written a piece at a time', () => {
  it('is byte for byte what JSON.stringify gives for the whole document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 5 }), { maxLength: 6 }), fc.dictionary(fc.constantFrom('version', 'as_of', 'kind'), fc.oneof(fc.integer(), fc.string())), async (entries, head) => {
        const pieces = await collect(jsonDocument(head, 'programmes', entries.map(jsonItem)));
        expect(pieces.join('')).toBe(JSON.stringify({ ...head, programmes: entries }, null, 2) + '\n');
      }),
    );
  });

  it('says "programmes": [] when there is nothing to list, as a whole document would', async () => {
    expect((await collect(jsonDocument({ version: 1, kind: 'year' }, 'programmes', []))).join('')).toBe('{\n  "version": 1,\n  "kind": "year",\n  "programmes": []\n}\n');
  });
});

describe('pieces gathered into blocks for writing', () => {
  it('keep every character in order, each block but the last at least the block size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 40 }), { maxLength: 60 }), fc.integer({ min: 1, max: 100 }), async (pieces, size) => {
        const blocks = await collect(inBlocks(pieces, size));
        expect(blocks.join('')).toBe(pieces.join(''));
        expect(blocks.slice(0, -1).every((b) => b.length >= size)).toBe(true);
        expect(blocks.every((b) => b.length > 0)).toBe(true);
      }),
    );
  });
});
