import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/i18n/fold.js';
import { formatDue, formatDueDay } from '../../src/i18n/format.js';
import { csvLabel } from '../../src/i18n/csv-labels.js';
import { listSome, resolveNamed } from '../../src/commands/lookup.js';
import { errorVi, helpVi } from '../../src/i18n/commander-vi.js';

describe('words for the terminal', () => {
  it('folds case, tone marks, đ and spacing', () => {
    expect(foldText('  BDV  Tỉnh Uỷ ')).toBe('bdv tinh uy');
    expect(foldText('Ban Dân vận Tỉnh ủy')).toBe(foldText('ban dan van tinh uy'));
    expect(foldText('Đảng')).toBe('dang');
  });

  it('writes due days day first in Vietnamese', () => {
    expect(formatDueDay('12-10', 'vi')).toBe('10/12');
    expect(formatDueDay('02-05', 'en')).toBe('5 Feb');
    expect(formatDue('2021-12-15', 'vi')).toBe('15/12/2021');
  });

  it('gives CSV cells Vietnamese words in vi and codes in en', () => {
    expect(csvLabel.schedule('half-year', 'vi')).toBe('6 tháng');
    expect(csvLabel.schedule('quarter', 'vi')).toBe('hằng quý');
    expect(csvLabel.state('on_track', 'vi')).toBe('đúng tiến độ');
    expect(csvLabel.state('on_track', 'en')).toBe('on_track');
    expect(csvLabel.period('2021-Q4', 'vi')).toBe('quý IV/2021');
    expect(csvLabel.period(null, 'vi')).toBeNull();
    expect(csvLabel.period('2021-Q4', 'en')).toBe('2021-Q4');
    expect(csvLabel.period('2021-H2', 'en')).toBe('2021-H2');
  });

  it('lists at most ten, then how many more', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `ct-${i}`);
    expect(listSome(ids, 'vi')).toBe('ct-0, ct-1, ct-2, ct-3, ct-4, ct-5, ct-6, ct-7, ct-8, ct-9 và 990 mục khác');
    expect(listSome([], 'en')).toBe('—');
  });

  it('resolves a filter by id, short or full name, and suggests the nearest', () => {
    const items = [
      { id: 'bdv-tu', names: ['BDV Tỉnh ủy', 'Ban Dân vận Tỉnh ủy'], label: 'BDV Tỉnh ủy (bdv-tu)' },
      { id: 'thanh-tra', names: ['Thanh tra tỉnh'], label: 'Thanh tra tỉnh (thanh-tra)' },
    ];
    expect(resolveNamed('BDV-TU', items, 'lead', 'vi').id).toBe('bdv-tu');
    expect(resolveNamed('ban dan van tinh uy', items, 'lead', 'vi').id).toBe('bdv-tu');
    expect(resolveNamed('thanh tra', items, 'lead', 'vi').id).toBe('thanh-tra');
    expect(() => resolveNamed('thanh-trs', items, 'lead', 'vi')).toThrow('có phải ý bạn là Thanh tra tỉnh (thanh-tra)?');
  });

  it('puts commander\'s own words into Vietnamese', () => {
    expect(errorVi("error: required option '--kind <kind>' not specified")).toBe("lỗi: thiếu tùy chọn bắt buộc '--kind <kind>'");
    expect(errorVi("error: too many arguments for 'explain'. Expected 1 argument but got 2.")).toBe('lỗi: thừa tham số (cần 1, nhận được 2)');
    expect(helpVi.styleUsage('phoihop report [options] [command]')).toBe('phoihop report [tùy chọn] [lệnh]');
    expect(helpVi.styleTitle('Usage:')).toBe('Cách dùng:');
  });
});
