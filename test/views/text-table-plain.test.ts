import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureRows, renderTable } from '../../src/views/text-table.js';
import { displayWidth, wrapText } from '../../src/views/text-wrap.js';

// Plain text (one column a character, words one space apart) goes by the speed path of text-table;
// these tests hold it to a reference written here, and to the general path on the same text.

/** A word longer than `width` in pieces: after "/" or "-" when the parts fit, else `width` letters at a time. */
function referenceBreak(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const part of word.split(/(?<=[/-])/)) {
    if (piece.length + part.length <= width) {
      piece += part;
      continue;
    }
    if (piece) pieces.push(piece);
    let at = 0;
    while (part.length - at > width) {
      pieces.push(part.slice(at, at + width));
      at += width;
    }
    piece = part.slice(at);
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy word wrap of one paragraph; a paragraph that fits is kept as it is (its edge spaces too). */
function referenceParagraph(paragraph: string, width: number): string[] {
  if (paragraph.length <= width) return [paragraph];
  const lines: string[] = [];
  let line: string | undefined;
  for (const word of paragraph.split(' ').filter((w) => w !== '')) {
    if (line !== undefined && line.length + 1 + word.length <= width) {
      line += ` ${word}`;
      continue;
    }
    if (line !== undefined) lines.push(line);
    if (word.length <= width) line = word;
    else {
      const pieces = referenceBreak(word, width);
      line = pieces.pop()!;
      lines.push(...pieces);
    }
  }
  lines.push(line ?? '');
  return lines;
}

function referenceWrap(text: string, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => referenceParagraph(paragraph, width));
}

const longest = (pieces: string[]) => Math.max(0, ...pieces.map((p) => p.length));

// Letters of one column each: ASCII, composed Vietnamese (NFC), punctuation.
const letter = fc.constantFrom('a', 'b', 'n', 'x', 'Z', '0', '7', 'ệ', 'ư', 'đ', 'Đ', 'ơ', 'ố', 'Ạ', '.', ',', '(', ')');
const wordOf = (maxLength: number) => fc.string({ unit: fc.oneof({ weight: 6, arbitrary: letter }, { weight: 1, arbitrary: fc.constantFrom('-', '/') }), minLength: 1, maxLength });
const word = fc.oneof({ weight: 4, arbitrary: wordOf(8) }, { weight: 1, arbitrary: wordOf(60) });
const plainLine = fc.tuple(fc.boolean(), fc.array(word, { maxLength: 12 }), fc.boolean()).map(([lead, words, trail]) => (words.length === 0 ? (lead ? ' ' : '') : (lead ? ' ' : '') + words.join(' ') + (trail ? ' ' : '')));
const plainText = fc.oneof(
  { weight: 4, arbitrary: fc.array(plainLine, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')) },
  // Anything of these, spaces and line breaks where they fall (never two spaces in a row).
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'ệ', 'đ', '-', '/', ' ', '\n'), maxLength: 40 }).filter((t) => !t.includes('  ')) },
);
const width = fc.integer({ min: 1, max: 40 });

/** Plain as text-table means it: no colour code, combining mark, wide letter or surrogate, no two spaces in a row. */
const isPlain = (text: string) => !/[\u001b\u0300-\u036f\u2e80-\ua4cf\uac00-\ud7a3\ud800-\udfff\uf900-\ufaff\uff00-\uff60]/.test(text) && !text.includes('  ');

/**
 * The same text with a combining acute (no width) after some letters, which sends it down the
 * general path. Never after "/" or "-" (a piece of a broken word would then start with a mark) or
 * at a word's start, so each line it wraps into is a plain line with marks in it.
 */
function marked(text: string, every: number, seed: number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    out += ch;
    if (!' \n-/'.includes(ch) && (i * 7 + seed) % every === 0) out += '\u0301';
  }
  return out;
}
const unmark = (text: string) => text.replaceAll('\u0301', '');

describe('plain text in text tables', () => {
  it('is made by these generators (sanity of the tests below)', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(isPlain(text)).toBe(true);
      }),
    );
  });

  it('wraps as a greedy word wrap does, long words broken after "/" or "-" when they can be', () => {
    fc.assert(
      fc.property(plainText, width, (text, w) => {
        expect(wrapText(text, w)).toEqual(referenceWrap(text, w));
      }),
      { numRuns: 1000 },
    );
  });

  it('wraps into lines no wider than the width, losing no word', () => {
    fc.assert(
      fc.property(plainText, width, (text, w) => {
        const lines = wrapText(text, w);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(w);
        expect(lines.join('').replace(/[ \n]/g, '')).toBe(text.replace(/[ \n]/g, ''));
      }),
      { numRuns: 500 },
    );
  });

  it('wraps into the same lines as the general path does for the same text with zero-width marks', () => {
    fc.assert(
      fc.property(plainText, width, fc.integer({ min: 1, max: 5 }), fc.nat({ max: 10 }), (text, w, every, seed) => {
        const withMarks = marked(text, every, seed);
        expect(wrapText(withMarks, w).map(unmark)).toEqual(wrapText(text, w));
      }),
      { numRuns: 1000 },
    );
  });

  it('measures its longest line and longest word (split at spaces, line breaks and after "-")', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        const known: number[][] = [];
        expect(measureRows([[text]], undefined, known)).toEqual({ line: [longest(text.split('\n'))], word: [longest(text.split(/[ \n]|(?<=-)/))] });
        // One line: its width is noted, so drawing need not measure it again; several: -1.
        expect(known).toEqual([[text.includes('\n') ? -1 : text.length]]);
        expect(displayWidth(text)).toBe(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('measures as the general path does for the same text with zero-width marks', () => {
    fc.assert(
      fc.property(fc.array(fc.array(plainText, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 5 }), fc.nat({ max: 10 }), (rows, every, seed) => {
        const knownPlain: number[][] = [];
        const knownMarked: number[][] = [];
        const plain = measureRows(rows, undefined, knownPlain);
        expect(measureRows(rows.map((row) => row.map((cell) => marked(cell, every, seed))), undefined, knownMarked)).toEqual(plain);
        expect(knownMarked).toEqual(knownPlain);
      }),
      { numRuns: 300 },
    );
  });

  it('draws the same table as the general path does for the same cells with zero-width marks', () => {
    fc.assert(
      fc.property(fc.array(fc.array(plainText, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 12, max: 90 }), fc.integer({ min: 1, max: 5 }), fc.nat({ max: 10 }), (rows, total, every, seed) => {
        const table = renderTable(['Mã', 'Nhiệm vụ'], rows, [{ column: 1, min: 5 }], total);
        const withMarks = renderTable(['Mã', 'Nhiệm vụ'], rows.map((row) => row.map((cell) => marked(cell, every, seed))), [{ column: 1, min: 5 }], total);
        expect(unmark(withMarks)).toBe(table);
      }),
      { numRuns: 200 },
    );
  });

  it('wraps hand-picked plain examples', () => {
    expect(wrapText('dan-van-2017-2021 abc', 6)).toEqual(['dan-', 'van-', '2017-', '2021', 'abc']);
    expect(wrapText('ab/cdefgh/ij', 5)).toEqual(['ab/', 'cdefg', 'h/ij']);
    expect(wrapText(' Việt Nam ', 10)).toEqual([' Việt Nam ']);
    expect(wrapText(' Việt Nam ', 8)).toEqual(['Việt Nam']);
    expect(wrapText('phối hợp\n\nđúng hạn', 4)).toEqual(['phối', 'hợp', '', 'đúng', 'hạn']);
    expect(wrapText('abcdefg', 1)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(measureRows([['dan-van 2017\nab']])).toEqual({ line: [12], word: [4] });
  });
});

describe('text that is not plain in text tables', () => {
  it('counts a combining mark as no column', () => {
    const cafe = 'cafe\u0301';
    expect(displayWidth(cafe)).toBe(4);
    // 4 + 1 + 4 columns fit 9, though the line is 11 UTF-16 units long.
    expect(wrapText(`${cafe} ${cafe} ${cafe}`, 9)).toEqual([`${cafe} ${cafe}`, cafe]);
    expect(wrapText('Vie\u0323\u0302t Nam', 4)).toEqual(['Vie\u0323\u0302t', 'Nam']);
    expect(wrapText('Vie\u0323\u0302t Nam', 8)).toEqual(['Vie\u0323\u0302t Nam']);
  });

  it('breaks a long path with a combining mark after its slashes', () => {
    expect(wrapText('src/views/e\u0301.ts', 7)).toEqual(['src/', 'views/', 'e\u0301.ts']);
  });

  it('keeps double spaces in a line that fits, and wraps between words when it does not', () => {
    expect(wrapText('ab  cd', 10)).toEqual(['ab  cd']);
    expect(wrapText('ab  cd  ef', 5)).toEqual(['ab cd', 'ef']);
    expect(wrapText('abcdefgh  ij', 3)).toEqual(['abc', 'def', 'gh', 'ij']);
    // One paragraph that is not plain sends the others down the general path too.
    expect(wrapText('a  b\nxy', 10)).toEqual(['a  b', 'xy']);
    expect(wrapText('a b c d\ne\u0301', 3)).toEqual(['a b', 'c d', 'e\u0301']);
  });

  it('counts a CJK letter as two columns, and never breaks one in two', () => {
    expect(displayWidth('漢字')).toBe(4);
    expect(wrapText('漢字 漢字', 4)).toEqual(['漢字', '漢字']);
    expect(wrapText('漢字 漢字', 9)).toEqual(['漢字 漢字']);
    expect(wrapText('漢字漢字', 3)).toEqual(['漢', '字', '漢', '字']);
    expect(wrapText('漢', 1)).toEqual(['漢']);
  });

  it('sends each kind of character that is not one column down the general path, from the first to the last of its range', () => {
    // Wide letters (CJK, Hangul, compatibility ideographs, fullwidth forms): two columns each.
    for (const wide of ['\u2e80', '\ua4cf', '\uac00', '\ud7a3', '\uf900', '\ufaff', '\uff00', '\uff60']) {
      expect(measureRows([[wide + wide]])).toEqual({ line: [4], word: [4] });
      expect(wrapText(wide + wide, 3)).toEqual([wide, wide]);
    }
    // Combining marks: none.
    for (const mark of ['\u0300', '\u036f']) {
      expect(measureRows([[`ab${mark}c`]])).toEqual({ line: [3], word: [3] });
      expect(wrapText(`ab${mark}c ab${mark}c`, 7)).toEqual([`ab${mark}c ab${mark}c`]);
    }
    // A letter beyond the BMP (a surrogate pair) is one column, and never broken in two.
    expect(measureRows([['\u{1d400}\u{1d400} \u{1d400}']])).toEqual({ line: [4], word: [2] });
    expect(wrapText('\u{1d400}\u{1d400} \u{1d400}', 4)).toEqual(['\u{1d400}\u{1d400} \u{1d400}']);
    expect(wrapText('\u{1d400}\u{1d400}\u{1d400}', 1)).toEqual(['\u{1d400}', '\u{1d400}', '\u{1d400}']);
    // Colour codes take no column.
    expect(measureRows([['\u001b[31mab\u001b[0m cd']])).toEqual({ line: [5], word: [2] });
    expect(wrapText('\u001b[31mab\u001b[0m cd', 5)).toEqual(['\u001b[31mab\u001b[0m cd']);
  });

  it('measures lines and words in columns', () => {
    // "é-x y" is 5 columns, "漢字" 4; the words are "é-", "x", "y" and "漢字".
    expect(measureRows([['e\u0301-x y\n漢字']])).toEqual({ line: [5], word: [4] });
    expect(measureRows([['ab  cd'], ['漢字 x']])).toEqual({ line: [6], word: [4] });
  });
});
