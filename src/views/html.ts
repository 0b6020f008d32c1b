import { htmlText as escapeHtml } from '../formatters/escape.js';
import type { Block } from './report-doc.js';

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

/** One self-contained page (no network resources), print-ready on A4, that pastes into Word with its structure. */
export function renderHtml(blocks: readonly Block[], options: { title: string; lang: 'vi' | 'en' }): string {
  return `<!DOCTYPE html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="phoihop">
<title>${escapeHtml(options.title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<main>
${blocks.map(blockHtml).join('\n')}
</main>
</body>
</html>
`;
}
