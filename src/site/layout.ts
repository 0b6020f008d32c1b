import { formatDateLong } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { escapeText as escapeHtml } from './escape.js';
import { VERSION } from '../version.js';
import { SITE_WORDS } from './words.js';

// The frame of every page: one shared stylesheet, a header with the as-of date, a breadcrumb.

export const STYLESHEET = 'assets/site.css';

// Colours meet WCAG AA (4.5:1) for text on their background; states also carry a symbol, so
// colour is never the only sign.
export const SITE_CSS = `:root { --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --bg: #fff; --accent: #0b5cad; --done: #1a7f37; --partial: #f0b400; --not-done: #cf222e; --missing: #82071e; --not-due: #eaeef2; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; color: var(--fg); background: var(--bg); line-height: 1.45; font-size: 16px; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
header.site { background: #0b3d6e; color: #fff; padding: 0.6rem 1.2rem; display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; align-items: baseline; }
header.site a { color: #fff; font-weight: 600; text-decoration: none; }
header.site .as-of { font-size: 0.95rem; }
nav.crumbs { padding: 0.4rem 1.2rem; font-size: 0.9rem; border-bottom: 1px solid var(--line); }
nav.crumbs ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
nav.crumbs li + li::before { content: "›"; margin-right: 0.3rem; color: var(--muted); }
main { padding: 0.8rem 1.2rem 2rem; max-width: 78rem; }
h1 { font-size: 1.45rem; margin: 0.4rem 0 0.6rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.4rem; }
p.meta { color: var(--muted); margin: 0.2rem 0; }
.cards { display: flex; flex-wrap: wrap; gap: 0.8rem; margin: 0.6rem 0; padding: 0; list-style: none; }
.cards li { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.8rem; min-width: 10rem; }
.cards strong { display: block; font-size: 1.35rem; }
table { border-collapse: collapse; margin: 0.4rem 0 1rem; font-size: 0.92rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.progress { display: inline-block; width: 8rem; height: 0.8rem; background: var(--not-due); border: 1px solid #8c959f; vertical-align: middle; margin-right: 0.4rem; }
.progress span { display: block; height: 100%; background: var(--done); }
.bad { color: var(--not-done); font-weight: 600; }
.grid { table-layout: fixed; width: 100%; }
.grid th[scope=row] { font-weight: normal; }
.grid col.task { width: 36%; }
.grid col.lead { width: 11%; }
.grid col.state { width: 13%; }
.grid td.cells { text-align: center; }
.cell { display: inline-block; width: 1.35rem; height: 1.35rem; line-height: 1.35rem; margin: 1px; border-radius: 3px; font-size: 0.8rem; font-weight: 700; text-align: center; border: 1px solid #8c959f; }
.c-done { background: var(--done); color: #fff; }
.c-partial { background: var(--partial); color: #000; }
.c-not_done { background: var(--not-done); color: #fff; }
.c-missing { background: var(--missing); color: #fff; }
.c-not_due { background: var(--not-due); color: #57606a; }
.c-cancelled { background: #fff; color: #57606a; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.8rem; font-size: 0.9rem; }
figure { margin: 0.6rem 0 1.2rem; display: flex; flex-wrap: wrap; gap: 0.4rem 2rem; align-items: flex-end; }
figcaption { font-weight: 600; margin-bottom: 0.3rem; flex-basis: 100%; }
.charts { display: flex; flex-wrap: wrap; gap: 0 3rem; }
svg.chart { max-width: 100%; height: auto; display: block; }
svg.chart text { font-family: inherit; fill: var(--fg); }
table.chart-data caption { text-align: left; font-size: 0.85rem; color: var(--muted); caption-side: top; }
ol.timeline { border-left: 3px solid var(--accent); margin: 0.4rem 0 1rem 0.4rem; padding-left: 1rem; }
ol.timeline li { margin: 0.3rem 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer.site { color: var(--muted); font-size: 0.85rem; padding: 1rem 1.2rem; border-top: 1px solid var(--line); }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { font-size: 11pt; }
  header.site { background: none; color: #000; border-bottom: 2px solid #000; padding: 0 0 4pt; }
  header.site a { color: #000; }
  nav.crumbs, .no-print { display: none; }
  main { padding: 0; max-width: none; }
  a { color: #000; text-decoration: none; }
  h2 { break-after: avoid; }
  table, figure, tr { break-inside: avoid; }
  .cell, .progress span { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

export interface PageFrame {
  lang: Lang;
  title: string;
  asOf: string;
  /** From this page to the site's root: "" or "../". */
  up: string;
  crumbs: { href?: string; text: string }[];
}

/** A whole page around its main content (already HTML). */
export function page(frame: PageFrame, body: string): string {
  const w = SITE_WORDS[frame.lang];
  const crumbs = frame.crumbs
    .map((c) => (c.href ? `<li><a href="${escapeHtml(c.href)}">${escapeHtml(c.text)}</a></li>` : `<li aria-current="page">${escapeHtml(c.text)}</li>`))
    .join('');
  const asOf = `${w.asOf} ${formatDateLong(frame.asOf, frame.lang)}`;
  return `<!DOCTYPE html>
<html lang="${frame.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="phoihop ${escapeHtml(VERSION)}">
<title>${escapeHtml(frame.title)} · ${escapeHtml(asOf)}</title>
<link rel="stylesheet" href="${frame.up}${STYLESHEET}">
</head>
<body>
<header class="site"><a href="${frame.up}index.html">${escapeHtml(w.siteName)}</a><span class="as-of">${escapeHtml(asOf)}</span></header>
<nav class="crumbs" aria-label="${escapeHtml(w.breadcrumb)}"><ol>${crumbs}</ol></nav>
<main>
${body}
</main>
<footer class="site">${escapeHtml(w.footer(VERSION))} · ${escapeHtml(asOf)}</footer>
</body>
</html>
`;
}
