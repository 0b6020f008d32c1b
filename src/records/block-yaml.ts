import { types, type Type } from 'js-yaml';

// js-yaml exports its types (index.js `types`); @types/js-yaml does not declare them.
declare module 'js-yaml' {
  export const types: Record<'null' | 'bool' | 'int' | 'float', Type>;
}

// The records' own shape of YAML, read in one pass over the text: block mappings and sequences
// (compact `- key: value` items too), plain, single- and double-quoted scalars on one line, and
// one-line flow collections. Anything else (block scalars, flow collections over lines, escapes,
// multi-line scalars, quoted keys, a line that is not what this shape expects) is declined, and
// js-yaml reads the file as before. What it accepts it reads as js-yaml does with the core
// schema: plain scalars resolve through js-yaml's own null, bool, int and float types.

/** Why a text is declined: thrown inside, caught once at the top. */
const DECLINE = Symbol('decline');
const IMPLICIT = [types.null, types.bool, types.int, types.float];
// First characters a plain scalar of another type than string can have (~, null, true, .5, -1, 0x…).
const MAYBE_TYPED = new Uint8Array(128);
for (const c of '0123456789+-.~nNtTfF') MAYBE_TYPED[c.charCodeAt(0)] = 1;
// Characters that cannot start a plain scalar here: YAML's indicators, less the ones read as
// quoted or flow, and `-` (read as plain only before a non-space).
const NOT_PLAIN_START = new Uint8Array(128);
for (const c of '?:,]{}#&*!|>%@`') NOT_PLAIN_START[c.charCodeAt(0)] = 1;
const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const NEWLINE = 0x0a;
const MAX_DEPTH = 64;

/** The mapping a record's text holds, or undefined when the text is not in the records' shape. */
export function parseBlockYaml(text: string): Record<string, unknown> | undefined {
  if (text.includes('\r') || text.includes('\\') || text.includes('\t')) return undefined;
  try {
    const reader = new Reader(text);
    reader.skipBlank();
    if (reader.done() || reader.indent !== 0) return undefined;
    const value = reader.mapping(0, 0);
    reader.skipBlank();
    return reader.done() ? value : undefined;
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

function decline(): never {
  throw DECLINE;
}

class Reader {
  /** Where the current line's content starts (after its indentation). */
  private at = 0;
  /** Where the current line starts. */
  private begin = 0;
  /** Where the current line ends (its newline, or the text's end). */
  private end = 0;
  /** The current line's indentation. */
  indent = 0;
  /** Where the scalar or flow node read last ends (returned beside its value without a tuple per node). */
  private after = 0;

  constructor(private readonly text: string) {
    this.enter(0);
  }

  done(): boolean {
    return this.at >= this.text.length;
  }

  /** Makes the line starting at `start` current. */
  private enter(start: number): void {
    const { text } = this;
    let i = start;
    while (i < text.length && text.charCodeAt(i) === SPACE) i++;
    this.begin = start;
    this.at = i;
    this.indent = i - start;
    const newline = text.indexOf('\n', i);
    this.end = newline < 0 ? text.length : newline;
  }

  private next(): void {
    this.enter(this.end + 1);
  }

  /** Passes over empty lines and comment lines. */
  skipBlank(): void {
    while (!this.done()) {
      const c = this.text.charCodeAt(this.at);
      if (c !== NEWLINE && c !== HASH && this.at !== this.end) return;
      if (this.end >= this.text.length) {
        this.at = this.text.length;
        return;
      }
      this.next();
    }
  }

  private startsItem(): boolean {
    const c = this.text.charCodeAt(this.at + 1);
    return this.text.charCodeAt(this.at) === DASH && (c === SPACE || this.at + 1 === this.end);
  }

  /**
   * A block mapping whose keys stand at column `indent`. Its first key may start inside the
   * current line (a compact `- key:` item): `at` then points at it already.
   */
  mapping(indent: number, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) decline();
    const map: Record<string, unknown> = {};
    for (;;) {
      const key = this.key();
      if (key === '__proto__' || Object.hasOwn(map, key)) decline();
      map[key] = this.valueAfterKey(indent, depth);
      this.skipBlank();
      if (this.done() || this.indent < indent) return map;
      if (this.indent > indent || this.startsItem()) decline();
    }
  }

  /** A plain key and its `:`; leaves `at` after the colon. */
  private key(): string {
    const start = this.at;
    const colon = this.keyColon(start);
    if (colon < 0) decline();
    this.at = colon + 1;
    return this.text.slice(start, colon);
  }

  /** Where the colon of a plain key starting at `start` is, or -1 when no key starts there. */
  private keyColon(start: number): number {
    const { text } = this;
    const first = text.charCodeAt(start);
    if (!((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a) || first === 0x5f)) return -1;
    let i = start + 1;
    for (; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === DASH)) break;
    }
    return text.charCodeAt(i) === COLON && (i + 1 === this.end || text.charCodeAt(i + 1) === SPACE) ? i : -1;
  }

  /** What follows `key:` in a mapping at `indent`: a scalar on the line, or a block below it. */
  private valueAfterKey(indent: number, depth: number): unknown {
    const start = this.inlineStart();
    if (start < 0) {
      // Nothing on the line: a block more indented, a sequence at the key's own column, or null.
      this.next();
      this.skipBlank();
      if (this.done() || this.indent < indent) return null;
      if (this.startsItem()) return this.sequence(this.indent, depth + 1);
      if (this.indent === indent) return null;
      return this.mapping(this.indent, depth + 1);
    }
    const value = this.scalarOrFlow(start);
    this.next();
    return value;
  }

  /** Where a value starts on the rest of the line, or -1 when only spaces or a comment are left. */
  private inlineStart(): number {
    const i = this.spacesFrom(this.at);
    return i === this.end || this.text.charCodeAt(i) === HASH ? -1 : i;
  }

  /** A block sequence whose dashes stand at column `indent`. */
  private sequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) decline();
    const items: unknown[] = [];
    for (;;) {
      this.at++;
      const start = this.inlineStart();
      if (start < 0) decline();
      if (this.keyColon(start) >= 0) {
        // A compact mapping: its keys stand where this first one does.
        this.at = start;
        this.indent = start - this.begin;
        items.push(this.mapping(this.indent, depth + 1));
      } else {
        items.push(this.scalarOrFlow(start));
        this.next();
      }
      this.skipBlank();
      // A line of the sequence's own column that is no item is the parent mapping's next key.
      if (this.done() || this.indent < indent || (this.indent === indent && !this.startsItem())) return items;
      if (this.indent > indent) decline();
    }
  }

  /** A scalar or a flow collection that fills the rest of the line from `start` (bar a comment). */
  private scalarOrFlow(start: number): unknown {
    const c = this.text.charCodeAt(start);
    if (c === 0x22 || c === 0x27 || c === 0x5b || c === 0x7b) {
      const value = this.flowNode(start, 0);
      this.restIsComment(this.after);
      return value;
    }
    return this.plain(start, this.end, false);
  }

  /** Only spaces, or spaces and a comment, from `i` to the line's end. */
  private restIsComment(from: number): void {
    const { text } = this;
    const i = this.spacesFrom(from);
    if (i < this.end && (text.charCodeAt(i) !== HASH || text.charCodeAt(i - 1) !== SPACE)) decline();
  }

  /** A quoted scalar starting at `start`, closed before `limit`: its value (`after`: where it ends). */
  private quoted(start: number, limit: number): string {
    const { text } = this;
    const quote = text.charCodeAt(start);
    let value = '';
    let from = start + 1;
    for (;;) {
      const close = text.indexOf(quote === 0x22 ? '"' : "'", from);
      if (close < 0 || close >= limit) decline();
      value += text.slice(from, close);
      // '' is a single quote inside single quotes; double quotes here hold no escapes.
      if (quote === 0x27 && text.charCodeAt(close + 1) === 0x27) {
        value += "'";
        from = close + 2;
        continue;
      }
      this.after = close + 1;
      return intern(value);
    }
  }

  /**
   * A plain scalar from `start` to `limit`, ended early by ` #` (and in a flow sequence by `,` or
   * `]`): its value (`after`: where it ends).
   */
  private plain(start: number, limit: number, inFlow: boolean): unknown {
    const { text } = this;
    const first = text.charCodeAt(start);
    if (first < 128 && NOT_PLAIN_START[first] === 1) decline();
    if (first === DASH && (start + 1 === limit || text.charCodeAt(start + 1) === SPACE)) decline();
    let i = start;
    let last = start;
    for (; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE) continue;
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
      if (c === COLON && (i + 1 === limit || text.charCodeAt(i + 1) === SPACE || inFlow)) decline();
      if (inFlow && (c === 0x2c || c === 0x5d || c === 0x7d)) break;
      if (inFlow && (c === 0x5b || c === 0x7b)) decline();
      last = i + 1;
    }
    this.after = i;
    return resolve(text.slice(start, last));
  }

  /** A node inside a one-line flow collection (or one itself): its value (`after`: where it ends). */
  private flowNode(start: number, depth: number): unknown {
    const c = this.text.charCodeAt(start);
    if (c === 0x22 || c === 0x27) return this.quoted(start, this.end);
    if (c === 0x5b || c === 0x7b) return this.flowCollection(start, c === 0x7b, depth + 1);
    return this.plain(start, this.end, true);
  }

  /** `[a, "b", 'c']` or `{ a: b, c: [d] }` on one line: its value (`after`: where it ends). */
  private flowCollection(start: number, isMap: boolean, depth: number): unknown {
    if (depth > MAX_DEPTH) decline();
    const { text } = this;
    const close = isMap ? 0x7d : 0x5d;
    const map: Record<string, unknown> | undefined = isMap ? {} : undefined;
    const items: unknown[] | undefined = isMap ? undefined : [];
    let i = this.spacesFrom(start + 1);
    if (text.charCodeAt(i) === close) {
      this.after = i + 1;
      return map ?? items;
    }
    for (;;) {
      i = this.spacesFrom(i);
      if (i >= this.end) decline();
      if (map) {
        const colon = this.keyColon(i);
        if (colon < 0) decline();
        const key = text.slice(i, colon);
        if (key === '__proto__' || Object.hasOwn(map, key)) decline();
        map[key] = this.flowNode(this.spacesFrom(colon + 1), depth);
      } else items!.push(this.flowNode(i, depth));
      i = this.spacesFrom(this.after);
      if (i >= this.end) decline();
      const separator = text.charCodeAt(i++);
      if (separator === close) {
        this.after = i;
        return map ?? items;
      }
      if (separator !== 0x2c) decline();
    }
  }

  /**
   * The first place from `i` on the current line that is not a space. No bound is needed: `i` is
   * never past the line's end, where a line break or the end of the text stops the loop.
   */
  private spacesFrom(i: number): number {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }
}

/** A plain scalar's value under the core schema, as js-yaml resolves it. */
function resolve(raw: string): unknown {
  const first = raw.charCodeAt(0);
  if (first < 128 && MAYBE_TYPED[first] === 1) {
    for (const type of IMPLICIT) if (type.resolve(raw)) return type.construct(raw);
  }
  return intern(raw);
}

// Short values repeat across thousands of files (dates, states, periods, ids): one copy of each.
// The table starts again when full: values that repeat are soon back, and one-off values (a
// report's document number) do not pile up for the life of a worker.
const interned = new Map<string, string>();
const INTERNED_AT_MOST = 20_000;

export function intern(value: string): string {
  if (value.length > 24) return value;
  const known = interned.get(value);
  if (known !== undefined) return known;
  if (interned.size >= INTERNED_AT_MOST) interned.clear();
  interned.set(value, value);
  return value;
}
