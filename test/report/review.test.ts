import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/views/report-document.js';
import { reportRoot } from '../helpers/report-root.js';
import { writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

let root: string;
beforeAll(() => {
  root = writeRoot(reportRoot());
});

const review = async (...args: string[]) => JSON.parse((await runCli(['summary', '--root', root, '--review', ...args, '--format', 'json'])).stdout).programmes[0];
const texts = (doc: ReportDocument) => doc.body.flatMap((b) => ('text' in b ? [b.text] : b.kind === 'bullets' ? b.items : []));

describe('the mid-term review (sơ kết)', () => {
  it('is dated by the review\'s held_on, covers the years through `through`, and opens with the programme', async () => {
    const r = await review('mid-term', '--as-of', '2024-06-15');
    const doc: ReportDocument = r.document;
    expect(doc).toMatchObject({ date: '2020-12-28', number: '12-BC/BCSĐ-BDVTU', draft: false, subject: 'Sơ kết 02 năm thực hiện Chương trình phối hợp giữa Ban Cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận (2019–2020)' });
    expect(r.years.map((y: { year: number }) => y.year)).toEqual([2019, 2020]);
    expect(texts(doc)[0]).toBe('Thực hiện Chương trình phối hợp số 05-CTr/BCSĐ-BDVTU ngày 1/3/2019 giữa Ban Cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận giai đoạn 2019–2021, Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy báo cáo sơ kết 02 năm thực hiện Chương trình như sau:');
  });

  it('tells each content area over the years, with figures per year and in total', async () => {
    const body = texts((await review('mid-term')).document);
    expect(body).toContain('BCSĐ UBND tỉnh chủ trì, phối hợp với BDV Tỉnh ủy và Thanh tra tỉnh tổ chức tiếp công dân định kỳ và đối thoại với Nhân dân. Kết quả đánh giá qua các năm: năm 2019 hoàn thành tốt; năm 2020 hoàn thành xuất sắc. Hoàn thành 2/2 kỳ báo cáo đến hạn (100%).');
    expect(body).toContain('Số liệu: năm 2019: 21 phiên tiếp công dân, 4 cuộc đối thoại với Nhân dân; năm 2020: 24 phiên tiếp công dân, 5 cuộc đối thoại với Nhân dân; tổng cộng: 45 phiên tiếp công dân, 9 cuộc đối thoại với Nhân dân.');
  });

  it('leaves paused periods out of the percentages, and gives a table per year', async () => {
    const r = await review('mid-term');
    expect(r.tasks.find((t: { task: string }) => t.task === 'T2')).toEqual({ task: 'T2', status: 'paused', periods_due: 1, periods_done: 1 });
    const doc: ReportDocument = r.document;
    expect(texts(doc)).toContain('Tính chung 02 năm, các nhiệm vụ hoàn thành 3/3 kỳ báo cáo đến hạn (100%), không tính các kỳ của nhiệm vụ đã hủy, tạm dừng.');
    const tables = doc.body.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(3);
    expect(tables[0]).toMatchObject({ headers: ['Năm', 'Triển khai', 'Hoàn thành', 'Tỷ lệ', 'Hoàn thành xuất sắc', 'Hoàn thành tốt', 'Hoàn thành', 'Chưa hoàn thành'], rows: [['2019', '2/2', '2', '100%', '1', '1', '0', '0'], ['2020', '1/1', '1', '100%', '1', '0', '0', '0'], ['Cộng', '3/3', '3', '100%', '2', '1', '0', '0']] });
    expect(tables[2]).toMatchObject({ rows: [['1', 'Tổ chức tiếp công dân định kỳ và đối thoại với Nhân dân', 'BCSĐ UBND tỉnh', 'hoàn thành xuất sắc'], ['2', 'Mở lớp bồi dưỡng kỹ năng dân vận cho cán bộ, công chức cấp xã', 'BDV Tỉnh ủy', 'tạm dừng'], ['3', 'Tổng kết Chương trình, đề xuất chương trình giai đoạn tiếp theo', 'BDV Tỉnh ủy', 'chưa đến hạn']] });
  });

  it('merges the years\' assessment, keeping causes written as one list apart from the split ones', async () => {
    const doc: ReportDocument = (await review('mid-term')).document;
    const i = doc.body.findIndex((b) => 'text' in b && b.text === '3. Nguyên nhân');
    expect(doc.body.slice(i + 1, i + 6)).toEqual([
      { kind: 'bullets', items: ['Dịch COVID-19 kéo dài.'] },
      { kind: 'heading', level: 3, text: 'a) Nguyên nhân khách quan' },
      { kind: 'bullets', items: ['Địa bàn rộng, giao thông khó khăn.'] },
      { kind: 'heading', level: 3, text: 'b) Nguyên nhân chủ quan' },
      { kind: 'bullets', items: ['Một số cơ quan chưa chủ động.'] },
    ]);
  });
});

describe('the final review (tổng kết)', () => {
  it('is "Tổng kết 03 năm ... giai đoạn 2019–2021" and proposes the next programme', async () => {
    const doc: ReportDocument = (await review('final', '--as-of', '2022-02-01')).document;
    expect(doc.subject).toBe('Tổng kết 03 năm thực hiện Chương trình phối hợp giữa Ban Cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận giai đoạn 2019–2021');
    expect(doc.date).toBe('2022-01-15');
    const body = texts(doc);
    expect(body).toContain('IV. Đề xuất chương trình phối hợp giai đoạn tiếp theo');
    expect(body).toContain('Trên cơ sở kết quả thực hiện Chương trình, hai bên đề xuất xây dựng, ký kết Chương trình phối hợp giai đoạn tiếp theo (từ năm 2022), tập trung vào các nội dung sau:');
    expect(body).toContain('Xây dựng chương trình phối hợp giai đoạn 2022–2026.');
    expect(doc.number).toBeUndefined();
    expect(doc.notes).toContain('Đánh giá các năm 2021 chưa chốt: xếp loại của các năm này lấy từ báo cáo.');
  });

  it('is never dated today: a review not yet held is an undated draft', async () => {
    const doc: ReportDocument = (await review('final', '--as-of', '2021-12-31')).document;
    expect(doc.date).toBeUndefined();
    expect(doc.draft).toBe(true);
  });

  it('refuses an unknown kind, or a review the programme does not record (exit 2)', async () => {
    const bad = await runCli(['summary', '--root', root, '--review', 'interim']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('dùng mid-term (sơ kết) hoặc final (tổng kết)');
    const none = await runCli(['summary', '--root', writeRoot({ ...reportRoot(), 'p/programme.yaml': reportRoot()['p/programme.yaml']!.replace(/reviews:[\s\S]*?recipients/, 'recipients') }), '--review', 'final']);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('chưa ghi hội nghị tổng kết');
  });
});
