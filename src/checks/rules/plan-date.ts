import { formatDateShort } from '../../i18n/format.js';
import { splitDate } from '../../calendar.js';
import { defineRule } from '../rule.js';

export const planDate = defineRule({
  id: 'plan-date',
  severity: 'warning',
  docs: {
    vi: 'Kế hoạch năm sau (next_year.plan) trong đánh giá năm Y ghi ngày trong năm Y hoặc Y+1 (cảnh báo).',
    en: "The next year's plan (next_year.plan) in the evaluation of year Y is dated in Y or Y+1 (warning).",
  },
  messages: {
    get vi() {
      return {
        outside: (number: string, date: string, year: number) => `kế hoạch ${number} ghi ngày ${date}, không thuộc năm ${year} hoặc ${year + 1}`,
        hint: (year: number) => `next_year.plan của đánh giá năm ${year} là kế hoạch phối hợp năm ${year + 1}, thường ban hành cuối năm ${year} hoặc đầu năm ${year + 1}; kiểm tra lại ngày (date) hoặc số`,
      };
    },
    get en() {
      return {
        outside: (number: string, date: string, year: number) => `the plan ${number} is dated ${date}, in neither ${year} nor ${year + 1}`,
        hint: (year: number) => `next_year.plan in the ${year} evaluation is the joint plan for ${year + 1}, issued late in ${year} or early in ${year + 1}; check its date or number`,
      };
    },
  },
  check({ models }, msg, report) {
    for (const model of models) {
      for (const { source, data } of model.evaluations.values()) {
        const plan = data.next_year?.plan;
        if (!plan?.date) continue;
        const year = splitDate(plan.date).year;
        if (year === data.year || year === data.year + 1) continue;
        report({ source, path: ['next_year', 'plan', 'date'], message: msg.outside(plan.number, formatDateShort(plan.date), data.year), hint: msg.hint(data.year) });
      }
    }
  },
});
