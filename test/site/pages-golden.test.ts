import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/world.js';

// Issue 19: the dashboard's pages whole, as reviewed files (test/site/pages/): the sample as of
// 20/12/2021 in vi and en. A change of what a page says or how it is built, meant or not, fails
// here and shows in review as a change of the file; accept one with `vitest -u`.
// Each test builds its own site: a mutation run credits a test only with what it ran itself.
async function page(lang: 'vi' | 'en', file: string): Promise<string> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-site-golden-')), 'out');
  expect((await runCli(['--lang', lang, 'site', out, '--root', 'data', '--as-of', '2021-12-20', '--no-docx'])).exitCode).toBe(0);
  return readFileSync(path.join(out, file), 'utf8');
}

const PAGES: [string, string][] = [
  ['index.html', 'overview'],
  ['dan-van-2017-2021/index.html', 'programme'],
  ['dan-van-2017-2021/nhiem-vu.html', 'tasks'],
  ['dan-van-2017-2021/so-ket.html', 'mid-term-review'],
];

describe('the dashboard of the sample, page by page, whole', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const [file, name] of PAGES) {
      it(`${lang}: ${file}`, async () => {
        await expect(await page(lang, file)).toMatchFileSnapshot(`pages/${lang}-${name}.html`);
      });
    }
  }
});
