import { logLine, logText, markdownText } from '../formatters/escape.js';
import { markdownTable } from './markdown.js';
import { renderPlainTable } from './text-table.js';
import type { ReportDocument } from './report-document.js';
import { headingText, layoutNotes } from './report-layout.js';

/** A report as plain blocks, so that one builder feeds every output (text, Markdown, later Word). */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'mark'; text: string }
  | { kind: 'dateLine'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; headers: string[]; rows: string[][] };

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

function plainTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) => cells.map((c, i) => padEnd(c, widths[i]!)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A signed report's body, ready to paste: level-1 headings in capitals, as the Word file prints them. */
function bodyOf(input: readonly Block[] | ReportDocument): readonly Block[] {
  if (Array.isArray(input)) return input as readonly Block[];
  const doc = input as ReportDocument;
  return doc.body.map((b) => (b.kind === 'heading' ? { ...b, text: headingText(b.text, b.level, doc.lang) } : b));
}

/** The drafter's notes for a signed report (the model's and the layout's): the CLI sends them to stderr, never into the body. */
export function reportNotes(doc: ReportDocument): string[] {
  return layoutNotes(doc);
}

/** Plain text for pasting into a document: no Markdown symbols, no colour. A ReportDocument gives its body only. */
export function renderText(input: readonly Block[] | ReportDocument, width?: number): string {
  const blocks = bodyOf(input);
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'bullets') out.push(b.items.map((i) => `- ${logLine(i)}`).join('\n'));
    else if (b.kind === 'table') out.push((width ? (h: string[], r: string[][]) => renderPlainTable(h, r, width) : plainTable)(b.headers.map(logLine), b.rows.map((r) => r.map(logLine))));
    else if (b.kind === 'title') out.push(logText(b.text).toUpperCase());
    else out.push(logText(b.text));
  }
  return out.join('\n\n') + '\n';
}

const escapeMarkdown = markdownText;

/** Markdown; a ReportDocument gives its body only, ready to paste. */
export function renderMarkdown(input: readonly Block[] | ReportDocument): string {
  const blocks = bodyOf(input);
  const out: string[] = [];
  for (const b of blocks) {
    const text = 'text' in b ? escapeMarkdown(b.text) : '';
    if (b.kind === 'title') out.push(`# ${text.toUpperCase()}`);
    else if (b.kind === 'subtitle') out.push(`**${text}**`);
    else if (b.kind === 'mark') out.push(`**${text}**`);
    else if (b.kind === 'dateLine') out.push(`*${text}*`);
    else if (b.kind === 'heading') out.push(`${'#'.repeat(b.level + 1)} ${text}`);
    else if (b.kind === 'paragraph') out.push(text);
    else if (b.kind === 'bullets') out.push(b.items.map((i) => `- ${escapeMarkdown(i.replace(/\r?\n/g, ' '))}`).join('\n'));
    else out.push(markdownTable(b.headers, b.rows).trimEnd());
  }
  return out.join('\n\n') + '\n';
}
