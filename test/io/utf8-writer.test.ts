import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { takeText, utf8Bytes, Utf8Writer } from '../../src/io/utf8-writer.js';

const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();

// Any UTF-16 unit at all: lone surrogate halves (high or low, at either end), pairs in order and
// reversed, ASCII, two- and three-byte letters. fc's 'binary' unit gives well-formed text only.
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00', '\ud83d\ude00', '\ude00\ud83d', 'a', 'ệ', 'đ', '\u07ff', '\u0800', '\uffff', '\u007f', '\u0080'),
);
// Hand-encoded (up to 32 units), just over it, and long enough for the encoder (over 256).
const anyText = fc.oneof(
  fc.string({ unit, maxLength: 32 }),
  fc.string({ unit, minLength: 30, maxLength: 40 }),
  fc.string({ unit, minLength: 257, maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 257, maxLength: 300 }),
);
// Bytes under and over the 64 that are copied one by one, sometimes a view into a larger buffer.
const anyBytes = fc.tuple(fc.uint8Array({ maxLength: 200 }), fc.nat({ max: 5 }), fc.nat({ max: 5 })).map(([array, head, tail]) => {
  const whole = new Uint8Array(head + array.length + tail).fill(0xaa);
  whole.set(array, head);
  return whole.subarray(head, head + array.length);
});

type Op = { kind: 'text'; text: string } | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'spaces'; count: number };
const anyOp: fc.Arbitrary<Op> = fc.oneof(
  anyText.map((text) => ({ kind: 'text' as const, text })),
  anyBytes.map((bytes) => ({ kind: 'bytes' as const, bytes })),
  fc.integer({ min: -3, max: 300 }).map((count) => ({ kind: 'spaces' as const, count })),
);
const anyOps = fc.array(anyOp, { maxLength: 12 });

function apply(writer: Utf8Writer, ops: readonly Op[]): void {
  for (const op of ops) {
    if (op.kind === 'text') writer.text(op.text);
    else if (op.kind === 'bytes') writer.bytes(op.bytes);
    else writer.spaces(op.count);
  }
}

/** What the ops should write: each text as TextEncoder encodes it on its own (a lone half becomes U+FFFD). */
function expected(ops: readonly Op[]): number[] {
  const out: number[] = [];
  for (const op of ops) {
    if (op.kind === 'text') out.push(...ENCODER.encode(op.text));
    else if (op.kind === 'bytes') out.push(...op.bytes);
    else for (let i = 0; i < op.count; i++) out.push(0x20);
  }
  return out;
}

describe('a UTF-8 writer', () => {
  it('writes any text, short or long, lone surrogates included, as TextEncoder does, from a starting size of 1', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const writer = new Utf8Writer(1);
        writer.text(text);
        expect(writer.length).toBe(ENCODER.encode(text).length);
        expect([...writer.take()]).toEqual([...ENCODER.encode(text)]);
      }),
      { numRuns: 500 },
    );
  });

  it('writes pieces of text one after another as TextEncoder encodes their concatenation (well-formed pieces)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', minLength: 33, maxLength: 300 })), { maxLength: 10 }), fc.integer({ min: 0, max: 8 }), (pieces, size) => {
        const writer = new Utf8Writer(size);
        for (const piece of pieces) writer.text(piece);
        expect([...writer.take()]).toEqual([...ENCODER.encode(pieces.join(''))]);
      }),
    );
  });

  it('writes any sequence of text, bytes and spaces byte for byte, growing from any starting size', () => {
    fc.assert(
      fc.property(anyOps, fc.integer({ min: 0, max: 8 }), (ops, size) => {
        const writer = new Utf8Writer(size);
        const want = expected(ops);
        let written = 0;
        for (const op of ops) {
          apply(writer, [op]);
          written += expected([op]).length;
          expect(writer.length).toBe(written);
        }
        const taken = writer.take();
        expect(taken.length).toBe(want.length);
        expect([...taken]).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('encodes lone and paired surrogate halves exactly, by hand and through the encoder', () => {
    const FFFD = [0xef, 0xbf, 0xbd];
    const smile = [0xf0, 0x9f, 0x98, 0x80];
    const cases: [string, number[]][] = [
      ['\ud800', FFFD],
      ['\udc00', FFFD],
      ['a\ud83d', [0x61, ...FFFD]],
      ['\ude00a', [...FFFD, 0x61]],
      ['\ud83d\ude00', smile],
      ['\ude00\ud83d', [...FFFD, ...FFFD]],
      ['\ud83d\ud83d\ude00', [...FFFD, ...smile]],
      // A high half before a letter above the low halves is still alone.
      ['\ud83d\ue000', [...FFFD, 0xee, 0x80, 0x80]],
      ['é\u0800\uffff', [0xc3, 0xa9, 0xe0, 0xa0, 0x80, 0xef, 0xbf, 0xbf]],
      // The edges of each range: one, two and three bytes; the first and last halves of a pair.
      ['\u007f\u0080\u07ff\u0800', [0x7f, 0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80]],
      ['\ud800\udc00', [0xf0, 0x90, 0x80, 0x80]],
      ['\udbff\udc00', [0xf4, 0x8f, 0xb0, 0x80]],
      ['\udbff\udfff', [0xf4, 0x8f, 0xbf, 0xbf]],
      ['\ud83d\udfff', [0xf0, 0x9f, 0x9f, 0xbf]],
      // A high half before the last letter under the low halves, and the last low half alone.
      ['\ud83d\udbff', [...FFFD, ...FFFD]],
      ['\udfff', FFFD],
      ['\udbff', FFFD],
    ];
    for (const [text, bytes] of cases) {
      // Short (hand-encoded) and padded past 32 units (the encoder), the half at the end in both.
      const pad = 'x'.repeat(40);
      const short = new Utf8Writer(1);
      short.text(text);
      expect([...short.take()]).toEqual(bytes);
      const long = new Utf8Writer(1);
      long.text(pad + text);
      expect([...long.take()]).toEqual([...ENCODER.encode(pad), ...bytes]);
    }
    // A high half split from its low half by two calls stays two replacement characters.
    const split = new Utf8Writer(1);
    split.text('\ud83d');
    split.text('\ude00');
    expect([...split.take()]).toEqual([...FFFD, ...FFFD]);
  });

  it('forgets what was written after a truncation, and writes on from there', () => {
    fc.assert(
      fc.property(anyOps, anyOps, anyOps, fc.integer({ min: 0, max: 4 }), (before, dropped, after, size) => {
        const writer = new Utf8Writer(size);
        apply(writer, before);
        const mark = writer.length;
        apply(writer, dropped);
        writer.truncate(mark);
        expect(writer.length).toBe(mark);
        apply(writer, after);
        expect([...writer.take()]).toEqual([...expected(before), ...expected(after)]);
      }),
      { numRuns: 200 },
    );
  });

  it('never grows on a truncation past its end', () => {
    fc.assert(
      fc.property(anyOps, fc.integer({ min: 0, max: 1000 }), (ops, beyond) => {
        const writer = new Utf8Writer(1);
        apply(writer, ops);
        const length = writer.length;
        writer.truncate(length + beyond);
        expect(writer.length).toBe(length);
        writer.text('z');
        expect([...writer.take()]).toEqual([...expected(ops), 0x7a]);
      }),
    );
    const writer = new Utf8Writer(1);
    writer.text('abc');
    writer.truncate(0);
    expect(writer.length).toBe(0);
    expect(writer.take().length).toBe(0);
  });

  it('hands over a copy of its own when taken, and starts again empty', () => {
    fc.assert(
      fc.property(anyOps, anyOps, fc.integer({ min: 0, max: 4 }), (first, second, size) => {
        const writer = new Utf8Writer(size);
        apply(writer, first);
        const taken = writer.take();
        expect(writer.length).toBe(0);
        expect([...taken]).toEqual(expected(first));
        // Writing again (over the same bytes of the writer's buffer) leaves the copy as it was.
        apply(writer, second);
        writer.text('overwrite '.repeat(10));
        writer.spaces(100);
        expect([...taken]).toEqual(expected(first));
        // And changing the copy changes nothing the writer holds.
        taken.fill(0x21);
        expect([...writer.take()]).toEqual([...expected(second), ...ENCODER.encode('overwrite '.repeat(10)), ...new Array<number>(100).fill(0x20)]);
        expect(writer.take().length).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('takes a copy that owns its whole buffer (it may be handed to another thread)', () => {
    const writer = new Utf8Writer(1024);
    writer.text('phối hợp');
    const taken = writer.take();
    expect(taken.byteOffset).toBe(0);
    expect(taken.buffer.byteLength).toBe(taken.byteLength);
    expect(DECODER.decode(taken)).toBe('phối hợp');
  });

  it('gives text as UTF-8 bytes (utf8Bytes) and back (takeText), as TextEncoder and TextDecoder do', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const bytes = utf8Bytes(text);
        expect([...bytes]).toEqual([...ENCODER.encode(text)]);
        const writer = new Utf8Writer(1);
        writer.text(text);
        writer.bytes(bytes);
        // Each half encoded on its own: a lone high half at the end and a low one at the start stay two U+FFFD.
        expect(takeText(writer)).toBe(DECODER.decode(ENCODER.encode(text)).repeat(2));
        expect(writer.length).toBe(0);
        expect(takeText(writer)).toBe('');
      }),
      { numRuns: 300 },
    );
    expect(utf8Bytes('').length).toBe(0);
  });
});
