import type { IsoDate } from '../calendar.js';
import { formatNumber } from '../i18n/format.js';
import { periodLabel, REPORT_STATE_LABELS, SCHEDULE_LABELS, STATE_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { sanitizeLine } from '../formatters/sanitize.js';
import { onSchedule, type ProgrammeStatus, type StatusRow } from '../schedule/status.js';
import { agencyShort, colourState, dateCell, moreRowsNote, NARROW_TABLE, programmePeriod, stacked, type ViewOptions } from './common.js';
import { csvTable } from './csv.js';
import { statusFooterText } from './status-footer.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import { csvLabel, CSV_HEADERS } from '../i18n/csv-labels.js';
import { renderMarkdown, type Block } from './report-doc.js';
import { jsonDocument } from './json-stream.js';
import type { Pieces } from '../io/atomic-write.js';
import { takeText, Utf8Writer } from '../io/utf8-writer.js';
import { DEFAULT_WIDTH, writeTable, type Cell, type LineBudget, type ShrinkStep } from './text-table.js';
import { wrapText } from './text-wrap.js';

// The tables below are made per call, so that a mutation run credits each test with what it prints.
export const HEADERS = {
  get vi() {
    return ['Mã', 'Nhiệm vụ', 'Chủ trì', 'Lịch', 'Hạn tới', 'Báo cáo gần nhất', 'Tình trạng'];
  },
  get en() {
    return ['Id', 'Task', 'Lead', 'Schedule', 'Next due', 'Last report', 'State'];
  },
};

// The title wraps first, but keeps a readable width until the other columns have wrapped too.
const shrinkSteps = (): ShrinkStep[] => [
  { column: 1, min: 36 },
  { column: 6, min: 14 },
  { column: 5, min: 16 },
  { column: 2, min: 10 },
  { column: 1, min: 20 },
  { column: 3, min: 8 },
  { column: 6, min: 12 },
  { column: 5, min: 14 },
  { column: 1, min: 14 },
  { column: 5, min: 12 },
  { column: 6, min: 11 },
  { column: 3, min: 7 },
];

/** What is left once the programme has ended is a backlog, not "overdue by 1.889 days". */
export const LEFT_AT_END = {
  get vi() {
    return 'tồn đọng khi kết thúc chương trình';
  },
  get en() {
    return 'left when the programme ended';
  },
};

function stateText(row: StatusRow, lang: Lang, ended: boolean): string {
  const label = STATE_LABELS[lang][row.state];
  if (row.state !== 'overdue') return label;
  if (ended) return `${LEFT_AT_END[lang]} (${row.overdueCount} ${lang === 'vi' ? 'kỳ' : row.overdueCount === 1 ? 'period' : 'periods'})`;
  const days = formatNumber(row.worstDays, lang);
  return lang === 'vi' ? `${label} (${row.overdueCount} kỳ, ${days} ngày)` : `${label} (${row.overdueCount}, ${days} ${row.worstDays === 1 ? 'day' : 'days'})`;
}

function lastReportText(row: StatusRow, lang: Lang): string {
  const r = row.lastReport;
  if (!r) return '—';
  const period = r.period === undefined ? '' : `${periodLabel(String(r.period), lang)}: `;
  return `${period}${REPORT_STATE_LABELS[lang][r.state]} (${dateCell(r.on)})`;
}

/** The footer (counts what is shown; see status-footer.ts). */
export function statusFooter(status: ProgrammeStatus, lang: Lang): string {
  return statusFooterText(status, lang);
}

function header(status: ProgrammeStatus, asOf: IsoDate, lang: Lang, notes: readonly string[] = []): string {
  const { programme } = status.model;
  const asOfText = lang === 'vi' ? `Tính đến ngày ${dateCell(asOf)}` : `As of ${dateCell(asOf)}`;
  return [`${sanitizeLine(programme.title)}`, `${lang === 'vi' ? 'Giai đoạn' : 'Period'}: ${programmePeriod(status.model)} · ${asOfText}`, ...notes].join('\n');
}

function rowCells(status: ProgrammeStatus, row: StatusRow, lang: Lang, asOf: IsoDate): string[] {
  const { task } = row.model;
  const ended = asOf > status.model.programme.period.to;
  return [task.id, sanitizeLine(task.title), agencyShort(status.model, task.lead), SCHEDULE_LABELS[lang][task.schedule.every], dateCell(row.nextDue), lastReportText(row, lang), stateText(row, lang, ended)];
}

// Narrow: the task (its id, title, and lead under them), next due (schedule), last report, state.
const narrowShrinkSteps = (): ShrinkStep[] => [
  { column: 0, min: 36 },
  { column: 3, min: 14 },
  { column: 2, min: 16 },
  { column: 1, min: 14 },
  { column: 0, min: 24 },
  { column: 3, min: 12 },
  { column: 2, min: 14 },
  { column: 0, min: 16 },
  { column: 1, min: 12 },
  { column: 2, min: 12 },
  { column: 3, min: 11 },
];

/** What a programme's part of the status table needs (plain data: a worker thread lays parts out). */
export type StatusTableView = Pick<ViewOptions, 'lang' | 'color' | 'width' | 'notes'>;

function tableLayout(options: StatusTableView) {
  const width = options.width ?? DEFAULT_WIDTH;
  const narrow = width < NARROW_TABLE;
  const all = HEADERS[options.lang];
  const headers = narrow ? [all[1]!, stacked(all[4]!, all[3]!.toLowerCase()), ...all.slice(5)] : all;
  return { width, narrow, headers, lead: all[2]!, shrink: narrow ? narrowShrinkSteps() : shrinkSteps() };
}

/**
 * A row's cells in a narrow table (four columns, not seven): the id, title and lead made one cell,
 * the lead on a line of its own; the schedule under the next due day. At 80 columns the title
 * then has 29–31 columns, not 17: a task of the sample takes 4–7 lines, not 7–12.
 */
function narrowCells([id, title, lead, schedule, due, last, state]: string[], leadLabel: string): string[] {
  return [`${id} ${title}\n${leadLabel}: ${lead}`, stacked(due!, schedule!), last!, state!];
}

/** A programme's rows: a heading row for each content area, then its tasks. */
function tableRows(status: ProgrammeStatus, asOf: IsoDate, options: StatusTableView, layout: ReturnType<typeof tableLayout>): Cell[][] {
  const rows: Cell[][] = [];
  for (const group of status.groups) {
    rows.push([{ content: `${group.content.id}. ${sanitizeLine(group.content.title)}`, colSpan: layout.headers.length }]);
    for (const row of group.rows) {
      const cells = rowCells(status, row, options.lang, asOf);
      cells[6] = colourState(cells[6]!, row.state, options.color);
      rows.push(layout.narrow ? narrowCells(cells, layout.lead) : cells);
    }
  }
  return rows;
}

function wrappedHeading(status: ProgrammeStatus, asOf: IsoDate, options: StatusTableView, width: number): string {
  return header(status, asOf, options.lang, options.notes)
    .split('\n')
    .flatMap((line) => wrapText(line, width))
    .join('\n');
}

/** One programme's heading, boxed table and footer; parts of a listing are joined by an empty line. */
export function statusTablePart(status: ProgrammeStatus, asOf: IsoDate, options: StatusTableView, budget?: LineBudget): string {
  return takeText(writeStatusTablePart(status, asOf, options, new Utf8Writer(), budget));
}

/** `statusTablePart` written as UTF-8 into `out` (a worker thread lays out each programme's part this way). */
export function writeStatusTablePart(status: ProgrammeStatus, asOf: IsoDate, options: StatusTableView, out: Utf8Writer, budget?: LineBudget): Utf8Writer {
  const layout = tableLayout(options);
  const rows = tableRows(status, asOf, options, layout);
  const heading = wrappedHeading(status, asOf, options, layout.width);
  if (budget) budget.left -= heading.split('\n').length + 2;
  const start = out.length;
  out.text(`${heading}\n`);
  const table = out.length;
  if (rows.length) writeTable(layout.headers, rows, layout.shrink, layout.width, out, budget);
  else out.text(`${terminalMessages[options.lang].nothingMatches}\n`);
  // Cut to nothing (not one task fitted): a heading over no table would say it has none.
  if (out.length === table) out.truncate(start);
  else out.text(`${statusFooter(status, options.lang)}\n`);
  return out;
}

/**
 * One boxed table per programme, fitted to `options.width` (default 80). With `options.maxLines`
 * (a terminal), the listing stops when the screen is full and a note says how many rows are left
 * and how to see them.
 */
export function statusTable(statuses: readonly ProgrammeStatus[], asOf: IsoDate, options: ViewOptions): string {
  const budget: LineBudget | undefined = options.maxLines === undefined ? undefined : { left: options.maxLines, hidden: 0 };
  const parts: string[] = [];
  for (const status of statuses) {
    const rows = status.groups.reduce((n, g) => n + g.rows.length, 0);
    // A programme starts only when its heading, a row or two and its footer still fit.
    if (budget && budget.left < 10) {
      budget.hidden += rows;
      continue;
    }
    const part = statusTablePart(status, asOf, options, budget);
    // Not one of its tasks fitted (tall headers, tall rows): it is left out, and so is every
    // programme after it.
    if (!part) {
      budget!.left = 0;
      continue;
    }
    parts.push(part);
  }
  const listing = parts.join('\n');
  return budget && budget.hidden > 0 ? `${listing}${moreRowsNote(budget.hidden, options)}\n` : listing;
}

export function statusMarkdown(statuses: readonly ProgrammeStatus[], asOf: IsoDate, options: ViewOptions): string {
  return renderMarkdown(statusBlocks(statuses, asOf, options.lang, options.notes));
}

/** The status as report blocks (for HTML and Word): a heading per programme, a table per content area. */
export function statusBlocks(statuses: readonly ProgrammeStatus[], asOf: IsoDate, lang: Lang, notes: readonly string[] = []): Block[] {
  return statuses.flatMap((status): Block[] => {
    const [title, ...lines] = header(status, asOf, lang, notes).split('\n');
    return [
      { kind: 'heading', level: 1, text: title! },
      ...lines.map((text): Block => ({ kind: 'paragraph', text })),
      ...status.groups.flatMap((g): Block[] => [
        { kind: 'heading', level: 2, text: `${g.content.id}. ${g.content.title}` },
        { kind: 'table', headers: HEADERS[lang], rows: g.rows.map((r) => rowCells(status, r, lang, asOf)) },
      ]),
      { kind: 'paragraph', text: statusFooter(status, lang) },
    ];
  });
}

export function statusCsv(statuses: readonly ProgrammeStatus[], lang: Lang = 'en'): string {
  const rows = statuses.flatMap((status) =>
    status.groups.flatMap((g) =>
      g.rows.map((r) => {
        const { task } = r.model;
        const last = r.lastReport;
        const period = last?.period === undefined ? null : String(last.period);
        return [status.model.programme.id, g.content.id, task.id, task.title, task.lead, csvLabel.schedule(task.schedule.every, lang), r.nextDue, csvLabel.period(period, lang), csvLabel.reportState(last?.state, lang), last?.on ?? null, csvLabel.state(r.state, lang), r.overdueCount, r.worstDays];
      }),
    ),
  );
  return csvTable(CSV_HEADERS[lang].status, rows);
}

/** A programme's entry in the json listing (version 1 shape). */
export function statusEntry(status: ProgrammeStatus): object {
  return {
    id: status.model.programme.id,
    title: status.model.programme.title,
    period: status.model.programme.period,
    counts: { ...status.counts, live: status.live, on_schedule: onSchedule(status) },
    tasks: status.groups.flatMap((g) =>
      g.rows.map((r) => ({
        id: r.model.task.id,
        title: r.model.task.title,
        content: g.content.id,
        lead: r.model.task.lead,
        schedule: r.model.task.schedule.every,
        next_due: r.nextDue,
        last_report: r.lastReport ? { period: r.lastReport.period === undefined ? null : String(r.lastReport.period), state: r.lastReport.state, on: r.lastReport.on } : null,
        state: r.state,
        overdue_count: r.overdueCount,
        worst_days_overdue: r.worstDays,
      })),
    ),
  };
}

/** The json listing (version 1) from each programme's entry text (`jsonItem(statusEntry(...))`), a piece at a time. */
export function statusJson(entries: Pieces, asOf: IsoDate): AsyncGenerator<string | Uint8Array> {
  return jsonDocument({ version: 1, as_of: asOf }, [['programmes', entries]]);
}
