import { formatDateShort, formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { escapeText as escapeHtml } from './escape.js';

// Charts as inline SVG, each followed by the table of its numbers (the accessible alternative,
// which also prints and copies well). Every chart is a <figure> holding both.

export interface Bar {
  label: string;
  value: number;
  /** Text written above the bar (defaults to the value). */
  text?: string;
}

export interface ChartTable {
  caption: string;
  /** Whether the columns after the first hold numbers (right-aligned); default true. */
  numeric?: boolean;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

/** A vertical bar chart; `max` fixes the scale (100 for percentages). */
export function barChart(id: string, title: string, bars: readonly Bar[], table: ChartTable, options: { lang: Lang; max?: number; colour?: string; caption?: boolean }): string {
  const width = Math.max(320, 60 + bars.length * 64);
  const height = 220;
  const top = 24;
  const bottom = 36;
  const plot = height - top - bottom;
  const max = options.max ?? Math.max(1, ...bars.map((b) => b.value));
  const step = (width - 50) / Math.max(1, bars.length);
  const barWidth = Math.min(44, step * 0.65);
  const parts = [`<line x1="40" y1="${top + plot}" x2="${width - 10}" y2="${top + plot}" stroke="#57606a"/>`];
  bars.forEach((bar, i) => {
    const h = max === 0 ? 0 : Math.round((bar.value / max) * plot);
    const x = Math.round(45 + i * step + (step - barWidth) / 2);
    const y = top + plot - h;
    parts.push(`<rect x="${x}" y="${y}" width="${Math.round(barWidth)}" height="${h}" fill="${options.colour ?? '#0b5cad'}"/>`);
    parts.push(`<text x="${x + barWidth / 2}" y="${y - 5}" text-anchor="middle" font-size="12">${escapeHtml(bar.text ?? formatNumber(bar.value, options.lang))}</text>`);
    parts.push(`<text x="${x + barWidth / 2}" y="${height - 14}" text-anchor="middle" font-size="12">${escapeHtml(bar.label)}</text>`);
  });
  const svg = `<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-data" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${escapeHtml(title)}</title>${parts.join('')}</svg>`;
  return `<figure>\n${options.caption === false ? '' : `<figcaption>${escapeHtml(title)}</figcaption>\n`}${svg}\n${dataTable(`${id}-data`, table)}\n</figure>`;
}

export function dataTable(id: string, table: ChartTable): string {
  const num = table.numeric === false ? '' : ' class="num"';
  const head = table.headers.map((h, i) => `<th scope="col"${i > 0 ? num : ''}>${escapeHtml(h)}</th>`).join('');
  const rows = table.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td${num}>${escapeHtml(c)}</td>`)).join('')}</tr>`).join('\n');
  return `<table class="chart-data" id="${id}">\n<caption>${escapeHtml(table.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

export interface TimelineMark {
  date: string;
  label: string;
}

/** A horizontal line over the programme's period with a marker per dated event; the table after it says the same in words. */
export function timelineChart(id: string, title: string, from: string, to: string, marks: readonly TimelineMark[], table: ChartTable): string {
  const width = 720;
  const height = 70;
  const day = (d: string) => Date.parse(d + 'T00:00:00Z');
  const span = Math.max(1, day(to) - day(from));
  const xOf = (d: string) => Math.round(20 + ((Math.min(Math.max(day(d), day(from)), day(to)) - day(from)) / span) * (width - 40));
  const parts = [
    `<line x1="20" y1="30" x2="${width - 20}" y2="30" stroke="#0b5cad" stroke-width="4"/>`,
    `<text x="20" y="60" font-size="12">${formatDateShort(from)}</text>`,
    `<text x="${width - 20}" y="60" font-size="12" text-anchor="end">${formatDateShort(to)}</text>`,
  ];
  for (let year = Number(from.slice(0, 4)) + 1; year <= Number(to.slice(0, 4)); year++) {
    const x = xOf(`${year}-01-01`);
    parts.push(`<line x1="${x}" y1="22" x2="${x}" y2="38" stroke="#57606a"/><text x="${x}" y="16" font-size="11" text-anchor="middle">${year}</text>`);
  }
  for (const mark of marks) parts.push(`<circle cx="${xOf(mark.date)}" cy="30" r="7" fill="#cf222e" stroke="#fff" stroke-width="2"><title>${escapeHtml(mark.label)}</title></circle>`);
  const svg = `<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-data" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${escapeHtml(title)}</title>${parts.join('')}</svg>`;
  return `<figure>\n${svg}\n${dataTable(`${id}-data`, table)}\n</figure>`;
}
