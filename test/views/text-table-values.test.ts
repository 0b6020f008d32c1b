import { describe, expect, it } from 'vitest';
import { measureRows, renderPlainTable, renderTable, tableLines, type Cell, type LineBudget } from '../../src/views/text-table.js';
import { displayWidth, wrapText } from '../../src/views/text-wrap.js';

// Tables drawn whole and compared line by line: what an officer sees at a given width, not only
// that it fits (issue 19: the sizes, ties and edges the looser tests let through).
const lines = (...rows: string[]) => rows.join('\n');

describe('a boxed table, value by value', () => {
  it('draws the cells a short row lacks as blank', () => {
    expect(renderTable(['A', 'B', 'C'], [['x']], [], 80)).toBe(lines('┌───┬───┬───┐', '│ A │ B │ C │', '├───┼───┼───┤', '│ x │   │   │', '└───┴───┴───┘'));
  });

  it('keeps a table narrower than the screen at its natural widths, whatever its shrink steps', () => {
    expect(renderTable(['A', 'B'], [['short', 'x']], [{ column: 0, min: 3 }], 80)).toBe(lines('┌───────┬───┐', '│ A     │ B │', '├───────┼───┤', '│ short │ x │', '└───────┴───┘'));
  });

  it('takes a column from the leftmost of two equally wide columns', () => {
    expect(renderTable(['A', 'B'], [['aaaa bbbb', 'cccc dddd']], [], 24)).toBe(
      lines('┌──────────┬───────────┐', '│ A        │ B         │', '├──────────┼───────────┤', '│ aaaa     │ cccc dddd │', '│ bbbb     │           │', '└──────────┴───────────┘'),
    );
  });

  it('wraps a column between words before it breaks a word of a wider column', () => {
    expect(renderTable(['A', 'B'], [['abcdefghijkl', 'ab cd ef']], [], 25)).toBe(
      lines('┌──────────────┬────────┐', '│ A            │ B      │', '├──────────────┼────────┤', '│ abcdefghijkl │ ab cd  │', '│              │ ef     │', '└──────────────┴────────┘'),
    );
  });

  it('on a very narrow screen breaks words but keeps three letters a column', () => {
    expect(renderTable(['abcdefgh', 'ijklmnop', 'qrstuvwx'], [], [], 10)).toBe(
      lines('┌─────┬─────┬─────┐', '│ abc │ ijk │ qrs │', '│ def │ lmn │ tuv │', '│ gh  │ op  │ wx  │', '└─────┴─────┴─────┘'),
    );
  });

  it('lets a span cover only the columns it names, and no more columns than the table has', () => {
    const rows: Cell[][] = [[{ content: 'span two', colSpan: 2 }, 'z'], [{ content: 'all of it', colSpan: 9 }], ['a', 'b', 'c']];
    expect(renderTable(['A', 'B', 'C'], rows, [], 80)).toBe(
      lines('┌───┬───┬───┐', '│ A │ B │ C │', '├───┼───┼───┤', '│ span  │ z │', '│ two   │   │', '├───┼───┼───┤', '│ all of it │', '├───┼───┼───┤', '│ a │ b │ c │', '└───┴───┴───┘'),
    );
  });

  it('sizes a coloured cell by its letters and keeps its colour codes', () => {
    expect(renderTable(['A', 'B'], [['\u001b[31mabcdef\u001b[39m', 'x']], [], 80)).toBe(lines('┌────────┬───┐', '│ A      │ B │', '├────────┼───┤', '│ \u001b[31mabcdef\u001b[39m │ x │', '└────────┴───┘'));
  });

  it('drops the colour of a cell coloured only in part rather than cut a code in two', () => {
    expect(renderTable(['A'], [['ab \u001b[1mcd\u001b[22m']], [], 80)).toBe(lines('┌───────┐', '│ A     │', '├───────┤', '│ ab cd │', '└───────┘'));
  });

  it('pads a cell wider than 256 columns as fully as a narrow one', () => {
    const table = renderTable(['A'], [['x'.repeat(300)], ['y']], [], 400);
    expect(new Set(table.split('\n').map(displayWidth))).toEqual(new Set([304]));
  });
});

describe('a table cut to the lines left on screen', () => {
  it('stops at the first row that does not fit, even when a later one would', () => {
    const budget: LineBudget = { left: 8, hidden: 0 };
    expect(renderTable(['A'], [['x'], ['a\nb\nc'], ['d']], [], 80, budget)).toBe(lines('┌───┐', '│ A │', '├───┤', '│ x │', '└───┘'));
    expect(budget).toEqual({ left: 3, hidden: 2 });
  });

  it('draws nothing when not even the first row fits, its lines given back and its rows counted', () => {
    const budget: LineBudget = { left: 6, hidden: 0 };
    expect(renderTable(['A'], [['a\nb\nc'], ['d']], [], 80, budget)).toBe('');
    expect(budget).toEqual({ left: 6, hidden: 2 });
  });

  it('draws a row that fits exactly', () => {
    const budget: LineBudget = { left: 7, hidden: 0 };
    expect(renderTable(['A'], [['a\nb\nc'], ['d']], [], 80, budget)).toBe(lines('┌───┐', '│ A │', '├───┤', '│ a │', '│ b │', '│ c │', '└───┘'));
    expect(budget).toEqual({ left: 0, hidden: 1 });
  });

  it('counts the rows left out, not the group headings among them', () => {
    const heading: Cell = { content: 'G', colSpan: 1 };
    const budget: LineBudget = { left: 5, hidden: 0 };
    expect(renderTable(['A'], [['a'], [heading], ['b'], [heading], ['c']], [], 80, budget)).toBe(lines('┌───┐', '│ A │', '├───┤', '│ a │', '└───┘'));
    expect(budget.hidden).toBe(2);
  });
});

describe('a table drawn a row at a time', () => {
  it('hands over the headers, each row with its rule, then the bottom rule', () => {
    expect([...tableLines(['A'], () => [['a'], ['b']], [], 80)]).toEqual(['┌───┐\n│ A │', '├───┤\n│ a │', '├───┤\n│ b │', '└───┘']);
  });
});

describe('a plain table for pasted text', () => {
  it('puts two spaces between columns, dashes under the headers, and wraps the widest column to fit', () => {
    const text = renderPlainTable(['Kỳ', 'Báo cáo'], [['quý II/2017', 'hoàn thành đúng hạn, có báo cáo kèm theo'], ['năm 2018', 'xong']], 30);
    expect(text).toBe(lines('Kỳ           Báo cáo', '-----------  -----------------', 'quý II/2017  hoàn thành đúng', '             hạn, có báo cáo', '             kèm theo', 'năm 2018     xong'));
  });
});

describe('measuring and wrapping, at the edges', () => {
  it('measures a column by its widest line and its widest word, wherever they come', () => {
    expect(measureRows([['abcdef g']])).toEqual({ line: [8], word: [6] });
    expect(measureRows([['abcd\nab']])).toEqual({ line: [4], word: [4] });
    expect(measureRows([['abcd\nab\nx']])).toEqual({ line: [4], word: [4] });
    expect(measureRows([['abc de']])).toEqual({ line: [6], word: [3] });
    expect(measureRows([['abcdef'], ['ab']])).toEqual({ line: [6], word: [6] });
    expect(measureRows([['\uffffab']])).toEqual({ line: [3], word: [3] });
  });

  it('breaks a path after the slash that lets the most fit', () => {
    expect(wrapText('ab/cd/ef', 5)).toEqual(['ab/', 'cd/ef']);
  });

  it('breaks a hyphenated id after the hyphen that lets the most fit, as it does a path', () => {
    expect(wrapText('dan-van-2017-2021', 9)).toEqual(['dan-van-', '2017-2021']);
    expect(wrapText('chuong-trinh-7', 8)).toEqual(['chuong-', 'trinh-7']);
    expect(wrapText('01-CTr/BCSĐ-BDVTU', 12)).toEqual(['01-CTr/BCSĐ-', 'BDVTU']);
  });

  it('measures a hyphenated id by its widest piece, so a column may shrink to it', () => {
    expect(measureRows([['chuong-trinh-7']])).toEqual({ line: [14], word: [7] });
    expect(measureRows([['a-b cd-e']])).toEqual({ line: [8], word: [3] });
    expect(measureRows([['2017–2021']])).toEqual({ line: [9], word: [9] });
  });

  it('gives a narrow column an id broken after a hyphen before it breaks a word of another column', () => {
    expect(renderTable(['Id', 'Text'], [['chuong-trinh-7', 'abcdefghij']], [{ column: 0, min: 10 }], 25)).toBe(
      lines('┌──────────┬────────────┐', '│ Id       │ Text       │', '├──────────┼────────────┤', '│ chuong-  │ abcdefghij │', '│ trinh-7  │            │', '└──────────┴────────────┘'),
    );
  });

  it('breaks a word without slashes into pieces as wide as the line', () => {
    expect(wrapText('abcdefgh', 3)).toEqual(['abc', 'def', 'gh']);
  });

  it('gives combining marks no column and the letters around their block one', () => {
    expect(displayWidth('a\u0300')).toBe(1);
    expect(displayWidth('a\u036f')).toBe(1);
    expect(displayWidth('\u02ff')).toBe(1);
    expect(displayWidth('\u0370')).toBe(1);
    expect(displayWidth('\uffffa')).toBe(2);
  });

  it('counts only real colour codes (ESC [ digits and semicolons m) as taking no column', () => {
    expect(displayWidth('\u001b[31mab\u001b[39m')).toBe(2);
    expect(displayWidth('\u001b[1;31mab\u001b[0m')).toBe(2);
    expect(displayWidth('a\u001b[0m')).toBe(1);
    expect(displayWidth('a[1m')).toBe(4);
    expect(displayWidth('\u001bAm')).toBe(3);
    expect(displayWidth('\u001b[xm')).toBe(4);
  });
});
