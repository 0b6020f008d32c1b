import { xmlChars } from '../formatters/escape.js';
import type { Block } from './report-doc.js';

/** The parts of an administrative document around its body (Nghị định 30/2020, Hướng dẫn 36-HD/VPTW). */
export interface OfficialFrame {
  /** Issuing bodies, upper-cased in the header block (one line each). */
  issuers: string[];
  /** The national heading (state bodies) or the Party's (party bodies). */
  heading: 'state' | 'party';
  /** "Sơn La, ngày 20 tháng 12 năm 2018", italic, under the heading. */
  dateLine: string;
  /** One signature block per signing body. */
  signers: string[];
  lang: 'vi' | 'en';
}

const MM = 56.7; // twips per millimetre
export const PAGE = { width: 11906, height: 16838, top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
const BODY_SIZE = 28; // half-points: 14 pt
const FONT = 'Times New Roman';

const WORDS = {
  vi: { number: 'Số: .../BC-...', state: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], party: ['ĐẢNG CỘNG SẢN VIỆT NAM'], recipients: 'Nơi nhận:', recipientLines: ['- Như trên;', '- Lưu: VT.'], on: 'TM.', sign: '(Ký, ghi rõ họ tên, đóng dấu)' },
  en: { number: 'No.: .../BC-...', state: ['SOCIALIST REPUBLIC OF VIETNAM', 'Independence - Freedom - Happiness'], party: ['COMMUNIST PARTY OF VIETNAM'], recipients: 'Recipients:', recipientLines: ['- As above;', '- Archived.'], on: 'For', sign: '(Signature, full name, seal)' },
};

/** A Word document with the official presentation: A4 portrait, ND30 margins, Times New Roman 14 pt. */
export async function renderDocx(blocks: readonly Block[], frame: OfficialFrame): Promise<Uint8Array> {
  const d = await import('docx');
  const w = WORDS[frame.lang];
  const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; allCaps?: boolean } = {}) => new d.TextRun({ text: xmlChars(text), font: FONT, size: options.size ?? BODY_SIZE, bold: options.bold, italics: options.italics });
  const centred = (children: InstanceType<typeof d.TextRun>[], after = 0) => new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after }, children });
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const cell = (children: InstanceType<typeof d.Paragraph>[], width: number) => new d.TableCell({ children, width: { size: width, type: d.WidthType.PERCENTAGE }, borders: noBorders });
  const underline = (text: string, size: number) => new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: xmlChars(text), font: FONT, size, bold: true, underline: { type: d.UnderlineType.SINGLE } })] });

  const left = [...frame.issuers.map((issuer, i) => centred([run(issuer.toUpperCase(), { bold: i === frame.issuers.length - 1, size: 26 })])), centred([run('*', { size: 26 })]), centred([run(w.number, { size: 26 })])];
  const headingLines = frame.heading === 'party' ? w.party : w.state;
  const right = [
    ...headingLines.map((line, i) => (i === headingLines.length - 1 ? underline(line, i === 0 ? 26 : 28) : centred([run(line, { bold: true, size: 26 })]))),
    new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { before: 240 }, children: [run(frame.dateLine, { italics: true })] }),
  ];
  const header = new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, borders: noBorders, rows: [new d.TableRow({ children: [cell(left, 45), cell(right, 55)] })] });

  const body: (InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>)[] = [header, new d.Paragraph({ children: [] })];
  const justified = (text: string, options: { bold?: boolean; indent?: boolean } = {}) =>
    new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, indent: options.indent === false ? undefined : { firstLine: Math.round(10 * MM) }, spacing: { after: 120, line: 300 }, children: [run(text, { bold: options.bold })] });
  for (const block of blocks) {
    if (block.kind === 'dateLine') continue;
    if (block.kind === 'title') body.push(centred([run(block.text.toUpperCase(), { bold: true })], 0));
    else if (block.kind === 'subtitle') body.push(centred([run(block.text, { bold: true })], 120));
    else if (block.kind === 'mark') body.push(centred([run(block.text, { italics: true })], 240));
    else if (block.kind === 'heading') body.push(new d.Paragraph({ heading: block.level === 1 ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2, alignment: d.AlignmentType.JUSTIFIED, indent: { firstLine: Math.round(10 * MM) }, spacing: { before: 120, after: 120 }, children: [run(block.text, { bold: true })] }));
    else if (block.kind === 'paragraph') for (const line of block.text.split('\n')) body.push(justified(line));
    else if (block.kind === 'bullets') for (const item of block.items) body.push(justified(`- ${item}`));
    else {
      const row = (cells: string[], bold: boolean) => new d.TableRow({ tableHeader: bold, children: cells.map((text) => new d.TableCell({ children: [new d.Paragraph({ children: [run(text, { bold, size: 24 })] })] })) });
      body.push(new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows: [row(block.headers, true), ...block.rows.map((r) => row(r, false))] }), new d.Paragraph({ children: [] }));
    }
  }
  const recipients = [new d.Paragraph({ children: [run(w.recipients, { bold: true, italics: true, size: 24 })] }), ...w.recipientLines.map((line) => new d.Paragraph({ children: [run(line, { size: 22 })] }))];
  const signatures = frame.signers.map((signer) => [centred([run(`${w.on} ${signer.toUpperCase()}`, { bold: true })]), centred([run(w.sign, { italics: true, size: 24 })], 1200), centred([run('..............................', {})])]);
  const closing = new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [new d.TableRow({ children: [cell(recipients, 34), ...signatures.map((s) => cell(s, Math.floor(66 / Math.max(1, signatures.length))))] })],
  });
  body.push(new d.Paragraph({ children: [] }), closing);
  const doc = new d.Document({
    creator: 'phoihop',
    styles: {
      default: { document: { run: { font: FONT, size: BODY_SIZE } } },
      // Headings stay black Times New Roman: Word's own heading styles are blue Calibri.
      paragraphStyles: ['Heading1', 'Heading2'].map((id, i) => ({ id, name: `Heading ${i + 1}`, basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: BODY_SIZE, bold: true, color: '000000' } })),
    },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height, orientation: d.PageOrientation.PORTRAIT }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } }, children: body }],
  });
  return new Uint8Array(await d.Packer.toBuffer(doc));
}
