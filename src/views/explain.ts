import { sanitizeLine } from '../formatters/sanitize.js';
import { formatDue, formatNumber } from '../i18n/format.js';
import { CHANGE_LABELS, periodLabel, REASON_LABELS, REPORT_STATE_LABELS, SCHEDULE_LABELS, STATE_LABELS, STATUS_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import type { Explanation, ExplainedPeriod } from '../schedule/explain.js';
import { agencyShort, dateCell } from './common.js';
import { renderText, type Block } from './report-doc.js';

/** "1 day", "2 days". */
function enDays(days: string): string {
  return `${days} ${days === '1' ? 'day' : 'days'}`;
}

export const WORDS = {
  get vi() {
    return {
      lead: 'Chủ trì',
      schedule: 'Lịch',
      dates: 'Thời gian',
      status: 'Trạng thái ghi trong hồ sơ',
      asOf: (date: string, state: string) => `Tính đến ngày ${date}: ${state}`,
      headers: ['Kỳ', 'Hạn', 'Báo cáo', 'Kết luận'],
      noReport: 'không có báo cáo',
      verdicts: {
        done: 'đã hoàn thành',
        overdue: (days: string, why: string) => `quá hạn ${days} ngày (${why})`,
        open: (days: string) => `đang trong kỳ, còn ${days} ngày`,
        not_due: (days: string) => `chưa đến kỳ, còn ${days} ngày`,
        no_due_day: 'không có hạn (đánh giá hằng năm)',
        not_required: (status: string) => `không tính hạn (nhiệm vụ ${status})`,
      },
      amendments: 'Văn bản bổ sung, điều chỉnh liên quan:',
      noAmendments: 'Không có văn bản bổ sung, điều chỉnh nào liên quan.',
    };
  },
  get en() {
    return {
      lead: 'Lead',
      schedule: 'Schedule',
      dates: 'Dates',
      status: 'Status in the record',
      asOf: (date: string, state: string) => `As of ${date}: ${state}`,
      headers: ['Period', 'Due', 'Reports', 'Verdict'],
      noReport: 'no report',
      verdicts: {
        done: 'done',
        overdue: (days: string, why: string) => `overdue by ${enDays(days)} (${why})`,
        open: (days: string) => `in progress, ${enDays(days)} left`,
        not_due: (days: string) => `not started, ${enDays(days)} left`,
        no_due_day: 'no due day (judged in the yearly evaluation)',
        not_required: (status: string) => `not counted (task ${status})`,
      },
      amendments: 'Amendments that touch it:',
      noAmendments: 'No amendment touches it.',
    };
  },
};

function verdictText(p: ExplainedPeriod, e: Explanation, lang: Lang, v: (typeof WORDS)[Lang]['verdicts']): string {
  const days = formatNumber(p.days ?? 0, lang);
  switch (p.verdict) {
    case 'done':
      return v.done;
    case 'overdue':
      return v.overdue(days, REASON_LABELS[lang][p.reason ?? 'missing']);
    case 'open':
      return v.open(days);
    case 'not_due':
      return v.not_due(days);
    case 'no_due_day':
      return v.no_due_day;
    case 'not_required':
      return v.not_required(STATUS_LABELS[lang][e.task.task.status]);
  }
}

export function explainBlocks(e: Explanation, lang: Lang): Block[] {
  const w = WORDS[lang];
  const { task, window } = e.task;
  const state = e.state.state === 'overdue' ? `${STATE_LABELS[lang].overdue} (${e.state.overdueCount})` : STATE_LABELS[lang][e.state.state];
  const due = (task.schedule.due ?? []).map((d) => formatDue(d, lang)).join(', ');
  const facts = [
    `${w.lead}: ${agencyShort(e.programme, task.lead)}`,
    `${w.schedule}: ${SCHEDULE_LABELS[lang][task.schedule.every]}${due ? ` (${due})` : ''}`,
    `${w.dates}: ${dateCell(window.start)} – ${dateCell(window.end)}`,
    `${w.status}: ${STATUS_LABELS[lang][task.status]}`,
  ];
  const rows = e.periods.map((p) => [
    periodLabel(p.period.id, lang),
    dateCell(p.period.due),
    p.reports.length ? p.reports.map((r) => `${REPORT_STATE_LABELS[lang][r.report.state]} ${dateCell(r.report.on)} (${r.file}:${r.line})`).join('; ') : w.noReport,
    verdictText(p, e, lang, w.verdicts),
  ]);
  const amendments = e.amendments.map((a) => `${a.stem} (${a.document}, ${dateCell(a.date)}): ${CHANGE_LABELS[lang][a.change.op]} ${a.change.task ?? a.change.content ?? ''}${a.change.note ? ` — ${a.change.note}` : ''}`);
  return [
    { kind: 'subtitle', text: `${task.id} — ${sanitizeLine(task.title)} (${e.programme.programme.id})` },
    { kind: 'paragraph', text: facts.join('\n') },
    { kind: 'paragraph', text: w.asOf(dateCell(e.asOf), state) },
    { kind: 'table', headers: w.headers, rows },
    amendments.length ? { kind: 'paragraph', text: `${w.amendments}\n${amendments.map((a) => `- ${a}`).join('\n')}` } : { kind: 'paragraph', text: w.noAmendments },
  ];
}

/** The explanation as text; its table fits `width` columns (long report lists wrap in their cell). */
export function explainText(e: Explanation, lang: Lang, width?: number): string {
  return renderText(explainBlocks(e, lang), width);
}
