import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isPair, isScalar } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyEdits, type TextEdit } from '../../src/edit/text-edit.js';
import { editable, setValue } from '../../src/edit/yaml-edits.js';

// Load-and-save with no change is byte-identical, and so is writing every top-level value back
// as it was: the editor never reformats what it does not change.
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : name.endsWith('.yaml') ? [full] : [];
  });
}

const ROOT = new URL('../..', import.meta.url).pathname;
const FILES = [...yamlFiles(path.join(ROOT, 'data')), ...yamlFiles(path.join(ROOT, 'test/fixtures'))].map((f) => path.relative(ROOT, f));

describe('round trip through the editor', () => {
  it.each(FILES)('%s', (file) => {
    const raw = readFileSync(path.join(ROOT, file), 'utf8');
    const text = raw.replace(/^\uFEFF/, '');
    const source = editable(text);
    expect(applyEdits(text, [])).toBe(text);
    if (source.doc.errors.length || !isMap(source.doc.contents)) return;
    const edits: TextEdit[] = [];
    for (const pair of source.doc.contents.items) {
      if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value) || !pair.value.range) continue;
      const edit = setValue(source, [String(pair.key.value)], text.slice(pair.value.range[0], pair.value.range[1]));
      if (edit) edits.push(edit);
    }
    expect(applyEdits(text, edits)).toBe(text);
  });
});
