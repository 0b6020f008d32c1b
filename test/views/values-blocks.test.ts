import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderText, type Block } from '../../src/views/report-doc.js';

// Every kind of block as text to paste and as Markdown, whole (src/views/report-doc.ts): the
// outputs `explain`, `summary --term` and the reports share.
const BLOCKS: Block[] = [
  { kind: 'title', text: 'Báo cáo tổng kết' },
  { kind: 'subtitle', text: 'Chương trình phối hợp' },
  { kind: 'mark', text: 'DỰ THẢO' },
  { kind: 'dateLine', text: 'Sơn La, ngày 05 tháng 02 năm 2021' },
  { kind: 'heading', level: 1, text: 'Kết quả' },
  { kind: 'heading', level: 3, text: 'Năm 2020' },
  { kind: 'paragraph', text: 'Hoàn thành 12/14 nhiệm vụ (85,7%).' },
  { kind: 'bullets', items: ['Một', 'Hai *đậm*'] },
  { kind: 'table', headers: ['Năm', 'Nhiệm vụ có kết quả'], rows: [['2019', '12/13'], ['2020', '9/14']] },
];

describe('report blocks, every kind', () => {
  it('as text to paste: the title in capitals, a table with columns as wide as their widest cell, blocks a blank line apart', () => {
    expect(renderText(BLOCKS)).toBe(
      [
        'BÁO CÁO TỔNG KẾT',
        'Chương trình phối hợp',
        'DỰ THẢO',
        'Sơn La, ngày 05 tháng 02 năm 2021',
        'Kết quả',
        'Năm 2020',
        'Hoàn thành 12/14 nhiệm vụ (85,7%).',
        '- Một\n- Hai *đậm*',
        'Năm   Nhiệm vụ có kết quả\n----  -------------------\n2019  12/13\n2020  9/14',
      ].join('\n\n') + '\n',
    );
  });

  it('as text fitted to 16 columns, the table wraps its widest column and no line is longer', () => {
    const table: Block[] = [{ kind: 'table', headers: ['Năm', 'Nhiệm vụ có kết quả'], rows: [['2019', '12/13']] }];
    expect(renderText(table, 16)).toBe('Năm   Nhiệm vụ\n      có kết quả\n----  ----------\n2019  12/13\n');
  });

  it('as Markdown: a level-1 title in capitals, bold subtitle and mark, the date line in italics, headings one level down, escaped text', () => {
    expect(renderMarkdown(BLOCKS)).toBe(
      [
        '# BÁO CÁO TỔNG KẾT',
        '**Chương trình phối hợp**',
        '**DỰ THẢO**',
        '*Sơn La, ngày 05 tháng 02 năm 2021*',
        '## Kết quả',
        '#### Năm 2020',
        'Hoàn thành 12/14 nhiệm vụ (85,7%).',
        '- Một\n- Hai \\*đậm\\*',
        '| Năm | Nhiệm vụ có kết quả |\n| --- | --- |\n| 2019 | 12/13 |\n| 2020 | 9/14 |',
      ].join('\n\n') + '\n',
    );
  });
});
