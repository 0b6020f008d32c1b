import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The dashboard's amendments and task facts, value by value, on the sample (data/: three
// amendments, a task added and one cancelled by them, a mid-term and a final review).
async function site(lang: 'vi' | 'en', root = 'data') {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-site-amend-')), 'out');
  expect((await runCli(['--lang', lang, 'site', out, '--root', root, '--as-of', '2021-12-20', '--no-docx'])).exitCode).toBe(0);
  return (file: string) => readFileSync(path.join(out, file), 'utf8');
}

/** The facts table of a task's section: [label, value] rows. */
function facts(html: string, id: string): string[][] {
  const section = html.slice(html.indexOf(`<section id="${id}"`));
  const table = section.slice(0, section.indexOf('</table>'));
  return [...table.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1]!, m[2]!]);
}

describe('the dashboard of the sample, amendments and task facts', () => {
  it.each([
    ['vi', ['Ngày', 'Loại', 'Văn bản', 'Thay đổi'], [['bổ sung', 'bổ sung nhiệm vụ NV15'], ['điều chỉnh', 'hủy nhiệm vụ NV09'], ['điều chỉnh', 'điều chỉnh nhiệm vụ NV08']]],
    ['en', ['Date', 'Kind', 'Document', 'Changes'], [['supplement', 'adds task NV15'], ['adjustment', 'cancels task NV09'], ['adjustment', 'changes task NV08']]],
  ] as const)('%s: lists every amendment by date, kind, document and change, and marks each on the timeline', async (lang, headers, rows) => {
    const html = (await site(lang))('dan-van-2017-2021/index.html');
    const dated = [
      ['10/05/2019', '05-QĐ/BCSĐ-BDVTU'],
      ['10/05/2019', '06-QĐ/BCSĐ-BDVTU'],
      ['15/06/2020', '09-QĐ/BCSĐ-BDVTU'],
    ];
    const body = rows.map(([kind, change], i) => `<tr><th scope="row">${dated[i]![0]}</th><td>${kind}</td><td>${dated[i]![1]}</td><td>${change}</td></tr>`).join('\n');
    expect(html).toContain(`<thead><tr>${headers.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>\n<tbody>\n${body}\n</tbody>`);
    const marks = [...html.matchAll(/<circle cx="(\d+)" cy="30" r="7"[^>]*><title>([^<]*)<\/title>/g)].map((m) => [m[1], m[2]]);
    // 18/04/2017 – 31/12/2021 over 680 columns: 10/05/2019 is day 752 of 1,718, 15/06/2020 day 1,154.
    expect(marks).toEqual([
      ['318', '10/05/2019: 05-QĐ/BCSĐ-BDVTU'],
      ['318', '10/05/2019: 06-QĐ/BCSĐ-BDVTU'],
      ['477', '15/06/2020: 09-QĐ/BCSĐ-BDVTU'],
    ]);
  });

  it('says there are no amendments yet, in each language, when there are none', async () => {
    const root = writeRoot(baseRoot());
    expect((await site('vi', root))('thu-nghiem/index.html')).toContain('<p>Chưa có văn bản bổ sung, điều chỉnh.</p>');
    expect((await site('en', root))('thu-nghiem/index.html')).toContain('<p>No amendments yet.</p>');
  });

  it.each([
    ['vi', ['Lịch', 'một lần (31/08/2019)'], ['Hủy theo', '06-QĐ/BCSĐ-BDVTU'], ['Lịch', 'hằng năm (10/12)'], ['Bổ sung theo', '05-QĐ/BCSĐ-BDVTU'], ['Lịch', '6 tháng (20/06, 10/12)']],
    ['en', ['Schedule', 'once (31/08/2019)'], ['Cancelled by', '06-QĐ/BCSĐ-BDVTU'], ['Schedule', 'yearly (10 Dec)'], ['Added by', '05-QĐ/BCSĐ-BDVTU'], ['Schedule', 'half-yearly (20 Jun, 10 Dec)']],
  ] as const)('%s: a task\'s due days are written as dates, and the amendments that added or cancelled it by their numbers', async (lang, onceDue, cancelled, yearlyDue, added, halfDue) => {
    const html = (await site(lang))('dan-van-2017-2021/nhiem-vu.html');
    const nv09 = facts(html, 'NV09');
    expect(nv09).toContainEqual([...onceDue]);
    expect(nv09.at(-1)).toEqual([...cancelled]);
    const nv15 = facts(html, 'NV15');
    expect(nv15).toContainEqual([...yearlyDue]);
    expect(nv15.at(-1)).toEqual([...added]);
    expect(facts(html, 'NV02')).toContainEqual([...halfDue]);
    // Tasks neither added nor cancelled say neither.
    expect(facts(html, 'NV01').map(([label]) => label)).not.toContain(added[0]);
    expect(facts(html, 'NV01').map(([label]) => label)).not.toContain(cancelled[0]);
  });

  it('links the mid-term and final reviews by their own file names', async () => {
    const html = (await site('vi'))('dan-van-2017-2021/index.html');
    expect(html.match(/href="(so-ket|tong-ket)\.html"/g)).toEqual(['href="so-ket.html"', 'href="tong-ket.html"']);
  });
});
