import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/world.js';

// The dashboard of the sample as of 20/12/2021, read as an officer reads it: the overview's row,
// the programme's cards and links, a task's row of the grid, its periods and its reports.
// Built in each test (not once for all): a mutation run credits a test only with what it ran itself.
async function site(lang: 'vi' | 'en') {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-site-pages-')), 'out');
  expect((await runCli(['--lang', lang, 'site', out, '--root', 'data', '--as-of', '2021-12-20', '--no-docx'])).exitCode).toBe(0);
  return (file: string) => readFileSync(path.join(out, file), 'utf8');
}
const TITLE = 'Chương trình phối hợp giữa Ban cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận giai đoạn 2017–2021';

describe('the dashboard of the sample, as of 20/12/2021', () => {
  it.each([
    ['vi', '75/83 (90,4%)', 'năm 2020'],
    ['en', '75/83 (90.4%)', '2020'],
  ] as const)('%s: the overview lists the programme with its period, progress, overdue, next due and last final evaluation', async (lang, progress, evaluation) => {
    const html = (await site(lang))('index.html');
    // 75 of 83 periods due are done (90.4%: the bar 90% wide); 7 open periods overdue; none due
    // later in the programme; 2021's evaluation is a draft, so 2020's is the last final one.
    expect(html).toContain(
      `<tr><th scope="row"><a href="dan-van-2017-2021/index.html">${TITLE}</a></th><td>18/04/2017 – 31/12/2021</td><td><span class="progress" aria-hidden="true"><span style="width:90%"></span></span>${progress}</td><td class="num"><span class="bad">7</span></td><td>—</td><td>${evaluation}</td></tr>`,
    );
  });

  it.each([
    ['vi', ['Giai đoạn: 18/04/2017 – 31/12/2021 · Số: 01-CTr/BCSĐ-BDVTU', 'Các bên: Ban cán sự đảng Ủy ban nhân dân tỉnh, Ban Dân vận Tỉnh ủy'], ['Kỳ hoàn thành/đến hạn<strong>75/83</strong>90,4%', 'Việc quá hạn<strong class="bad">7</strong>', 'Hạn tới<strong>—</strong>', 'Nhiệm vụ<strong>14</strong>']],
    ['en', ['Period: 18/04/2017 – 31/12/2021 · Number: 01-CTr/BCSĐ-BDVTU', 'Parties: Ban cán sự đảng Ủy ban nhân dân tỉnh, Ban Dân vận Tỉnh ủy'], ['Periods done/due<strong>75/83</strong>90.4%', 'Overdue items<strong class="bad">7</strong>', 'Next due<strong>—</strong>', 'Tasks<strong>14</strong>']],
  ] as const)('%s: the programme page heads with its period, number and parties, then four cards', async (lang, meta, cards) => {
    const html = (await site(lang))('dan-van-2017-2021/index.html');
    expect([...html.matchAll(/<p class="meta">([^<]*)<\/p>/g)].map((m) => m[1])).toEqual([...meta]);
    // 14 live tasks: the 15 of the records less NV09, cancelled.
    expect(html).toContain(`<ul class="cards">\n${cards.map((c) => `<li>${c}</li>`).join('\n')}\n</ul>`);
  });

  it('links each year\'s report, a year whose evaluation is still a draft marked so', async () => {
    const html = (await site('vi'))('dan-van-2017-2021/index.html');
    const links = [...html.matchAll(/<li>(Báo cáo kết quả năm \d{4}[^:]*): <a href="(bao-cao-\d{4})\.html">/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['Báo cáo kết quả năm 2017', 'bao-cao-2017'],
      ['Báo cáo kết quả năm 2018', 'bao-cao-2018'],
      ['Báo cáo kết quả năm 2019', 'bao-cao-2019'],
      ['Báo cáo kết quả năm 2020', 'bao-cao-2020'],
      ['Báo cáo kết quả năm 2021 (dự thảo)', 'bao-cao-2021'],
    ]);
  });

  it('offers each report as HTML and, unless --no-docx, as a Word file to download', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-site-docx-')), 'out');
    expect((await runCli(['site', out, '--root', 'data', '--as-of', '2021-12-20'])).exitCode).toBe(0);
    const html = readFileSync(path.join(out, 'dan-van-2017-2021/index.html'), 'utf8');
    expect(html).toContain('<li>Báo cáo kết quả năm 2017: <a href="bao-cao-2017.html">xem (HTML)</a> · <a href="bao-cao-2017.docx" download>tải về (.docx)</a></li>');
    expect(html).toContain('<li>Báo cáo sơ kết giữa kỳ: <a href="so-ket.html">xem (HTML)</a> · <a href="so-ket.docx" download>tải về (.docx)</a></li>');
    expect(readFileSync(path.join(out, 'dan-van-2017-2021/so-ket.docx')).subarray(0, 2).toString()).toBe('PK');
    expect((await site('vi'))('dan-van-2017-2021/index.html')).toContain('<li>Báo cáo kết quả năm 2017: <a href="bao-cao-2017.html">xem (HTML)</a></li>');
  });

  it('a task\'s row of the grid: each year\'s periods as squares, the overdue one marked and named, the state at the end', async () => {
    const html = (await site('vi'))('dan-van-2017-2021/index.html');
    const row = html.slice(html.indexOf('<tr><th scope="row"><a href="nhiem-vu.html#NV03">NV03</a>'));
    const cells = row.slice(0, row.indexOf('</tr>'));
    const years = [...cells.matchAll(/<td class="cells">(.*?)<\/td>/g)].map((m) => [...m[1]!.matchAll(/<span class="cell c-([a-z_]+)" title="([^"]*)">/g)].map((s) => s[1]));
    expect(years.map((y) => y.length)).toEqual([3, 4, 4, 4, 4]);
    expect(years[4]).toEqual(['done', 'done', 'missing', 'done']);
    expect(cells).toContain('<span class="cell c-missing" title="quý III/2021 (25/09/2021): quá hạn, chưa báo cáo">!<span class="visually-hidden"> quý III/2021 (25/09/2021): quá hạn, chưa báo cáo</span></span>');
    expect(cells).toContain('<td>BCSĐ UBND tỉnh</td>');
    expect(cells.endsWith('<td>quá hạn (1 kỳ, 86 ngày)</td>')).toBe(true);
  });

  it('a task\'s page lists its periods with their due days and states, and its reports with their documents and figures', async () => {
    const html = (await site('vi'))('dan-van-2017-2021/nhiem-vu.html');
    const section = html.slice(html.indexOf('<section id="NV03"'), html.indexOf('</section>', html.indexOf('<section id="NV03"')));
    expect(section).toContain('<thead><tr><th scope="col">Kỳ</th><th scope="col">Hạn</th><th scope="col">Tình trạng</th></tr></thead>\n<tbody>\n<tr><td>quý II/2017</td><td>25/06/2017</td><td>hoàn thành</td></tr>');
    expect(section).toContain('<tr><td>quý III/2021</td><td>25/09/2021</td><td>quá hạn, chưa báo cáo</td></tr>');
    expect(section).toContain(
      '<thead><tr><th scope="col">Kỳ</th><th scope="col">Ngày báo cáo</th><th scope="col">Kết quả</th><th scope="col">Nội dung</th><th scope="col">Văn bản</th><th scope="col">Số liệu</th></tr></thead>\n<tbody>\n<tr><td>quý II/2017</td><td>23/06/2017</td><td>hoàn thành</td><td></td><td>37/BC-TTr</td><td>phiên tiếp công dân định kỳ của Chủ tịch UBND tỉnh: 3; cuộc đối thoại với nhân dân: 1</td></tr>',
    );
    expect(section).toContain('<tr><td>quý IV/2018</td><td>07/12/2018</td><td>hoàn thành</td><td>Giải quyết dứt điểm 36 vụ việc khiếu nại tồn đọng.</td><td>58/BC-TTr</td>');
  });
});
