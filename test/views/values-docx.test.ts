import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/views/docx.js';
import type { ReportDocument } from '../../src/views/report-document.js';
import { docxParts, paragraphs, runSize } from '../helpers/docx-xml.js';
import { FINAL, STATE_REPORT } from '../helpers/report-documents.js';
import { readZip } from '../helpers/zip.js';

// The Word file through its document model: metadata, page setup in twips, the drafter's notes as a
// comment, page numbers, and every paragraph's text with its size in points.
const FINAL_SMALL: ReportDocument = { ...FINAL, body: [{ kind: 'paragraph', text: 'Mở đầu.' }] };
const STATE_EN: ReportDocument = {
  ...STATE_REPORT,
  lang: 'en',
  body: [
    { kind: 'heading', level: 1, text: 'I. Kết quả' },
    { kind: 'paragraph', text: 'Hoàn thành 3/4 nhiệm vụ (75%).' },
    { kind: 'bullets', items: ['Một'] },
  ],
};

const part = async (doc: ReportDocument, name: string) => readZip(Buffer.from(await renderDocx(doc))).get(name)?.toString('utf8') ?? '';

describe('the Word file', () => {
  it('names phoihop as its creator and the first report\'s subject as its title', async () => {
    const core = await part(FINAL_SMALL, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${FINAL.subject}</dc:title>`);
    expect(core).toContain('<dc:creator>phoihop</dc:creator>');
    expect(await part(STATE_EN, 'docProps/core.xml')).toContain('<dc:title>Kết quả thực hiện công tác dân vận chính quyền năm 2019</dc:title>');
  });

  it('is A4 portrait with the ND30 margins in twips (top and bottom 20 mm, left 30 mm, right 15 mm; header 10 mm), numbering from 1, a different first page', async () => {
    const document = await part(FINAL_SMALL, 'word/document.xml');
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="708" w:gutter="0"/><w:pgNumType w:start="1"/><w:titlePg/>');
  });

  it('numbers pages centred in 14 pt Times New Roman, and not on the first page', async () => {
    const { headers } = docxParts(await renderDocx(FINAL_SMALL));
    const numbered = headers.filter((h) => h.includes('<w:instrText xml:space="preserve">PAGE</w:instrText>'));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:jc w:val="center"/>');
    expect(numbered[0]).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>');
    expect(headers.filter((h) => h.endsWith('<w:p/></w:hdr>'))).toHaveLength(1);
  });

  it('keeps the drafter\'s notes in one comment by phoihop (PH), a paragraph each', async () => {
    const comments = await part(FINAL_SMALL, 'word/comments.xml');
    expect(comments).toMatch(/<w:comment w:id="0" w:initials="PH" w:author="phoihop" w:date="[^"]+"><w:p><w:r><w:t xml:space="preserve">Tổng kết chưa có số văn bản \(reviews\[\]\.document\): văn thư điền khi phát hành\.<\/w:t><\/w:r><\/w:p><w:p><w:r><w:t xml:space="preserve">Đánh giá năm 2021 còn là dự thảo\.<\/w:t><\/w:r><\/w:p><\/w:comment><\/w:comments>$/);
    expect(await part(STATE_EN, 'word/comments.xml')).toMatch(/<w:comment w:id="0" w:initials="PH" w:author="phoihop" w:date="[^"]+"><w:p><w:r><w:t xml:space="preserve">Left &quot;As above&quot; out of the recipients: the report has no addressee\.<\/w:t><\/w:r><\/w:p><\/w:comment><\/w:comments>$/);
  });

  it('sets the language (vi-VN, en-GB) and 14 pt Times New Roman by default, with black 14 pt bold headings', async () => {
    const vi = docxParts(await renderDocx(FINAL_SMALL)).styles;
    expect(vi).toContain('<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>');
    const en = docxParts(await renderDocx(STATE_EN)).styles;
    for (const level of [1, 2, 3]) {
      expect(en).toContain(`<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="Heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/><w:b/><w:bCs/><w:color w:val="000000"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="en-GB"/></w:rPr></w:style>`);
    }
  });

  it('state form in English: each paragraph\'s words and size, from the header to the signature', async () => {
    const { document } = docxParts(await renderDocx(STATE_EN));
    expect(paragraphs(document).map((p) => [p.text, runSize(p)])).toEqual([
      ['ỦY BAN NHÂN DÂN TỈNH SƠN LA', 12.5],
      ['', 2],
      ['SOCIALIST REPUBLIC OF VIETNAM', 12],
      ['Independence - Freedom - Happiness', 13],
      ['No. 88/BC-UBND', 13],
      ['Sơn La, 20 December 2019', 14],
      ['BÁO CÁO', 14],
      // The year is kept with the word before it by a no-break space.
      ['Kết quả thực hiện công tác dân vận chính quyền năm\u00a02019', 14],
      ['', 2],
      ['I. KẾT QUẢ', 14],
      ['Hoàn thành 3/4 nhiệm vụ (75%).', 14],
      ['- Một', 14],
      ['', NaN],
      ['Recipients:', 12],
      ['- Thường trực Tỉnh ủy (b/c);', 11],
      ['- Ban Dân vận Tỉnh ủy;', 11],
      ['- Lưu: VT, NC.', 11],
      ['ON BEHALF OF ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\n\n\nHoàng Quốc Khánh', 14],
    ]);
  });
});
