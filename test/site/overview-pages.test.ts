import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateRoot } from '../../bench/generate.mjs';
import { ROOT_PAGE_SIZE } from '../../src/commands/site.js';
import { runBin } from '../helpers/bin.js';

// A root of more programmes than one overview page holds (200): each page lists its own share,
// every programme once (issue 19, seventh sample: every page listed them all and no test saw it).
describe('the overview of a large root', () => {
  it('splits the programmes across pages, each listed on exactly one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-overview-'));
    const root = path.join(dir, 'root');
    const out = path.join(dir, '_site');
    generateRoot(root, ROOT_PAGE_SIZE + 1);
    const result = await runBin(['site', out, '--root', root, '--as-of', '2024-06-15', '--no-docx']);
    expect(result.code).toBe(0);
    const listed = (page: string) => [...readFileSync(path.join(out, page), 'utf8').matchAll(/href="([^"/]+)\/index\.html"/g)].map((m) => m[1]!);
    const first = listed('index.html');
    const second = listed('index-2.html');
    expect(first).toHaveLength(ROOT_PAGE_SIZE);
    expect(second).toHaveLength(1);
    expect(new Set([...first, ...second]).size).toBe(ROOT_PAGE_SIZE + 1);
  });
});
