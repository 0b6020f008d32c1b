/**
 * Text widths for laying out official documents without a font engine: advance widths of
 * Times New Roman (the font both Hướng dẫn 36-HD/VPTW and Nghị định 30/2020 prescribe), taken
 * from Liberation Serif, which is metric-compatible with it, in thousandths of an em, for the
 * printable ASCII range. A Vietnamese letter is as wide as its base letter: tone and vowel marks
 * sit above or below it.
 */
import { memoized } from '../memo.js';

const WIDTHS: { regular: readonly number[]; bold: readonly number[] } = {"regular":[250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541],"bold":[250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520]};

function baseChar(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  if (ch === '\u00a0') return ' ';
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// Each character's base letter is worked out once: reports measure the same letters many times.
const baseCodeOf = memoized((ch: string) => baseChar(ch).charCodeAt(0));

function baseCode(ch: string): number {
  const own = ch.charCodeAt(0);
  return own < 127 ? own : baseCodeOf(ch);
}

/** The width of text set in Times New Roman at size points, in points. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? WIDTHS.bold : WIDTHS.regular;
  let units = 0;
  for (const ch of text) {
    const code = baseCode(ch);
    units += code >= 32 && code < 127 ? table[code - 32]! : 500;
  }
  return (units * size) / 1000;
}

/** Words wrapped greedily into lines no wider than width points. */
function wrap(words: readonly string[], width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Breaks a title into as few lines as fit in width points, made as even as possible, so that no
 * word is left alone on its last line when a shorter break fits (a "widow" in a title). A year
 * stays with the word before it ("năm 2019").
 */
export function balanceLines(text: string, width: number, size: number, bold = true): string[] {
  const measure = (t: string) => textWidth(t, size, bold);
  const words = text.trim().split(/\s+/).reduce<string[]>((acc, word) => {
    if (/^\d{4}([–-]\d{4})?[.,;:)]?$/.test(word) && acc.length) acc[acc.length - 1] += `\u00a0${word}`;
    else acc.push(word);
    return acc;
  }, []);
  const count = wrap(words, width, measure).length;
  if (count <= 1) return [words.join(' ')];
  // The narrowest width that still gives the same number of lines balances them.
  let low = 0;
  let high = width;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (wrap(words, mid, measure).length > count) low = mid;
    else high = mid;
  }
  return wrap(words, high, measure);
}

/**
 * Column widths for a table of text, as fractions of the table's width that add up to 1. Short
 * columns (numbers, names, ratings) get what they need on one line when that is no more than a
 * fair share of what is left (max-min fairness, as a browser lays out an auto table); the long
 * ones (task titles) share the rest, each at least its longest word so nothing breaks mid-word,
 * the spare going by how much more each would need.
 */
export function columnShares(headers: readonly string[], rows: readonly (readonly string[])[], width: number, size: number): number[] {
  const columns = headers.map((h, i) => [h, ...rows.map((r) => r[i] ?? '')]);
  const padding = size; // cell margins, both sides
  const minimum = columns.map((cells, i) => padding + Math.max(...cells.slice(1).flatMap((c) => c.split(/\s+/)).map((w) => textWidth(w, size)), textWidth(longestWord(headers[i]!), size, true)));
  const natural = columns.map((cells, i) => Math.max(minimum[i]!, padding + Math.max(...cells.slice(1).map((c) => textWidth(c, size)), textWidth(headers[i]!, size, true) * 0.5)));
  const widths: number[] = headers.map(() => 0);
  let open = headers.map((_, i) => i);
  let remaining = width;
  for (;;) {
    const share = remaining / Math.max(1, open.length);
    const settled = open.filter((i) => natural[i]! <= share);
    if (!settled.length) break;
    for (const i of settled) {
      widths[i] = natural[i]!;
      remaining -= natural[i]!;
    }
    open = open.filter((i) => !settled.includes(i));
  }
  const floor = open.reduce((sum, i) => sum + minimum[i]!, 0);
  const wanted = open.reduce((sum, i) => sum + natural[i]! - minimum[i]!, 0);
  const spare = Math.max(0, remaining - floor);
  for (const i of open) widths[i] = minimum[i]! + (wanted ? (spare * (natural[i]! - minimum[i]!)) / wanted : spare / open.length);
  const total = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w / total);
}

function longestWord(text: string): string {
  return text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}
