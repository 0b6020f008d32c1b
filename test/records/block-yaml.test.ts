import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateRoot } from '../../bench/generate.mjs';
import { parseBlockYaml } from '../../src/records/block-yaml.js';

// The records' own reader must read what it accepts exactly as js-yaml does (the core schema),
// and decline the rest, never read it another way.
function jsYaml(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch {
    return 'js-yaml refuses';
  }
}

function agrees(text: string): void {
  const block = parseBlockYaml(text);
  // Not toStrictEqual: it takes a key named `constructor` for the object's type.
  if (block !== undefined) expect(isDeepStrictEqual(block, jsYaml(text)), text).toBe(true);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.yaml') ? [full] : [];
  });
}

const ROOT = new URL('../..', import.meta.url).pathname;
const generated = mkdtempSync(path.join(tmpdir(), 'phoihop-block-'));
generateRoot(generated, 3);
const corpus = [...files(path.join(ROOT, 'data')), ...files(path.join(ROOT, 'test/fixtures')), ...files(generated)].map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));

describe('the records’ own YAML reader', () => {
  it('reads every generated record (the benchmark’s roots) and most of the sample, as js-yaml does', () => {
    const mine = files(generated).map((f) => readFileSync(f, 'utf8'));
    for (const text of mine) expect(parseBlockYaml(text), text).toEqual(jsYaml(text));
    const sample = files(path.join(ROOT, 'data')).map((f) => readFileSync(f, 'utf8'));
    // Declined: the sample's block scalars (`>-`) and escaped quotes (`\"`), which js-yaml reads.
    const declined = sample.filter((t) => parseBlockYaml(t) === undefined);
    for (const text of declined) expect(text).toMatch(/\\|: [|>]/);
    expect(sample.length - declined.length).toBeGreaterThanOrEqual(22);
  });

  it('agrees with js-yaml on every file of the sample and the fixtures', () => {
    for (const text of corpus) agrees(text);
  });

  it.each([
    ['a compact list of mappings', 'reports:\n  - period: "2022"\n    on: 2022-12-10\n    state: done\n  - period: "2023"\n    on: 2023-12-10\n'],
    ['a list at its key’s own column', 'a:\n- x\n- y: 1\n  z: 2\nb: c\n'],
    ['comments everywhere', '# head\na: 1 # one\n  # indented comment\nb: "x" # two\nc: [p, q] # three\nd: # nothing\ne:\n  # before\n  f: g\n'],
    ['quotes', "a: 'it''s'\nb: \"say 'hi'\"\nc: 'a # b'\nd: \"a: b\"\ne: ''\nf: \"\"\n"],
    ['typed plain scalars', 'a: ~\nb: null\nc: true\nd: False\ne: 0x1F\nf: 1e3\ng: .inf\nh: -5\ni: +12\nj: 010\nk: 0o17\nl: -.5\nm: .NaN\nn: 2018-02-30\no: 12:30\np: yes\nq: 1_000\n'],
    ['flow collections', 'a: { every: year, due: ["12-15", 06-30] }\nb: []\nc: {}\nd: [1, true, null, ~, x y]\ne: [ a , b ]\nf: { g: { h: [i] } }\n'],
    ['plain text with colons and hashes', 'a: http://x.vn/a#b\nb: 114-KL/TW\nc: a:b\nd: Ban Bí thư (khóa XI)\n'],
    ['an empty value and an empty list item value', 'a:\nb:\n  - c:\n  - d: 1\n'],
    ['keys that look like other types', 'null: 1\ntrue: 2\nn: 3\nadded_by: 4\nkey-with-dash: 5\n'],
    ['nesting', 'a:\n  b:\n    c:\n      - d: [e]\n        f:\n          g: h\n'],
    ['keys from the ends of each range of letters and digits', 'A: 1\nZ: 2\n_: 3\nkAZ09_-: 4\nk0: 5\nk9: 6\nkA: 7\nkZ: 8\n'],
    ['a text without a final newline', 'a: 1\nb: 2'],
    ['a text opening with empty lines', '\n\na: 1\n\n\n'],
    ['a last line that is a comment, without a newline', 'a: 1\n# c'],
    ['a last line of spaces', 'a: 1\n   '],
    ['empty lines and lines of spaces between keys', 'a:\n\n  b: 1\n   \nc: 2\n'],
    ['plain scalars that start with a dash', 'a: -b\nc: [-d, -1]\n'],
    ['a comment with no space after its hash, after a quoted scalar', 'a: "b" #c\n'],
  ])('reads %s as js-yaml does', (_name, text) => {
    expect(parseBlockYaml(text), 'declined').toBeDefined();
    agrees(text);
  });

  it.each([
    ['a block scalar', 'a: |\n  text\n'],
    ['a folded block scalar', 'a: >-\n  text\n'],
    ['a plain scalar over two lines', 'a: one\n  two\n'],
    ['a quoted scalar over two lines', 'a: "one\n  two"\n'],
    ['a flow collection over two lines', 'a: [x,\n  y]\n'],
    ['an escape', 'a: "x\\"y"\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['__proto__', '__proto__: 1\n'],
    ['a quoted key', '"a": 1\n'],
    ['a mapping value on the key’s line', 'a: b: c\n'],
    ['a list item holding a list', '- - a\n'],
    ['a list at the top', '- a\n'],
    ['an indented top', '  a: 1\n'],
    ['a flow mapping key with no space', 'a: {b:c}\n'],
    ['text after a quoted scalar', 'a: "b" c\n'],
    ['Windows line ends', 'a: 1\r\nb: 2\r\n'],
    ['a tab (js-yaml trims it after a plain scalar)', 'a: b\t\n'],
    ['an empty text', ''],
    ['only comments', '# a\n'],
    ['a wrongly indented key', 'a:\n  b: 1\n c: 2\n'],
    ['an item where a key belongs', 'a: 1\n- b\n'],
    ['a list item with nothing on its line', 'a:\n  - \n'],
    ['a bare dash as a list item', 'a:\n  -\n'],
    ['a comment glued to a quoted scalar', 'a: "b"#c\n'],
    ['a double quote left open at the end', 'a: "b'],
    ["a single quote left open at the end", "a: 'b"],
    ['a list item on its key’s line', 'a: - b\n'],
    ['a bare dash as a value', 'a: -\n'],
    ['a flow mapping with a quoted key', 'a: {"b": 1}\n'],
    ['a flow mapping with a repeated key', 'a: {b: 1, b: 2}\n'],
    ['a flow mapping key __proto__', 'a: {__proto__: 1}\n'],
  ])('declines %s', (_name, text) => {
    expect(parseBlockYaml(text)).toBeUndefined();
  });

  // Deeper than any record, and declined before a deeper text could cost the stack: mappings 64
  // levels below the top, flow collections 64 deep, block lists (a list and its item's mapping
  // are two levels) 32 deep.
  it.each([
    ['mappings', 65, (n: number) => Array.from({ length: n }, (_, i) => '  '.repeat(i) + 'k:').join('\n') + ' v\n'],
    ['flow collections', 64, (n: number) => `a: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    ['block lists', 32, (n: number) => Array.from({ length: n }, (_, i) => `${'    '.repeat(i)}${i ? '- ' : ''}k:\n`).join('') + `${'    '.repeat(n)}- v\n`],
  ])('reads %s nested to its limit (%i) and declines one more', (_name, limit, nest) => {
    expect(parseBlockYaml(nest(limit)), 'declined').toBeDefined();
    agrees(nest(limit));
    expect(parseBlockYaml(nest(limit + 1))).toBeUndefined();
  });

  it('reads nothing another way than js-yaml in texts broken at random', () => {
    const pieces = fc.constantFrom(' ', '  ', '\n', '- ', ': ', ':', '#', ' #', '"', "'", "''", '[', ']', '{', '}', ',', '~', 'null', 'true', '0x1', '1e3', '-', 'a', 'b: c', '__proto__', '\n  ', '\n- ', '?', '|', '>', '%', '@', '\t', '\r\n', '\\"');
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 6 }), insert: fc.array(pieces, { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.constantFrom(...corpus.filter((t) => parseBlockYaml(t) !== undefined)), fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
        let broken = text;
        for (const { at, cut, insert } of edits) {
          const i = at % (broken.length + 1);
          broken = broken.slice(0, i) + insert.join('') + broken.slice(i + cut);
        }
        agrees(broken);
      }),
      { numRuns: 3000, seed: 13 },
    );
  });
});
