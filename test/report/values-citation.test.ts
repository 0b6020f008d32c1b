import { describe, expect, it } from 'vitest';
import { AgencyNames } from '../../src/report/agency-names.js';
import { citationDate, citeDocument, documentKind, KINDS, parseSymbol } from '../../src/report/citation.js';
import type { Agency } from '../../src/records/types.js';

const agencies = new Map<string, Agency>([
  ['bdv', { id: 'bdv', name: 'Ban Dân vận Tỉnh ủy', short: 'BDV Tỉnh ủy', kind: 'party', symbol: 'BDVTU' }],
  ['ubnd', { id: 'ubnd', name: 'Ủy ban nhân dân tỉnh', short: 'UBND tỉnh', symbol: 'UBND' }],
  ['tt', { id: 'tt', name: 'Thanh tra tỉnh' }],
]);

describe('a cited document\'s issuer', () => {
  it('an issuer that is not an agency id is named as written, in vi and en', () => {
    expect(citeDocument({ number: '12/KH-SNV', issuer: 'Sở Nội vụ' }, agencies, null, 'vi')).toBe('Kế hoạch số 12/KH-SNV của Sở Nội vụ');
    expect(citeDocument({ number: '12/KH-SNV', issuer: 'Sở Nội vụ' }, agencies, null, 'en')).toBe('Plan No. 12/KH-SNV by Sở Nội vụ');
  });

  it('an issuer given by id wins over the symbol, and is named through the document\'s names: full first, short after', () => {
    const names = new AgencyNames(agencies);
    expect(citeDocument({ number: '41-KH/BDVTU', issuer: 'ubnd' }, agencies, names, 'vi')).toBe('Kế hoạch số 41-KH/BDVTU của Ủy ban nhân dân tỉnh');
    expect(citeDocument('150/BC-UBND', agencies, names, 'vi')).toBe('Báo cáo số 150/BC-UBND của UBND tỉnh');
    expect(citeDocument('41-KH/BDVTU', agencies, names, 'en')).toBe('Plan No. 41-KH/BDVTU by Ban Dân vận Tỉnh ủy');
    expect(citeDocument('42-KH/BDVTU', agencies, names, 'en')).toBe('Plan No. 42-KH/BDVTU by BDV Tỉnh ủy');
  });

  it('the symbol finds its agency whatever its case; two issuers, or an unknown one, name nobody', () => {
    expect(citeDocument('7/BC-bdvtu', agencies, null, 'vi')).toBe('Báo cáo số 7/BC-bdvtu của Ban Dân vận Tỉnh ủy');
    expect(citeDocument('05-QĐ/UBND-BDVTU', agencies, null, 'vi')).toBe('Quyết định số 05-QĐ/UBND-BDVTU');
    expect(citeDocument('9/BC-SYT', agencies, null, 'vi')).toBe('Báo cáo số 9/BC-SYT');
    expect(citeDocument('123/UBND-VX', agencies, null, 'vi')).toBe('Công văn số 123/UBND-VX');
    expect(citeDocument('123/UBND', agencies, null, 'en')).toBe('Letter No. 123/UBND by Ủy ban nhân dân tỉnh');
  });

  it('an agency without a short name keeps its full name; an id with no agency record... is not one: it is a name', () => {
    const names = new AgencyNames(agencies);
    expect(citeDocument({ number: '1/BC-TTr', issuer: 'tt' }, agencies, names, 'vi')).toBe('Báo cáo số 1/BC-TTr của Thanh tra tỉnh');
    expect(citeDocument({ number: '2/BC-TTr', issuer: 'tt' }, agencies, names, 'vi')).toBe('Báo cáo số 2/BC-TTr của Thanh tra tỉnh');
    expect(citeDocument({ number: '3/BC-TTr', issuer: 'tt' }, new Map(), null, 'vi')).toBe('Báo cáo số 3/BC-TTr của tt');
  });
});

describe('a cited document\'s date and subject', () => {
  it('dates without leading zeros, as documents cite each other', () => {
    expect(citationDate('2019-03-08')).toBe('8/3/2019');
    expect(citationDate('2020-12-31')).toBe('31/12/2020');
    expect(citeDocument({ number: '41-KH/BDVTU', date: '2021-01-05' }, agencies, null, 'vi')).toBe('Kế hoạch số 41-KH/BDVTU ngày 5/1/2021 của Ban Dân vận Tỉnh ủy');
  });

  it('the subject: the kind word dropped, "về" added once and the first letter lowered (vi); "on" in English', () => {
    expect(citeDocument({ number: '5/KH-SNV', title: 'Kế hoạch về công tác dân vận' }, agencies, null, 'vi')).toBe('Kế hoạch số 5/KH-SNV về công tác dân vận');
    expect(citeDocument({ number: '5/KH-SNV', title: 'Công tác dân vận năm 2020' }, agencies, null, 'vi')).toBe('Kế hoạch số 5/KH-SNV về công tác dân vận năm 2020');
    expect(citeDocument({ number: '5/KH-SNV', title: 'UBND tỉnh và Mặt trận' }, agencies, null, 'vi')).toBe('Kế hoạch số 5/KH-SNV về UBND tỉnh và Mặt trận');
    expect(citeDocument({ number: '5/KH-SNV', title: 'Kế hoạch' }, agencies, null, 'vi')).toBe('Kế hoạch số 5/KH-SNV');
    expect(citeDocument({ number: '5/KH-SNV', title: 'Công tác về dân vận' }, agencies, null, 'vi')).toBe('Kế hoạch số 5/KH-SNV về công tác về dân vận');
    expect(citeDocument({ number: '5/KH-SNV', title: 'Kế hoạch về' }, agencies, null, 'vi')).toBe('Kế hoạch số 5/KH-SNV về');
    expect(citeDocument({ number: '5/KH-SNV', title: 'Kế hoạch vềnh' }, agencies, null, 'vi')).toBe('Kế hoạch số 5/KH-SNV về vềnh');
    expect(citeDocument({ number: '5/KH-SNV', title: 'Mass mobilisation' }, agencies, null, 'en')).toBe('Plan No. 5/KH-SNV on Mass mobilisation');
  });

  it('every kind by its code, in vi and en; a symbol without a code is a letter, anything else a document', () => {
    const vi = Object.keys(KINDS).map((code) => documentKind(`1/${code}-X`, 'vi'));
    expect(vi).toEqual(['Báo cáo', 'Kế hoạch', 'Hướng dẫn', 'Chương trình', 'Quyết định', 'Thông báo', 'Nghị quyết', 'Kết luận', 'Công văn', 'Chỉ thị', 'Quy chế', 'Quy chế phối hợp', 'Tờ trình', 'Biên bản', 'Đề án', 'Dự án']);
    const en = Object.keys(KINDS).map((code) => documentKind(`1-${code.toLowerCase()}/X`, 'en'));
    expect(en).toEqual(['Report', 'Plan', 'Guidance', 'Programme', 'Decision', 'Notice', 'Resolution', 'Conclusion', 'Letter', 'Directive', 'Regulation', 'Coordination regulation', 'Submission', 'Minutes', 'Scheme', 'Project']);
    expect(documentKind('123/UBND-VX', 'en')).toBe('Letter');
    expect(documentKind('tài liệu', 'en')).toBe('Document');
    expect(parseSymbol('29/BC-TTr')).toEqual({ type: 'BC', issuers: ['TTr'] });
    expect(parseSymbol('123/UBND-VX')).toEqual({ type: null, issuers: ['UBND', 'VX'] });
    expect(parseSymbol('123/UBND-VX/TH')).toEqual({ type: null, issuers: ['UBND', 'VX', 'TH'] });
    expect(parseSymbol('41-KH/BDVTU-UBND')).toEqual({ type: 'KH', issuers: ['BDVTU', 'UBND'] });
    expect(parseSymbol(' 41-KH ')).toEqual({ type: 'KH', issuers: [] });
    expect(parseSymbol('tài liệu')).toEqual({ type: null, issuers: [] });
  });
});
