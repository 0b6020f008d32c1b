import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { SourceFile } from './types.js';

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
  return isScalar(pairKey) ? pairKey.value : pairKey;
}

// Each mapping's pairs by key, built on first lookup: a file with 72,000 keys and a message for
// each of them costs one pass over its keys, not one pass per message.
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, segment: string | number): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
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
