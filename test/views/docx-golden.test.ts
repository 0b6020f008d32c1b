import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/views/docx.js';
import type { ReportDocument } from '../../src/views/report-document.js';
import { docxParts } from '../helpers/docx-xml.js';
import { FINAL, MID_TERM, STATE_REPORT, YEAR_REPORT } from '../helpers/report-documents.js';

// Issue 19: the Word file whole, as reviewed files (test/views/docx/*.xml): every paragraph's
// spacing, indents, borders, alignment and keep-with-next, every run's font, size, bold and
// italics, every table's widths and borders, the page header. A change of layout, meant or not,
// fails here and shows in review as a change of the file; accept one with `vitest -u`.
// One paragraph, row or table edge a line, so a change reads as a changed line.
const lines = (xml: string) =>
  xml
    .replace(/(<w:(?:p|tbl|tr|tc|sectPr|hdr|body)[ >])/g, '\n$1')
    .replace(/(<\/w:(?:tbl|tr|tc|body)>)/g, '\n$1')
    .replace(/\n+/g, '\n')
    .trim() + '\n';

// Every kind of block in one body: the title and subtitle a listing opens with, a mark, a date
// line, three levels of heading, bullets and a paragraph of two lines.
const blocks: ReportDocument = {
  ...STATE_REPORT,
  body: [
    { kind: 'title', text: 'Danh sách việc quá hạn' },
    { kind: 'subtitle', text: 'Tính đến ngày 20/12/2021' },
    { kind: 'mark', text: 'Số liệu do phoihop tổng hợp' },
    { kind: 'dateLine', text: 'Sơn La, ngày 20 tháng 12 năm 2021' },
    { kind: 'heading', level: 1, text: 'I. Kết quả' },
    { kind: 'heading', level: 2, text: '1. Nhiệm vụ' },
    { kind: 'heading', level: 3, text: 'a) Chi tiết' },
    { kind: 'bullets', items: ['NV03: quá hạn 86 ngày', 'NV14: quá hạn 5 ngày'] },
    { kind: 'paragraph', text: 'Dòng thứ nhất.\nDòng thứ hai.' },
    { kind: 'table', headers: ['Mã', 'Nhiệm vụ'], rows: [['NV03', 'Tiếp công dân'], ['NV14', 'Tổng kết']] },
  ],
};
const english: ReportDocument = { ...STATE_REPORT, lang: 'en', recipients: ['As above', 'Standing Committee (for report)', 'Archived: VT, NC'] };
const CASES: [string, ReportDocument][] = [
  ['year-report-party', YEAR_REPORT],
  ['mid-term-party', MID_TERM],
  ['final-party-draft', FINAL],
  ['year-report-state', STATE_REPORT],
  ['year-report-state-en', english],
  ['every-block', blocks],
];

// The three heading styles and the document's defaults (font, size, language), from styles.xml.
const styleParts = (styles: string) => [...styles.matchAll(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>|<w:style [^>]*w:styleId="Heading[123]"[\s\S]*?<\/w:style>/g)].map((m) => m[0]).join('\n') + '\n';

describe('the Word file, whole', () => {
  for (const [name, doc] of CASES) {
    it(`${name}: document and page header as reviewed`, async () => {
      const { document, headers, styles } = docxParts(await renderDocx(doc));
      await expect([lines(document), ...headers.map(lines), styleParts(styles)].join('\n')).toMatchFileSnapshot(`docx/${name}.xml`);
    });
  }

  it('two reports in one file: the second starts on a new page, both whole', async () => {
    const { document } = docxParts(await renderDocx([STATE_REPORT, YEAR_REPORT]));
    await expect(lines(document)).toMatchFileSnapshot('docx/two-reports.xml');
  });
});
