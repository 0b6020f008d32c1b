import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
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

// What the sample does not have: a supplement that adds a content area and a task under it (from
// the supplement's day), a
// task reported on out of date order, a partner with no short name, a programme with no number,
// as of a task's own due day.
function amendedRoot(): string {
  const files = baseRoot();
  files['p/programme.yaml'] = files['p/programme.yaml']!.replace('  - { id: ND2, title: Nội dung hai }\n', '  - { id: ND2, title: Nội dung hai }\n  - { id: ND3, title: Nội dung ba }\n');
  files['p/amendments/2021-03-01.yaml'] = 'date: 2021-03-01\ndocument: 07-QĐ/BCSĐ-BDV\nkind: supplement\nreason: Bổ sung nội dung và nhiệm vụ\nchanges:\n  - { op: add_content, content: ND3 }\n  - { op: add_task, task: T4 }\n';
  files['p/tasks/T4.yaml'] = 'id: T4\ntitle: Việc bổ sung\ncontents: [ND3]\nlead: ban-b\npartners: [ban-a]\nschedule: { every: year, due: ["11-30"] }\nstart: 2021-03-01\nstatus: active\nadded_by: 2021-03-01\nreports:\n  - { period: "2021", on: 2021-11-20, state: done, note: Xong }\n';
  files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('reports:\n', 'reports:\n  - { period: "2021", on: 2021-12-01, state: partial, note: Còn dở }\n');
  return writeRoot(files);
}

describe('the dashboard of a supplemented programme, whole', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const [file, name] of [['p/index.html', 'programme'], ['p/nhiem-vu.html', 'tasks']] as const) {
      it(`${lang}: ${name}`, async () => {
        const root = amendedRoot();
        const out = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-site-golden-')), 'out');
        const r = await runCli(['--lang', lang, 'site', out, '--root', root, '--as-of', '2021-12-15', '--no-docx']);
        // Every record read: stderr says only how many pages were written.
        expect(r.stderr.split(out).join('<out>')).toBe(lang === 'vi' ? 'đã ghi 6 trang vào <out>; mở <out>/index.html để xem\n' : 'wrote 6 pages to <out>; open <out>/index.html to see them\n');
        expect(r.exitCode).toBe(0);
        await expect(readFileSync(path.join(out, file.replace('p/', 'thu-nghiem/')), 'utf8')).toMatchFileSnapshot(`pages/amended-${lang}-${name}.html`);
      });
    }
  }
});
