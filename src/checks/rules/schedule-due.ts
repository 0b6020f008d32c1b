import { isCalendarDate, isMonthDay } from '../../calendar.js';
import type { ScheduleKind } from '../../records/types.js';
import { defineRule } from '../rule.js';

// Ongoing tasks have no due days at all (below), so they have no count and no example.
const EXPECTED: Record<Exclude<ScheduleKind, 'ongoing'>, number> = { once: 1, year: 1, 'half-year': 2, quarter: 4 };
const EXAMPLES: Record<Exclude<ScheduleKind, 'ongoing'>, string> = {
  once: 'due: [2019-08-31]',
  year: 'due: ["12-15"]',
  'half-year': 'due: ["06-20", "12-20"]',
  quarter: 'due: ["03-25", "06-25", "09-25", "12-25"]',
};

export const scheduleDue = defineRule({
  id: 'schedule-due',
  severity: 'error',
  docs: {
    vi: 'Số hạn và dạng hạn khớp với tần suất: một lần có 1 ngày YYYY-MM-DD; hằng năm 1, 6 tháng 2, hằng quý 4 ngày "MM-DD"; thường xuyên không có hạn.',
    en: 'Due days match the schedule: once has one YYYY-MM-DD date; year 1, half-year 2, quarter 4 "MM-DD" days; ongoing has none.',
  },
  messages: {
    get vi() {
      return {
        count: (every: string, n: number, found: number) => `lịch "every: ${every}" cần ${n} hạn, nhưng có ${found}`,
        none: 'nhiệm vụ thường xuyên (ongoing) không có hạn; kết quả được đánh giá hằng năm',
        noneHint: 'xóa dòng due',
        onceForm: (value: string) => `nhiệm vụ một lần cần hạn là một ngày YYYY-MM-DD, không phải "${value}"`,
        recurringForm: (value: string) => `nhiệm vụ định kỳ cần hạn dạng "MM-DD" (lặp lại hằng năm), không phải "${value}"`,
        example: (text: string) => `ví dụ: ${text}`,
      };
    },
    get en() {
      return {
        count: (every: string, n: number, found: number) => `"every: ${every}" needs ${n} due day${n === 1 ? '' : 's'}, but has ${found}`,
        none: 'ongoing tasks have no due days; they are judged in the yearly evaluation',
        noneHint: 'delete the due line',
        onceForm: (value: string) => `a once-task needs a YYYY-MM-DD date as its due day, not "${value}"`,
        recurringForm: (value: string) => `a recurring task needs "MM-DD" due days (repeating every year), not "${value}"`,
        example: (text: string) => `for example: ${text}`,
      };
    },
  },
  check({ records }, msg, report) {
    for (const folder of records.programmes) {
      for (const { source, data } of folder.tasks) {
        const { every, due = [] } = data.schedule;
        if (every === 'ongoing') {
          if (due.length > 0) report({ source, path: ['schedule', 'due'], key: true, message: msg.none, hint: msg.noneHint });
          continue;
        }
        const example = msg.example(EXAMPLES[every]);
        if (due.length !== EXPECTED[every]) {
          report({ source, path: ['schedule', due.length ? 'due' : 'every'], message: msg.count(every, EXPECTED[every], due.length), hint: example });
          continue;
        }
        due.forEach((day, i) => {
          if (every === 'once' && !isCalendarDate(day)) report({ source, path: ['schedule', 'due', i], message: msg.onceForm(day), hint: example });
          if (every !== 'once' && !isMonthDay(day)) report({ source, path: ['schedule', 'due', i], message: msg.recurringForm(day), hint: example });
        });
      }
    }
  },
});
