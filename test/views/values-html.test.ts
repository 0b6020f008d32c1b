import { beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/views/html.js';
import type { ReportDocument } from '../../src/views/report-document.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { FINAL, STATE_REPORT } from '../helpers/report-documents.js';
import { runCli } from '../helpers/world.js';

// The HTML pages compared whole (from <body>): sizes in points and millimetres, words, order.
// Reviewed against ND30 (state form: issuer and national motto 12–13 pt, "Độc lập - Tự do - Hạnh
// phúc" ruled, "Số:" 13 pt, kind 14 pt) and HD36 (Party form: "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt ruled,
// the parent body plain and the issuer bold at 14 pt, a star, "Số ..." 14 pt, kind 16 pt, "Nơi
// nhận:" underlined 14 pt, items 12 pt). The two header columns add up to the 165 mm text width.
const body = (html: string) => html.slice(html.indexOf('<body>'));

const STATE_SMALL: ReportDocument = {
  ...STATE_REPORT,
  body: [
    { kind: 'heading', level: 1, text: 'I. Kết quả' },
    { kind: 'paragraph', text: 'Hoàn thành 3/4 nhiệm vụ (75%).' },
    { kind: 'bullets', items: ['Một', 'Hai'] },
    { kind: 'table', headers: ['TT', 'Nhiệm vụ', 'Tỷ lệ'], rows: [['1', 'Tiếp công dân', '100%']] },
  ],
};
const FINAL_SMALL: ReportDocument = { ...FINAL, body: [{ kind: 'paragraph', text: 'Mở đầu.' }] };

describe('the signed report as an HTML page', () => {
  it('state form, one signature: the whole page body', () => {
    expect(body(renderHtml(STATE_SMALL))).toBe(STATE_PAGE);
  });

  it('Party form, a draft of two bodies with drafter notes: the whole page body', () => {
    expect(body(renderHtml(FINAL_SMALL))).toBe(FINAL_PAGE);
  });

  it('the page is A4 with the ND30 margins (top 20, right 15, bottom 20, left 30 mm), titled by the subject, in the document\'s language', () => {
    const html = renderHtml(FINAL_SMALL);
    expect(html.slice(0, html.indexOf('<style>'))).toBe(`<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="phoihop">
<title>${FINAL.subject}</title>
`);
    expect(html).toContain('@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font: 14pt "Times New Roman", "Liberation Serif", serif; } }\n@page :first { @top-center { content: none; } }\n');
    expect(html).toContain('article.report { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 20mm 15mm 20mm 30mm;');
    expect(html).toContain('.body p { text-indent: 1.27cm; margin: 0 0 6pt; }');
    expect(renderHtml({ ...FINAL_SMALL, lang: 'en', notes: ['Draft.'] })).toContain('<html lang="en">');
    expect(renderHtml({ ...FINAL_SMALL, lang: 'en', notes: ['Draft.'] })).toContain('<h2>Notes for the drafter (not part of the document; not printed)</h2><ul><li>Draft.</li></ul>');
  });
});

describe('the plain HTML page (status, overdue)', () => {
  it('every kind of block, one per line, escaped', () => {
    const html = renderHtml(
      [
        { kind: 'title', text: 'Tiêu đề' },
        { kind: 'subtitle', text: 'Phụ đề' },
        { kind: 'mark', text: 'Dự thảo' },
        { kind: 'dateLine', text: 'ngày 05 tháng 02 năm 2021' },
        { kind: 'heading', level: 1, text: 'A & B' },
        { kind: 'paragraph', text: 'một\nhai' },
        { kind: 'bullets', items: ['x < y', 'z'] },
        { kind: 'table', headers: ['H'], rows: [['1'], ['2']] },
      ],
      { title: 'T', lang: 'en' },
    );
    expect(body(html)).toBe(`<body>
<main>
<h1>Tiêu đề</h1>
<p class="subtitle">Phụ đề</p>
<p class="mark">Dự thảo</p>
<p class="date">ngày 05 tháng 02 năm 2021</p>
<h2>A &amp; B</h2>
<p>một</p>
<p>hai</p>
<ul>
  <li>x &lt; y</li>
  <li>z</li>
</ul>
<table>
  <thead><tr><th scope="col">H</th></tr></thead>
  <tbody>
    <tr><td>1</td></tr>
    <tr><td>2</td></tr>
  </tbody>
</table>
</main>
</body>
</html>
`);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>T</title>');
    expect(html).toContain('@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }\nbody { font-family: "Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif", serif; font-size: 14pt; line-height: 1.35; color: #000; max-width: 165mm;');
  });

  let root: string;
  beforeAll(() => {
    root = writeRoot(baseRoot());
  });

  it('status ON a due day, in English', async () => {
    const r = await runCli(['status', '--root', root, '--as-of', '2021-06-30', '--format', 'html', '--lang', 'en']);
    expect(r.stdout).toContain('<title>Chương trình thử nghiệm</title>');
    expect(body(r.stdout)).toBe(STATUS_EN);
  });

  it('overdue ON a due day, in Vietnamese', async () => {
    const r = await runCli(['overdue', '--root', root, '--as-of', '2021-06-30', '--format', 'html']);
    expect(body(r.stdout)).toBe(OVERDUE_VI);
  });
});

const STATE_PAGE = `<body>
<aside class="drafter-notes" role="note"><h2>Ghi chú cho người soạn thảo (không thuộc văn bản, không in)</h2><ul><li>Đã bỏ &quot;Như trên&quot; ở Nơi nhận: báo cáo không có &quot;Kính gửi&quot;.</li></ul></aside>
<article class="report form-state">
<table class="frame header"><colgroup><col style="width:64.0mm"><col style="width:101.0mm"></colgroup>
<tr><td><p style="font-size:12.5pt"><b>ỦY BAN NHÂN DÂN<br>TỈNH SƠN LA</b></p><hr class="short-rule" style="width:35%;margin:2pt auto 0"></td><td><p style="font-size:12pt"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p style="font-size:13pt"><b class="ruled">Độc lập - Tự do - Hạnh phúc</b></p></td></tr>
<tr><td><p class="number" style="font-size:13pt">Số: 88/BC-UBND</p></td><td><p class="date">Sơn La, ngày 20 tháng 12 năm 2019</p></td></tr>
</table>
<h1 class="kind" style="font-size:14pt">BÁO CÁO</h1>
<p class="subject" style="font-size:14pt">Kết quả thực hiện công tác dân vận chính quyền năm 2019</p>
<hr class="short-rule" style="width:35mm">
<div class="body">
<h2>I. KẾT QUẢ</h2>
<p>Hoàn thành 3/4 nhiệm vụ (75%).</p>
<p>- Một</p>
<p>- Hai</p>
<table class="data"><colgroup><col style="width:18.8%"><col style="width:54.3%"><col style="width:26.9%"></colgroup>
<thead><tr><th scope="col">TT</th><th scope="col">Nhiệm vụ</th><th scope="col">Tỷ lệ</th></tr></thead>
<tbody>
<tr><td class="num">1</td><td>Tiếp công dân</td><td class="num">100%</td></tr>
</tbody></table>
</div>
<table class="frame signatures"><colgroup><col style="width:42%"><col style="width:58%"></colgroup><tr><td style="text-align:left"><div class="recipients"><p><span style="font-size:12pt;font-style:italic;font-weight:bold">Nơi nhận:</span></p><p style="font-size:11pt">- Thường trực Tỉnh ủy (b/c);</p><p style="font-size:11pt">- Ban Dân vận Tỉnh ủy;</p><p style="font-size:11pt">- Lưu: VT, NC.</p></div></td><td><p>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</p><div style="height:28mm"></div><p>Hoàng Quốc Khánh</p></td></tr></table>
</article>
</body>
</html>
`;

const FINAL_PAGE = `<body>
<aside class="drafter-notes" role="note"><h2>Ghi chú cho người soạn thảo (không thuộc văn bản, không in)</h2><ul><li>Tổng kết chưa có số văn bản (reviews[].document): văn thư điền khi phát hành.</li><li>Đánh giá năm 2021 còn là dự thảo.</li></ul></aside>
<article class="report form-party">
<p class="draft-mark"><span>DỰ THẢO</span></p>
<table class="frame header"><colgroup><col style="width:79.4mm"><col style="width:85.6mm"></colgroup>
<tr><td><p style="font-size:14pt">TỈNH ỦY SƠN LA</p><p style="font-size:14pt"><b>BAN CÁN SỰ ĐẢNG ỦY<br>BAN NHÂN DÂN TỈNH</b></p><p style="font-size:14pt"><b>BAN DÂN VẬN</b></p><p style="font-size:14pt">*</p></td><td><p style="font-size:15pt"><b class="ruled">ĐẢNG CỘNG SẢN VIỆT NAM</b></p></td></tr>
<tr><td><p class="number" style="font-size:14pt">Số ...-BC/BCSĐ-BDVTU</p></td><td><p class="date">Sơn La, ngày 15 tháng 01 năm 2022</p></td></tr>
</table>
<h1 class="kind" style="font-size:16pt">BÁO CÁO</h1>
<p class="subject" style="font-size:14pt">Tổng kết 05 năm thực hiện Chương trình phối hợp giữa<br>Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân<br>vận Tỉnh ủy về công tác dân vận giai đoạn 2017 - 2021</p>
<hr class="short-rule" style="width:20mm">
<div class="body">
<p>Mở đầu.</p>
</div>
<table class="frame signatures">
<tr><td><p>T/M BAN CÁN SỰ ĐẢNG</p></td><td><p>T/M BAN DÂN VẬN</p></td></tr>
<tr><td><p>BÍ THƯ</p></td><td><p>TRƯỞNG BAN</p></td></tr>
<tr><td class="space"><p></p></td><td class="space"><p></p></td></tr>
<tr><td><p>Cầm Ngọc Minh</p></td><td><p>Chá A Của</p></td></tr>
</table>
<div class="recipients"><p><span style="font-size:14pt;text-decoration:underline">Nơi nhận:</span></p><p style="font-size:12pt">- Ban Dân vận Trung ương (b/c),</p><p style="font-size:12pt">- Thường trực Tỉnh ủy (b/c),</p><p style="font-size:12pt">- Các sở, ban, ngành tỉnh,</p><p style="font-size:12pt">- Ủy ban nhân dân các huyện, thành phố,</p><p style="font-size:12pt">- Lưu Văn phòng.</p></div>
</article>
</body>
</html>
`;

const STATUS_EN = `<body>
<main>
<h2>Chương trình thử nghiệm</h2>
<p>Period: 10/01/2020 – 31/12/2022 · As of 30/06/2021</p>
<h3>ND1. Nội dung một</h3>
<table>
  <thead><tr><th scope="col">Id</th><th scope="col">Task</th><th scope="col">Lead</th><th scope="col">Schedule</th><th scope="col">Next due</th><th scope="col">Last report</th><th scope="col">State</th></tr></thead>
  <tbody>
    <tr><td>T1</td><td>Việc hằng năm</td><td>BA</td><td>yearly</td><td>15/12/2021</td><td>2020: done (10/12/2020)</td><td>on track</td></tr>
    <tr><td>T3</td><td>Việc một lần</td><td>BA</td><td>once</td><td>30/06/2021</td><td>partly done (20/11/2020)</td><td>due soon</td></tr>
  </tbody>
</table>
<h3>ND2. Nội dung hai</h3>
<table>
  <thead><tr><th scope="col">Id</th><th scope="col">Task</th><th scope="col">Lead</th><th scope="col">Schedule</th><th scope="col">Next due</th><th scope="col">Last report</th><th scope="col">State</th></tr></thead>
  <tbody>
    <tr><td>T2</td><td>Việc 6 tháng</td><td>Ban B</td><td>half-yearly</td><td>30/06/2021</td><td>—</td><td>overdue (2, 365 days)</td></tr>
  </tbody>
</table>
<p>2/3 tasks on schedule; 1 overdue</p>
</main>
</body>
</html>
`;

const OVERDUE_VI = `<body>
<main>
<h2>Quá hạn tính đến ngày 30/06/2021: 2</h2>
<table>
  <thead><tr><th scope="col">Việc</th><th scope="col">Kỳ</th><th scope="col">Hạn</th><th scope="col">Quá hạn (ngày)</th><th scope="col">Chủ trì</th><th scope="col">Lý do</th></tr></thead>
  <tbody>
    <tr><td>T2 Việc 6 tháng</td><td>6 tháng đầu năm 2020</td><td>30/06/2020</td><td>365</td><td>Ban B</td><td>chưa báo cáo</td></tr>
    <tr><td>T2 Việc 6 tháng</td><td>6 tháng cuối năm 2020</td><td>31/12/2020</td><td>181</td><td>Ban B</td><td>chưa báo cáo</td></tr>
  </tbody>
</table>
<h2>Sắp đến hạn trong 30 ngày tới: 2</h2>
<table>
  <thead><tr><th scope="col">Việc</th><th scope="col">Kỳ</th><th scope="col">Hạn</th><th scope="col">Còn (ngày)</th><th scope="col">Chủ trì</th></tr></thead>
  <tbody>
    <tr><td>T2 Việc 6 tháng</td><td>6 tháng đầu năm 2021</td><td>30/06/2021</td><td>0</td><td>Ban B</td></tr>
    <tr><td>T3 Việc một lần</td><td>một lần</td><td>30/06/2021</td><td>0</td><td>BA</td></tr>
  </tbody>
</table>
</main>
</body>
</html>
`;
