/**
 * How wide text is on a terminal, and how it wraps: composed Vietnamese letters are one column,
 * combining marks none, wide letters two, colour codes none. Plain text (a column a character,
 * words a space apart) is measured and wrapped by counting; other text character by character.
 */

// Colour codes are matched by an expression made where it is used (a literal is compiled once
// however often it is made): a mutation run credits what a module builds as it loads to no test
// (docs/testing.md).
const colourCodes = () => /\u001b\[[0-9;]*m/g;

/** Columns a string takes: composed Vietnamese letters are one column, combining marks none. */
export function displayWidth(text: string): number {
  return widthBetween(text, 0, text.length);
}

function isWide(code: number): boolean {
  return (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60) || (code >= 0x1f300 && code <= 0x1faff);
}

/** Columns a character takes (a surrogate pair counts as its code point; combining marks none). */
function charWidth(code: number): number {
  return code < 0x300 ? 1 : code <= 0x36f ? 0 : isWide(code) ? 2 : 1;
}

export interface Measured {
  line: number;
  word: number;
  oneLine: boolean;
}

/** A text's widest line and widest word, in one pass over its characters; `oneLine` when it is one line without colour codes. */
export function measureText(text: string): Measured {
  // Stryker disable next-line ConditionalExpression: a speed path, the same measures either way
  if (isPlain(text)) return measurePlain(text);
  const coloured = text.includes('\u001b');
  const plain = coloured ? text.replace(colourCodes(), '') : text;
  let oneLine = !coloured;
  let line = 0;
  let word = 0;
  let lineWidth = 0;
  let wordWidth = 0;
  for (let i = 0; i < plain.length; i++) {
    const code = plain.codePointAt(i)!;
    if (code === 0x20 || code === 0x0a) {
      if (wordWidth > word) word = wordWidth;
      wordWidth = 0;
      if (code === 0x0a) {
        if (lineWidth > line) line = lineWidth;
        lineWidth = 0;
        oneLine = false;
      } else lineWidth++;
      continue;
    }
    if (code > 0xffff) i++;
    const w = charWidth(code);
    lineWidth += w;
    wordWidth += w;
    // A hyphenated id ("dan-van-2017-2021") may break after a hyphen: its pieces are its words.
    if (code === 0x2d) {
      if (wordWidth > word) word = wordWidth;
      wordWidth = 0;
    }
  }
  return { line: Math.max(line, lineWidth), word: Math.max(word, wordWidth), oneLine };
}

/** `measureText` for plain text (`isPlain`): a character is a column. */
function measurePlain(text: string): Measured {
  let line = 0;
  let word = 0;
  let lineStart = 0;
  let wordStart = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads no character
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a) {
      // Stryker disable next-line EqualityOperator: a tie on the widest measures the same
      if (i - wordStart > word) word = i - wordStart;
      wordStart = i + 1;
      if (code === 0x0a) {
        // Stryker disable next-line EqualityOperator: a tie on the widest measures the same
        if (i - lineStart > line) line = i - lineStart;
        lineStart = i + 1;
      }
    } else if (code === 0x2d) {
      // Stryker disable next-line EqualityOperator: a tie on the widest measures the same
      if (i + 1 - wordStart > word) word = i + 1 - wordStart;
      wordStart = i + 1;
    }
  }
  return { line: Math.max(line, text.length - lineStart), word: Math.max(word, text.length - wordStart), oneLine: lineStart === 0 };
}

/** Splits a word longer than the line into pieces that fit, after a "/" or "-" when it can (paths, ids, document numbers). */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const part of word.split(/(?<=[/-])/)) {
    if (displayWidth(piece + part) <= width) {
      piece += part;
      continue;
    }
    if (piece) pieces.push(piece);
    piece = '';
    for (const ch of part) {
      if (displayWidth(piece + ch) > width && piece) {
        pieces.push(piece);
        piece = '';
      }
      piece += ch;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Lines of wrapped text, with the columns each line takes. */
export interface Wrapped {
  lines: string[];
  widths: number[];
}

/** Wraps plain text at word boundaries to `width` columns; words longer than a line are broken. */
export function wrapText(text: string, width: number): string[] {
  return wrapMeasured(text, width).lines;
}

function wrapMeasured(text: string, width: number): Wrapped {
  const wrapped: Wrapped = { lines: [], widths: [] };
  const wrap = isPlain(text) ? wrapPlainParagraph : wrapParagraph;
  for (let start = 0; ; ) {
    const newline = text.indexOf('\n', start);
    wrap(text, start, newline < 0 ? text.length : newline, width, wrapped);
    if (newline < 0) return wrapped;
    start = newline + 1;
  }
}

// Characters that take other than one column (combining marks, wide letters, surrogate halves) or
// start a colour code; made where used, as colourCodes is.
const notOneColumn = () => /[\u001b\u0300-\u036f\u2e80-\ua4cf\uac00-\ud7a3\ud800-\udfff\uf900-\ufaff\uff00-\uff60]/;

/** Text where each character takes one column and words are one space apart: widths are lengths, lines are slices. */
// Stryker disable next-line BlockStatement: a speed path; text taken as not plain is wrapped the general way, to the same lines
function isPlain(text: string): boolean {
  // Stryker disable next-line StringLiteral: a speed path; text taken as not plain is wrapped the general way, to the same lines
  return !notOneColumn().test(text) && !text.includes('  ');
}

/** `wrapParagraph` for plain text (`isPlain`): the same lines, without measuring a character. */
function wrapPlainParagraph(text: string, from: number, to: number, width: number, into: Wrapped): void {
  if (to - from <= width) {
    into.lines.push(text.slice(from, to));
    into.widths.push(to - from);
    return;
  }
  // The line being filled runs from the start of its first word to the end of its last.
  let start = -1;
  // Stryker disable next-line UnaryOperator: set before it is read
  let end = -1;
  for (let i = from; i < to; ) {
    if (text.charCodeAt(i) === 0x20) {
      i++;
      continue;
    }
    let wordEnd = text.indexOf(' ', i);
    // Stryker disable next-line EqualityOperator: at the end of the paragraph either way
    if (wordEnd < 0 || wordEnd > to) wordEnd = to;
    if (start >= 0 && wordEnd - start <= width) {
      end = wordEnd;
    } else {
      if (start >= 0) {
        into.lines.push(text.slice(start, end));
        into.widths.push(end - start);
      }
      // Stryker disable next-line ArithmeticOperator,ConditionalExpression,EqualityOperator: a word that fits comes back whole from breakWord, the same lines
      if (wordEnd - i <= width) {
        start = i;
        end = wordEnd;
      } else {
        const pieces = breakWord(text.slice(i, wordEnd), width);
        const last = pieces.pop()!;
        for (const piece of pieces) {
          into.lines.push(piece);
          into.widths.push(piece.length);
        }
        // The last piece starts the next line.
        start = wordEnd - last.length;
        end = wordEnd;
      }
    }
    i = wordEnd;
  }
  // Stryker disable next-line ConditionalExpression,StringLiteral: plain text longer than the line has a word, so start is set
  into.lines.push(start < 0 ? '' : text.slice(start, end));
  // Stryker disable next-line ConditionalExpression: plain text longer than the line has a word, so start is set
  into.widths.push(start < 0 ? 0 : end - start);
}

/** Wraps `text` from `from` to `to` (one paragraph) into `into`, word by word, without splitting it first. */
function wrapParagraph(text: string, from: number, to: number, width: number, into: Wrapped): void {
  const push = (line: string, lineWidth: number) => {
    into.lines.push(line);
    into.widths.push(lineWidth);
  };
  const whole = widthBetween(text, from, to);
  if (whole <= width) return push(text.slice(from, to), whole);
  let line = '';
  // Widths add up word by word (a word never holds a space, so never half an escape sequence).
  let lineWidth = 0;
  for (let i = from; i < to; ) {
    if (text.charCodeAt(i) === 0x20) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && text.charCodeAt(end) !== 0x20) end++;
    const word = text.slice(i, end);
    const wordWidth = widthBetween(text, i, end);
    i = end;
    const candidateWidth = line ? lineWidth + 1 + wordWidth : wordWidth;
    if (candidateWidth <= width) {
      line = line ? `${line} ${word}` : word;
      lineWidth = candidateWidth;
      continue;
    }
    if (line) push(line, lineWidth);
    if (wordWidth <= width) {
      line = word;
      lineWidth = wordWidth;
    } else {
      const pieces = breakWord(word, width);
      line = pieces.pop() ?? '';
      lineWidth = displayWidth(line);
      for (const piece of pieces) push(piece, displayWidth(piece));
    }
  }
  push(line, lineWidth);
}

/** The columns `text` takes from `from` to `to`, without cutting it out (colour codes take none). */
function widthBetween(text: string, from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i++) {
    const code = text.codePointAt(i)!;
    if (code === 0x1b) {
      const end = colourCodeEnd(text, i, to);
      if (end > 0) {
        i = end - 1;
        continue;
      }
    }
    if (code > 0xffff) i++;
    width += charWidth(code);
  }
  return width;
}

/** Where a colour code (ESC [ digits and semicolons m) starting at `at` ends, or -1 when none starts there. */
function colourCodeEnd(text: string, at: number, to: number): number {
  if (text.charCodeAt(at + 1) !== 0x5b) return -1;
  for (let i = at + 2; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x6d) return i + 1;
    if (c !== 0x3b && (c < 0x30 || c > 0x39)) return -1;
  }
  return -1;
}

/** A cell's lines at `width`: a cell coloured as a whole keeps its colour on every line. */
export function cellLines(text: string, width: number): Wrapped {
  if (!text.includes('\u001b')) return wrapMeasured(text, width);
  const coloured = /^(\u001b\[[0-9;]*m)([^]*?)(\u001b\[[0-9;]*m)$/.exec(text);
  if (!coloured || coloured[2]!.includes('\u001b')) return wrapMeasured(text.replace(colourCodes(), ''), width);
  const wrapped = wrapMeasured(coloured[2]!, width);
  return { lines: wrapped.lines.map((l) => coloured[1] + l + coloured[3]), widths: wrapped.widths };
}
