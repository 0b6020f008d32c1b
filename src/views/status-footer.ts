import { formatNumber, formatRatio } from '../i18n/format.js';
import { STATE_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import { onSchedule, type ProgrammeStatus } from '../schedule/status.js';

/**
 * The footer: "8/14 nhiệm vụ đúng tiến độ; 5 quá hạn; 1 tạm dừng". With filters it counts what
 * is shown: "Hiển thị 2/14 nhiệm vụ; 1 quá hạn".
 */
export function statusFooterText(status: ProgrammeStatus, lang: Lang): string {
  const { shown } = status;
  const counts = shown?.counts ?? status.counts;
  const parts = shown
    ? [terminalMessages[lang].shownFooter(formatNumber(shown.total, lang), formatNumber(status.model.tasks.length, lang))]
    : [lang === 'vi' ? `${formatRatio(onSchedule(status), status.live, lang)} nhiệm vụ đúng tiến độ` : `${formatRatio(onSchedule(status), status.live, lang)} tasks on schedule`];
  const states = shown ? (['done', 'overdue', 'due_soon', 'on_track', 'not_started', 'paused', 'cancelled'] as const) : (['overdue', 'paused', 'cancelled'] as const);
  for (const state of states) {
    if (counts[state]) parts.push(`${formatNumber(counts[state], lang)} ${STATE_LABELS[lang][state]}`);
  }
  return parts.join('; ');
}
