import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lineReader, locate } from '../../src/records/positions.js';
import type { SourceFile } from '../../src/records/types.js';

function source(text: string): SourceFile {
  const lineCounter = new LineCounter();
  return { path: 'x.yaml', kind: 'task', text, doc: parseDocument(text, { lineCounter }) as SourceFile['doc'], lineCounter };
}

describe('positions', () => {
  const text = Array.from({ length: 5000 }, (_, i) => `k${i}: { a: ${i}, list: [x, y] }`).join('\n') + '\n';
  const file = source(text);

  it('finds keys anywhere in a large mapping, by value and by key', () => {
    expect(locate(file, ['k0'])).toEqual({ line: 1, column: 5 });
    expect(locate(file, ['k4999', 'a'])).toEqual({ line: 5000, column: 13 });
    expect(locate(file, ['k2500', 'list', 1])).toEqual({ line: 2501, column: 29 });
    expect(locate(file, ['k2500'], { key: true })).toEqual({ line: 2501, column: 1 });
  });

  it('falls back to the nearest existing ancestor', () => {
    expect(locate(file, ['k17', 'missing'])).toEqual({ line: 18, column: 6 });
    expect(locate(file, ['nope'])).toEqual({ line: 1, column: 1 });
  });

  it('the first of duplicated keys is the one found', () => {
    const dup = source('a: 1\nb: 2\na: 3\n');
    expect(locate(dup, ['a'])).toEqual({ line: 1, column: 4 });
  });

  it('reads lines by number, with and without the per-file index', () => {
    expect(lineReader(() => 'a\r\nb\nc')('f', 2)).toBe('b');
    expect(lineReader(() => 'a\nb\nc')('f', 3)).toBe('c');
    expect(lineReader(() => 'a\nb\nc')('f', 4)).toBeUndefined();
    let reads = 0;
    const line = lineReader((f) => (reads++, f === 'x.yaml' ? text : undefined));
    expect(line('x.yaml', 1)).toBe('k0: { a: 0, list: [x, y] }');
    expect(line('x.yaml', 5000)).toBe('k4999: { a: 4999, list: [x, y] }');
    expect(line('y.yaml', 1)).toBeUndefined();
    expect(reads).toBe(2);
  });
});
