import type { Lang, Localized } from './lang.js';
import { periodLabel, RATING_LABELS, REASON_LABELS, REPORT_STATE_LABELS, SCHEDULE_LABELS, STATE_LABELS, STATUS_LABELS } from './labels.js';

// Column names of the CSV exports. English keeps the machine names (stable for scripts);
// Vietnamese gives the headings an officer expects in a spreadsheet.
export const CSV_HEADERS: Localized<{ status: string[]; overdue: string[]; term: string[]; rating: (year: number | string) => string }> = {
  vi: {
    status: ['Chương trình', 'Nội dung', 'Mã nhiệm vụ', 'Nhiệm vụ', 'Chủ trì', 'Lịch', 'Hạn tới', 'Kỳ báo cáo gần nhất', 'Kết quả báo cáo gần nhất', 'Ngày báo cáo gần nhất', 'Tình trạng', 'Số kỳ quá hạn', 'Số ngày quá hạn lâu nhất'],
    overdue: ['Danh sách', 'Chương trình', 'Loại việc', 'Mã nhiệm vụ', 'Kỳ', 'Hạn', 'Quá hạn (ngày)', 'Còn (ngày)', 'Chủ trì', 'Lý do'],
    term: ['Chương trình', 'Mã nhiệm vụ', 'Nhiệm vụ', 'Chủ trì', 'Lịch', 'Trạng thái', 'Số kỳ đến hạn', 'Số kỳ hoàn thành'],
    rating: (year) => `Đánh giá năm ${year}`,
  },
  en: {
    status: ['programme', 'content', 'task', 'title', 'lead', 'schedule', 'next_due', 'last_report_period', 'last_report_state', 'last_report_on', 'state', 'overdue_count', 'worst_days_overdue'],
    overdue: ['list', 'programme', 'kind', 'task', 'period', 'due', 'days_overdue', 'days_left', 'lead', 'reason'],
    term: ['programme', 'task', 'title', 'lead', 'schedule', 'status', 'periods_due', 'periods_done'],
    rating: (year) => `rating_${year}`,
  },
};

type Code = string | null | undefined;
const pick = <K extends string>(table: Localized<Record<K, string>>, lang: Lang, code: Code): string | null => (code == null ? null : lang === 'en' ? code : (table.vi[code as K] ?? code));

/** A code in a CSV cell: the machine code in English, the Vietnamese word in Vietnamese. */
export const csvLabel = {
  schedule: (code: Code, lang: Lang) => pick(SCHEDULE_LABELS, lang, code),
  state: (code: Code, lang: Lang) => pick(STATE_LABELS, lang, code),
  status: (code: Code, lang: Lang) => pick(STATUS_LABELS, lang, code),
  reportState: (code: Code, lang: Lang) => pick(REPORT_STATE_LABELS, lang, code),
  rating: (code: Code, lang: Lang) => pick(RATING_LABELS, lang, code),
  reason: (code: Code, lang: Lang) => pick(REASON_LABELS, lang, code),
  period: (id: Code, lang: Lang) => (id == null ? null : lang === 'en' ? id : periodLabel(id, lang)),
  list: (which: 'overdue' | 'due_soon', lang: Lang) => (lang === 'en' ? which : which === 'overdue' ? 'quá hạn' : 'sắp đến hạn'),
  kind: (kind: 'task' | 'evaluation', lang: Lang) => (lang === 'en' ? kind : kind === 'task' ? 'nhiệm vụ' : 'đánh giá hằng năm'),
};
