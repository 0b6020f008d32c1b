import { htmlText as escapeHtml } from '../formatters/escape.js';
import type { Block } from './report-doc.js';
import type { ReportDocument } from './report-document.js';
import { headingText, layoutReport, TEXT_WIDTH_PT, type ReportLayout } from './report-layout.js';
import { columnShares } from './text-measure.js';

const CSS = `@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif", serif; font-size: 14pt; line-height: 1.35; color: #000; max-width: 165mm; margin: 0 auto; padding: 12mm 0; }
h1 { font-size: 14pt; text-align: center; text-transform: uppercase; margin: 0; }
p.subtitle { font-weight: bold; text-align: center; margin: 0.2em 0 0.4em; }
p.mark { text-align: center; font-style: italic; margin: 0; }
p.date { text-align: right; font-style: italic; }
h2 { font-size: 14pt; margin: 1em 0 0.4em; }
h3 { font-size: 14pt; margin: 0.8em 0 0.3em; }
h4 { font-size: 13pt; margin: 0.6em 0 0.3em; font-style: italic; }
p, li { text-align: justify; }
p { text-indent: 10mm; margin: 0.3em 0; }
p.subtitle, p.mark, p.date { text-indent: 0; }
ul { list-style: none; padding-left: 0; margin: 0.3em 0; }
li { text-indent: 10mm; margin: 0.2em 0; }
li::before { content: "- "; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 12pt; page-break-inside: auto; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
th { font-weight: bold; background: #eee; }
tr { page-break-inside: avoid; }
@media print { body { padding: 0; max-width: none; } }`;

export { escapeHtml };

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'subtitle':
      return `<p class="subtitle">${escapeHtml(block.text)}</p>`;
    case 'mark':
      return `<p class="mark">${escapeHtml(block.text)}</p>`;
    case 'dateLine':
      return `<p class="date">${escapeHtml(block.text)}</p>`;
    case 'heading':
      return `<h${block.level + 1}>${escapeHtml(block.text)}</h${block.level + 1}>`;
    case 'paragraph':
      return block.text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
    case 'bullets':
      return `<ul>\n${block.items.map((item) => `  <li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return `<table>\n  <thead><tr>${block.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>\n  <tbody>\n${block.rows.map((r) => `    <tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}\n  </tbody>\n</table>`;
  }
}

const REPORT_CSS = `@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font: 14pt "Times New Roman", "Liberation Serif", serif; } }
@page :first { @top-center { content: none; } }
body { font-family: "Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif", serif; font-size: 14pt; line-height: 1.2; color: #000; margin: 0; background: #f4f4f4; }
article.report { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 20mm 15mm 20mm 30mm; background: #fff; box-shadow: 0 0 4px #999; }
article.report + article.report { break-before: page; }
aside.drafter-notes { box-sizing: border-box; width: 210mm; margin: 8mm auto; padding: 4mm 6mm; border: 2px dashed #b00; background: #fff8e6; font-family: system-ui, sans-serif; font-size: 11pt; }
aside.drafter-notes h2 { font-size: 11pt; margin: 0 0 2mm; color: #b00; }
aside.drafter-notes ul { margin: 0; padding-left: 5mm; }
table.frame { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.frame td { border: 0; padding: 0; vertical-align: top; text-align: center; }
table.frame p { margin: 0; text-align: center; text-indent: 0; }
.ruled { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }
hr.short-rule { border: 0; border-top: 1px solid #000; margin: 7pt auto 12pt; }
p.number { margin-top: 4pt !important; }
p.date { font-style: italic; margin-top: 4pt !important; }
p.draft-mark { text-align: right; margin: 0 0 4mm; text-indent: 0; }
p.draft-mark span { border: 1px solid #000; padding: 1pt 4pt; font-weight: bold; font-size: 13pt; }
h1.kind { text-align: center; font-weight: bold; margin: 18pt 0 0; }
p.subject { text-align: center; font-weight: bold; margin: 0; text-indent: 0; }
p.addressees { text-align: center; text-indent: 0; }
.body p, .body li { text-align: justify; }
.body p { text-indent: 1.27cm; margin: 0 0 6pt; }
.body h2, .body h3, .body h4 { font-size: 14pt; text-indent: 1.27cm; margin: 6pt 0; break-after: avoid; }
.body h4 { font-style: italic; }
.body ul { list-style: none; padding: 0; margin: 0; }
.body li { text-indent: 1.27cm; margin: 0 0 6pt; }
.body li::before { content: "- "; }
.body table.data { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 12pt; margin: 0 0 6pt; }
.body table.data th, .body table.data td { border: 1px solid #000; padding: 1pt 4pt; vertical-align: top; text-align: left; }
.body table.data th, .body table.data td.num { text-align: center; }
.body table.data thead { display: table-header-group; }
.body table.data tr { break-inside: avoid; }
table.signatures td { padding-top: 12pt; }
table.signatures p { font-weight: bold; }
table.signatures td.space { height: 28mm; }
.recipients { margin-top: 12pt; text-align: left; }
.recipients p { margin: 0; text-indent: 0; text-align: left; }
@media print { body { background: none; } aside.drafter-notes { display: none; } article.report { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; } }`;

const pt = (n: number) => `${n}pt`;
const mm = (points: number) => `${((points / 72) * 25.4).toFixed(1)}mm`;
const lines = (texts: readonly string[]) => texts.map(escapeHtml).join('<br>');

/** The header and title, in the order and sizes of the Word file (report-layout.ts holds the rules). */
function reportHead(l: ReportLayout): string {
  const [left, right] = l.columns;
  const issuer = [
    ...(l.issuer.parent.length ? [`<p style="font-size:${pt(l.issuer.size)}">${lines(l.issuer.parent)}</p>`] : []),
    ...l.issuer.names.map((n) => `<p style="font-size:${pt(l.issuer.size)}"><b>${lines(n)}</b></p>`),
    l.issuer.separator === 'star' ? `<p style="font-size:${pt(l.issuer.size)}">*</p>` : '<hr class="short-rule" style="width:35%;margin:2pt auto 0">',
  ];
  const motto = l.motto.map((m, i) => `<p style="font-size:${pt(m.size)}"><b${i === l.motto.length - 1 ? ' class="ruled"' : ''}>${escapeHtml(m.text)}</b></p>`);
  const out = [
    l.draft ? `<p class="draft-mark"><span>${escapeHtml(l.draft)}</span></p>` : '',
    `<table class="frame header"><colgroup><col style="width:${mm(left)}"><col style="width:${mm(right)}"></colgroup>`,
    `<tr><td>${issuer.join('')}</td><td>${motto.join('')}</td></tr>`,
    `<tr><td><p class="number" style="font-size:${pt(l.form === 'party' ? 14 : 13)}">${escapeHtml(l.number)}</p></td><td><p class="date">${escapeHtml(l.dateLine)}</p></td></tr>`,
    '</table>',
    `<h1 class="kind" style="font-size:${pt(l.kind.size)}">${escapeHtml(l.kind.text)}</h1>`,
    `<p class="subject" style="font-size:${pt(l.subject.size)}">${lines(l.subject.lines)}</p>`,
    `<hr class="short-rule" style="width:${l.form === 'party' ? '20mm' : '35mm'}">`,
  ];
  if (l.addressees.length) out.push(`<p class="addressees">${escapeHtml(`${l.lang === 'vi' ? 'Kính gửi' : 'To'}: ${l.addressees.join('; ')}`)}</p>`);
  return out.filter(Boolean).join('\n');
}

function reportTable(block: Extract<Block, { kind: 'table' }>): string {
  const shares = columnShares(block.headers, block.rows, TEXT_WIDTH_PT, 12);
  const numeric = (text: string) => /^[\d.,%/()\s–-]*$/.test(text);
  return [
    `<table class="data"><colgroup>${shares.map((s) => `<col style="width:${(s * 100).toFixed(1)}%">`).join('')}</colgroup>`,
    `<thead><tr>${block.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>\n${block.rows.map((r) => `<tr>${r.map((c) => `<td${numeric(c) ? ' class="num"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}\n</tbody></table>`,
  ].join('\n');
}

function reportBody(blocks: readonly Block[], lang: ReportDocument['lang']): string {
  return blocks
    .map((b) => {
      if (b.kind === 'heading') return `<h${b.level + 1}>${escapeHtml(headingText(b.text, b.level, lang))}</h${b.level + 1}>`;
      if (b.kind === 'table') return reportTable(b);
      // Items carry their dash as text, as in the Word file, so that it survives copying.
      if (b.kind === 'bullets') return b.items.map((item) => `<p>- ${escapeHtml(item)}</p>`).join('\n');
      if (b.kind === 'title') return `<p style="text-align:center;text-indent:0"><b>${escapeHtml(headingText(b.text, 1, lang))}</b></p>`;
      return blockHtml(b);
    })
    .join('\n');
}

function reportClose(l: ReportLayout): string {
  const r = l.recipients;
  const heading = `<span style="font-size:${pt(r.headingSize)}${r.underlined ? ';text-decoration:underline' : ''}${r.italicBold ? ';font-style:italic;font-weight:bold' : ''}">${escapeHtml(r.heading)}</span>`;
  const recipients = `<div class="recipients"><p>${heading}</p>${r.lines.map((line) => `<p style="font-size:${pt(r.size)}">${escapeHtml(line)}</p>`).join('')}</div>`;
  const s = l.signatures;
  if (s.length <= 1) {
    const one = s[0];
    const sign = one ? `<p>${escapeHtml(one.on)}<br>${escapeHtml(one.position)}</p><div style="height:28mm"></div><p>${escapeHtml(one.name)}</p>` : '';
    return `<table class="frame signatures"><colgroup><col style="width:42%"><col style="width:58%"></colgroup><tr><td style="text-align:left">${recipients}</td><td>${sign}</td></tr></table>`;
  }
  const row = (cells: string[], cls = '') => `<tr>${cells.map((c) => `<td${cls ? ` class="${cls}"` : ''}><p>${escapeHtml(c)}</p></td>`).join('')}</tr>`;
  return [
    `<table class="frame signatures">`,
    row(s.map((x) => x.on)),
    row(s.map((x) => x.position)),
    row(s.map(() => ''), 'space'),
    row(s.map((x) => x.name)),
    '</table>',
    recipients,
  ].join('\n');
}

export const NOTES_TITLE = { vi: 'Ghi chú cho người soạn thảo (không thuộc văn bản, không in)', en: 'Notes for the drafter (not part of the document; not printed)' };

/** Signed reports as one A4 page each in print, with the same blocks in the same order as the Word file; drafter notes in a separate box. */
function renderReports(docs: readonly ReportDocument[]): string {
  const lang = docs[0]?.lang ?? 'vi';
  const parts = docs.map((doc) => {
    const l = layoutReport(doc);
    const notes = l.notes.length ? `<aside class="drafter-notes" role="note"><h2>${escapeHtml(NOTES_TITLE[lang])}</h2><ul>${l.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></aside>\n` : '';
    return `${notes}<article class="report form-${doc.form}">\n${reportHead(l)}\n<div class="body">\n${reportBody(doc.body, doc.lang)}\n</div>\n${reportClose(l)}\n</article>`;
  });
  return page(docs[0]?.subject ?? 'phoihop', lang, REPORT_CSS, parts.join('\n'));
}

function page(title: string, lang: 'vi' | 'en', css: string, content: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="phoihop">
<title>${escapeHtml(title)}</title>
<style>
${css}
</style>
</head>
<body>
${content}
</body>
</html>
`;
}

/**
 * One self-contained page (no network resources), print-ready on A4. Blocks (status, overdue) become
 * a plain page; a ReportDocument (or several) becomes the signed report with its frame.
 */
export function renderHtml(blocks: readonly Block[], options: { title: string; lang: 'vi' | 'en' }): string;
export function renderHtml(docs: ReportDocument | readonly ReportDocument[]): string;
export function renderHtml(input: readonly Block[] | ReportDocument | readonly ReportDocument[], options?: { title: string; lang: 'vi' | 'en' }): string {
  if (!options) return renderReports(Array.isArray(input) ? (input as readonly ReportDocument[]) : [input as ReportDocument]);
  return page(options.title, options.lang, CSS, `<main>\n${(input as readonly Block[]).map(blockHtml).join('\n')}\n</main>`);
}
