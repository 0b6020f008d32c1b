import { isLiveInYear } from '../../model/programme-model.js';
import { evaluationDate, isDueBy } from '../../schedule/due-by.js';
import { defineRule } from '../rule.js';

export const evaluationResults = defineRule({
  id: 'evaluation-results',
  severity: 'warning',
  docs: {
    vi: 'Đánh giá chính thức (final) có kết quả, có xếp loại, cho mọi nhiệm vụ còn thực hiện và đã đến hạn trong năm đó (cảnh báo).',
    en: 'A final evaluation has a rated result for every task live that year and due (or reported) by the day it was held (warning).',
  },
  messages: {
    get vi() {
      return {
        missing: (year: number, ids: string) => `đánh giá năm ${year} đã chốt nhưng thiếu kết quả của: ${ids}`,
        unrated: (task: string) => `đánh giá đã chốt nhưng kết quả của ${task} chưa xếp loại (rating)`,
        unratedHint: 'thêm rating: excellent, good, done hoặc not_done',
        hint: (id: string) => `thêm vào results, ví dụ "- { task: ${id}, rating: good, summary: ... }"`,
      };
    },
    get en() {
      return {
        missing: (year: number, ids: string) => `the final evaluation of ${year} has no result for: ${ids}`,
        unrated: (task: string) => `the evaluation is final but the result for ${task} has no rating`,
        unratedHint: 'add rating: excellent, good, done or not_done',
        hint: (id: string) => `add to results, for example "- { task: ${id}, rating: good, summary: ... }"`,
      };
    },
  },
  check({ models }, msg, report) {
    for (const model of models) {
      for (const { source, data } of model.evaluations.values()) {
        if (data.state !== 'final') continue;
        const rated = new Set((data.results ?? []).map((r) => r.task));
        const asOf = evaluationDate(data.year, data.held_on);
        // A task with nothing due by the meeting (a once-task due in a later year) is not rated yet.
        const missing = model.tasks.filter((t) => isLiveInYear(t, data.year) && isDueBy(t, data.year, asOf) && !rated.has(t.task.id)).map((t) => t.task.id);
        if (missing.length) report({ source, path: ['results'], key: true, message: msg.missing(data.year, missing.join(', ')), hint: msg.hint(missing[0]!) });
        (data.results ?? []).forEach((r, i) => {
          if (!r.rating) report({ source, path: ['results', i], message: msg.unrated(r.task), hint: msg.unratedHint });
        });
      }
    }
  },
});
