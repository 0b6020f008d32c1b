import { describe, expect, it } from 'vitest';
import { AgencyNames, joinList } from '../../src/report/agency-names.js';
import { citeDocument, documentKind, parseSymbol } from '../../src/report/citation.js';
import { bodyName } from '../../src/report/frame.js';
import { programmeName, programmeReference } from '../../src/report/programme-text.js';
import { figurePhrase, leadSentence, notYetDueSentence, pausedSentence, ratingSentence, statisticSentence } from '../../src/report/sentences.js';
import type { Agency, Programme } from '../../src/records/types.js';

const agencies = new Map<string, Agency>([
  ['bdv', { id: 'bdv', name: 'Ban Dân vận Tỉnh ủy', short: 'BDV Tỉnh ủy', kind: 'party', symbol: 'BDVTU' }],
  ['ubnd', { id: 'ubnd', name: 'Ủy ban nhân dân tỉnh', short: 'UBND tỉnh', symbol: 'UBND' }],
  ['tt', { id: 'tt', name: 'Thanh tra tỉnh' }],
]);

describe('citations', () => {
  it('takes the kind of a document from its symbol', () => {
    expect(parseSymbol('41-KH/BDVTU')).toEqual({ type: 'KH', issuers: ['BDVTU'] });
    expect(parseSymbol('05-QĐ/BCSĐ-BDVTU')).toEqual({ type: 'QĐ', issuers: ['BCSĐ', 'BDVTU'] });
    expect(documentKind('150/BC-UBND', 'vi')).toBe('Báo cáo');
    expect(documentKind('05-CTr/BCSĐ-BDVTU', 'vi')).toBe('Chương trình');
    expect(documentKind('64/NQ-CP', 'vi')).toBe('Nghị quyết');
    expect(documentKind('123/UBND-VX', 'vi')).toBe('Công văn');
    expect(documentKind('tài liệu', 'vi')).toBe('Văn bản');
  });

  it('cites in full: kind, number, date, issuer (from the symbol or named), subject', () => {
    expect(citeDocument({ number: '41-KH/BDVTU', date: '2019-03-28' }, agencies, null, 'vi')).toBe('Kế hoạch số 41-KH/BDVTU ngày 28/3/2019 của Ban Dân vận Tỉnh ủy');
    expect(citeDocument('150/BC-UBND', agencies, null, 'vi')).toBe('Báo cáo số 150/BC-UBND của Ủy ban nhân dân tỉnh');
    expect(citeDocument({ number: '29/BC-TTr', issuer: 'tt', title: 'Báo cáo kết quả tiếp công dân quý I' }, agencies, null, 'vi')).toBe('Báo cáo số 29/BC-TTr của Thanh tra tỉnh về kết quả tiếp công dân quý I');
    expect(citeDocument('05-QĐ/BCSĐ-BDVTU', agencies, null, 'vi')).toBe('Quyết định số 05-QĐ/BCSĐ-BDVTU');
    expect(citeDocument({ number: '41-KH/BDVTU', date: '2019-03-28' }, agencies, null, 'en')).toBe('Plan No. 41-KH/BDVTU of 28/3/2019 by Ban Dân vận Tỉnh ủy');
  });
});

describe('agency names, as a property of the document', () => {
  it('gives the full name on the first mention and the short name after', () => {
    const names = new AgencyNames(agencies);
    expect(names.names(['bdv', 'ubnd'])).toEqual(['Ban Dân vận Tỉnh ủy', 'Ủy ban nhân dân tỉnh']);
    expect(names.name('bdv')).toBe('BDV Tỉnh ủy');
    expect(names.name('tt')).toBe('Thanh tra tỉnh');
    expect(names.name('tt')).toBe('Thanh tra tỉnh');
    expect(citeDocument('45-BC/BDVTU', agencies, names, 'vi')).toBe('Báo cáo số 45-BC/BDVTU của BDV Tỉnh ủy');
  });

  it('joins lists the Vietnamese way', () => {
    expect(joinList(['A', 'B', 'C'], 'vi')).toBe('A, B và C');
    expect(joinList(['A'], 'vi')).toBe('A');
    expect(joinList(['A', 'B'], 'en')).toBe('A and B');
    expect([joinList([], 'vi'), joinList([], 'en')]).toEqual(['', '']);
  });

  it('names the body a party signs for', () => {
    expect(bodyName('Ban Cán sự đảng Ủy ban nhân dân tỉnh')).toBe('Ban Cán sự đảng');
    expect(bodyName('Ban Dân vận Tỉnh ủy')).toBe('Ban Dân vận');
    expect(bodyName('Ủy ban nhân dân tỉnh Sơn La')).toBe('Ủy ban nhân dân');
  });

  it.each([
    ['Ban Cán sự đảng Ủy ban nhân dân tỉnh', 'Ban Cán sự đảng', 'Văn phòng Ban Cán sự đảng tỉnh', 'Văn phòng Ban Cán sự đảng'],
    ['Đảng đoàn Hội Nông dân tỉnh', 'Đảng đoàn', 'Văn phòng Đảng đoàn tỉnh', 'Văn phòng Đảng đoàn'],
    ['Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ', 'Văn phòng Ban Thường vụ Tỉnh ủy', 'Văn phòng Ban Thường vụ'],
    ['Ban Chấp hành Đảng bộ tỉnh', 'Ban Chấp hành', 'Văn phòng Ban Chấp hành tỉnh', 'Văn phòng Ban Chấp hành'],
    ['ỦY BAN NHÂN DÂN TỈNH', 'ỦY BAN NHÂN DÂN', 'Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng Ủy ban nhân dân'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam'],
    ['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ban Thường trực', 'Văn phòng Ban Thường trực tỉnh', 'Văn phòng Ban Thường trực'],
  ])('takes "%s" as the collective "%s", but "%s" (the name later on) as its own body, "%s"', (collective, body, office, officeBody) => {
    expect(bodyName(collective)).toBe(body);
    expect(bodyName(office)).toBe(officeBody);
  });
});

describe('sentence builders', () => {
  it('says who led, with whom, what', () => {
    expect(leadSentence('Ban Dân vận Tỉnh ủy', ['Sở Nội vụ', 'Trường Chính trị tỉnh'], 'Mở lớp bồi dưỡng kỹ năng dân vận', 'vi')).toBe('Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ và Trường Chính trị tỉnh mở lớp bồi dưỡng kỹ năng dân vận.');
    expect(leadSentence('Sở Nội vụ', [], 'UBND tỉnh ban hành quy chế', 'vi')).toBe('Sở Nội vụ chủ trì UBND tỉnh ban hành quy chế.');
  });

  it('gives figures with their units', () => {
    expect(figurePhrase({ id: 'tiep-dan', title: 'phiên tiếp công dân', unit: 'phiên' }, 1250, 'vi')).toBe('1.250 phiên tiếp công dân');
    expect(figurePhrase({ id: 'hai-long', title: 'chỉ số hài lòng', unit: '%' }, 85.1, 'vi')).toBe('chỉ số hài lòng: 85,1 %');
  });

  it('states ratings, not-yet-due and paused tasks', () => {
    expect(ratingSentence('good', 'vi')).toBe('Kết quả đánh giá: hoàn thành tốt.');
    expect(notYetDueSentence('2021-12-15', 'vi')).toBe('Nhiệm vụ chưa đến hạn (hạn 15/12/2021).');
    expect(pausedSentence('Quyết định số 09-QĐ/BCSĐ-BDVTU ngày 15/6/2020', 'Tạm dừng mở lớp tập trung.', 'vi')).toBe('Nhiệm vụ tạm dừng theo Quyết định số 09-QĐ/BCSĐ-BDVTU ngày 15/6/2020: tạm dừng mở lớp tập trung.');
    expect(pausedSentence(null, null, 'vi')).toBe('Nhiệm vụ tạm dừng.');
  });

  it('writes the statistic: x/y carried out, completed with the share, then the rest', () => {
    const counts = { excellent: 1, good: 11, done: 1, not_done: 1 };
    expect(statisticSentence({ when: 'Năm 2019', sides: 2, carried: 14, counted: 14, completed: 13, counts, notYetDue: 1, paused: 0 }, 'vi')).toBe(
      'Năm 2019, hai bên triển khai 14/14 nhiệm vụ, hoàn thành 13 nhiệm vụ (92,9%), trong đó hoàn thành xuất sắc 1, hoàn thành tốt 11, hoàn thành 1 nhiệm vụ; 1 nhiệm vụ chưa hoàn thành; 1 nhiệm vụ chưa đến hạn.',
    );
    expect(statisticSentence({ when: 'Năm 2020', sides: 3, carried: 2, counted: 3, completed: 2, counts: { excellent: 0, good: 2, done: 0, not_done: 0 }, notYetDue: 0, paused: 1 }, 'vi')).toBe('Năm 2020, các bên triển khai 2/3 nhiệm vụ, hoàn thành 2 nhiệm vụ (66,7%); 1 nhiệm vụ tạm dừng.');
  });

  it('refers to the programme by number and date, and names it without its period', () => {
    const programme = { title: 'Chương trình phối hợp giữa A và B về công tác dân vận giai đoạn 2017–2021', number: '05-CTr/BCSĐ-BDVTU', signed_on: '2017-04-18' } as Programme;
    expect(programmeReference(programme, 'vi')).toBe('Chương trình phối hợp số 05-CTr/BCSĐ-BDVTU ngày 18/4/2017 giữa A và B về công tác dân vận giai đoạn 2017–2021');
    expect(programmeReference({ ...programme, number: undefined } as unknown as Programme, 'vi')).toBe('Chương trình phối hợp ngày 18/4/2017 giữa A và B về công tác dân vận giai đoạn 2017–2021');
    expect(programmeName(programme)).toBe('Chương trình phối hợp giữa A và B về công tác dân vận');
  });
});
