import { defineRule } from '../rule.js';

export const doneOn = defineRule({
  id: 'done-on',
  severity: 'error',
  docs: {
    vi: 'status: done đi cùng done_on, và done_on chỉ có khi status: done.',
    en: 'status: done comes with done_on, and done_on only with status: done.',
  },
  messages: {
    get vi() {
      return {
        missing: 'nhiệm vụ đã hoàn thành (status: done) nhưng chưa ghi ngày hoàn thành',
        missingHint: 'thêm dòng "done_on: YYYY-MM-DD", ví dụ done_on: 2019-10-02',
        extra: (status: string) => `có ngày hoàn thành (done_on) nhưng trạng thái là "${status}"`,
        extraHint: 'nếu nhiệm vụ đã xong, sửa thành "status: done"; nếu chưa, xóa dòng done_on',
      };
    },
    get en() {
      return {
        missing: 'the task is done (status: done) but has no done_on date',
        missingHint: 'add a line "done_on: YYYY-MM-DD", for example done_on: 2019-10-02',
        extra: (status: string) => `done_on is set but the status is "${status}"`,
        extraHint: 'if the task is finished, write "status: done"; if not, delete the done_on line',
      };
    },
  },
  check({ records }, msg, report) {
    for (const { source, data } of records.programmes.flatMap((f) => f.tasks)) {
      if (data.status === 'done' && !data.done_on) report({ source, path: ['status'], message: msg.missing, hint: msg.missingHint });
      if (data.status !== 'done' && data.done_on) report({ source, path: ['done_on'], message: msg.extra(data.status), hint: msg.extraHint });
    }
  },
});
