/**
 * Text written straight into UTF-8, in a buffer that grows as it fills: long tables drawn this way
 * make no strings to join and encode afterwards, which was most of their cost (docs/performance.md).
 */
const ENCODER = new TextEncoder();

export class Utf8Writer {
  private buffer: Uint8Array;
  private at = 0;

  constructor(size = 1 << 16) {
    this.buffer = new Uint8Array(size);
  }

  /** Bytes written so far: a place to go back to with `truncate`. */
  get length(): number {
    return this.at;
  }

  /** Forgets what was written after `length` bytes. */
  truncate(length: number): void {
    this.at = Math.min(this.at, length);
  }

  bytes(bytes: Uint8Array): void {
    const length = bytes.length;
    // Stryker disable next-line EqualityOperator: growing when exactly full or not, the same bytes
    if (this.at + length > this.buffer.length) this.room(length);
    const buffer = this.buffer;
    // A few bytes (a cell's piece of a line) copy faster one by one than through set().
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a byte at a time or by set(), the same bytes
    if (length < 64) for (let i = 0, at = this.at; i < length; i++) buffer[at + i] = bytes[i]!;
    else buffer.set(bytes, this.at);
    this.at += length;
  }

  spaces(count: number): void {
    // Stryker disable next-line EqualityOperator: no space to write either way
    if (count <= 0) return;
    // Stryker disable next-line EqualityOperator: growing when exactly full or not, the same bytes
    if (this.at + count > this.buffer.length) this.room(count);
    this.buffer.fill(0x20, this.at, this.at + count);
    this.at += count;
  }

  /** `text` as UTF-8, as TextEncoder writes it (a lone surrogate becomes U+FFFD). */
  text(text: string): void {
    // Stryker disable next-line EqualityOperator: growing when exactly full or not, the same bytes
    if (this.at + text.length * 3 > this.buffer.length) this.room(text.length * 3);
    // Long text is encoded faster by the engine; a short piece costs more to hand over than to encode here.
    // Stryker disable next-line BlockStatement,ConditionalExpression,EqualityOperator: by the engine or by hand, the same bytes (the tests hold both to TextEncoder)
    if (text.length > 32) {
      this.at += ENCODER.encodeInto(text, this.buffer.subarray(this.at)).written;
      return;
    }
    const buffer = this.buffer;
    let at = this.at;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        buffer[at++] = code;
        continue;
      }
      if (code < 0x800) {
        buffer[at++] = 0xc0 | (code >> 6);
        buffer[at++] = 0x80 | (code & 0x3f);
        continue;
      }
      if (code >= 0xd800 && code <= 0xdfff) {
        const low = text.charCodeAt(i + 1);
        if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i++;
          buffer[at++] = 0xf0 | (code >> 18);
          buffer[at++] = 0x80 | ((code >> 12) & 0x3f);
          buffer[at++] = 0x80 | ((code >> 6) & 0x3f);
          buffer[at++] = 0x80 | (code & 0x3f);
          continue;
        }
        code = 0xfffd;
      }
      buffer[at++] = 0xe0 | (code >> 12);
      buffer[at++] = 0x80 | ((code >> 6) & 0x3f);
      buffer[at++] = 0x80 | (code & 0x3f);
    }
    this.at = at;
  }

  /** What was written, in a buffer of its own (it may be handed to another thread); the writer starts again empty. */
  take(): Uint8Array {
    const written = this.buffer.slice(0, this.at);
    this.at = 0;
    return written;
  }

  private room(more: number): void {
    // Stryker disable next-line ArithmeticOperator: a smaller step still grows to what is needed
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.at + more));
    grown.set(this.buffer.subarray(0, this.at));
    this.buffer = grown;
  }
}

const UTF8 = new TextDecoder();

/** Text as UTF-8 (a remembered piece written again and again). */
export function utf8Bytes(text: string): Uint8Array {
  // Stryker disable next-line ArithmeticOperator: a starting size; the writer grows as it needs
  const writer = new Utf8Writer(text.length * 3);
  writer.text(text);
  return writer.take();
}

/** What a writer holds, as text; the writer starts again empty. */
export function takeText(writer: Utf8Writer): string {
  return UTF8.decode(writer.take());
}
