import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
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
      const pair = node.items.find((p) => isPair(p) && String(keyOf(p.key)) === String(segment));
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

/** The text of a 1-based line, for the caret view. */
export function sourceLine(text: string, line: number): string | undefined {
  let start = 0;
  for (let n = 1; n < line; n++) {
    start = text.indexOf('\n', start);
    if (start < 0) return undefined;
    start++;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
}
