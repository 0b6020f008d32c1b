import { formatDateShort } from '../../i18n/format.js';
import { defineRule } from '../rule.js';

// Dates that cannot be true yet. They need today (in the root's time zone), which the command
// passes in; without it (a check of records only) this rule finds nothing.
export const futureDate = defineRule({
  id: 'future-date',
  severity: 'error',
  docs: {
    vi: 'Không ghi trước điều chưa xảy ra: ngày hoàn thành, ngày báo cáo và ngày họp của đánh giá đã chốt (state: final) không sau ngày hôm nay.',
    en: 'Nothing is recorded before it happens: done_on, report dates and the held_on of a final evaluation are not after today.',
  },
  messages: {
    get vi() {
      return {
        doneOn: (date: string, today: string) => `ngày hoàn thành ${date} ở tương lai (hôm nay là ${today})`,
        doneOnHint: 'ghi ngày nhiệm vụ thực sự hoàn thành; nếu chưa xong, để "status: active" và xóa dòng done_on',
        report: (date: string, today: string) => `báo cáo ghi ngày ${date}, ở tương lai (hôm nay là ${today})`,
        reportHint: 'ghi ngày của văn bản báo cáo đã ban hành (on: YYYY-MM-DD); báo cáo chưa có thì chưa thêm',
        heldOn: (date: string, today: string) => `đánh giá đã chốt (state: final) nhưng ngày họp ${date} ở tương lai (hôm nay là ${today})`,
        heldOnHint: 'sửa held_on thành ngày đã họp; nếu chưa họp, để "state: draft"',
      };
    },
    get en() {
      return {
        doneOn: (date: string, today: string) => `done_on ${date} is in the future (today is ${today})`,
        doneOnHint: 'write the day the task was really finished; if it is not, keep "status: active" and delete the done_on line',
        report: (date: string, today: string) => `the report is dated ${date}, in the future (today is ${today})`,
        reportHint: 'write the date of the report as issued (on: YYYY-MM-DD); add a report only once it exists',
        heldOn: (date: string, today: string) => `the evaluation is final (state: final) but held_on ${date} is in the future (today is ${today})`,
        heldOnHint: 'set held_on to the day of the meeting; if it has not been held, keep "state: draft"',
      };
    },
  },
  check({ records, today }, msg, report) {
    if (!today) return;
    const t = formatDateShort(today);
    for (const folder of records.programmes) {
      for (const { source, data } of folder.tasks) {
        if (data.done_on && data.done_on > today) report({ source, path: ['done_on'], message: msg.doneOn(data.done_on, t), hint: msg.doneOnHint });
        (data.reports ?? []).forEach((r, i) => {
          if (r.on > today) report({ source, path: ['reports', i, 'on'], message: msg.report(r.on, t), hint: msg.reportHint });
        });
      }
      for (const { source, data } of folder.evaluations) {
        if (data.state === 'final' && data.held_on && data.held_on > today) report({ source, path: ['held_on'], message: msg.heldOn(data.held_on, t), hint: msg.heldOnHint });
      }
    }
  },
});
