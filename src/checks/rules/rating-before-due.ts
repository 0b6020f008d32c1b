import { formatDateShort } from '../../i18n/format.js';
import { evaluationDate, isDueBy } from '../../schedule/due-by.js';
import { defineRule } from '../rule.js';

export const ratingBeforeDue = defineRule({
  id: 'rating-before-due',
  severity: 'warning',
  docs: {
    vi: 'Không xếp loại nhiệm vụ chưa đến hạn: đến ngày họp đánh giá, nhiệm vụ phải có kỳ đã đến hạn hoặc có báo cáo trong năm (cảnh báo).',
    en: 'No rating for a task not yet due: by the day the evaluation was held, the task had a period due that year or a report of that year (warning).',
  },
  messages: {
    get vi() {
      return {
        early: (task: string, year: number, held: string) =>
          `${task} được xếp loại trong đánh giá năm ${year} nhưng đến ngày họp (${held}) nhiệm vụ chưa đến hạn và chưa có báo cáo nào của năm ${year}`,
        hint: 'bỏ rating (báo cáo sẽ ghi nhiệm vụ "chưa đến hạn"), hoặc ghi báo cáo của nhiệm vụ nếu đã làm trước hạn',
      };
    },
    get en() {
      return {
        early: (task: string, year: number, held: string) =>
          `${task} is rated in the ${year} evaluation, but on the day it was held (${held}) nothing of the task was due yet and it had no report of ${year}`,
        hint: 'remove the rating (reports will say the task is "not yet due"), or record the report if the work was done early',
      };
    },
  },
  check({ models }, msg, report) {
    for (const model of models) {
      const tasks = new Map(model.tasks.map((t) => [t.task.id, t]));
      for (const { source, data } of model.evaluations.values()) {
        const asOf = evaluationDate(data.year, data.held_on);
        // Held before its own year began: the year or the date is wrong, which is no rating's fault.
        if (asOf.slice(0, 4) < String(data.year)) continue;
        (data.results ?? []).forEach((result, i) => {
          const task = tasks.get(result.task);
          if (!result.rating || !task || isDueBy(task, data.year, asOf)) return;
          report({ source, path: ['results', i, 'rating'], message: msg.early(result.task, data.year, formatDateShort(asOf)), hint: msg.hint });
        });
      }
    }
  },
});
