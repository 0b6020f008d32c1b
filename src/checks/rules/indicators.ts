import { closest } from '../closest.js';
import { defineRule } from '../rule.js';

export const indicators = defineRule({
  id: 'indicators',
  severity: 'error',
  docs: {
    vi: 'Số liệu (figures) của báo cáo ghi theo mã chỉ tiêu khai báo trong indicators của programme.yaml; mã chỉ tiêu không trùng.',
    en: "A report's figures name indicators declared in programme.yaml (indicators); indicator ids are unique.",
  },
  messages: {
    get vi() {
      return {
        unknown: (id: string) => `số liệu "${id}" không thuộc chỉ tiêu nào của chương trình`,
        didYouMean: (id: string) => `có phải ý bạn là "${id}"?`,
        known: (ids: string) => `các chỉ tiêu đã khai báo: ${ids}`,
        none: 'chương trình chưa khai báo chỉ tiêu; thêm vào programme.yaml, ví dụ "indicators: [{ id: tiep-dan, title: phiên tiếp công dân, unit: phiên }]"',
        duplicate: (id: string) => `mã chỉ tiêu "${id}" đã dùng ở trên`,
        duplicateHint: 'mỗi mã chỉ dùng một lần; đổi mã hoặc gộp hai chỉ tiêu',
      };
    },
    get en() {
      return {
        unknown: (id: string) => `the figure "${id}" names no indicator of the programme`,
        didYouMean: (id: string) => `did you mean "${id}"?`,
        known: (ids: string) => `declared indicators: ${ids}`,
        none: 'the programme declares no indicators; add them to programme.yaml, for example "indicators: [{ id: tiep-dan, title: phiên tiếp công dân, unit: phiên }]"',
        duplicate: (id: string) => `the indicator id "${id}" is already used above`,
        duplicateHint: 'use each id once; change the id or merge the two indicators',
      };
    },
  },
  check({ models }, msg, report) {
    for (const model of models) {
      const declared = model.programme.indicators ?? [];
      const seen = new Set<string>();
      declared.forEach((indicator, i) => {
        if (seen.has(indicator.id)) report({ source: model.rec.source, path: ['indicators', i, 'id'], message: msg.duplicate(indicator.id), hint: msg.duplicateHint });
        seen.add(indicator.id);
      });
      for (const { rec, task } of model.tasks) {
        (task.reports ?? []).forEach((r, i) => {
          for (const id of Object.keys(r.figures ?? {})) {
            if (seen.has(id)) continue;
            const near = closest(id, seen);
            const hint = seen.size === 0 ? msg.none : near ? msg.didYouMean(near) : msg.known([...seen].join(', '));
            report({ source: rec.source, path: ['reports', i, 'figures', id], key: true, message: msg.unknown(id), hint });
          }
        });
      }
    }
  },
});
