import { defineRule } from '../rule.js';
import { eachString, excerpt } from '../strings.js';

// Letters that only Unicode Vietnamese has: their presence means the text is not mangled.
const UNICODE_VIETNAMESE = /[ĂăĐđĨĩŨũƠơƯưẠ-ỹ]/;
// TCVN3 (ABC) bytes read as Latin-1 show up as signs no Vietnamese word has: "D©n vËn TØnh ñy".
// Latin-1 letters that Vietnamese also uses (Ó, Ô, Ú, à, ê...) are left out, to spare real text.
const TCVN3 = /[©ª«¬®¸µ¶·¹¨ËØÞßÐÑÖ×£¤¥¦§]/g;
// VNI-Windows writes the tone as a Latin-1 letter after the vowel ("vaän", "uûy"), and ư, đ as ö, ñ.
const VNI = /[aeiouyAEIOUY][ùøûõïåä]|[ñöÑÖ]/g;

/** Which legacy encoding a piece of text seems to have been typed in, if any. */
export function guessLegacyEncoding(text: string): 'TCVN3' | 'VNI' | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  const tcvn = text.match(TCVN3)?.length ?? 0;
  const vni = text.match(VNI)?.length ?? 0;
  if (Math.max(tcvn, vni) < 2) return null;
  return vni > tcvn ? 'VNI' : 'TCVN3';
}

export const legacyEncoding = defineRule({
  id: 'legacy-encoding',
  severity: 'warning',
  docs: {
    vi: 'Phát hiện văn bản gõ bằng bảng mã cũ (TCVN3/ABC, VNI) bị hiển thị sai, và hướng dẫn chuyển sang Unicode (cảnh báo).',
    en: 'Detects text typed in a legacy Vietnamese encoding (TCVN3/ABC, VNI) that shows garbled, with how to convert it to Unicode (warning).',
  },
  messages: {
    get vi() {
      return {
        found: (text: string, encoding: string) => `văn bản "${text}" có vẻ được gõ bằng bảng mã ${encoding} cũ, không phải Unicode`,
        hint: (encoding: string) => `chuyển mã sang Unicode dựng sẵn (ví dụ Unikey: Công cụ chuyển mã, nguồn ${encoding}, đích Unicode) rồi lưu lại tệp dạng UTF-8`,
      };
    },
    get en() {
      return {
        found: (text: string, encoding: string) => `the text "${text}" looks typed in the legacy ${encoding} encoding, not Unicode`,
        hint: (encoding: string) => `convert it from ${encoding} to composed Unicode (for example with Unikey's converter) and save the file as UTF-8`,
      };
    },
  },
  check({ parsed }, msg, report) {
    for (const { source, value, plain } of parsed) {
      if (plain) continue;
      eachString(value, (text, path, key) => {
        const encoding = guessLegacyEncoding(text);
        if (encoding) report({ source, path: [...path], key, message: msg.found(excerpt(text), encoding), hint: msg.hint(encoding) });
      });
    }
  },
});
