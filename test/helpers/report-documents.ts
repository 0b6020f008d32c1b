import type { ReportDocument } from '../../src/views/report-document.js';

/**
 * Hand-written signed reports, as the report model (issue 11) will build them from the sample:
 * a joint Party report of two bodies under "TỈNH ỦY SƠN LA", the mid-term and final reviews,
 * and a state-form report of the provincial People's Committee.
 */
const parties = {
  issuers: { parent: 'Tỉnh ủy Sơn La', names: ['Ban Cán sự đảng Ủy ban nhân dân tỉnh', 'Ban Dân vận'] },
  symbols: ['BCSĐ', 'BDVTU'],
  signatures: [
    { on: 'T/M Ban Cán sự đảng', position: 'Bí thư', name: 'Cầm Ngọc Minh' },
    { on: 'T/M Ban Dân vận', position: 'Trưởng Ban', name: 'Chá A Của' },
  ],
  recipients: ['Ban Dân vận Trung ương (b/c)', 'Thường trực Tỉnh ủy (b/c)', 'Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các huyện, thành phố', 'Lưu VT'],
};

const results = (year: number) => [
  { kind: 'heading' as const, level: 1 as const, text: 'I. Công tác lãnh đạo, chỉ đạo' },
  { kind: 'paragraph' as const, text: `Ngay từ đầu năm ${year}, Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy đã thống nhất ban hành Kế hoạch số 41-KH/BDVTU ngày 28/3/${year} của Ban Dân vận Tỉnh ủy về thực hiện Chương trình phối hợp năm ${year}; chỉ đạo các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố triển khai đồng bộ, gắn với thực hiện Quy chế dân chủ ở cơ sở.` },
  { kind: 'heading' as const, level: 1 as const, text: 'II. Kết quả thực hiện' },
  { kind: 'heading' as const, level: 2 as const, text: '1. Quán triệt, tuyên truyền chủ trương của Đảng, pháp luật của Nhà nước về công tác dân vận' },
  { kind: 'paragraph' as const, text: 'Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh tổ chức 04 hội nghị quán triệt cho 1.250 cán bộ, công chức, viên chức; biên soạn và phát hành 3.000 cuốn tài liệu hỏi - đáp về công tác dân vận của chính quyền.' },
  { kind: 'heading' as const, level: 2 as const, text: '2. Tiếp công dân, đối thoại với Nhân dân, giải quyết khiếu nại, tố cáo' },
  { kind: 'paragraph' as const, text: `Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân định kỳ 48 phiên, tổ chức 12 cuộc đối thoại với Nhân dân; giải quyết dứt điểm 36 vụ việc khiếu nại tồn đọng (Báo cáo số 150/BC-UBND ngày 30/11/${year} của Ủy ban nhân dân tỉnh).` },
  { kind: 'paragraph' as const, text: 'Năm 2019, hai bên triển khai 14/14 nhiệm vụ, hoàn thành 13 nhiệm vụ (92,9%).' },
];

const assessment = [
  { kind: 'heading' as const, level: 1 as const, text: 'III. Đánh giá chung' },
  { kind: 'heading' as const, level: 2 as const, text: '1. Ưu điểm' },
  { kind: 'bullets' as const, items: ['Sự phối hợp giữa hai cơ quan ngày càng chặt chẽ, thường xuyên.', 'Công tác dân vận chính quyền có chuyển biến rõ nét.'] },
  { kind: 'heading' as const, level: 2 as const, text: '2. Hạn chế' },
  { kind: 'bullets' as const, items: ['Một số địa phương chưa chú trọng đối thoại với Nhân dân.'] },
  { kind: 'heading' as const, level: 2 as const, text: '3. Nguyên nhân' },
  { kind: 'heading' as const, level: 3 as const, text: 'a) Nguyên nhân khách quan' },
  { kind: 'bullets' as const, items: ['Địa bàn rộng, giao thông đi lại khó khăn, nhất là mùa mưa lũ.'] },
  { kind: 'heading' as const, level: 3 as const, text: 'b) Nguyên nhân chủ quan' },
  { kind: 'bullets' as const, items: ['Một số người đứng đầu cấp ủy, chính quyền chưa quan tâm đúng mức.'] },
];

const terms = (years: number[]) => ({
  kind: 'table' as const,
  headers: ['TT', 'Nhiệm vụ', ...years.map(String), 'Tỷ lệ hoàn thành'],
  rows: [
    ['1', 'Quán triệt, tuyên truyền Kết luận số 114-KL/TW của Ban Bí thư cho cán bộ, công chức, viên chức', ...years.map(() => 'Hoàn thành tốt'), '100%'],
    ['2', 'Tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân tỉnh', ...years.map((_, i) => (i === 1 ? 'Hoàn thành xuất sắc' : 'Hoàn thành tốt')), '100%'],
    ['3', 'Đối thoại với Nhân dân về cải cách thủ tục hành chính', ...years.map((_, i) => (i === 0 ? 'Chưa hoàn thành' : 'Hoàn thành')), '66,7%'],
    ['4', 'Rà soát văn bản quy phạm pháp luật về quyền con người, quyền công dân bảo đảm phù hợp với Hiến pháp', ...years.map(() => 'Hoàn thành tốt'), '100%'],
    ...Array.from({ length: 10 }, (_, i) => [String(i + 5), `Nhiệm vụ phối hợp số ${i + 5} về công tác dân vận chính quyền ở cơ sở`, ...years.map(() => 'Hoàn thành'), '100%']),
  ],
});

export const YEAR_REPORT: ReportDocument = {
  lang: 'vi',
  form: 'party',
  ...parties,
  number: '03-BC/BCSĐ-BDVTU',
  place: 'Sơn La',
  date: '2019-12-20',
  kind: 'Báo cáo',
  subject: 'Kết quả thực hiện Chương trình phối hợp giữa Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận năm 2019',
  draft: false,
  body: [
    { kind: 'paragraph', text: 'Thực hiện Chương trình phối hợp số 05-CTr/BCSĐ-BDVTU ngày 18/4/2017 giữa Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận giai đoạn 2017 - 2021, Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy báo cáo kết quả thực hiện năm 2019 như sau:' },
    ...results(2019),
    ...assessment,
    { kind: 'heading', level: 1, text: 'IV. Phương hướng, nhiệm vụ năm 2020' },
    { kind: 'bullets', items: ['Tiếp tục quán triệt Kết luận số 114-KL/TW; nâng cao chất lượng tiếp công dân, đối thoại với Nhân dân.'] },
    { kind: 'heading', level: 1, text: 'V. Kiến nghị, đề xuất' },
    { kind: 'bullets', items: ['Đề nghị Ban Dân vận Trung ương tiếp tục hướng dẫn, tập huấn công tác dân vận chính quyền.'] },
  ],
  notes: [],
};

export const MID_TERM: ReportDocument = {
  ...YEAR_REPORT,
  number: '12-BC/BCSĐ-BDVTU',
  date: '2019-12-20',
  subject: 'Sơ kết 03 năm thực hiện Chương trình phối hợp giữa Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận (2017 - 2019)',
  body: [
    { kind: 'paragraph', text: 'Thực hiện Chương trình phối hợp số 05-CTr/BCSĐ-BDVTU ngày 18/4/2017, Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy báo cáo sơ kết 03 năm thực hiện như sau:' },
    ...results(2019),
    { kind: 'heading', level: 2, text: '3. Kết quả đánh giá từng năm' },
    terms([2017, 2018, 2019]),
    ...assessment,
  ],
};

export const FINAL: ReportDocument = {
  ...YEAR_REPORT,
  number: undefined,
  date: '2022-01-15',
  draft: true,
  subject: 'Tổng kết 05 năm thực hiện Chương trình phối hợp giữa Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận giai đoạn 2017 - 2021',
  body: [
    { kind: 'paragraph', text: 'Thực hiện Chương trình phối hợp số 05-CTr/BCSĐ-BDVTU ngày 18/4/2017, Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy báo cáo tổng kết 05 năm thực hiện như sau:' },
    ...results(2021),
    { kind: 'heading', level: 2, text: '3. Kết quả đánh giá từng năm' },
    terms([2017, 2018, 2019, 2020, 2021]),
    ...assessment,
    { kind: 'heading', level: 1, text: 'IV. Đề xuất chương trình phối hợp giai đoạn 2022 - 2026' },
    { kind: 'paragraph', text: 'Hai bên thống nhất tiếp tục ký kết Chương trình phối hợp giai đoạn 2022 - 2026, bổ sung nội dung lấy ý kiến Nhân dân trước khi ban hành chính sách.' },
  ],
  notes: ['Tổng kết chưa có số văn bản (reviews[].document): văn thư điền khi phát hành.', 'Đánh giá năm 2021 còn là dự thảo.'],
};

export const STATE_REPORT: ReportDocument = {
  lang: 'vi',
  form: 'state',
  issuers: { names: ['Ủy ban nhân dân tỉnh Sơn La'] },
  symbols: ['UBND'],
  number: '88/BC-UBND',
  place: 'Sơn La',
  date: '2019-12-20',
  kind: 'Báo cáo',
  subject: 'Kết quả thực hiện công tác dân vận chính quyền năm 2019',
  draft: false,
  body: [
    { kind: 'paragraph', text: 'Thực hiện Chương trình phối hợp số 05-CTr/BCSĐ-BDVTU ngày 18/4/2017, Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2019 như sau:' },
    ...results(2019),
    ...assessment,
  ],
  signatures: [{ on: 'TM. Ủy ban nhân dân', position: 'Chủ tịch', name: 'Hoàng Quốc Khánh' }],
  recipients: ['Như trên', 'Thường trực Tỉnh ủy (b/c)', 'Ban Dân vận Tỉnh ủy', 'Lưu: VT, NC'],
  notes: [],
};

export const ALL = { 'year report (party)': YEAR_REPORT, 'mid-term review (party)': MID_TERM, 'final review (party, draft)': FINAL, 'year report (state)': STATE_REPORT } as const;
