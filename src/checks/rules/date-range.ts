import { defineRule } from '../rule.js';
import { formatDateShort } from '../../i18n/format.js';

export const dateRange = defineRule({
  id: 'date-range',
  severity: 'error',
  docs: {
    vi: 'Ngày nằm trong giai đoạn: giai đoạn từ trước đến sau, ngày bắt đầu/kết thúc của nhiệm vụ, hạn nhiệm vụ một lần, ngày hoàn thành, ngày văn bản bổ sung và năm đánh giá đều thuộc giai đoạn của chương trình; không báo cáo nào ghi ngày trước ngày ký chương trình.',
    en: 'Dates lie inside the period: the period runs forwards; task start and end, once-task due dates, done_on, amendment dates and evaluation years fall within the programme period; no report is dated before the programme was signed.',
  },
  messages: {
    get vi() {
      return {
        periodBackwards: (from: string, to: string) => `giai đoạn bắt đầu (${from}) sau khi kết thúc (${to})`,
        periodHint: 'kiểm tra lại period.from và period.to',
        outside: (what: string, date: string, from: string, to: string) => `${what} ${date} nằm ngoài giai đoạn của chương trình (${from}–${to})`,
        outsideHint: 'sửa ngày cho đúng, hoặc sửa giai đoạn trong programme.yaml qua văn bản điều chỉnh',
        startAfterEnd: (start: string, end: string) => `nhiệm vụ bắt đầu (${start}) sau khi kết thúc (${end})`,
        doneBeforeStart: (doneOn: string, start: string) => `ngày hoàn thành ${doneOn} trước ngày bắt đầu nhiệm vụ ${start}`,
        dueOutside: (due: string, start: string, end: string) => `hạn ${due} nằm ngoài thời gian thực hiện nhiệm vụ (${start}–${end})`,
        start: 'ngày bắt đầu',
        end: 'ngày kết thúc',
        amendment: 'ngày văn bản',
        year: 'năm đánh giá',
        doneOn: 'ngày hoàn thành',
        reportBeforeSigning: (on: string, signed: string) => `báo cáo ghi ngày ${on}, trước ngày ký chương trình (${signed})`,
        reportBeforeSigningHint: 'sửa ngày báo cáo (on: YYYY-MM-DD) cho đúng ngày ban hành văn bản báo cáo',
      };
    },
    get en() {
      return {
        periodBackwards: (from: string, to: string) => `the period starts (${from}) after it ends (${to})`,
        periodHint: 'check period.from and period.to',
        outside: (what: string, date: string, from: string, to: string) => `the ${what} ${date} lies outside the programme period (${from}–${to})`,
        outsideHint: 'correct the date, or change the period in programme.yaml through an amendment',
        startAfterEnd: (start: string, end: string) => `the task starts (${start}) after it ends (${end})`,
        doneBeforeStart: (doneOn: string, start: string) => `done_on ${doneOn} is before the task starts (${start})`,
        dueOutside: (due: string, start: string, end: string) => `the due date ${due} lies outside the task's dates (${start}–${end})`,
        start: 'start date',
        end: 'end date',
        amendment: 'amendment date',
        year: 'evaluation year',
        doneOn: 'done_on date',
        reportBeforeSigning: (on: string, signed: string) => `the report is dated ${on}, before the programme was signed (${signed})`,
        reportBeforeSigningHint: 'correct the report date (on: YYYY-MM-DD) to the day the report was issued',
      };
    },
  },
  check({ models }, msg, report) {
    for (const model of models) {
      const { from, to } = model.programme.period;
      const [f, t] = [formatDateShort(from), formatDateShort(to)];
      if (from > to) {
        report({ source: model.rec.source, path: ['period'], message: msg.periodBackwards(from, to), hint: msg.periodHint });
        continue;
      }
      const outside = (date: string) => date < from || date > to;
      for (const { rec, task, window } of model.tasks) {
        if (task.start && outside(task.start)) report({ source: rec.source, path: ['start'], message: msg.outside(msg.start, task.start, f, t), hint: msg.outsideHint });
        if (task.end && outside(task.end)) report({ source: rec.source, path: ['end'], message: msg.outside(msg.end, task.end, f, t), hint: msg.outsideHint });
        if (window.start > window.end) report({ source: rec.source, path: [task.start ? 'start' : 'end'], message: msg.startAfterEnd(window.start, window.end) });
        if (task.done_on && task.done_on > to) report({ source: rec.source, path: ['done_on'], message: msg.outside(msg.doneOn, task.done_on, f, t), hint: msg.outsideHint });
        (task.reports ?? []).forEach((r, i) => {
          if (r.on < model.programme.signed_on) report({ source: rec.source, path: ['reports', i, 'on'], message: msg.reportBeforeSigning(r.on, formatDateShort(model.programme.signed_on)), hint: msg.reportBeforeSigningHint });
        });
        if (task.done_on && task.done_on < window.start) report({ source: rec.source, path: ['done_on'], message: msg.doneBeforeStart(task.done_on, window.start) });
        const due = task.schedule.due?.[0];
        if (task.schedule.every === 'once' && due && due.length === 10 && (due < window.start || due > window.end)) {
          report({ source: rec.source, path: ['schedule', 'due', 0], message: msg.dueOutside(due, window.start, window.end), hint: msg.outsideHint });
        }
      }
      for (const { source, data } of model.amendments) {
        if (outside(data.date)) report({ source, path: ['date'], message: msg.outside(msg.amendment, data.date, f, t), hint: msg.outsideHint });
      }
      for (const { source, data } of model.evaluations.values()) {
        if (data.year < Number(from.slice(0, 4)) || data.year > Number(to.slice(0, 4))) {
          report({ source, path: ['year'], message: msg.outside(msg.year, String(data.year), f, t), hint: msg.outsideHint });
        }
      }
    }
  },
});
