import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateRoot } from '../../bench/generate.mjs';
import { collator } from '../../src/i18n/lang.js';
import { runCli } from '../helpers/world.js';

// A listing streams its programmes in id order: the chunks follow each programme's id, read off
// its `id:` line before the work starts (the bytes as Latin-1, not decoded), else parsed.
const root = mkdtempSync(path.join(tmpdir(), 'phoihop-order-'));
generateRoot(root, 25);
const programmeFile = (n: number) => path.join(root, `tinh-${String((n % 63) + 1).padStart(2, '0')}`, `chuong-trinh-${n}`, 'programme.yaml');
const setId = (n: number, idLine: string, before = '') => {
  const text = readFileSync(programmeFile(n), 'utf8');
  writeFileSync(programmeFile(n), before + text.replace(/^id: .*$/m, idLine));
};
// Folders follow the numbers (tinh-02/chuong-trinh-1 ... tinh-26/chuong-trinh-25), 20 to a chunk:
// these ids put programmes of the second chunk first and the first folder last.
setId(9, 'id: "a-dau-tien"   # Chương trình đầu tiên', '# Ghi chú: chương trình thứ chín\n');
setId(25, 'id: b-thu-hai', '\uFEFF');
setId(24, "id: 'c-thu-ba'");
setId(1, 'id: !!str zz-cuoi-cung');
setId(23, 'id:   d-thu-tu  ');

describe('programmes listed in id order across chunks', () => {
  it('status and summary list every programme by its id, whatever form its id line takes', async () => {
    const status = await runCli(['status', '--format', 'json', '--as-of', '2024-06-30', '--root', root]);
    const ids: string[] = JSON.parse(status.stdout).programmes.map((p: { id: string }) => p.id);
    expect(ids).toHaveLength(25);
    expect(ids.slice(0, 4)).toEqual(['a-dau-tien', 'b-thu-hai', 'c-thu-ba', 'chuong-trinh-2']);
    expect(ids.at(-1)).toBe('zz-cuoi-cung');
    expect(ids).toEqual([...ids].sort(collator.compare));
    const summary = await runCli(['summary', '--format', 'json', '--year', '2023', '--as-of', '2024-06-30', '--root', root]);
    expect(JSON.parse(summary.stdout).programmes.map((p: { programme: string }) => p.programme)).toEqual(ids);
  });
});
