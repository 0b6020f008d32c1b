import type { Block } from '../views/report-doc.js';

/** A part of a report; a part without blocks is left out, never filled with "nothing to report". */
export interface Section {
  title: string;
  blocks: Block[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Sections with content, numbered I, II, III... (level 1; renderers print it in capitals), 1, 2, 3... or a), b), c). */
export function numberSections(sections: readonly Section[], level: 1 | 2 | 3): Block[] {
  const present = sections.filter((s) => s.blocks.length > 0);
  return present.flatMap((s, i): Block[] => {
    const number = level === 1 ? `${ROMAN[i] ?? i + 1}.` : level === 2 ? `${i + 1}.` : `${String.fromCharCode(97 + i)})`;
    return [{ kind: 'heading', level, text: `${number} ${s.title}` }, ...s.blocks];
  });
}

/** Each item an officer wrote as its own paragraph. */
export function paragraphs(items: readonly string[] | undefined): Block[] {
  return (items ?? []).map((text) => ({ kind: 'paragraph', text }));
}

/** Items as a dashed list, the way reports list points. */
export function bullets(items: readonly string[] | undefined): Block[] {
  return items?.length ? [{ kind: 'bullets', items: [...items] }] : [];
}
