import type { Node, Pair, YAMLMap } from 'yaml';
import type { SourceFile } from './types.js';
import { yaml } from './yaml-lib.js';

export type Path = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** A record path as a JSON pointer (RFC 6901): ["reports", 0, "on"] → /reports/0/on. */
export function toPointer(path: Path): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function keyOf(pairKey: unknown): unknown {
  return yaml().isScalar(pairKey) ? pairKey.value : pairKey;
}

// Each mapping's pairs by key, built on first lookup: a file with 72,000 keys and a message for
// each of them costs one pass over its keys, not one pass per message.
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, segment: string | number): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    const { isPair } = yaml();
    for (const p of map.items) {
      if (!isPair(p)) continue;
      const key = String(keyOf(p.key));
      if (!index.has(key)) index.set(key, p);
    }
    pairIndex.set(map, index);
  }
  return index.get(String(segment));
}

/**
 * The line and column of the YAML node at `path` (or of its key, with `key`), falling back to the
 * nearest existing ancestor, so that every diagnostic points at a line.
 */
export function locate(source: SourceFile, path: Path, options: { key?: boolean } = {}): Position {
  // A top-level key of a plain block mapping is found by its line, without parsing the file again.
  if ((path.length === 1 && options.key) || path.length === 0) {
    const keys = topLevelKeys(source.text);
    // The mapping itself starts at its first key.
    const line = path.length ? keys?.get(String(path[0])) : keys?.values().next().value;
    if (line !== undefined) return { line, column: 1 };
  }
  const { isMap, isSeq } = yaml();
  let node: unknown = source.doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairOf(node, segment!);
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      const valueNode = pair.value as Node | null;
      if (last && options.key && keyNode?.range) return toPosition(source, keyNode.range[0]);
      if (keyNode?.range) offset = keyNode.range[0];
      node = valueNode;
      if (valueNode?.range) offset = valueNode.range[0];
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
      if (item.range) offset = item.range[0];
    } else {
      break;
    }
  }
  return toPosition(source, offset);
}

// A key at the left margin: plain (no quote, indicator or space first), or quoted; matched where a line starts.
const KEY_AT = /(?:([^\s#:'"\-?[\]{}&*!|>%@`,][^:#\n]*?)|"([^"\\\n]*)"|'([^'\n]*)')[ \t]*:(?=[ \t\r\n]|$)/y;
let lastKeys: { text: string; keys: Map<string, number> | null } | undefined;

/**
 * The line of each key at the left margin, when every line there is a key (or a comment, a blank
 * line, a document marker) and no key repeats: then the file is one block mapping and those are its
 * keys. Anything else (a flow collection or a string continued at the margin) gives null, and
 * positions come from the parsed document. The last file's keys are kept (its messages come together).
 */
function topLevelKeys(text: string): Map<string, number> | null {
  if (lastKeys?.text === text) return lastKeys.keys;
  let keys: Map<string, number> | null = new Map();
  let line = 1;
  for (let start = 0; start < text.length && keys; line++) {
    const end = text.indexOf('\n', start);
    const first = text.charCodeAt(start);
    const marker = text.startsWith('---', start) || text.startsWith('...', start);
    // A second document: its keys are not this mapping's.
    if (marker && keys.size > 0) keys = null;
    // space, tab, #, CR, LF: not a key line.
    else if (first !== 32 && first !== 9 && first !== 35 && first !== 13 && first !== 10 && !marker) {
      KEY_AT.lastIndex = start;
      const m = KEY_AT.exec(text);
      const key = m ? (m[1] ?? m[2] ?? m[3])! : undefined;
      if (key === undefined || keys.has(key)) keys = null;
      else keys.set(key, line);
    }
    start = end < 0 ? text.length : end + 1;
  }
  lastKeys = { text, keys };
  return keys;
}

export function toPosition(source: SourceFile, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}

function startsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(text: string, starts: readonly number[], line: number): string | undefined {
  const start = starts[line - 1];
  if (start === undefined || line < 1) return undefined;
  const end = starts[line];
  return text.slice(start, end === undefined ? undefined : end - 1).replace(/\r$/, '');
}

/**
 * Lines of files by number, for the caret view of many messages: each file's text is fetched and
 * indexed once (while messages of the same file follow each other), so a line costs O(1), not a
 * scan of the file.
 */
export function lineReader(textOf: (file: string) => string | undefined): (file: string, line: number) => string | undefined {
  let current: { file: string; text: string | undefined; starts: number[] } | undefined;
  return (file, line) => {
    if (current?.file !== file) {
      const text = textOf(file);
      current = { file, text, starts: text === undefined ? [] : startsOf(text) };
    }
    return current.text === undefined ? undefined : lineAt(current.text, current.starts, line);
  };
}
