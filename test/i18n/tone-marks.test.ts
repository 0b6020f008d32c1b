import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Vietnamese text phoihop writes uses one tone-mark placement, the one Party and state documents
// use ("hủy", "xóa", "hòa"), never the other ("huỷ", "xoá", "hoà") in some labels and not others.
// "quý" is the same in both: "qu" is one consonant.
const OTHER_PLACEMENT = /(?<![qQ])(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)(?!\p{L})/gu;
const ROOT = new URL('../..', import.meta.url).pathname;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, ext) : ext.test(name) ? [full] : [];
  });
}

describe('one tone-mark placement', () => {
  const sources = [...files(path.join(ROOT, 'src'), /\.ts$/), ...files(path.join(ROOT, 'schemas'), /\.json$/), ...files(path.join(ROOT, 'data'), /\.yaml$/)].filter((f) => !f.endsWith('tone-marks.ts'));

  it('in every label, message, schema text and sample record', () => {
    const found = sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(OTHER_PLACEMENT)].map((m) => `${path.relative(ROOT, file)}: …${m.input.slice(Math.max(0, m.index - 12), m.index + 3)}`));
    expect(found).toEqual([]);
  });
});
