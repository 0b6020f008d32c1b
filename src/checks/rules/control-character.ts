import { sanitize } from '../../formatters/sanitize.js';
import { defineRule } from '../rule.js';
import { eachString, excerpt } from '../strings.js';

// Tabs and line breaks are ordinary; every other control character (ESC among them) is not.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const controlCharacter = defineRule({
  id: 'control-character',
  severity: 'error',
  docs: {
    vi: 'Văn bản không chứa ký tự điều khiển hay chuỗi thoát ANSI (thường lẫn vào khi sao chép từ nơi khác).',
    en: 'Text holds no control characters or ANSI escape sequences (they slip in when copying from elsewhere).',
  },
  messages: {
    get vi() {
      return { found: (text: string) => `văn bản chứa ký tự điều khiển vô hình: "${text}"`, hint: 'xóa và gõ lại đoạn văn bản này' };
    },
    get en() {
      return { found: (text: string) => `the text holds invisible control characters: "${text}"`, hint: 'delete and retype this text' };
    },
  },
  check({ parsed }, msg, report) {
    for (const { source, value, plain } of parsed) {
      if (plain) continue;
      eachString(value, (text, path, key) => {
        if (CONTROL.test(text)) report({ source, path: [...path], key, message: msg.found(excerpt(sanitize(text), 60)), hint: msg.hint });
      });
    }
  },
});
