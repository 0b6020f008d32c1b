import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/views/report-document.js';
import { reportRoot } from '../helpers/report-root.js';
import { writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';
import { readZip } from '../helpers/zip.js';

let root: string;
beforeAll(() => {
  root = writeRoot(reportRoot());
});

const summary = async (...args: string[]) => runCli(['summary', '--root', root, ...args]);
const model = async (...args: string[]): Promise<ReportDocument> => JSON.parse((await summary(...args, '--format', 'json')).stdout).programmes[0].document;
const texts = (doc: ReportDocument) => doc.body.flatMap((b) => ('text' in b ? [b.text] : b.kind === 'bullets' ? b.items : []));

describe('the year report, section by section (version 1.1 root)', () => {
  it('opens with the programme by number and date, the year\'s plan, and the parties in full', async () => {
    const doc = await model('--year', '2020', '--as-of', '2021-01-10');
    expect(texts(doc)[0]).toBe(
      'Thực hiện Chương trình phối hợp số 05-CTr/BCSĐ-BDVTU ngày 1/3/2019 giữa Ban Cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận giai đoạn 2019–2021, Kế hoạch số 02-KH/BCSĐ-BDVTU ngày 10/1/2020 thực hiện Chương trình năm 2020, Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy báo cáo kết quả thực hiện năm 2020 như sau:',
    );
  });

  it('I. lãnh đạo, chỉ đạo from direction', async () => {
    const doc = await model('--year', '2019');
    expect(texts(doc).slice(1, 3)).toEqual(['I. Công tác lãnh đạo, chỉ đạo', 'Hai bên ban hành kế hoạch triển khai Chương trình, quán triệt đến cán bộ, công chức.']);
  });

  it('II. results per content area in prose: lead and partners (full once, short after), notes, documents cited in full, figures, rating; no task codes', async () => {
    const doc = await model('--year', '2019');
    const body = texts(doc);
    expect(body).toContain('1. Tiếp công dân, đối thoại với Nhân dân');
    expect(body).toContain(
      'BCSĐ UBND tỉnh chủ trì, phối hợp với BDV Tỉnh ủy và Thanh tra tỉnh tổ chức tiếp công dân định kỳ và đối thoại với Nhân dân. Tiếp 120 lượt công dân. Văn bản: Kế hoạch số 41-KH/BDVTU ngày 28/3/2019 của BDV Tỉnh ủy; Báo cáo số 150/BC-UBND của Ủy ban nhân dân tỉnh. Kết quả đánh giá: hoàn thành tốt.',
    );
    expect(body).toContain('Số liệu năm 2019: 20 phiên tiếp công dân, 4 cuộc đối thoại với Nhân dân.');
    expect(body.join('\n')).not.toMatch(/\bT[123]\b/);
  });

  it('II ends with the statistic; a once-task due in a later year is "chưa đến hạn" and outside x/y', async () => {
    const body = texts(await model('--year', '2019'));
    expect(body).toContain('BDV Tỉnh ủy chủ trì, phối hợp với BCSĐ UBND tỉnh tổng kết Chương trình, đề xuất chương trình giai đoạn tiếp theo. Nhiệm vụ chưa đến hạn (hạn 15/12/2021).');
    expect(body).toContain('Năm 2019, hai bên triển khai 2/2 nhiệm vụ, hoàn thành 2 nhiệm vụ (100%), trong đó hoàn thành xuất sắc 1, hoàn thành tốt 1 nhiệm vụ; 1 nhiệm vụ chưa đến hạn.');
  });

  it('III. Đánh giá chung: strengths, shortcomings, causes split objective/subjective, lessons', async () => {
    const doc = await model('--year', '2019');
    const i = doc.body.findIndex((b) => 'text' in b && b.text === 'III. Đánh giá chung');
    expect(doc.body.slice(i, i + 14)).toEqual([
      { kind: 'heading', level: 1, text: 'III. Đánh giá chung' },
      { kind: 'heading', level: 2, text: '1. Ưu điểm' },
      { kind: 'bullets', items: ['Phối hợp chặt chẽ, thường xuyên.'] },
      { kind: 'heading', level: 2, text: '2. Hạn chế' },
      { kind: 'bullets', items: ['Một số cuộc đối thoại chưa đúng kỳ.'] },
      { kind: 'heading', level: 2, text: '3. Nguyên nhân' },
      { kind: 'heading', level: 3, text: 'a) Nguyên nhân khách quan' },
      { kind: 'bullets', items: ['Địa bàn rộng, giao thông khó khăn.'] },
      { kind: 'heading', level: 3, text: 'b) Nguyên nhân chủ quan' },
      { kind: 'bullets', items: ['Một số cơ quan chưa chủ động.'] },
      { kind: 'heading', level: 2, text: '4. Bài học kinh nghiệm' },
      { kind: 'bullets', items: ['Bám sát cơ sở.'] },
      { kind: 'heading', level: 1, text: 'IV. Phương hướng, nhiệm vụ năm 2020' },
      { kind: 'paragraph', text: 'Hai bên thống nhất triển khai Kế hoạch số 02-KH/BCSĐ-BDVTU ngày 10/1/2020 thực hiện Chương trình năm 2020.' },
    ]);
  });

  it('IV names the focus tasks by title, V gives the recommendations; neither is invented when absent', async () => {
    const body = texts(await model('--year', '2019'));
    expect(body).toContain('Tập trung thực hiện các nhiệm vụ: tổ chức tiếp công dân định kỳ và đối thoại với Nhân dân.');
    expect(body.slice(-2)).toEqual(['V. Kiến nghị, đề xuất', 'Đề nghị Ban Dân vận Trung ương hướng dẫn tiêu chí đánh giá.']);
    const y2020 = texts(await model('--year', '2020', '--as-of', '2021-01-10'));
    expect(y2020.filter((t) => /^[IV]+\. /.test(t))).toEqual(['I. Kết quả thực hiện', 'II. Đánh giá chung']);
    expect(y2020.join('\n')).not.toContain('Chưa có nội dung');
  });

  it('has no direction for the year after the last year', async () => {
    const body = texts(await model('--year', '2021', '--as-of', '2022-01-10'));
    expect(body.join('\n')).not.toContain('Phương hướng');
  });

  it('frames the report: party form, issuers under their parent, number, date, signatures per party, recipients', async () => {
    const doc = await model('--year', '2019');
    expect(doc).toMatchObject({
      form: 'party',
      issuers: { parent: 'Tỉnh ủy Sơn La', names: ['Ban Cán sự đảng Ủy ban nhân dân tỉnh', 'Ban Dân vận Tỉnh ủy'] },
      number: '03-BC/BCSĐ-BDVTU',
      symbols: ['BCSĐ', 'BDVTU'],
      place: 'Sơn La',
      date: '2019-12-12',
      kind: 'Báo cáo',
      subject: 'Kết quả thực hiện Chương trình phối hợp giữa Ban Cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận năm 2019',
      draft: false,
      signatures: [
        { on: 'T/M Ban Cán sự đảng', position: 'Bí thư', name: 'Cầm Ngọc Minh' },
        { on: 'T/M Ban Dân vận', position: 'Trưởng Ban', name: 'Chá A Của' },
      ],
      recipients: ['Thường trực Tỉnh ủy (b/c)', 'Lưu VT'],
      notes: [],
    });
    expect((await model('--year', '2020', '--as-of', '2021-01-10')).recipients).toEqual(['Ban Dân vận Trung ương (b/c)', 'Thường trực Tỉnh ủy (b/c)', 'Lưu VT']);
  });

  it('takes the state form when phoihop.yaml says so', async () => {
    const files = reportRoot();
    const state = writeRoot({ ...files, 'phoihop.yaml': 'place: Sơn La\nheading: state\n' });
    const doc = JSON.parse((await runCli(['summary', '--root', state, '--year', '2019', '--format', 'json'])).stdout).programmes[0].document;
    expect(doc.form).toBe('state');
    expect(doc.signatures[0].on).toBe('TM. Ban Cán sự đảng');
  });
});

describe('time-correct content', () => {
  it('dates the report by its evaluation: a report made after held_on is neither cited nor counted', async () => {
    const doc = await model('--year', '2019', '--as-of', '2020-06-01');
    expect(doc.date).toBe('2019-12-12');
    expect(texts(doc).join('\n')).not.toContain('160/BC-UBND');
  });

  it('dates a draft by --as-of, never rates a period not yet due "chưa hoàn thành", and sends the drafter\'s notes to stderr', async () => {
    const r = await summary('--year', '2021', '--as-of', '2021-11-30');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain('chưa hoàn thành');
    expect(r.stdout).toContain('Năm 2021, hai bên triển khai 0/1 nhiệm vụ, hoàn thành 0 nhiệm vụ (0%); 1 nhiệm vụ chưa đến hạn; 1 nhiệm vụ tạm dừng.');
    expect(r.stdout).not.toContain('ghi chú');
    expect(r.stderr).toContain('ghi chú cho người soạn thảo: Đánh giá năm 2021 còn là dự thảo');
    expect(r.stderr).toContain('Nhiệm vụ chưa có báo cáo và chưa được đánh giá: T1.');
    const doc = await model('--year', '2021', '--as-of', '2021-11-30');
    expect(doc).toMatchObject({ draft: true, date: '2021-11-30' });
  });

  it('says a paused task is paused, with the amendment that paused it', async () => {
    const body = texts(await model('--year', '2021', '--as-of', '2021-11-30'));
    expect(body).toContain('BDV Tỉnh ủy chủ trì, phối hợp với BCSĐ UBND tỉnh mở lớp bồi dưỡng kỹ năng dân vận cho cán bộ, công chức cấp xã. Nhiệm vụ tạm dừng theo Quyết định số 09-QĐ/BCSĐ-BDVTU ngày 15/6/2020: tạm dừng mở lớp bồi dưỡng tập trung do dịch COVID-19.');
  });

  it('refuses a year outside the period, or not yet begun, with the valid range (exit 2)', async () => {
    for (const [year, asOf] of [['2018', '2022-01-01'], ['2022', '2022-01-01'], ['2021', '2020-06-01']]) {
      const r = await summary('--year', year!, '--as-of', asOf!);
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toBe('');
    }
    expect((await summary('--year', '2022', '--as-of', '2022-01-01')).stderr).toContain('Năm 2022 không có trong chương trình dan-van: chọn --year từ 2019 đến 2021.');
    expect((await summary('--year', '2021', '--as-of', '2020-06-01')).stderr).toContain('chọn --year từ 2019 đến 2020');
  });
});

describe('every format carries every section', () => {
  const sections = ['Công tác lãnh đạo, chỉ đạo', 'Kết quả thực hiện', 'Đánh giá chung', 'Phương hướng, nhiệm vụ năm 2020', 'Kiến nghị, đề xuất'];
  const upper = (s: string) => s.toLocaleUpperCase('vi');

  it('text and Markdown (the body), HTML and Word (the whole document, with recipients)', async () => {
    const text = (await summary('--year', '2019')).stdout;
    const markdown = (await summary('--year', '2019', '--format', 'markdown')).stdout;
    const html = (await summary('--year', '2019', '--format', 'html')).stdout;
    const file = path.join(root, 'bao-cao.docx');
    expect((await summary('--year', '2019', '--format', 'docx', '--output', file)).exitCode).toBe(0);
    const xml = readZip(readFileSync(file)).get('word/document.xml')!.toString('utf8');
    for (const [i, s] of sections.entries()) {
      const heading = `${['I', 'II', 'III', 'IV', 'V'][i]}. ${upper(s)}`;
      expect(text, heading).toContain(heading);
      expect(markdown, heading).toContain(heading);
      expect(html, heading).toContain(heading);
      expect(xml, heading).toContain(heading);
    }
    for (const out of [html, xml]) {
      expect(out).toContain('Thường trực Tỉnh ủy (b/c)');
      expect(out).toContain('Cầm Ngọc Minh');
      expect(out).toContain('03-BC/BCSĐ-BDVTU');
    }
    expect(xml).toContain('a) Nguyên nhân khách quan');
  });
});
