import { splitDate } from '../../calendar.js';
import { defineRule } from '../rule.js';

export const reviews = defineRule({
  id: 'reviews',
  severity: 'error',
  docs: {
    vi: 'Sơ kết, tổng kết (reviews): through là một năm của giai đoạn, mỗi loại một lần, sơ kết trước tổng kết; hội nghị không họp trước năm through (cảnh báo).',
    en: "Reviews: through is a year of the programme's period, one review of each kind, the mid-term before the final; a review is not held before its through year begins (warning).",
  },
  messages: {
    get vi() {
      return {
        outside: (year: number, from: number, to: number) => `năm ${year} nằm ngoài giai đoạn của chương trình (${from}–${to})`,
        outsideHint: (from: number, to: number) => `through là năm cuối được sơ kết, tổng kết, trong khoảng ${from}–${to}`,
        twice: (kind: string) => `chương trình đã có một ${kind} ở trên`,
        twiceHint: 'mỗi chương trình có một sơ kết (mid-term) và một tổng kết (final); xóa hoặc gộp mục trùng',
        order: (mid: number, final: number) => `sơ kết đến năm ${mid} không trước tổng kết đến năm ${final}`,
        orderHint: 'sơ kết (mid-term) đánh giá giữa giai đoạn, tổng kết (final) đến năm cuối',
        early: (held: string, year: number) => `hội nghị họp ngày ${held}, trước khi năm ${year} bắt đầu`,
        earlyHint: 'kiểm tra lại held_on hoặc through',
        kinds: { 'mid-term': 'sơ kết (mid-term)', final: 'tổng kết (final)' } as Record<string, string>,
      };
    },
    get en() {
      return {
        outside: (year: number, from: number, to: number) => `the year ${year} lies outside the programme period (${from}–${to})`,
        outsideHint: (from: number, to: number) => `through is the last year reviewed, between ${from} and ${to}`,
        twice: (kind: string) => `the programme already has a ${kind} review above`,
        twiceHint: 'a programme has one mid-term and one final review; delete or merge the repeated entry',
        order: (mid: number, final: number) => `the mid-term review through ${mid} does not come before the final review through ${final}`,
        orderHint: 'the mid-term review covers part of the period, the final review runs to its last year',
        early: (held: string, year: number) => `the review is held on ${held}, before ${year} begins`,
        earlyHint: 'check held_on or through',
        kinds: { 'mid-term': 'mid-term', final: 'final' } as Record<string, string>,
      };
    },
  },
  check({ models }, msg, report) {
    for (const model of models) {
      const source = model.rec.source;
      const from = splitDate(model.programme.period.from).year;
      const to = splitDate(model.programme.period.to).year;
      const first = new Map<string, number>();
      (model.programme.reviews ?? []).forEach((review, i) => {
        if (review.through < from || review.through > to) {
          report({ source, path: ['reviews', i, 'through'], message: msg.outside(review.through, from, to), hint: msg.outsideHint(from, to) });
        }
        if (first.has(review.kind)) report({ source, path: ['reviews', i, 'kind'], message: msg.twice(msg.kinds[review.kind]!), hint: msg.twiceHint });
        else first.set(review.kind, review.through);
        if (review.held_on && splitDate(review.held_on).year < review.through) {
          report({ source, path: ['reviews', i, 'held_on'], severity: 'warning', message: msg.early(review.held_on, review.through), hint: msg.earlyHint });
        }
      });
      const mid = first.get('mid-term');
      const final = first.get('final');
      if (mid !== undefined && final !== undefined && mid >= final) {
        const i = (model.programme.reviews ?? []).findIndex((r) => r.kind === 'mid-term');
        report({ source, path: ['reviews', i, 'through'], message: msg.order(mid, final), hint: msg.orderHint });
      }
    }
  },
});
