import { isLiveInYear } from '../../model/programme-model.js';
import { defineRule } from '../rule.js';

export const evaluationResults = defineRule({
  id: 'evaluation-results',
  severity: 'warning',
  docs: {
    vi: 'Đánh giá chính thức (final) có kết quả cho mọi nhiệm vụ còn thực hiện trong năm đó (cảnh báo).',
    en: 'A final evaluation has a result for every task live that year (warning).',
  },
  messages: {
    vi: {
      missing: (year: number, ids: string) => `đánh giá năm ${year} đã chốt nhưng thiếu kết quả của: ${ids}`,
      hint: (id: string) => `thêm vào results, ví dụ "- { task: ${id}, rating: good, summary: ... }"`,
    },
    en: {
      missing: (year: number, ids: string) => `the final evaluation of ${year} has no result for: ${ids}`,
      hint: (id: string) => `add to results, for example "- { task: ${id}, rating: good, summary: ... }"`,
    },
  },
  check({ models }, msg, report) {
    for (const model of models) {
      for (const { source, data } of model.evaluations.values()) {
        if (data.state !== 'final') continue;
        const rated = new Set((data.results ?? []).map((r) => r.task));
        const missing = model.tasks.filter((t) => isLiveInYear(t, data.year) && !rated.has(t.task.id)).map((t) => t.task.id);
        if (missing.length) report({ source, path: ['results'], key: true, message: msg.missing(data.year, missing.join(', ')), hint: msg.hint(missing[0]!) });
      }
    }
  },
});
