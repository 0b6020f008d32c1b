import { describe, expect, it } from 'vitest';
import { renderDocx, ruleUnderSubject } from '../../src/views/docx.js';
import { docxParts, paragraphs, rows, tables } from '../helpers/docx-xml.js';
import { FINAL, STATE_REPORT } from '../helpers/report-documents.js';

// The Word file's frame by value, each file built inside its test (so per-test coverage sees it):
// the header table's widths in twips, its rows and cells, no borders; the rules' and body's indents.
const widthsOf = (table: string) => ({
  table: Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(table)?.[1]),
  grid: [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
  cells: [...table.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
});
const indents = (xml: string) => [...xml.matchAll(/<w:ind ([^>]*)\/>/g)].map((m) => m[1]);

describe('the Word file\'s frame, by value', () => {
  it('the header table spans the text width (9354 twips): its two columns are 4501 and 4853 twips, two rows of two cells, fixed layout', async () => {
    const { document } = docxParts(await renderDocx(FINAL));
    const header = tables(document)[0]!;
    expect(widthsOf(header)).toEqual({ table: 9354, grid: [4501, 4853], cells: [4501, 4853, 4501, 4853] });
    expect(header).toContain('<w:tblLayout w:type="fixed"/>');
    expect(rows(header).map((r) => r.cells.length)).toEqual([2, 2]);
  });

  it('draws no borders round the header and signature tables, but does round the data table', async () => {
    const { document } = docxParts(await renderDocx(FINAL));
    const [header, data, signature] = tables(document);
    const none = (side: string) => `<w:${side} w:val="none" w:color="auto" w:sz="0"/>`;
    const single = (side: string) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`;
    for (const t of [header!, signature!]) {
      expect(t).toContain(`<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(none).join('')}</w:tblBorders>`);
      const cellBorders = [...t.matchAll(/<w:tcBorders>[\s\S]*?<\/w:tcBorders>/g)].map((m) => m[0]);
      expect(cellBorders.length).toBe(t.split('<w:tc>').length - 1);
      for (const b of cellBorders) expect(b).toBe(`<w:tcBorders>${['top', 'left', 'bottom', 'right'].map(none).join('')}</w:tcBorders>`);
    }
    expect(data).toContain(`<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(single).join('')}</w:tblBorders>`);
    expect(data).not.toContain('w:val="none"');
  });

  it('the data table spans the text width, its columns in proportion adding up to it; the signature table halves it (4677 + 4677)', async () => {
    const { document } = docxParts(await renderDocx(FINAL));
    const [, data, signature] = tables(document);
    const d = widthsOf(data!);
    expect(d.table).toBe(9354);
    expect(d.grid).toEqual([560, 2948, 956, 1011, 923, 923, 923, 1110]);
    expect(d.grid.reduce((a, b) => a + b, 0)).toBe(9354);
    expect(widthsOf(signature!).grid).toEqual([4677, 4677]);
  });

  it('indents: the draft mark pushed right (7868), the issuer\'s rule and the motto\'s rule centred by equal insets (210, 4117), the body\'s first line 1.27 cm (720)', async () => {
    const { document } = docxParts(await renderDocx(FINAL));
    expect(indents(document).slice(0, 4)).toEqual(['w:left="7868"', 'w:left="210" w:right="210"', 'w:left="4117" w:right="4117"', 'w:firstLine="720"']);
    const body = paragraphs(document).filter((p) => p.xml.includes('w:firstLine="720"'));
    expect(body.length).toBeGreaterThan(3);
    for (const p of body) expect(p.xml).toContain('<w:jc w:val="both"/>');
  });
});

describe('the Word file\'s spacing and rules, by value', () => {
  it('draws the rule under the subject 56 pt long in the Party form, in the state form two fifths of the subject, at most 130 pt', () => {
    expect(ruleUnderSubject('party', 400)).toBe(56);
    expect(ruleUnderSubject('state', 200)).toBe(80);
    expect(ruleUnderSubject('state', 400)).toBe(130);
  });

  it('sets "Nơi nhận:" 6 pt below what comes before it, in both forms', async () => {
    for (const doc of [FINAL, STATE_REPORT]) {
      const heading = paragraphs(docxParts(await renderDocx(doc)).document).find((p) => p.text === 'Nơi nhận:');
      expect(heading?.xml).toMatch(/<w:spacing w:before="120"\/>/);
    }
  });
});
