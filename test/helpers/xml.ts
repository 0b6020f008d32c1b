import { expect } from 'vitest';

/** A small XML 1.0 well-formedness check for tests: balanced tags, quoted attributes, known entities, no raw control characters. */
export function checkWellFormedXml(xml: string): void {
  expect(() => wellFormed(xml), 'well-formed XML').not.toThrow();
}

function wellFormed(xml: string): void {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml)) throw new Error('control character or noncharacter in XML');
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(tag)) {
    if (m[6]) throw new Error(`stray "<" at ${m.index}`);
    const text = m[5] ?? m[3] ?? '';
    for (const entity of text.matchAll(/&([^;\s]*);?/g)) if (!/^(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+)$/i.test(entity[1]!) || !entity[0].endsWith(';')) throw new Error(`bad entity ${entity[0]}`);
    if (m[5] !== undefined) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) throw new Error(`unbalanced </${m[2]}>`);
    } else if (!m[4]) stack.push(m[2]!);
  }
  if (stack.length) throw new Error(`unclosed <${stack.pop()}>`);
}
