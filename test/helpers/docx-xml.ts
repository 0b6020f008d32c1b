import { readZip } from './zip.js';

/** The parts of a .docx that tests read, and small readers over WordprocessingML. */
export function docxParts(data: Uint8Array): { document: string; styles: string; headers: string[] } {
  const parts = readZip(Buffer.from(data));
  const text = (name: string) => parts.get(name)?.toString('utf8') ?? '';
  const headers = [...parts.keys()].filter((k) => /^word\/header\d+\.xml$/.test(k)).sort().map(text);
  return { document: text('word/document.xml'), styles: text('word/styles.xml'), headers };
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of a piece of WordprocessingML: runs joined, line breaks as "\n". */
export function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)) out += m[1] === undefined ? '\n' : decode(m[1]);
  return out;
}

export interface Para { xml: string; text: string }

/** Every paragraph, in document order (paragraphs in table cells included). */
export function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((m) => ({ xml: m[0], text: textOf(m[0]) }));
}

/** The paragraph whose text is exactly `text`; fails loudly when there is none. */
export function paragraph(xml: string, text: string): Para {
  const found = paragraphs(xml).find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph "${text}" in: ${paragraphs(xml).map((p) => p.text).filter(Boolean).join(' | ')}`);
  return found;
}

/** Every table row, as the text of each of its cells. */
export function rows(xml: string): { xml: string; cells: string[] }[] {
  return [...xml.matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map((m) => ({ xml: m[0], cells: [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])) }));
}

/** Every top-level table's XML (the frame tables hold no nested tables). */
export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

/** The size in points of the first run of a paragraph. */
export function runSize(p: Para): number {
  return Number(/<w:sz w:val="(\d+)"\/>/.exec(p.xml)?.[1]) / 2;
}

export const isBold = (p: Para) => /<w:b\/>/.test(p.xml);
export const isItalic = (p: Para) => /<w:i\/>/.test(p.xml);
export const hasBorder = (p: Para, side: 'top' | 'bottom') => new RegExp(`<w:pBdr>[\\s\\S]*<w:${side} w:val="single"`).test(p.xml);
