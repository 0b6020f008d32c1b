import type { Amendment, AmendmentChange, Rating, ReportState, ScheduleKind, TaskStatus } from '../records/types.js';
import type { OverdueReason } from '../schedule/occurrences.js';
import { parsePeriod } from '../schedule/periods.js';
import type { DerivedState } from '../schedule/task-state.js';
import type { Lang, Localized } from './lang.js';

// The one vi/en table of domain labels that every view uses.
export const SCHEDULE_LABELS: Localized<Record<ScheduleKind, string>> = {
  vi: { once: 'một lần', year: 'hằng năm', 'half-year': '6 tháng', quarter: 'hằng quý', ongoing: 'thường xuyên' },
  en: { once: 'once', year: 'yearly', 'half-year': 'half-yearly', quarter: 'quarterly', ongoing: 'ongoing' },
};

export const STATE_LABELS: Localized<Record<DerivedState, string>> = {
  vi: { done: 'hoàn thành', overdue: 'quá hạn', due_soon: 'sắp đến hạn', on_track: 'đúng tiến độ', not_started: 'chưa bắt đầu', paused: 'tạm dừng', cancelled: 'đã hủy' },
  en: { done: 'done', overdue: 'overdue', due_soon: 'due soon', on_track: 'on track', not_started: 'not started', paused: 'paused', cancelled: 'cancelled' },
};

export const STATUS_LABELS: Localized<Record<TaskStatus, string>> = {
  vi: { active: 'đang thực hiện', done: 'hoàn thành', paused: 'tạm dừng', cancelled: 'đã hủy' },
  en: { active: 'active', done: 'done', paused: 'paused', cancelled: 'cancelled' },
};

export const REPORT_STATE_LABELS: Localized<Record<ReportState, string>> = {
  vi: { done: 'hoàn thành', partial: 'hoàn thành một phần', not_done: 'chưa hoàn thành' },
  en: { done: 'done', partial: 'partly done', not_done: 'not done' },
};

export const RATING_LABELS: Localized<Record<Rating, string>> = {
  vi: { excellent: 'hoàn thành xuất sắc', good: 'hoàn thành tốt', done: 'hoàn thành', not_done: 'chưa hoàn thành' },
  en: { excellent: 'excellent', good: 'good', done: 'done', not_done: 'not done' },
};

export const REASON_LABELS: Localized<Record<OverdueReason | 'evaluation_missing', string>> = {
  vi: { missing: 'chưa báo cáo', partial: 'mới hoàn thành một phần', not_done: 'báo cáo chưa hoàn thành', draft: 'đánh giá còn dự thảo', evaluation_missing: 'chưa có đánh giá' },
  en: { missing: 'no report', partial: 'partly done', not_done: 'reported not done', draft: 'evaluation still draft', evaluation_missing: 'no evaluation' },
};

export const AMENDMENT_KIND_LABELS: Localized<Record<Amendment['kind'], string>> = {
  vi: { supplement: 'bổ sung', adjustment: 'điều chỉnh' },
  en: { supplement: 'supplement', adjustment: 'adjustment' },
};

/** What an amendment's change does, followed by the task or content it names. */
export const CHANGE_LABELS: Localized<Record<AmendmentChange['op'], string>> = {
  vi: { add_task: 'bổ sung nhiệm vụ', cancel_task: 'hủy nhiệm vụ', change_task: 'điều chỉnh nhiệm vụ', add_content: 'bổ sung nội dung' },
  en: { add_task: 'adds task', cancel_task: 'cancels task', change_task: 'changes task', add_content: 'adds content' },
};

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A period id in words: "2018-H1" → "6 tháng đầu năm 2018", "2018-Q3" → "quý III/2018". */
export function periodLabel(id: string | null, lang: Lang): string {
  if (id === null) return lang === 'vi' ? 'một lần' : 'once';
  const p = parsePeriod(id);
  if (!p) return id;
  if (p.kind === 'half-year') {
    if (lang === 'en') return `H${p.part} ${p.year}`;
    return `6 tháng ${p.part === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
  }
  if (p.kind === 'quarter') return lang === 'vi' ? `quý ${ROMAN[p.part - 1]}/${p.year}` : `Q${p.part} ${p.year}`;
  return lang === 'vi' ? `năm ${p.year}` : String(p.year);
}
