import { splitDate } from '../../calendar.js';
import { formatDateShort } from '../../i18n/format.js';
import { periodId, parsePeriod } from '../../schedule/periods.js';
import { defineRule } from '../rule.js';

export const reportAfterEvaluation = defineRule({
  id: 'report-after-evaluation',
  severity: 'warning',
  docs: {
    vi: 'Báo cáo một kỳ của năm không ghi ngày sau ngày họp đánh giá năm đó (cùng năm): báo cáo năm được ghi ngày họp nên sẽ không nêu báo cáo ấy (cảnh báo).',
    en: "A report for a period of a year is not dated after that year's evaluation was held (in the same year): the year report carries the meeting's date and would leave it out (warning).",
  },
  messages: {
    get vi() {
      return {
        late: (period: string, on: string, year: number, held: string) =>
          `báo cáo kỳ ${period} ghi ngày ${on}, sau ngày họp đánh giá năm ${year} (${held}): báo cáo năm ${year} sẽ không nêu báo cáo này`,
        hint: (year: number) => `kiểm tra lại ngày báo cáo (on), hoặc ngày họp (held_on) trong evaluations/${year}.yaml; hạn các kỳ cuối năm nên trước ngày họp đánh giá`,
      };
    },
    get en() {
      return {
        late: (period: string, on: string, year: number, held: string) =>
          `the report for ${period} is dated ${on}, after the ${year} evaluation was held (${held}): the ${year} report will leave it out`,
        hint: (year: number) => `check the report's date (on), or held_on in evaluations/${year}.yaml; due days at the end of the year should come before the evaluation`,
      };
    },
  },
  check({ models }, msg, report) {
    for (const model of models) {
      for (const { rec, task } of model.tasks) {
        (task.reports ?? []).forEach((r, i) => {
          const id = periodId(r.period);
          const period = id ? parsePeriod(id) : null;
          // Once-task reports belong to no year; a catch-up report in a later year is simply late.
          if (!id || !period || splitDate(r.on).year !== period.year) return;
          const held = model.evaluations.get(period.year)?.data.held_on;
          if (!held || r.on <= held) return;
          report({ source: rec.source, path: ['reports', i, 'on'], message: msg.late(id, formatDateShort(r.on), period.year, formatDateShort(held)), hint: msg.hint(period.year) });
        });
      }
    }
  },
});
