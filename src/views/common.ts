import { Chalk } from 'chalk';
import { sanitizeLine } from '../formatters/sanitize.js';
import { formatDateShort, formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { ProgrammeHead } from '../model/programme-head.js';
import type { DerivedState } from '../schedule/task-state.js';

export interface ViewOptions {
  lang: Lang;
  color: boolean;
  /** Terminal width for text tables. */
  width?: number;
  /** Lines under the heading: what the filters matched, the sample's as-of day. */
  notes?: readonly string[];
  /** On a terminal: the lines a listing may take before it stops and says how to see the rest. */
  maxLines?: number;
  /** The command line that shows everything ("phoihop status --all"), for that note. */
  allCommand?: string;
}

/**
 * Below this width a table stacks its schedule or period under the due day (one column, not two),
 * and the status table puts a task's id and lead in the task's cell, so that the title keeps room:
 * at 80 columns it was wrapped a word or two a line.
 */
export const NARROW_TABLE = 100;

/** A due day with what it is due for under it, in brackets: a narrow table's one column for both. */
export function stacked(due: string, what: string): string {
  return `${due}\n(${what})`;
}

/** The note under a listing cut to fit the screen: how many rows are not shown, and how to see them. */
export function moreRowsNote(hidden: number, options: ViewOptions): string {
  const n = formatNumber(hidden, options.lang);
  const command = options.allCommand ?? 'phoihop --all';
  return options.lang === 'vi'
    ? `… còn ${n} dòng chưa hiện cho vừa màn hình. Xem tất cả: ${command} (trên màn hình sẽ mở bằng trình xem trang; hoặc thêm --format csv, json)`
    : `… ${n} more ${hidden === 1 ? 'row' : 'rows'} not shown, to fit the screen. See them all: ${command} (opens in a pager on a terminal; or add --format csv, json)`;
}

/** An agency's short name for tables, its id when unknown. */
export function agencyShort(model: Pick<ProgrammeHead, 'agencies'>, id: string): string {
  const agency = model.agencies.get(id);
  return sanitizeLine(agency?.short ?? agency?.name ?? id);
}

export function dateCell(date: string | null): string {
  return date ? formatDateShort(date) : '—';
}

export function programmePeriod(model: Pick<ProgrammeHead, 'programme'>): string {
  return `${formatDateShort(model.programme.period.from)} – ${formatDateShort(model.programme.period.to)}`;
}

const STATE_COLOURS: Record<DerivedState, 'green' | 'red' | 'yellow' | 'gray' | 'cyan' | 'white'> = {
  done: 'green',
  overdue: 'red',
  due_soon: 'yellow',
  on_track: 'cyan',
  not_started: 'white',
  paused: 'gray',
  cancelled: 'gray',
};

// Made once: a Chalk costs more to make than the thousands of cells it colours.
const PAINT = new Chalk({ level: 1 });

export function colourState(text: string, state: DerivedState, color: boolean): string {
  return color ? PAINT[STATE_COLOURS[state]](text) : text;
}
