import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/views/docx.js';
import type { ReportDocument } from '../../src/views/report-document.js';
import { textWidth } from '../../src/views/text-measure.js';
import { docxParts, hasBorder, isBold, isItalic, paragraph, paragraphs, rows, runSize, tables } from '../helpers/docx-xml.js';
import { FINAL, MID_TERM, STATE_REPORT, YEAR_REPORT } from '../helpers/report-documents.js';

type Parts = ReturnType<typeof docxParts>;
const render = async (doc: ReportDocument | ReportDocument[]) => docxParts(await renderDocx(doc));
let party: Parts;
let state: Parts;
let midTerm: Parts;
let final: Parts;

beforeAll(async () => {
  [party, state, midTerm, final] = (await Promise.all([YEAR_REPORT, STATE_REPORT, MID_TERM, FINAL].map((d) => render(d)))) as [Parts, Parts, Parts, Parts];
}, 60_000);

describe('Word, Party form (Hướng dẫn 36-HD/VPTW)', { timeout: 30_000 }, () => {
  it('escapes record text in the XML', async () => {
    const parts = await render({ ...YEAR_REPORT, body: [{ kind: 'paragraph', text: 'A < B & "C"' }] });
    expect(parts.document).toContain('A &lt; B &amp; ');
  });

  it('heads the page with "ĐẢNG CỘNG SẢN VIỆT NAM" in 15 pt bold with a rule under it as long as the words', () => {
    const p = paragraph(party.document, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(runSize(p)).toBe(15);
    expect(isBold(p)).toBe(true);
    expect(hasBorder(p, 'bottom')).toBe(true);
    // The rule runs between the paragraph's indents: within a few points of the heading's width.
    const inset = Number(/<w:ind w:left="(\d+)"/.exec(p.xml)![1]) / 20;
    const cell = Number(/<w:gridCol w:w="\d+"\/><w:gridCol w:w="(\d+)"\/>/.exec(party.document)![1]) / 20 - 11;
    expect(Math.abs(cell - 2 * inset - textWidth('ĐẢNG CỘNG SẢN VIỆT NAM', 15, true))).toBeLessThan(6);
  });

  it('names the issuing bodies as equals, each bold, under their common parent (not bold), then "*"', () => {
    const texts = paragraphs(tables(party.document)[0]!);
    const parent = texts.find((p) => p.text === 'TỈNH ỦY SƠN LA')!;
    expect(isBold(parent)).toBe(false);
    const names = texts.filter((p) => p.text.startsWith('BAN '));
    expect(names.map((p) => p.text.replace(/\n/g, ' '))).toEqual(['BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH', 'BAN DÂN VẬN']);
    for (const name of names) expect(isBold(name)).toBe(true);
    expect(texts.some((p) => p.text === '*')).toBe(true);
    expect(runSize(parent)).toBe(14);
  });

  it('writes the number without a colon, and the place and date in italics beside it', () => {
    const second = rows(tables(party.document)[0]!)[1]!;
    expect(second.cells).toEqual(['Số 03-BC/BCSĐ-BDVTU', 'Sơn La, ngày 20 tháng 12 năm 2019']);
    expect(isItalic(paragraph(party.document, 'Sơn La, ngày 20 tháng 12 năm 2019'))).toBe(true);
    expect(party.document).not.toContain('Số:');
  });

  it('falls back to blanks for the number only when the document has none, with the bodies\' symbols', () => {
    expect(paragraphs(final.document).some((p) => p.text === 'Số ...-BC/BCSĐ-BDVTU')).toBe(true);
  });

  it('puts "BÁO CÁO" in 16 pt bold on its own line, the subject under it, then a short rule', () => {
    const all = paragraphs(party.document);
    const at = all.findIndex((p) => p.text === 'BÁO CÁO');
    expect(runSize(all[at]!)).toBe(16);
    expect(isBold(all[at]!)).toBe(true);
    const subject = all[at + 1]!;
    expect(subject.text.replace(/\n/g, ' ').replace(/\u00a0/g, ' ')).toBe(YEAR_REPORT.subject);
    expect(isBold(subject)).toBe(true);
    const rule = all[at + 2]!;
    expect(rule.text).toBe('');
    expect(hasBorder(rule, 'top')).toBe(true);
    const inset = Number(/<w:ind w:left="(\d+)"/.exec(rule.xml)![1]);
    expect(inset).toBeGreaterThan(3000); // short: well under half the line
  });

  it('leaves no title word alone on a line where a shorter break fits', () => {
    for (const parts of [party, midTerm, final, state]) {
      const all = paragraphs(parts.document);
      const subject = all[all.findIndex((p) => p.text === 'BÁO CÁO') + 1]!;
      const lines = subject.text.split('\n');
      for (const line of lines) expect(line.split(/ /).length, line).toBeGreaterThan(1);
      if (lines.length > 1) {
        const widths = lines.map((l) => textWidth(l, 14, true));
        expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.6);
      }
    }
  });

  it('keeps "năm 2019" together in the subject', () => {
    const all = paragraphs(party.document);
    const subject = all[all.findIndex((p) => p.text === 'BÁO CÁO') + 1]!;
    expect(subject.text).toContain('năm\u00a02019');
  });

  it('writes level-1 headings in capitals, not by a style', () => {
    expect(paragraphs(party.document).some((p) => p.text === 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO')).toBe(true);
    expect(party.document).not.toContain('w:caps');
  });

  it('signs one column per party, on shared rows so that the blocks line up', () => {
    const signature = tables(party.document).map((t) => rows(t)).find((r) => r[0]?.cells[0] === 'T/M BAN CÁN SỰ ĐẢNG')!;
    expect(signature.map((r) => r.cells)).toEqual([
      ['T/M BAN CÁN SỰ ĐẢNG', 'T/M BAN DÂN VẬN'],
      ['BÍ THƯ', 'TRƯỞNG BAN'],
      ['', ''],
      ['Cầm Ngọc Minh', 'Chá A Của'],
    ]);
  });

  it('lists Nơi nhận from the recipients, "," after each, ending with "- Lưu Văn phòng."; the heading underlined', () => {
    const heading = paragraph(party.document, 'Nơi nhận:');
    expect(heading.xml).toContain('<w:u w:val="single"/>');
    const all = paragraphs(party.document).map((p) => p.text);
    const from = all.indexOf('Nơi nhận:');
    expect(all.slice(from + 1, from + 6)).toEqual([
      '- Ban Dân vận Trung ương (b/c),',
      '- Thường trực Tỉnh ủy (b/c),',
      '- Các sở, ban, ngành tỉnh,',
      '- Ủy ban nhân dân các huyện, thành phố,',
      '- Lưu Văn phòng.',
    ]);
  });

  it('marks a draft "DỰ THẢO" in a box at the top', () => {
    const mark = paragraphs(final.document)[0]!;
    expect(mark.text).toBe('DỰ THẢO');
    expect(hasBorder(mark, 'top') && hasBorder(mark, 'bottom')).toBe(true);
    expect(party.document).not.toContain('DỰ THẢO');
  });
});

describe('Word, state form (Nghị định 30/2020)', () => {
  it('puts the nation on one line and the motto with a rule under it', () => {
    const nation = paragraph(state.document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(runSize(nation)).toBeGreaterThanOrEqual(12);
    expect(runSize(nation)).toBeLessThanOrEqual(13);
    expect(isBold(nation)).toBe(true);
    const motto = paragraph(state.document, 'Độc lập - Tự do - Hạnh phúc');
    expect(hasBorder(motto, 'bottom')).toBe(true);
    expect(isBold(motto)).toBe(true);
  });

  it('puts a short rule, not "*", under the issuing body, broken before its place', () => {
    const cell = paragraphs(tables(state.document)[0]!);
    expect(cell.map((p) => p.text)).not.toContain('*');
    const name = cell.find((p) => p.text.startsWith('ỦY BAN'))!;
    expect(name.text).toBe('ỦY BAN NHÂN DÂN\nTỈNH SƠN LA');
    const next = cell[cell.indexOf(name) + 1]!;
    expect(next.text).toBe('');
    expect(hasBorder(next, 'top')).toBe(true);
  });

  it('writes "Số: 88/BC-UBND" and the date in italics beside it', () => {
    expect(rows(tables(state.document)[0]!)[1]!.cells).toEqual(['Số: 88/BC-UBND', 'Sơn La, ngày 20 tháng 12 năm 2019']);
  });

  it('never says "Như trên" without "Kính gửi"; Nơi nhận in bold italic 12 pt, lines 11 pt ending ";" and "."', () => {
    expect(state.document).not.toContain('Như trên');
    const heading = paragraph(state.document, 'Nơi nhận:');
    expect(isBold(heading) && isItalic(heading)).toBe(true);
    expect(runSize(heading)).toBe(12);
    const lines = paragraphs(state.document).filter((p) => p.text.startsWith('- ') && /[;.]$/.test(p.text) && runSize(p) === 11).map((p) => p.text);
    expect(lines).toEqual(['- Thường trực Tỉnh ủy (b/c);', '- Ban Dân vận Tỉnh ủy;', '- Lưu: VT, NC.']);
  });

  it('keeps "Như trên" when the report has addressees', async () => {
    const parts = await render({ ...STATE_REPORT, addressees: ['Ban Dân vận Tỉnh ủy'] });
    expect(paragraphs(parts.document).some((p) => p.text === '- Như trên;')).toBe(true);
    expect(paragraphs(parts.document).some((p) => p.text === 'Kính gửi: Ban Dân vận Tỉnh ủy')).toBe(true);
    const en = await render({ ...STATE_REPORT, lang: 'en', addressees: ['Provincial Mass Mobilisation Board', 'Department of Home Affairs'] });
    expect(paragraphs(en.document).some((p) => p.text === 'To: Provincial Mass Mobilisation Board; Department of Home Affairs')).toBe(true);
  });

  it('signs "TM. ỦY BAN NHÂN DÂN" beside Nơi nhận', () => {
    const closing = tables(state.document).map((t) => rows(t)).find((r) => r[0]?.cells[1]?.startsWith('TM.'))!;
    expect(closing[0]!.cells[1]).toBe('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\n\n\nHoàng Quốc Khánh');
    expect(closing[0]!.cells[0]).toMatch(/^Nơi nhận:/);
  });
});

describe('Word, both forms', () => {
  it('numbers pages from page 2, centred in the top margin, with a PAGE field', () => {
    for (const parts of [party, state]) {
      expect(parts.document).toMatch(/<w:sectPr>[\s\S]*<w:titlePg\/>/);
      expect(parts.document).toContain('<w:headerReference w:type="first"');
      const numbered = parts.headers.filter((h) => h.includes('PAGE'));
      expect(numbered).toHaveLength(1);
      expect(numbered[0]).toContain('<w:jc w:val="center"/>');
      expect(numbered[0]).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(parts.headers.some((h) => !h.includes('PAGE') && !/<w:t[ >]/.test(h))).toBe(true);
    }
  });

  it('sets the document language to vi-VN, so Word spell-checks the text as Vietnamese', () => {
    expect(party.styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="vi-VN"\/>[\s\S]*<\/w:docDefaults>/);
  });

  it('is A4 portrait with margins 20/20/30/15 mm and Times New Roman 14 pt body', () => {
    expect(party.document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(party.document).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
    expect(party.styles).toContain('w:ascii="Times New Roman"');
    const body = paragraphs(party.document).find((p) => p.text.startsWith('Ngay từ đầu năm'))!;
    expect(runSize(body)).toBe(14);
    expect(body.xml).toContain('<w:jc w:val="both"/>');
    expect(body.xml).toMatch(/<w:ind w:firstLine="720"\/>/);
  });

  it('gives term tables content-sized columns and a header row repeated on each page', () => {
    const term = tables(midTerm.document).find((t) => t.includes('Nhiệm vụ</w:t>'))!;
    const widths = [...term.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(6);
    expect(Math.max(...widths)).toBe(widths[1]); // task titles: the widest
    expect(Math.min(...widths)).toBe(widths[0]); // the row number: the narrowest
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9355);
    const [head, ...body] = rows(term);
    expect(head!.xml).toContain('<w:tblHeader/>');
    for (const row of body) expect(row.xml).not.toContain('<w:tblHeader/>');
    expect(body.every((r) => r.xml.includes('<w:cantSplit/>'))).toBe(true);
    expect(term).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('puts several reports in one file as sections, each numbering its own pages', async () => {
    const parts = await render([YEAR_REPORT, STATE_REPORT]);
    expect(parts.document.match(/<w:sectPr>/g)).toHaveLength(2);
    expect(parts.document.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(2);
  });
});

describe('Word, the drafter\'s notes', () => {
  it('hang on the title as a Word comment, never in the body', async () => {
    const data = await renderDocx(FINAL);
    const { readZip } = await import('../helpers/zip.js');
    const comments = readZip(Buffer.from(data)).get('word/comments.xml')!.toString('utf8');
    expect(comments).toContain('Đánh giá năm 2021 còn là dự thảo.');
    expect(comments).toContain('Tổng kết chưa có số văn bản');
    expect(final.document).toMatch(/<w:commentRangeStart w:id="0"\/>[\s\S]*>BÁO CÁO<\/w:t>[\s\S]*<w:commentRangeEnd w:id="0"\/>/);
    expect(paragraphs(final.document).map((p) => p.text).join('\n')).not.toContain('còn là dự thảo');
    expect(party.document).not.toContain('commentRangeStart');
  });
});
