import { addDays, type IsoDate } from '../calendar.js';
import { formatDateShort } from '../i18n/format.js';
import { periodLabel } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import type { Occurrence } from '../schedule/occurrences.js';

// iCalendar (RFC 5545) for due days: one all-day VEVENT per open occurrence, with a VALARM.

export interface CalendarOptions {
  lang: Lang;
  /** Days before the due day when the reminder fires. */
  remind: number;
  /** DTSTAMP: when the file was made (UTC). */
  stamp: Date;
}

export const WORDS = {
  get vi() {
    return { evaluation: 'Đánh giá chung hằng năm', programme: 'Chương trình', lead: 'Chủ trì', partners: 'Phối hợp', period: 'Kỳ', due: 'Hạn', reminder: (d: number) => `Còn ${d} ngày đến hạn`, parties: 'Các bên' };
  },
  get en() {
    return { evaluation: 'Yearly joint evaluation', programme: 'Programme', lead: 'Lead', partners: 'Partners', period: 'Period', due: 'Due', reminder: (d: number) => `Due in ${d} ${d === 1 ? 'day' : 'days'}`, parties: 'Parties' };
  },
};

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline; control characters dropped. */
export function escapeIcsText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): CRLF then one space; never inside a UTF-8
 * sequence, so each piece stays valid text.
 */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      pieces.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const compact = (date: IsoDate) => date.replace(/-/g, '');

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A stable UID per occurrence: the same period of the same task is the same event on every export. */
export function occurrenceUid(o: Occurrence): string {
  const what = o.kind === 'evaluation' ? 'danh-gia' : o.task ?? 'task';
  return `${o.programme}.${what}.${o.period ?? 'mot-lan'}@phoihop`;
}

function agencyName(model: ProgrammeModel | undefined, id: string): string {
  const agency = model?.agencies.get(id);
  return agency?.name ?? id;
}

function eventLines(o: Occurrence, model: ProgrammeModel | undefined, options: CalendarOptions): string[] {
  const w = WORDS[options.lang];
  const task = o.task === null ? undefined : model?.tasks.find((t) => t.task.id === o.task);
  const period = periodLabel(o.period, options.lang);
  const summary = o.kind === 'evaluation' ? `${w.evaluation} ${period}` : `${o.task} ${task?.task.title ?? ''}`.trim() + ` (${period})`;
  const details = [`${w.programme}: ${model?.programme.title ?? o.programme}`];
  if (o.kind === 'evaluation') {
    details.push(`${w.parties}: ${(model?.programme.parties ?? []).map((p) => agencyName(model, p.agency)).join(', ')}`);
  } else {
    if (o.lead) details.push(`${w.lead}: ${agencyName(model, o.lead)}`);
    const partners = task?.task.partners ?? [];
    if (partners.length > 0) details.push(`${w.partners}: ${partners.map((p) => agencyName(model, p)).join(', ')}`);
  }
  details.push(`${w.period}: ${period}`, `${w.due}: ${formatDateShort(o.due)}`);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${occurrenceUid(o)}`,
    `DTSTAMP:${stampOf(options.stamp)}`,
    `DTSTART;VALUE=DATE:${compact(o.due)}`,
    `DTEND;VALUE=DATE:${compact(addDays(o.due, 1))}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(details.join('\n'))}`,
    `CATEGORIES:${escapeIcsText(o.programme)}`,
    'TRANSP:TRANSPARENT',
  ];
  if (options.remind > 0) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeIcsText(`${w.reminder(options.remind)}: ${summary}`)}`, `TRIGGER:-P${options.remind}D`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The whole calendar, CRLF line ends, folded lines. */
export function renderCalendar(occurrences: readonly Occurrence[], models: ReadonlyMap<string, ProgrammeModel>, options: CalendarOptions): string {
  const name = options.lang === 'vi' ? 'Hạn chương trình phối hợp' : 'Coordination programme due dates';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//phoihop//phoihop calendar//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeIcsText(name)}`];
  for (const o of occurrences) lines.push(...eventLines(o, models.get(o.programme), options));
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
