import type * as Docx from 'docx';
import type { Block } from './report-doc.js';
import type { ReportDocument } from './report-document.js';
import { headingText, layoutReport, TEXT_WIDTH_PT, type ReportLayout } from './report-layout.js';
import { columnShares, textWidth } from './text-measure.js';

const MM = 1440 / 25.4; // twips per millimetre
/** A4 portrait; margins top 20, bottom 20, left 30, right 15 mm: the lower bounds of both HD36 and ND30 (20–25, 20–25, 30–35, 15–20). */
export const PAGE = { width: 11906, height: 16838, top: Math.ceil(20 * MM), bottom: Math.ceil(20 * MM), left: Math.ceil(30 * MM), right: Math.ceil(15 * MM), header: Math.round(10 * MM) };
const FONT = 'Times New Roman';
const BODY_PT = 14; // ND30 13–14 pt, HD36 14 pt
const TABLE_PT = 12;
const TEXT_TWIPS = Math.round(TEXT_WIDTH_PT * 20);
const INDENT = 720; // first line 1.27 cm (ND30: 1–1.27 cm)
const half = (pt: number) => Math.round(pt * 2);

type D = typeof Docx;
type Child = Docx.Paragraph | Docx.Table;
interface RunOptions { bold?: boolean; italics?: boolean; underline?: boolean; size?: number; breakBefore?: boolean }

/** The renderer's tools, bound to the lazily loaded docx module (it is large; only --format docx pays for it). */
function kit(d: D) {
  const run = (text: string, o: RunOptions = {}) =>
    new d.TextRun({ text, font: FONT, size: half(o.size ?? BODY_PT), bold: o.bold, italics: o.italics, underline: o.underline ? { type: d.UnderlineType.SINGLE } : undefined, break: o.breakBefore ? 1 : undefined });
  const lines = (texts: readonly string[], o: RunOptions = {}) => texts.map((t, i) => run(t, { ...o, breakBefore: i > 0 }));
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'auto' };
  const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const rule = { style: d.BorderStyle.SINGLE, size: 6, space: 1, color: '000000' };
  /** A centred paragraph; with ruleWidth (points) a rule of that length is drawn under it, centred in width (points). */
  const centred = (children: Docx.ParagraphChild[], o: { after?: number; before?: number; ruleWidth?: number; width?: number; keepNext?: boolean } = {}) => {
    const inset = o.ruleWidth !== undefined && o.width !== undefined ? Math.max(0, Math.round(((o.width - o.ruleWidth) / 2) * 20)) : undefined;
    return new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      spacing: { before: o.before ?? 0, after: o.after ?? 0 },
      keepNext: o.keepNext,
      indent: inset === undefined ? undefined : { left: inset, right: inset },
      border: inset === undefined ? undefined : { bottom: rule },
      children,
    });
  };
  /** A short rule on its own (no text), ruleWidth points long, centred in width points. */
  const shortRule = (ruleWidth: number, width: number, after = 0) => {
    const inset = Math.round(((width - ruleWidth) / 2) * 20);
    return new d.Paragraph({ indent: { left: inset, right: inset }, border: { top: rule }, spacing: { before: 120, after, line: 120, lineRule: d.LineRuleType.EXACT }, children: [run('', { size: 2 })] });
  };
  const cell = (children: Docx.Paragraph[], width: number, o: { margins?: boolean; verticalAlign?: 'top' | 'bottom' } = {}) =>
    new d.TableCell({ children, width: { size: Math.round(width * 20), type: d.WidthType.DXA }, borders: noBorders, margins: o.margins === false ? { left: 0, right: 0, top: 0, bottom: 0 } : undefined, verticalAlign: o.verticalAlign === 'bottom' ? d.VerticalAlignTable.BOTTOM : undefined });
  const frameTable = (widths: number[], rows: Docx.TableRow[]) =>
    new d.Table({ width: { size: TEXT_TWIPS, type: d.WidthType.DXA }, columnWidths: widths.map((w) => Math.round(w * 20)), layout: d.TableLayoutType.FIXED, borders: noBorders, rows });
  return { run, lines, centred, shortRule, cell, frameTable, noBorders };
}

type Kit = ReturnType<typeof kit>;

/** The header: issuing bodies left, the Party's heading or the nation's motto right; number and date on the next row (HD36 and ND30 Phụ lục I: tiêu đề / quốc hiệu, tên cơ quan, số, địa danh và ngày; docs/documents.md). */
function header(d: D, k: Kit, l: ReportLayout): Child[] {
  const [left, right] = l.columns;
  const issuer: Docx.Paragraph[] = [
    ...(l.issuer.parent.length ? [k.centred(k.lines(l.issuer.parent, { size: l.issuer.size }))] : []),
    ...l.issuer.names.map((name) => k.centred(k.lines(name, { size: l.issuer.size, bold: true }))),
  ];
  if (l.issuer.separator === 'star') issuer.push(k.centred([k.run('*', { size: l.issuer.size })]));
  else {
    // ND30: a solid rule under the issuing body, 1/3 to 1/2 of its name's length, centred.
    const longest = Math.max(...l.issuer.names.flat().map((n) => textWidth(n, l.issuer.size, true)));
    issuer.push(k.shortRule(Math.max(40, longest * 0.4), left - 11));
  }
  const motto = l.motto.map((m, i) =>
    i === l.motto.length - 1 ? k.centred([k.run(m.text, { size: m.size, bold: true })], { ruleWidth: textWidth(m.text, m.size, true) + 4, width: right - 11 }) : k.centred([k.run(m.text, { size: m.size, bold: true })]),
  );
  const numberSize = l.form === 'party' ? 14 : 13;
  const rows = [
    new d.TableRow({ children: [k.cell(issuer, left), k.cell(motto, right)] }),
    new d.TableRow({ children: [k.cell([k.centred([k.run(l.number, { size: numberSize })], { before: 80 })], left), k.cell([k.centred([k.run(l.dateLine, { italics: true, size: 14 })], { before: 80 })], right)] }),
  ];
  const out: Child[] = [];
  // The draft mark: "DỰ THẢO" in capitals, bold, in a box at the top right (HD36 and ND30 both mark drafts so).
  if (l.draft) out.push(new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [k.run(l.draft, { bold: true, size: 13 })], border: { top: { style: d.BorderStyle.SINGLE, size: 6, space: 1, color: '000000' }, bottom: { style: d.BorderStyle.SINGLE, size: 6, space: 1, color: '000000' }, left: { style: d.BorderStyle.SINGLE, size: 6, space: 4, color: '000000' }, right: { style: d.BorderStyle.SINGLE, size: 6, space: 4, color: '000000' } }, indent: { left: TEXT_TWIPS - Math.round((textWidth(l.draft, 13, true) + 14) * 20) }, spacing: { after: 120 } }));
  out.push(k.frameTable([left, right], rows));
  return out;
}

/** ND30: 1/3 to 1/2 of the subject's line (kept under 46 mm); HD36: a short separator (its samples type five hyphens), 20 mm. */
export function ruleUnderSubject(form: ReportLayout['form'], subjectWidth: number): number {
  return form === 'party' ? 56 : Math.min(subjectWidth * 0.4, 130);
}

/** "BÁO CÁO" on its own line, the subject below it in balanced lines, then a short rule (HD36 and ND30: tên loại và trích yếu). */
function title(d: D, k: Kit, l: ReportLayout, comment: number | undefined): Child[] {
  const subjectWidth = Math.max(...l.subject.lines.map((s) => textWidth(s, l.subject.size, true)));
  const kind = k.run(l.kind.text, { bold: true, size: l.kind.size });
  // The drafter's notes hang on the title as a Word comment: beside the text, never in it, not printed.
  const kindRuns = comment === undefined ? [kind] : [new d.CommentRangeStart(comment), kind, new d.CommentRangeEnd(comment), new d.TextRun({ children: [new d.CommentReference(comment)] })];
  const out: Child[] = [
    k.centred(kindRuns, { before: 360, keepNext: true }),
    k.centred(k.lines(l.subject.lines, { bold: true, size: l.subject.size }), { keepNext: true }),
    k.shortRule(ruleUnderSubject(l.form, subjectWidth), TEXT_WIDTH_PT, 240),
  ];
  if (l.addressees.length) out.push(k.centred([k.run(`${l.lang === 'vi' ? 'Kính gửi' : 'To'}: ${l.addressees.join('; ')}`, { size: BODY_PT })], { after: 240 }));
  return out;
}

function table(d: D, k: Kit, block: Extract<Block, { kind: 'table' }>): Child[] {
  const shares = columnShares(block.headers, block.rows, TEXT_WIDTH_PT, TABLE_PT);
  const widths = shares.map((s) => Math.round(s * TEXT_TWIPS));
  const numeric = (text: string) => /^[\d.,%/()\s–-]*$/.test(text);
  const para = (text: string, o: { bold?: boolean; centre?: boolean }) =>
    new d.Paragraph({ alignment: o.centre ? d.AlignmentType.CENTER : d.AlignmentType.LEFT, children: [k.run(text, { bold: o.bold, size: TABLE_PT })] });
  const row = (cells: readonly string[], head: boolean) =>
    new d.TableRow({
      tableHeader: head, // repeated at the top of every page the table runs onto
      cantSplit: true,
      children: cells.map((text, i) => new d.TableCell({ width: { size: widths[i]!, type: d.WidthType.DXA }, verticalAlign: head ? d.VerticalAlignTable.CENTER : undefined, children: [para(text, { bold: head, centre: head || numeric(text) })] })),
    });
  return [
    new d.Table({ width: { size: TEXT_TWIPS, type: d.WidthType.DXA }, columnWidths: widths, layout: d.TableLayoutType.FIXED, margins: { left: 80, right: 80, top: 20, bottom: 20 }, rows: [row(block.headers, true), ...block.rows.map((r) => row(r, false))] }),
    new d.Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** The body: justified 14 pt, first line indented 1.27 cm, 6 pt between paragraphs (ND30 Phụ lục I and HD36: nội dung văn bản). */
function body(d: D, k: Kit, blocks: readonly Block[], lang: ReportDocument['lang']): Child[] {
  const out: Child[] = [];
  const paragraph = (text: string, o: RunOptions = {}, keepNext = false) =>
    new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { after: 120, line: 288 }, keepNext, widowControl: true, children: [k.run(text, o)] });
  const levels = { 1: d.HeadingLevel.HEADING_1, 2: d.HeadingLevel.HEADING_2, 3: d.HeadingLevel.HEADING_3 } as const;
  for (const block of blocks) {
    if (block.kind === 'heading')
      out.push(new d.Paragraph({ heading: levels[block.level], alignment: d.AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, keepNext: true, spacing: { before: 120, after: 120, line: 288 }, children: [k.run(headingText(block.text, block.level, lang), { bold: true, italics: block.level === 3 })] }));
    else if (block.kind === 'paragraph') for (const line of block.text.split('\n')) out.push(paragraph(line));
    else if (block.kind === 'bullets') for (const item of block.items) out.push(paragraph(`- ${item}`));
    else if (block.kind === 'table') out.push(...table(d, k, block));
    else if (block.kind === 'title') out.push(k.centred([k.run(headingText(block.text, 1, lang), { bold: true })], { before: 120, after: 120, keepNext: true }));
    else out.push(paragraph(block.text, { bold: block.kind === 'subtitle', italics: block.kind !== 'subtitle' }));
  }
  return out;
}

/** Signatures, one column per party on shared rows so that they line up, and Nơi nhận at the bottom left (HD36 and ND30: chữ ký, nơi nhận). */
function closing(d: D, k: Kit, l: ReportLayout): Child[] {
  const r = l.recipients;
  const recipients = [
    new d.Paragraph({ spacing: { before: 120 }, children: [k.run(r.heading, { size: r.headingSize, underline: r.underlined, bold: r.italicBold, italics: r.italicBold })] }),
    ...r.lines.map((line) => new d.Paragraph({ children: [k.run(line, { size: r.size })] })),
  ];
  const signers = l.signatures;
  const out: Child[] = [new d.Paragraph({ spacing: { after: 120 }, children: [] })];
  if (signers.length <= 1) {
    // One signer: Nơi nhận to the left of the signature, level with "T/M ..." (the forms' layout).
    const widths = [TEXT_WIDTH_PT * 0.42, TEXT_WIDTH_PT * 0.58];
    out.push(k.frameTable(widths, [new d.TableRow({ cantSplit: true, children: [k.cell(recipients, widths[0]!), k.cell([signatureStack(d, k, signers[0])], widths[1]!)] })]));
    return out;
  }
  const width = TEXT_WIDTH_PT / signers.length;
  const rowOf = (texts: string[], o: RunOptions, height?: number) =>
    new d.TableRow({
      cantSplit: true,
      height: height === undefined ? undefined : { value: height, rule: d.HeightRule.ATLEAST },
      children: texts.map((t) => k.cell([k.centred([k.run(t, o)], { keepNext: true })], width)),
    });
  const rows = [
    rowOf(signers.map((s) => s.on), { bold: true }),
    rowOf(signers.map((s) => s.position), { bold: true }),
    rowOf(signers.map(() => ''), {}, Math.round(28 * MM)),
    rowOf(signers.map((s) => s.name), { bold: true }),
  ];
  out.push(k.frameTable(signers.map(() => width), rows), ...recipients);
  return out;
}

/** One signer's block as one cell's content (single-signer layout). */
function signatureStack(d: D, k: Kit, s: ReportLayout['signatures'][number] | undefined): Docx.Paragraph {
  if (!s) return new d.Paragraph({ children: [] });
  return new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [k.run(s.on, { bold: true }), k.run(s.position, { bold: true, breakBefore: true }), ...Array.from({ length: 5 }, () => k.run('', { breakBefore: true })), k.run(s.name, { bold: true, breakBefore: true })] });
}

function section(d: D, doc: ReportDocument, comments: Docx.ICommentOptions[]): Docx.ISectionOptions {
  const k = kit(d);
  const l = layoutReport(doc);
  const comment = l.notes.length ? comments.length : undefined;
  if (comment !== undefined) comments.push({ id: comment, author: 'phoihop', initials: 'PH', children: l.notes.map((note) => new d.Paragraph({ children: [new d.TextRun(note)] })) });
  // Page numbers in Arabic figures, centred in the top margin, not on the first page (ND30 Phụ lục I, số trang; issue 12 asks the same of HD36 documents).
  const pageNumber = new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: [d.PageNumber.CURRENT], font: FONT, size: half(l.pageNumberSize) })] });
  return {
    properties: {
      titlePage: true,
      page: { size: { width: PAGE.width, height: PAGE.height, orientation: d.PageOrientation.PORTRAIT }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header }, pageNumbers: { start: 1 } },
    },
    headers: { default: new d.Header({ children: [pageNumber] }), first: new d.Header({ children: [new d.Paragraph({ children: [] })] }) },
    children: [...header(d, k, l), ...title(d, k, l, comment), ...body(d, k, doc.body, doc.lang), ...closing(d, k, l)],
  };
}

/** A Word document: one section per report (each starts on a new page and numbers its own pages), Times New Roman, language vi-VN. */
export async function renderDocx(docs: ReportDocument | readonly ReportDocument[]): Promise<Uint8Array> {
  const d = await import('docx');
  const list: readonly ReportDocument[] = Array.isArray(docs) ? docs : [docs as ReportDocument];
  const lang = list[0]?.lang ?? 'vi';
  const language = { value: lang === 'vi' ? 'vi-VN' : 'en-GB' };
  const headingStyle = (level: number) => ({ id: `Heading${level}`, name: `Heading ${level}`, basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: half(BODY_PT), bold: true, color: '000000', language } });
  const comments: Docx.ICommentOptions[] = [];
  const sections = list.map((doc) => section(d, doc, comments));
  const document = new d.Document({
    creator: 'phoihop',
    comments: { children: comments },
    title: list[0]?.subject,
    styles: {
      default: { document: { run: { font: FONT, size: half(BODY_PT), language } } },
      // Headings stay black Times New Roman: Word's own heading styles are blue Calibri.
      paragraphStyles: [1, 2, 3].map(headingStyle),
    },
    sections,
  });
  return new Uint8Array(await d.Packer.toBuffer(document));
}
