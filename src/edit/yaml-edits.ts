import type { Document, Node, Pair } from 'yaml';
import { terminalLine } from '../formatters/escape.js';
import { yaml } from '../records/yaml-lib.js';
import { lineBreakOf, lineStart, nextLineStart, type TextEdit } from './text-edit.js';

/** A record's text with its parsed document, for edits that touch only the bytes they must. */
export interface EditableText {
  text: string;
  doc: Document.Parsed;
  eol: string;
}

export type ScalarValue = string | number;

export function editable(text: string): EditableText {
  // yaml 2's defaults: the core schema, as the loader reads records. The edits read only keys and ranges.
  return { text, doc: yaml().parseDocument(text), eol: lineBreakOf(text) };
}

// The patterns and tables of this file live in the functions that use them, not in module
// constants, so that a mutation test credits them to the tests that run those functions.

/** A double-quoted YAML scalar on one line that reads back as exactly `text`, whatever it holds. */
export function quotedScalar(text: string): string {
  // The characters to escape to read back identical (and stay on one line); YAML's short escapes where it has one.
  const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\0': '\\0', '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' };
  return `"${text.replace(/[\\"\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}\p{Cs}]/gu, (c) => {
    if (named[c]) return named[c];
    const code = c.codePointAt(0)!;
    if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
    if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
    return `\\U${code.toString(16).padStart(8, '0')}`;
  })}"`;
}

/**
 * YAML for one scalar given by the user: dates, ids and simple words plain; anything else
 * double-quoted and escaped, so that a note with line breaks, quotes, "key: value" or control
 * characters is stored as text and reads back identical (never as YAML structure).
 */
export function scalarText(value: ScalarValue, quote = false): string {
  if (typeof value === 'number') return String(value);
  // Plain only what can stay a plain scalar anywhere, in block or flow context: letters, digits and a few marks.
  const plain = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .\/()–—-]*$/u;
  if (!quote && plain.test(value) && yaml().parse(value) === value) return value;
  return quotedScalar(value);
}

/** Text for a YAML comment: one line, every hidden character shown visibly. */
export function commentText(text: string): string {
  return terminalLine(text.replace(/\s+/g, ' '));
}

function pairAt(source: EditableText, path: readonly string[]): Pair<Node, Node | null> | undefined {
  let node: unknown = source.doc.contents;
  let found: Pair<Node, Node | null> | undefined;
  const { isMap, isScalar } = yaml();
  for (const key of path) {
    if (!isMap(node)) return undefined;
    found = node.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Node, Node | null> | undefined;
    if (!found) return undefined;
    node = found.value;
  }
  return found;
}

export function valueAt(source: EditableText, path: readonly string[]): Node | null | undefined {
  return pairAt(source, path)?.value;
}

/** Replace the value of `path` (a scalar, or nothing after the colon) by `yamlText`. */
export function setValue(source: EditableText, path: readonly string[], yamlText: string): TextEdit | null {
  const pair = pairAt(source, path);
  if (!pair) return null;
  const value = pair.value;
  // A key left empty (`status:`) has an empty value right after its colon: a space goes before the new one.
  if (value?.range && value.range[1] > value.range[0]) return { start: value.range[0], end: value.range[1], text: yamlText };
  const keyEnd = pair.key.range![1];
  const colon = source.text.indexOf(':', keyEnd);
  return { start: colon + 1, end: colon + 1, text: ` ${yamlText}` };
}

/** Set a top-level key: replace its value, or add a line for it after the line of `after`. */
export function setTopLevel(source: EditableText, key: string, yamlText: string, after: string): TextEdit {
  const existing = setValue(source, [key], yamlText);
  if (existing) return existing;
  const anchor = pairAt(source, [after]);
  const at = anchor?.value?.range ? nextLineStart(source.text, anchor.value.range[1]) : source.text.length;
  const prefix = at > 0 && !source.text.slice(0, at).endsWith('\n') ? source.eol : '';
  return { start: at, end: at, text: `${prefix}${key}: ${yamlText}${source.eol}` };
}

/** Remove a top-level `key: value` line (a one-line value), with its line break. */
export function removeTopLevel(source: EditableText, key: string): TextEdit | null {
  const pair = pairAt(source, [key]);
  if (!pair?.value?.range) return null;
  return { start: lineStart(source.text, pair.key.range![0]), end: nextLineStart(source.text, pair.value.range[1]), text: '' };
}

/** Append an item (a mapping of scalars) to the sequence at `path`, in the style its items already use. */
export function appendItem(source: EditableText, path: readonly string[], item: Record<string, string>): TextEdit {
  const { text, eol } = source;
  const pair = pairAt(source, path);
  const entries = Object.entries(item);
  const flowItem = `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  const blockLines = (prefix: string) => entries.map(([k, v], i) => `${i === 0 ? prefix : ' '.repeat(prefix.length)}${k}: ${v}`).join(eol) + eol;
  const seq = pair?.value;
  if (!pair) {
    const prefix = text.length > 0 && !text.endsWith('\n') ? eol : '';
    return { start: text.length, end: text.length, text: `${prefix}${path[path.length - 1]}:${eol}${blockLines('  - ')}` };
  }
  const { isMap, isSeq } = yaml();
  if (!isSeq(seq) || seq.items.length === 0) {
    // "reports: []" or "reports:" becomes a block list under the key.
    const colon = text.indexOf(':', pair.key.range![1]);
    const end = seq?.range ? seq.range[1] : colon + 1;
    const indent = text.slice(lineStart(text, pair.key.range![0]), pair.key.range![0]);
    const comment = text.slice(end, nextLineStart(text, end)).trim();
    return { start: colon + 1, end: nextLineStart(text, end), text: `${comment ? ` ${comment}` : ''}${eol}${blockLines(`${indent}  - `)}` };
  }
  if (seq.flow) {
    const close = text.lastIndexOf(']', seq.range![1]);
    return { start: close, end: close, text: `, ${flowItem}` };
  }
  const last = seq.items[seq.items.length - 1] as Node;
  const first = seq.items[0] as Node;
  const prefix = text.slice(lineStart(text, first.range![0]), first.range![0]);
  const at = nextLineStart(text, last.range![1] - 1);
  const lines = isMap(last) && last.flow ? `${prefix}${flowItem}${eol}` : blockLines(prefix);
  return { start: at, end: at, text: lines };
}

/** Replace one item of a sequence of scalars, keeping its quoting. */
export function replaceItem(source: EditableText, path: readonly string[], index: number, value: string): TextEdit | null {
  const seq = valueAt(source, path);
  const { isScalar, isSeq } = yaml();
  if (!isSeq(seq)) return null;
  const item = seq.items[index];
  if (!isScalar(item) || !item.range) return null;
  const quoted = item.type === 'QUOTE_DOUBLE' ? quotedScalar(value) : item.type === 'QUOTE_SINGLE' && !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(value) ? `'${value.replace(/'/g, "''")}'` : scalarText(value);
  return { start: item.range[0], end: item.range[1], text: quoted };
}
