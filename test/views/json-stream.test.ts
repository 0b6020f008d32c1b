import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDocument, jsonItem } from '../../src/views/json-stream.js';
import { inBlocks } from '../../src/io/atomic-write.js';
import { piecesAsText as collect } from '../helpers/pieces.js';


// Any json value an entry may hold, strings with line breaks, quotes and Vietnamese among them.
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '"', '\\', 'ệ', 'Đ', '\u0301') }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 4 })),
})).node;

describe('a json listing written a piece at a time', () => {
  it('is byte for byte what JSON.stringify gives for the whole document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 5 }), { maxLength: 6 }), fc.dictionary(fc.constantFrom('version', 'as_of', 'kind'), fc.oneof(fc.integer(), fc.string())), async (entries, head) => {
        // Entries come as text or, from a worker thread, as their UTF-8 bytes.
        const pieces = await collect(jsonDocument(head, [['programmes', entries.map((e, i) => (i % 2 ? new TextEncoder().encode(jsonItem(e)) : jsonItem(e)))]]));
        expect(pieces.join('')).toBe(JSON.stringify({ ...head, programmes: entries }, null, 2) + '\n');
      }),
    );
  });

  it('holds several lists, each as JSON.stringify lays it out, empty or not', async () => {
    const overdue = [{ task: 'NV01', days_overdue: 3 }, { task: 'NV02', days_overdue: 1 }];
    const text = (await collect(jsonDocument({ version: 1, as_of: '2024-06-30' }, [['overdue', overdue.map(jsonItem)], ['due_soon', []], ['later', [jsonItem({ a: [1, 2] })]]]))).join('');
    expect(text).toBe(JSON.stringify({ version: 1, as_of: '2024-06-30', overdue, due_soon: [], later: [{ a: [1, 2] }] }, null, 2) + '\n');
  });

  it('says "programmes": [] when there is nothing to list, as a whole document would', async () => {
    expect((await collect(jsonDocument({ version: 1, kind: 'year' }, [['programmes', []]]))).join('')).toBe('{\n  "version": 1,\n  "kind": "year",\n  "programmes": []\n}\n');
  });
});

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('pieces gathered into blocks for writing', () => {
  it('take pieces made here and now (table rows) without waiting between them', async () => {
    let waited = false;
    const seen: boolean[] = [];
    function* rows() {
      for (const row of ['NV1\n', 'NV2\n', 'NV3\n']) {
        seen.push(waited);
        yield row;
      }
    }
    const blocks = inBlocks(rows(), 100);
    void Promise.resolve().then(() => (waited = true));
    const written: string[] = [];
    for await (const block of blocks) written.push(decode(block));
    expect(written).toEqual(['NV1\nNV2\nNV3\n']);
    // Nothing else ran in between: no wait was taken before the block was ready.
    expect(seen).toEqual([false, false, false]);
  });

  it('hand a block on as soon as it reaches the size, not later', async () => {
    const blocks: string[] = [];
    for await (const block of inBlocks(['ab', 'cd', 'ef', 'g'], 4)) blocks.push(decode(block));
    expect(blocks).toEqual(['abcd', 'efg']);
  });

  it('pass a piece of exactly the block size on as it is, after the block before it', async () => {
    const piece = new TextEncoder().encode('wxyz');
    const blocks: Uint8Array[] = [];
    for await (const block of inBlocks(['ab', piece, 'c', new TextEncoder().encode('xyz')], 4)) blocks.push(block);
    expect(blocks.map(decode)).toEqual(['ab', 'wxyz', 'cxyz']);
    expect(blocks[1]).toBe(piece);
  });

  it('count the block size in bytes of UTF-8, not in characters', async () => {
    const blocks: Uint8Array[] = [];
    // "ệ" is three bytes: two of them fill a block of six.
    for await (const block of inBlocks(['ệ', 'ệ', 'a'], 6)) blocks.push(block);
    expect(blocks.map(decode)).toEqual(['ệệ', 'a']);
  });

  it('keep every character in order, gathered into blocks of at least the block size before a large piece or the end', async () => {
    const piece = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }).map((s) => new TextEncoder().encode(s)));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 100 }), async (pieces, size) => {
        const blocks: Uint8Array[] = [];
        for await (const block of inBlocks(pieces, size)) blocks.push(block);
        // Pieces still to come (from worker threads) are gathered into the same blocks as pieces at hand.
        const later: Uint8Array[] = [];
        for await (const block of inBlocks((async function* () { yield* pieces; })(), size)) later.push(block);
        expect(later).toEqual(blocks);
        const text = (p: string | Uint8Array) => (typeof p === 'string' ? p : decode(p));
        expect(blocks.map(text).join('')).toBe(pieces.map(text).join(''));
        // Large pieces pass as they are; a block is cut short only by a large piece after it or by the end.
        const large: Uint8Array[] = pieces.flatMap((p) => (typeof p !== 'string' && p.byteLength >= size ? [p] : []));
        expect(blocks.filter((b) => large.includes(b))).toEqual(large);
        blocks.forEach((b, i) => {
          if (large.includes(b)) return;
          expect(b.byteLength >= size || i === blocks.length - 1 || large.includes(blocks[i + 1]!)).toBe(true);
          expect(b.byteLength).toBeGreaterThan(0);
        });
      }),
    );
  });
});
