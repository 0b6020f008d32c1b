import { eachString, excerpt } from '../strings.js';
import { defineRule } from '../rule.js';

// Latin letters, Vietnamese precomposed letters and common punctuation never change under NFC:
// most text is skipped without normalising it.
const ALWAYS_NFC = /^[\u0000-\u02ff\u1ea0-\u1ef9\u2010-\u2027\u2030-\u205e]*$/;

export const nfc = defineRule({
  id: 'nfc',
  severity: 'warning',
  docs: {
    vi: 'Văn bản ở dạng Unicode dựng sẵn (NFC), để tìm kiếm và sắp xếp đúng (cảnh báo, kèm cách sửa).',
    en: 'Text is in Unicode composed form (NFC), so that search and sorting work (warning, with the fix).',
  },
  messages: {
    get vi() {
      return {
        notNfc: (text: string) => `văn bản "${text}" dùng Unicode tổ hợp (NFD), không phải dựng sẵn (NFC)`,
        hint: 'gõ lại bằng bộ gõ Unicode dựng sẵn, hoặc chuyển mã tệp sang "Unicode dựng sẵn" (ví dụ bằng Unikey: Công cụ chuyển mã)',
      };
    },
    get en() {
      return {
        notNfc: (text: string) => `the text "${text}" is in decomposed Unicode (NFD), not composed (NFC)`,
        hint: 'retype it with a composed-Unicode input method, or convert the file to composed Unicode (NFC)',
      };
    },
  },
  check({ parsed }, msg, report) {
    for (const { source, value, plain } of parsed) {
      if (plain) continue;
      eachString(value, (text, path, key) => {
        if (!ALWAYS_NFC.test(text) && text.normalize('NFC') !== text) report({ source, path: [...path], key, message: msg.notNfc(excerpt(text.normalize('NFC'))), hint: msg.hint });
      });
    }
  },
});
