import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/checks/index.js';
import { isPlainText } from '../../src/records/load.js';
import type { SourceFile } from '../../src/records/types.js';

// The text rules skip a file whose text is plain: they must find nothing in any such text.
const TEXT_RULES = RULES.filter((r) => ['control-character', 'nfc', 'legacy-encoding'].includes(r.id));
const source = { path: 'p/tasks/T1.yaml', kind: 'task' } as SourceFile;

function findings(value: string): string[] {
  const found: string[] = [];
  for (const rule of TEXT_RULES) rule.check({ records: { programmes: [] }, models: [], parsed: [{ source, value: { note: value } }] } as never, rule.messages.en as never, () => found.push(rule.id));
  return found;
}

describe('plain text', () => {
  it('is ordinary Vietnamese and ASCII', () => {
    expect(isPlainText('id: NV01\ntitle: "Tuyên truyền, vận động nhân dân – đợt 1"\nnote: Đã tổ chức 12 hội nghị…\n')).toBe(true);
  });

  it('holds every letter of Vietnamese, in both cases and all six tones', () => {
    const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
    const letters = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'].flatMap((v) => tones.map((t) => (v + t).normalize('NFC')));
    const all = [...letters, 'đ', ...letters.map((l) => l.toUpperCase()), 'Đ'].join(' ');
    expect(all.length).toBe(146 * 2 - 1);
    expect(isPlainText(all)).toBe(true);
  });

  it.each([
    ['an escape sequence in a quoted value', 'note: "a\\u001b[31m"'],
    ['a control character', 'note: a\u0007b'],
    ['decomposed Unicode', 'note: Tuye\u0302n truye\u0302\u0300n'],
    ['TCVN3 read as Latin-1', 'note: D©n vËn TØnh ñy'],
    ['VNI read as Latin-1', 'note: vaän ñoäng'],
    ['a VNI tone letter that is also Vietnamese, after a vowel', 'note: uõ aù'],
  ])('is not %s', (_name, text) => {
    expect(isPlainText(text)).toBe(false);
  });

  it('never hides what the text rules would find', () => {
    const letters = fc.constantFrom(...'aeiouyđĐăâêôơưàáảãạùúủũụõòóọỏ©ËØñöäå\u0301\u0302\u0007\u001b\u200e\\ "-:\n'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: letters, maxLength: 24 }), (text) => {
        if (isPlainText(text)) expect(findings(text)).toEqual([]);
      }),
      { numRuns: 5000 },
    );
    expect(findings('D©n vËn TØnh ñy')).toEqual(['legacy-encoding']);
  });
});
