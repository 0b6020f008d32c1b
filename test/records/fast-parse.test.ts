import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateRoot } from '../../bench/generate.mjs';
import { fastParse } from '../../src/records/load.js';

// The differential test that the second parser needs: whenever the fast path (js-yaml) accepts a
// file, `yaml` — the parser that gives positions and messages — must accept it too, with exactly
// the same value. Otherwise the fast path would see something the rules were not written for.
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.yaml') ? [full] : [];
  });
}

function agree(text: string): void {
  const fast = fastParse(text);
  const docs = parseAllDocuments(text, { schema: 'core', uniqueKeys: true, strict: true });
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  if (fast === undefined) {
    // Declined: the full parser must then have a reason too (an error, more than one document,
    // no mapping), or the text holds what only it reads (anchors, tags, tabs, markers).
    const fullReads = Array.isArray(docs) && docs.length === 1 && doc!.errors.length === 0 && isMapping(toJS(doc!));
    if (fullReads) expect(text, 'declined although the full parser reads a plain mapping').toMatch(ONLY_FULL_PARSER);
    else expect(fullReads).toBe(false);
    return;
  }
  expect(doc?.errors ?? [], text.slice(0, 200)).toEqual([]);
  expect(fast).toEqual(doc!.toJS());
}

const ONLY_FULL_PARSER = /(^|[\s[{,:-])[&*!][^\s]|^(---|\.\.\.)(\s|$)|\t|^(<{7}|={7}|>{7})/m;
const isMapping = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value the full parser reads, or undefined where it refuses (an alias bomb throws). */
function toJS(doc: { toJS(): unknown }): unknown {
  try {
    return doc.toJS();
  } catch {
    return undefined;
  }
}

const ROOT = new URL('../..', import.meta.url).pathname;
const generated = mkdtempSync(path.join(tmpdir(), 'phoihop-gen-'));
generateRoot(generated, 3);
const corpus = [...files(path.join(ROOT, 'data')), ...files(path.join(ROOT, 'test/fixtures')), ...files(generated)];

describe('the fast parser agrees with yaml', () => {
  it.each(corpus.map((f) => [path.relative(ROOT, f), f]))('%s', (_name, file) => {
    agree(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  });

  it('takes the fast path for the sample records', () => {
    const accepted = files(path.join(ROOT, 'data')).filter((f) => fastParse(readFileSync(f, 'utf8')) !== undefined);
    expect(accepted.length).toBe(files(path.join(ROOT, 'data')).length);
  });

  it('on generated documents in every YAML style', () => {
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.constantFrom('2018-02-30', 'yes', 'no', '010', '0o17', '1e3', '12:30', '~', 'null', '.inf', '-.5', '2018-06', '0x1F', '+12', "it's", 'a: b', '# x', '"q"'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), tie('node'), { maxKeys: 4 })),
    })).node;
    const options = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      indent: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), value, { minKeys: 1, maxKeys: 6 }), options, (record, style) => {
        agree(stringify(record, null, { ...style, lineWidth: 40 }));
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
