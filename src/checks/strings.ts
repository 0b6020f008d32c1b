import { isScalar, visit } from 'yaml';
import type { SourceFile } from '../records/types.js';

/** Calls `fn` for every string scalar of a file (keys too), with its source offset. */
export function eachString(source: SourceFile, fn: (text: string, offset: number) => void): void {
  visit(source.doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string') fn(node.value, node.range?.[0] ?? 0);
    },
  });
}

/** Shortens text for a message. */
export function excerpt(text: string, max = 40): string {
  return text.length > max ? text.slice(0, max) + '…' : text;
}
