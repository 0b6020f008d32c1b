import { eachString, excerpt } from '../strings.js';
import { defineRule } from '../rule.js';

export const nfc = defineRule({
  id: 'nfc',
  severity: 'warning',
  docs: {
    vi: 'Văn bản ở dạng Unicode dựng sẵn (NFC), để tìm kiếm và sắp xếp đúng (cảnh báo, kèm cách sửa).',
    en: 'Text is in Unicode composed form (NFC), so that search and sorting work (warning, with the fix).',
  },
  messages: {
    vi: {
      notNfc: (text: string) => `văn bản "${text}" dùng Unicode tổ hợp (NFD), không phải dựng sẵn (NFC)`,
      hint: 'gõ lại bằng bộ gõ Unicode dựng sẵn, hoặc chuyển mã tệp sang "Unicode dựng sẵn" (ví dụ bằng Unikey: Công cụ chuyển mã)',
    },
    en: {
      notNfc: (text: string) => `the text "${text}" is in decomposed Unicode (NFD), not composed (NFC)`,
      hint: 'retype it with a composed-Unicode input method, or convert the file to composed Unicode (NFC)',
    },
  },
  check({ sources }, msg, report) {
    for (const source of sources) {
      eachString(source, (text, offset) => {
        if (text.normalize('NFC') !== text) report({ source, path: [], offset, message: msg.notNfc(excerpt(text.normalize('NFC'))), hint: msg.hint });
      });
    }
  },
});
