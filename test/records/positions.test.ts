import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
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

/** Every YAML file under a folder. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Where the parsed document puts each top-level key (the first of a repeated one). */
function parsedKeys(file: SourceFile): Map<string, { line: number; column: number }> {
  const keys = new Map<string, { line: number; column: number }>();
  const contents = file.doc.contents;
  if (!isMap(contents)) return keys;
  for (const p of contents.items.filter(isPair)) {
    const key = p.key as Node | null;
    if (!isScalar(key) || !key.range || keys.has(String(key.value))) continue;
    const { line, col } = file.lineCounter.linePos(key.range[0]);
    keys.set(String(key.value), { line, column: col });
  }
  return keys;
}

describe('top-level keys found by their line', () => {
  const files = [...yamlFiles('data'), ...yamlFiles('test/fixtures')];

  it('are where the parsed document puts them, in every record of the sample and the fixtures', () => {
    let checked = 0;
    for (const name of files) {
      const file = source(readFileSync(name, 'utf8'));
      for (const [key, at] of parsedKeys(file)) {
        expect(locate(file, [key], { key: true }), `${name}: ${key}`).toEqual(at);
        checked++;
      }
      const start = (file.doc.contents as Node | null)?.range?.[0] ?? 0;
      expect(locate(file, []), `${name}: the mapping`).toEqual({ line: file.lineCounter.linePos(start).line, column: file.lineCounter.linePos(start).col });
    }
    expect(checked).toBeGreaterThan(500);
  });

  it.each([
    ['a flow mapping continued at the margin', 'a: {x: 1,\nb: 2}\nb: 3\n'],
    ['a quoted string continued at the margin', 'a: "one\nb: two"\nb: 3\n'],
    ['quoted keys, comments, blank lines and a document marker', '# note\n---\n"a b": 1\n\n\'c\': 2\nd: 3\n'],
    ['Windows line ends', 'a: 1\r\nb: 2\r\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a key holding a colon', 'a:b: 1\nc: 2\n'],
    ['an indented mapping', '  a: 1\n  b: 2\n'],
    ['a block scalar', 'a: |\n  b: 1\nb: 2\n'],
  ])('agree with the parsed document with %s', (_, text) => {
    const file = source(text);
    const keys = parsedKeys(file);
    expect(keys.size).toBeGreaterThan(0);
    for (const [key, at] of keys) expect(locate(file, [key], { key: true }), key).toEqual(at);
    const start = (file.doc.contents as Node).range![0];
    expect(locate(file, [])).toEqual({ line: file.lineCounter.linePos(start).line, column: file.lineCounter.linePos(start).col });
  });
});
