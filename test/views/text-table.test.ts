import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitWidths, renderPlainTable, renderTable, tableLines, type Cell, type LineBudget } from '../../src/views/text-table.js';
import { displayWidth, wrapText } from '../../src/views/text-wrap.js';

const HEADERS = ['Mã', 'Nhiệm vụ', 'Chủ trì', 'Hạn tới', 'Tình trạng'];
const TITLE = 'Phối hợp tổ chức hội nghị quán triệt, tuyên truyền chủ trương của Đảng, pháp luật của Nhà nước về công tác dân vận';
const rows: Cell[][] = [
  [{ content: 'ND1. Quán triệt, tuyên truyền chủ trương của Đảng, pháp luật của Nhà nước về công tác dân vận', colSpan: 5 }],
  ['NV01', TITLE, 'Ban Dân vận Tỉnh ủy', '31/03/2020', 'quá hạn (3 kỳ, 1.234 ngày)'],
  ['NV02', 'Ngắn', 'BDV', '01/01/2021', 'đúng tiến độ'],
];

const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('text tables', () => {
  it.each([120, 80, 60, 40])('fit %i columns, borders included', (width) => {
    expect(widest(renderTable(HEADERS, rows, [{ column: 1, min: 20 }], width))).toBeLessThanOrEqual(width);
  });

  it('wrap a long title inside its cell, between words, and never cut a date', () => {
    const table = renderTable(HEADERS, rows, [{ column: 1, min: 20 }], 80);
    expect(table).toContain('31/03/2020');
    const titleLines = table.split('\n').filter((l) => l.startsWith('│ NV01') || l.startsWith('│      │')).map((l) => l.split('│')[2]!.trim());
    expect(titleLines.join(' ').replace(/\s+/g, ' ').trim()).toBe(TITLE);
    expect(titleLines.length).toBeGreaterThan(2);
  });

  it('keep every column drawn when a shrink step names a column the table does not have', () => {
    // The overdue list's "due soon" table has no "why" column, but shares the steps that shrink it.
    const table = renderTable(HEADERS, rows, [{ column: 7, min: 10 }, { column: 1, min: 20 }], 60);
    expect(widest(table)).toBeLessThanOrEqual(60);
    expect(table.split('\n')[0]).toMatch(/^┌─+┬─+┬─+┬─+┬─+┐$/);
  });

  it('keep their natural width when the screen is wide enough', () => {
    const table = renderTable(HEADERS, rows.slice(2), [], 200);
    expect(table.split('\n')[3]).toBe('│ NV02 │ Ngắn     │ BDV     │ 01/01/2021 │ đúng tiến độ │');
  });

  it('count their width in letters, not bytes or combining marks', () => {
    expect(displayWidth('Tỉnh ủy')).toBe(7);
    expect(displayWidth('Tỉnh ủy'.normalize('NFD'))).toBe(7);
    expect(displayWidth('\u001b[31mquá hạn\u001b[39m')).toBe(7);
  });

  it('keep a coloured cell coloured on every wrapped line', () => {
    const table = renderTable(['A', 'B'], [['x', '\u001b[31mquá hạn ba kỳ liền\u001b[39m']], [], 16);
    const coloured = table.split('\n').filter((l) => l.includes('\u001b[31m'));
    expect(coloured.length).toBeGreaterThan(1);
    for (const line of coloured) expect(line).toContain('\u001b[39m');
  });

  it('break a path after a slash when it cannot wrap between words', () => {
    expect(wrapText('(dan-van-2017-2021/tasks/NV03.yaml:11)', 24)).toEqual(['(dan-van-2017-2021/', 'tasks/NV03.yaml:11)']);
  });

  it('stop at the line budget and count the data rows left out', () => {
    const many: Cell[][] = Array.from({ length: 50 }, (_, i) => [`NV${i}`, 'Việc', 'BDV', '01/01/2021', 'xong']);
    const budget: LineBudget = { left: 20, hidden: 0 };
    const table = renderTable(HEADERS, many, [], 80, budget);
    expect(table.split('\n').length).toBeLessThanOrEqual(20);
    const shown = table.split('\n').filter((l) => l.startsWith('│ NV')).length;
    expect(shown).toBeGreaterThan(5);
    expect(budget.hidden).toBe(50 - shown);
  });

  it('draw a cell spanning more columns than are left across the rest of the row', () => {
    const table = renderTable(['A', 'B', 'C'], [['x', { content: 'nhóm cuối', colSpan: 5 }], ['x', 'y', 'z']], [], 80);
    const lines = table.split('\n');
    expect(lines[3]).toMatch(/^│ x +│ nhóm +│$/);
    expect(lines[4]).toMatch(/^│ +│ cuối +│$/);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });

  it('drawn a row at a time with a budget, drop a group heading left alone at the bottom as a table held whole does', () => {
    const group: Cell[][] = [['NV1', 'Việc'], [{ content: 'ND2. Nhóm sau', colSpan: 2 }], ['NV2', 'Việc khác']];
    // The headers take 3 lines, a row 2: the first row and the heading fit in 8, the second row does not.
    const whole: LineBudget = { left: 8, hidden: 0 };
    const parts: LineBudget = { left: 8, hidden: 0 };
    const table = renderTable(['Mã', 'Nhiệm vụ'], group, [], 40, whole);
    expect(table).not.toContain('ND2');
    expect([...tableLines(['Mã', 'Nhiệm vụ'], () => group, [], 40, parts)].filter(Boolean).join('\n')).toBe(table);
    expect(parts).toEqual(whole);
    expect(whole.hidden).toBe(1);
  });

  it('widths are computed once from all rows: a late long cell widens its column', () => {
    const widths = fitWidths(['A'], [['x'], ['y'], ['a much longer cell']], 200, []);
    expect(widths).toEqual([20]);
  });

  it('plain tables for pasted text fit too', () => {
    const text = renderPlainTable(['Kỳ', 'Báo cáo', 'Kết luận'], [['quý II/2017', 'hoàn thành 23/06/2017 (dan-van-2017-2021/tasks/NV03.yaml:11)', 'quá hạn 86 ngày (không có báo cáo)']], 50);
    expect(widest(text)).toBeLessThanOrEqual(50);
    expect(text).toContain('23/06/2017');
  });
});

describe('display width', () => {
  // By code point: combining marks take no column, East Asian wide characters and emoji two.
  const byCodePoint = (text: string) => [...text.replace(/\u001b\[[0-9;]*m/g, '')].reduce((w, ch) => {
    const c = ch.codePointAt(0)!;
    if (c >= 0x300 && c <= 0x36f) return w;
    const wide = c >= 0x1100 && ((c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60) || (c >= 0x1f300 && c <= 0x1faff));
    return w + (wide ? 2 : 1);
  }, 0);

  it('counts columns by code point, lone surrogates as one', () => {
    const unit = fc.constantFrom('a', 'ư', 'Đ', '\u0301', '漢', '한', '😀', '\ud83d', '\ude00', '\u001b[31m', ' ', '–');
    fc.assert(fc.property(fc.array(unit, { maxLength: 20 }).map((a) => a.join('')), (text) => {
      expect(displayWidth(text)).toBe(byCodePoint(text));
    }), { numRuns: 3000 });
  });

  it('the first and last character of each wide range take two columns, their neighbours outside one', () => {
    const width = (code: number) => displayWidth(String.fromCodePoint(code));
    expect([0x2e80, 0xa4cf, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xff00, 0xff60, 0x1f300, 0x1faff].map(width)).toEqual(Array(10).fill(2));
    expect([0x2e7f, 0xa4d0, 0xabff, 0xd7a4, 0xf8ff, 0xfb00, 0xff61, 0x1f2ff, 0x1fb00].map(width)).toEqual(Array(9).fill(1));
  });

  it('wraps in one pass exactly as splitting into paragraphs and words does', () => {
    // The plain way: paragraphs, then words between runs of spaces, each measured on its own.
    const byWords = (text: string, width: number): string[] =>
      text.split('\n').flatMap((paragraph) => {
        if (displayWidth(paragraph) <= width) return [paragraph];
        const lines: string[] = [];
        let line = '';
        for (const word of paragraph.split(/ +/).filter(Boolean)) {
          const joined = line ? `${line} ${word}` : word;
          if (displayWidth(joined) <= width) line = joined;
          else {
            if (line) lines.push(line);
            line = displayWidth(word) <= width ? word : (wrapText(word, width).pop() ?? '');
            if (displayWidth(word) > width) lines.push(...wrapText(word, width).slice(0, -1));
          }
        }
        return [...lines, line];
      });
    const unit = fc.constantFrom('a', 'ư', 'Đ', '\u0301', '漢', '😀', '\u001b[31m', '\u001b[0m', '\u001b[', '\u001b', ' ', '  ', '\n', 'bb/', '–');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((a) => a.join('')), fc.integer({ min: 1, max: 12 }), (text, width) => {
        expect(wrapText(text, width)).toEqual(byWords(text, width));
      }),
      { numRuns: 5000, seed: 3 },
    );
  });

  it('draws a table held whole as it draws one a row at a time (cells measured once are not measured again)', () => {
    const unit = fc.constantFrom('a', 'ư', 'Đ', '\u0301', '漢', '😀', '\u001b[31m', '\u001b[0m', ' ', '\n', 'bb/', '31/12/2024', 'tuyên truyền');
    const text = fc.array(unit, { maxLength: 12 }).map((a) => a.join(''));
    const row = fc.oneof(fc.array(text, { minLength: 4, maxLength: 4 }) as fc.Arbitrary<Cell[]>, text.map((content): Cell[] => [{ content, colSpan: 4 }]));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.integer({ min: 12, max: 90 }), (table, width) => {
        const headers = ['Mã', 'Nhiệm vụ', 'Hạn', 'Tình trạng'];
        const steps = [{ column: 1, min: 8 }];
        expect(renderTable(headers, table, steps, width)).toBe([...tableLines(headers, () => table, steps, width)].join('\n'));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('wraps by the same widths: no line wider than asked, every word kept in order', () => {
    const word = fc.array(fc.constantFrom('a', 'ư', '漢', '😀', '\u0301'), { minLength: 1, maxLength: 7 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min: 4, max: 20 }), (words, width) => {
        const lines = wrapText(words.join(' '), width);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
      }),
      { numRuns: 2000 },
    );
  });
});
