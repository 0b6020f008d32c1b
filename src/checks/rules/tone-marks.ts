import type { Path } from '../../records/positions.js';
import { defineRule } from '../rule.js';

// The same syllable written with the tone mark on either vowel: "Uỷ" (old style) and "Ủy" (new).
const OLD_TO_NEW: Record<string, string> = {
  òa: 'oà', óa: 'oá', ỏa: 'oả', õa: 'oã', ọa: 'oạ',
  òe: 'oè', óe: 'oé', ỏe: 'oẻ', õe: 'oẽ', ọe: 'oẹ',
  ùy: 'uỳ', úy: 'uý', ủy: 'uỷ', ũy: 'uỹ', ụy: 'uỵ',
};
const PATTERN = new RegExp(Object.keys(OLD_TO_NEW).join('|'), 'gi');

/** One spelling per syllable, whichever placement was typed. */
export function toneNeutral(word: string): string {
  return word.toLowerCase().replace(PATTERN, (m) => OLD_TO_NEW[m.toLowerCase()] ?? m);
}

export const toneMarks = defineRule({
  id: 'tone-marks',
  severity: 'warning',
  docs: {
    vi: 'Trong agencies.yaml, một từ không được viết lẫn hai kiểu đặt dấu thanh (ví dụ "Uỷ" và "Ủy") (cảnh báo).',
    en: 'In agencies.yaml, one word is not spelt with two tone-mark placements (for example "Uỷ" and "Ủy") (warning).',
  },
  messages: {
    get vi() {
      return { mixed: (word: string, other: string) => `"${word}" được viết kiểu khác với "${other}" ở mục trước; nên thống nhất một kiểu đặt dấu`, hint: (other: string) => `viết "${other}" như ở các mục khác` };
    },
    get en() {
      return { mixed: (word: string, other: string) => `"${word}" is spelt differently from "${other}" in an earlier entry; use one tone-mark placement`, hint: (other: string) => `write "${other}" as the other entries do` };
    },
  },
  check({ records }, msg, report) {
    const file = records.agencies;
    if (!file) return;
    const first = new Map<string, string>();
    file.data.agencies.forEach((agency, i) => {
      for (const field of ['name', 'short'] as const) {
        const text = agency[field];
        if (!text) continue;
        const path: Path = ['agencies', i, field];
        for (const word of text.split(/[\s,.;()]+/).filter(Boolean)) {
          const key = toneNeutral(word);
          const seen = first.get(key);
          if (seen === undefined) first.set(key, word);
          else if (seen !== word && seen.toLowerCase() !== word.toLowerCase()) report({ source: file.source, path, message: msg.mixed(word, seen), hint: msg.hint(seen) });
        }
      }
    });
  },
});
