import type { IsoDate } from '../calendar.js';
import { sanitizeLine } from '../formatters/sanitize.js';
import { formatNumber } from '../i18n/format.js';
import { periodLabel, REASON_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import type { ProgrammeHead } from '../model/programme-head.js';
import type { DueSoon, Occurrence, Overdue } from '../schedule/occurrences.js';
import { agencyShort, dateCell, moreRowsNote, type ViewOptions } from './common.js';
import { LEFT_AT_END } from './status.js';
import { csvTable } from './csv.js';
import { csvLabel, CSV_HEADERS } from '../i18n/csv-labels.js';
import { renderMarkdown, type Block } from './report-doc.js';
import { jsonDocument, jsonItem } from './json-stream.js';
import { tableLines, type LineBudget, type ShrinkStep } from './text-table.js';

export interface OverdueList {
  asOf: IsoDate;
  within: number;
  overdue: Laid<Overdue>[];
  dueSoon: Laid<DueSoon>[];
  /** How many programmes the lists cover. */
  programmes: number;
  /** Each programme's head, for rows not laid out already. */
  heads: ReadonlyMap<string, ProgrammeHead>;
}

/** An occurrence with its table row's cells, when they were made where it was (a worker thread). */
export type Laid<O extends Occurrence> = O & { cells?: string[] };


const WORDS = {
  vi: {
    overdueTitle: (n: string, asOf: string) => `Quá hạn tính đến ngày ${asOf}: ${n}`,
    soonTitle: (n: string, days: string) => `Sắp đến hạn trong ${days} ngày tới: ${n}`,
    none: 'Không có.',
    evaluation: 'Đánh giá chung hằng năm',
    headOverdue: ['Chương trình', 'Việc', 'Kỳ', 'Hạn', 'Quá hạn (ngày)', 'Chủ trì', 'Lý do'],
    headSoon: ['Chương trình', 'Việc', 'Kỳ', 'Hạn', 'Còn (ngày)', 'Chủ trì'],
  },
  en: {
    overdueTitle: (n: string, asOf: string) => `Overdue as of ${asOf}: ${n}`,
    soonTitle: (n: string, days: string) => `Due in the next ${days} days: ${n}`,
    none: 'None.',
    evaluation: 'Yearly joint evaluation',
    headOverdue: ['Programme', 'Item', 'Period', 'Due', 'Days overdue', 'Lead', 'Why'],
    headSoon: ['Programme', 'Item', 'Period', 'Due', 'Days left', 'Lead'],
  },
};

function itemText(o: Occurrence, head: ProgrammeHead | undefined, lang: Lang): string {
  if (o.kind === 'evaluation') return WORDS[lang].evaluation;
  const task = head?.tasks.find((t) => t.task.id === o.task);
  return task ? `${o.task} ${sanitizeLine(task.task.title)}` : (o.task ?? '');
}

function leadText(o: Occurrence, head: ProgrammeHead | undefined): string {
  return o.lead && head ? agencyShort(head, o.lead) : '—';
}

function reasonText(o: Overdue, lang: Lang): string {
  return REASON_LABELS[lang][o.kind === 'evaluation' && o.reason === 'missing' ? 'evaluation_missing' : o.reason];
}

/** Days overdue, or, once the programme has ended, that the item was left at its end. */
function daysText(o: Overdue, head: ProgrammeHead | undefined, asOf: IsoDate, lang: Lang): string {
  return head && asOf > head.programme.period.to ? LEFT_AT_END[lang] : formatNumber(o.daysOverdue, lang);
}

/** A row of either list: overdue (days overdue, why) or due soon (days left). */
export function occurrenceRow(o: Overdue | DueSoon, head: ProgrammeHead | undefined, asOf: IsoDate, lang: Lang): string[] {
  const cells = [o.programme, itemText(o, head, lang), periodLabel(o.period, lang), dateCell(o.due)];
  return 'daysOverdue' in o ? [...cells, daysText(o, head, asOf, lang), leadText(o, head), reasonText(o, lang)] : [...cells, formatNumber(o.daysLeft, lang), leadText(o, head)];
}

function rowOf(o: Laid<Overdue> | Laid<DueSoon>, list: OverdueList, lang: Lang): string[] {
  return o.cells ?? occurrenceRow(o, list.heads.get(o.programme), list.asOf, lang);
}

// Columns: programme, item, period, due, days, lead, why. The item (task title) wraps first.
const SHRINK: ShrinkStep[] = [
  { column: 4, min: 9 },
  { column: 1, min: 36 },
  { column: 6, min: 12 },
  { column: 5, min: 10 },
  { column: 2, min: 10 },
  { column: 0, min: 12 },
  { column: 1, min: 20 },
  { column: 6, min: 10 },
  { column: 0, min: 10 },
  { column: 1, min: 14 },
];

/** With one programme the programme column says nothing: it is left out of text tables. */
function withoutSingleProgramme(list: OverdueList, headers: string[]): { headers: string[]; cut: (row: string[]) => string[]; shrink: ShrinkStep[] } {
  if (list.programmes > 1) return { headers, cut: (row) => row, shrink: SHRINK };
  return { headers: headers.slice(1), cut: (row) => row.slice(1), shrink: SHRINK.filter((s) => s.column > 0).map((s) => ({ ...s, column: s.column - 1 })) };
}

/**
 * Both lists as boxed tables fitted to `options.width`, a row at a time (no row is kept, however
 * long the lists); on a terminal (`maxLines`) cut to the screen, with a note.
 */
export function* overdueTableParts(list: OverdueList, options: ViewOptions): Generator<string> {
  const { lang } = options;
  const w = WORDS[lang];
  const budget: LineBudget | undefined = options.maxLines === undefined ? undefined : { left: options.maxLines, hidden: 0 };
  function* section<O>(title: string, allHeaders: string[], items: readonly O[], row: (o: O) => string[]): Generator<string> {
    const { headers, cut, shrink } = withoutSingleProgramme(list, allHeaders);
    if (!items.length) return yield `${title}\n${w.none}\n`;
    if (budget && budget.left < 8) {
      budget.hidden += items.length;
      return yield `${title}\n`;
    }
    if (budget) budget.left -= 2;
    yield `${title}\n`;
    const rows = function* () {
      for (const o of items) yield cut(row(o));
    };
    for (const piece of tableLines(headers, rows, shrink, options.width, budget)) yield `${piece}\n`;
  }
  yield* section(w.overdueTitle(formatNumber(list.overdue.length, lang), dateCell(list.asOf)), w.headOverdue, list.overdue, (o) => rowOf(o, list, lang));
  yield '\n';
  yield* section(w.soonTitle(formatNumber(list.dueSoon.length, lang), formatNumber(list.within, lang)), w.headSoon, list.dueSoon, (o) => rowOf(o, list, lang));
  if (budget && budget.hidden > 0) yield `${moreRowsNote(budget.hidden, options)}\n`;
}

export function overdueMarkdown(list: OverdueList, options: ViewOptions): string {
  return renderMarkdown(overdueBlocks(list, options.lang));
}

/** Both lists as report blocks (for HTML and Word). */
export function overdueBlocks(list: OverdueList, lang: Lang): Block[] {
  const w = WORDS[lang];
  const section = (title: string, allHeaders: string[], allRows: string[][]): Block[] => {
    const { headers, cut } = withoutSingleProgramme(list, allHeaders);
    return [{ kind: 'heading', level: 1, text: title }, allRows.length ? { kind: 'table', headers, rows: allRows.map(cut) } : { kind: 'paragraph', text: w.none }];
  };
  return [
    ...section(w.overdueTitle(formatNumber(list.overdue.length, lang), dateCell(list.asOf)), w.headOverdue, list.overdue.map((o) => rowOf(o, list, lang))),
    ...section(w.soonTitle(formatNumber(list.dueSoon.length, lang), formatNumber(list.within, lang)), w.headSoon, list.dueSoon.map((o) => rowOf(o, list, lang))),
  ];
}

/** One CSV for both lists: `list` says which, days are overdue (positive) or left. */
export function overdueCsv(list: OverdueList, lang: Lang = 'en'): string {
  const row = (o: Occurrence, which: 'overdue' | 'due_soon', over: number | null, left: number | null) =>
    [csvLabel.list(which, lang), o.programme, csvLabel.kind(o.kind, lang), o.task, csvLabel.period(o.period, lang), o.due, over, left, o.lead, csvLabel.reason(o.reason, lang)];
  const rows = [...list.overdue.map((o) => row(o, 'overdue', o.daysOverdue, null)), ...list.dueSoon.map((o) => row(o, 'due_soon', null, o.daysLeft))];
  return csvTable(CSV_HEADERS[lang].overdue, rows);
}

/** The stable json shape documented in the README (version 1), a piece at a time. */
export function overdueJson(list: OverdueList): AsyncGenerator<string | Uint8Array> {
  const base = (o: Occurrence) => ({ programme: o.programme, kind: o.kind, task: o.task, period: o.period, due: o.due });
  function* entries<O>(items: readonly O[], entry: (o: O) => object): Generator<string> {
    for (const o of items) yield jsonItem(entry(o));
  }
  return jsonDocument({ version: 1, as_of: list.asOf }, [
    ['overdue', entries(list.overdue, (o) => ({ ...base(o), days_overdue: o.daysOverdue, lead: o.lead, reason: o.reason }))],
    ['due_soon', entries(list.dueSoon, (o) => ({ ...base(o), days_left: o.daysLeft, lead: o.lead }))],
  ]);
}
