import { isTimeZone } from '../../calendar.js';
import { defineRule } from '../rule.js';

export const settings = defineRule({
  id: 'settings',
  severity: 'error',
  docs: {
    vi: 'phoihop.yaml: múi giờ là tên IANA có thật (ví dụ Asia/Ho_Chi_Minh).',
    en: 'phoihop.yaml: the time zone is a real IANA name (for example Asia/Ho_Chi_Minh).',
  },
  messages: {
    get vi() {
      return { timezone: (name: string) => `múi giờ "${name}" không có`, hint: 'dùng tên IANA, ví dụ "timezone: Asia/Ho_Chi_Minh"' };
    },
    get en() {
      return { timezone: (name: string) => `there is no time zone "${name}"`, hint: 'use an IANA name, for example "timezone: Asia/Ho_Chi_Minh"' };
    },
  },
  check({ records }, msg, report) {
    const file = records.settings;
    if (file?.data.timezone && !isTimeZone(file.data.timezone)) report({ source: file.source, path: ['timezone'], message: msg.timezone(file.data.timezone), hint: msg.hint });
  },
});
