import { periodId, isPeriodOfTask } from '../../schedule/periods.js';
import { defineRule } from '../rule.js';

const FORMS: Record<string, string> = { year: '"2018"', 'half-year': '"2018-H1", "2018-H2"', quarter: '"2018-Q1" … "2018-Q4"', ongoing: '"2018"' };

export const reportPeriod = defineRule({
  id: 'report-period',
  severity: 'error',
  docs: {
    vi: 'Kỳ của báo cáo là một kỳ trong lịch của nhiệm vụ và giao với thời gian thực hiện; báo cáo của nhiệm vụ một lần không ghi kỳ.',
    en: "A report's period is a period of its task's schedule that overlaps the task's dates; once-task reports have no period.",
  },
  messages: {
    get vi() {
      return {
        missing: 'báo cáo của nhiệm vụ định kỳ phải ghi kỳ (period)',
        forOnce: 'nhiệm vụ một lần không chia kỳ; báo cáo không ghi period',
        forOnceHint: 'xóa dòng period',
        wrongKind: (period: string, every: string) => `kỳ "${period}" không thuộc lịch "every: ${every}" của nhiệm vụ`,
        outside: (period: string, start: string, end: string) => `kỳ "${period}" nằm ngoài thời gian thực hiện nhiệm vụ (${start}–${end})`,
        forms: (forms: string) => `kỳ hợp lệ có dạng ${forms}`,
      };
    },
    get en() {
      return {
        missing: "a recurring task's report needs a period",
        forOnce: 'once-tasks have no periods; leave period out of their reports',
        forOnceHint: 'delete the period line',
        wrongKind: (period: string, every: string) => `the period "${period}" does not belong to the task's "every: ${every}" schedule`,
        outside: (period: string, start: string, end: string) => `the period "${period}" lies outside the task's dates (${start}–${end})`,
        forms: (forms: string) => `valid periods look like ${forms}`,
      };
    },
  },
  check({ models }, msg, report) {
    for (const { rec, task, window } of models.flatMap((m) => m.tasks)) {
      const every = task.schedule.every;
      (task.reports ?? []).forEach((r, i) => {
        const id = periodId(r.period);
        const path = ['reports', i, 'period'];
        if (every === 'once') {
          if (id !== null) report({ source: rec.source, path, message: msg.forOnce, hint: msg.forOnceHint });
          return;
        }
        if (id === null) {
          if (every !== 'ongoing') report({ source: rec.source, path: ['reports', i], message: msg.missing, hint: msg.forms(FORMS[every]!) });
          return;
        }
        if (isPeriodOfTask(id, task, window)) return;
        const kindOk = isPeriodOfTask(id, task, { start: '0000-01-01', end: '9999-12-31' });
        const message = kindOk ? msg.outside(id, window.start, window.end) : msg.wrongKind(id, every);
        report({ source: rec.source, path, message, hint: msg.forms(FORMS[every]!) });
      });
    }
  },
});
