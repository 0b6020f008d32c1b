import { formatDateLong, formatDateShort, formatNumber, formatPercent, formatRatio } from '../i18n/format.js';
import { AMENDMENT_KIND_LABELS, CHANGE_LABELS, RATING_LABELS, SCHEDULE_LABELS, STATUS_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import type { TermSummary } from '../schedule/term-summary.js';
import { RATINGS } from '../schedule/year-summary.js';
import { csvTable } from './csv.js';
import { csvLabel, CSV_HEADERS } from '../i18n/csv-labels.js';
import type { Block } from './report-doc.js';

export const WORDS = {
  get vi() {
    return {
      title: 'Báo cáo sơ kết, tổng kết chương trình phối hợp',
      until: (from: string, until: string) => `Giai đoạn từ ${from} đến ${until}`,
      byYear: 'I. KẾT QUẢ THEO TỪNG NĂM',
      year: 'Năm',
      tasks: 'Nhiệm vụ có kết quả',
      draft: 'dự thảo',
      final: 'chính thức',
      evaluation: 'Đánh giá',
      byTask: 'II. MỨC ĐỘ HOÀN THÀNH TỪNG NHIỆM VỤ',
      task: 'Nhiệm vụ',
      schedule: 'Lịch',
      periodsDone: 'Kỳ hoàn thành',
      share: 'Tỷ lệ',
      status: 'Trạng thái',
      amendments: 'III. BỔ SUNG, ĐIỀU CHỈNH',
      noAmendments: 'Không có văn bản bổ sung, điều chỉnh.',
      amendmentLine: (doc: string, date: string, kind: string) => `Văn bản số ${doc} ${date} (${kind})`,
    };
  },
  get en() {
    return {
      title: 'Review of the coordination programme',
      until: (from: string, until: string) => `Period from ${from} to ${until}`,
      byYear: 'I. RESULTS BY YEAR',
      year: 'Year',
      tasks: 'Tasks rated',
      draft: 'draft',
      final: 'final',
      evaluation: 'Evaluation',
      byTask: 'II. COMPLETION OF EACH TASK',
      task: 'Task',
      schedule: 'Schedule',
      periodsDone: 'Periods done',
      share: 'Share',
      status: 'Status',
      amendments: 'III. SUPPLEMENTS AND ADJUSTMENTS',
      noAmendments: 'No supplements or adjustments.',
      amendmentLine: (doc: string, date: string, kind: string) => `Document ${doc} of ${date} (${kind})`,
    };
  },
};

export function termSummaryBlocks(term: TermSummary, lang: Lang): Block[] {
  const w = WORDS[lang];
  const { programme } = term.model;
  const yearRows = term.years.map((y) => [String(y.year), formatRatio(y.rated, y.live, lang), ...RATINGS.map((r) => formatNumber(y.counts[r], lang)), y.final ? w.final : w.draft]);
  const taskRows = term.tasks.map((t) => [
    `${t.model.task.id}. ${t.model.task.title}`,
    SCHEDULE_LABELS[lang][t.model.task.schedule.every],
    t.due ? formatRatio(t.done, t.due, lang) : '—',
    t.due ? formatPercent(t.done, t.due, lang) : '—',
    STATUS_LABELS[lang][t.model.task.status],
  ]);
  const amendmentItems = term.amendments.map((a) => {
    const changes = a.data.changes.map((c) => `${CHANGE_LABELS[lang][c.op]} ${c.task ?? c.content ?? ''}`.trim()).join('; ');
    const line = w.amendmentLine(a.data.document, lang === 'vi' ? formatDateLong(a.data.date, lang) : formatDateShort(a.data.date), AMENDMENT_KIND_LABELS[lang][a.data.kind]);
    return `${line}: ${changes}${a.data.reason ? `. ${a.data.reason}` : ''}`;
  });
  return [
    { kind: 'title', text: w.title },
    { kind: 'subtitle', text: programme.title },
    { kind: 'paragraph', text: w.until(formatDateShort(programme.period.from), formatDateShort(term.until)) },
    { kind: 'heading', level: 1, text: w.byYear },
    { kind: 'table', headers: [w.year, w.tasks, ...RATINGS.map((r) => RATING_LABELS[lang][r]), w.evaluation], rows: yearRows },
    { kind: 'heading', level: 1, text: w.byTask },
    { kind: 'table', headers: [w.task, w.schedule, w.periodsDone, w.share, w.status], rows: taskRows },
    { kind: 'heading', level: 1, text: w.amendments },
    amendmentItems.length ? { kind: 'bullets', items: amendmentItems } : { kind: 'paragraph', text: w.noAmendments },
  ];
}

/**
 * Each task across the period, for a spreadsheet: periods done and the rating of every year, as
 * the year report gives it (the final evaluation's, else the one the reports suggest).
 */
export function termSummaryCsv(terms: readonly TermSummary[], lang: Lang = 'en'): string {
  const years = [...new Set(terms.flatMap((t) => t.years.map((y) => y.year)))].sort();
  const rows = terms.flatMap((term) =>
    term.tasks.map((t) => {
      const { task } = t.model;
      const ratings = years.map((year) => csvLabel.rating(term.years.find((y) => y.year === year)?.ratings.get(task.id), lang));
      return [term.model.programme.id, task.id, task.title, task.lead, csvLabel.schedule(task.schedule.every, lang), csvLabel.status(task.status, lang), t.due, t.done, ...ratings];
    }),
  );
  return csvTable([...CSV_HEADERS[lang].term, ...years.map((y) => CSV_HEADERS[lang].rating(y))], rows);
}
