import { sanitizeLine } from '../formatters/sanitize.js';
import { AMENDMENT_KIND_LABELS, periodLabel, REPORT_STATE_LABELS, STATUS_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { formatDue } from '../i18n/format.js';
import type { ProgrammeChanges, TaskRef } from '../model/compare.js';
import { dateCell } from './common.js';
import { renderMarkdown, renderText, type Block } from './report-doc.js';

const WORDS = {
  vi: {
    title: (base: string, head: string) => `Thay đổi hồ sơ từ ${base} đến ${head}`,
    none: 'Không có thay đổi nào trong hồ sơ.',
    added: 'chương trình mới',
    removed: 'chương trình bị xóa',
    contentsAdded: 'Nội dung bổ sung',
    tasksAdded: 'Nhiệm vụ mới',
    tasksCancelled: 'Nhiệm vụ bị hủy',
    tasksRemoved: 'Tệp nhiệm vụ bị xóa',
    statusChanges: 'Thay đổi trạng thái',
    dueMoves: 'Thay đổi hạn',
    reports: 'Báo cáo mới',
    evaluations: 'Đánh giá năm',
    amendments: 'Văn bản bổ sung, điều chỉnh mới',
    evaluation: { added: 'thêm mới', changed: 'sửa đổi', finalised: 'chốt (final)', removed: 'bị xóa' },
    state: { draft: 'dự thảo', final: 'chính thức' },
    once: 'một lần',
  },
  en: {
    title: (base: string, head: string) => `Record changes from ${base} to ${head}`,
    none: 'No change in the records.',
    added: 'new programme',
    removed: 'programme removed',
    contentsAdded: 'Contents added',
    tasksAdded: 'Tasks added',
    tasksCancelled: 'Tasks cancelled',
    tasksRemoved: 'Task files deleted',
    statusChanges: 'Status changes',
    dueMoves: 'Due days moved',
    reports: 'New reports',
    evaluations: 'Evaluations',
    amendments: 'New amendments',
    evaluation: { added: 'added', changed: 'changed', finalised: 'made final', removed: 'deleted' },
    state: { draft: 'draft', final: 'final' },
    once: 'once',
  },
};

const task = (t: TaskRef) => `${t.id} ${sanitizeLine(t.title)}`;

/** The changes as report blocks: one heading per programme, one list per kind of change. */
export function diffBlocks(changes: readonly ProgrammeChanges[], base: string, head: string, lang: Lang): Block[] {
  const w = WORDS[lang];
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: w.title(base, head) }];
  if (changes.length === 0) blocks.push({ kind: 'paragraph', text: w.none });
  for (const c of changes) {
    blocks.push({ kind: 'heading', level: 2, text: `${c.id}${c.change === 'changed' ? '' : ` (${c.change === 'added' ? w.added : w.removed})`}` });
    const list = (title: string, items: string[]) => {
      if (items.length) blocks.push({ kind: 'paragraph', text: `${title}:` }, { kind: 'bullets', items });
    };
    list(w.contentsAdded, c.contentsAdded.map((x) => `${x.id} ${x.title}`));
    list(w.tasksAdded, c.tasksAdded.map(task));
    list(w.tasksCancelled, c.tasksCancelled.map(task));
    list(w.tasksRemoved, c.tasksRemoved.map(task));
    list(w.statusChanges, c.statusChanges.map((x) => `${task(x)}: ${STATUS_LABELS[lang][x.from]} → ${STATUS_LABELS[lang][x.to]}`));
    list(w.dueMoves, c.dueMoves.map((x) => `${task(x)}: ${x.from.map((d) => formatDue(d, lang)).join(', ') || '—'} → ${x.to.map((d) => formatDue(d, lang)).join(', ') || '—'}`));
    list(
      w.reports,
      c.reports.map((x) => `${task(x)}, ${x.report.period === undefined ? w.once : periodLabel(String(x.report.period), lang)}: ${REPORT_STATE_LABELS[lang][x.report.state]} (${dateCell(x.report.on)})`),
    );
    list(w.evaluations, c.evaluations.map((e) => `${e.year}: ${w.evaluation[e.change]} (${w.state[e.state]})`));
    list(w.amendments, c.amendments.map((a) => `${a.stem}: ${a.document} (${AMENDMENT_KIND_LABELS[lang][a.kind]}, ${dateCell(a.date)})`));
  }
  return blocks;
}

export function diffMarkdown(changes: readonly ProgrammeChanges[], base: string, head: string, lang: Lang): string {
  return renderMarkdown(diffBlocks(changes, base, head, lang));
}

export function diffText(changes: readonly ProgrammeChanges[], base: string, head: string, lang: Lang): string {
  return renderText(diffBlocks(changes, base, head, lang));
}

export function diffJson(changes: readonly ProgrammeChanges[], base: string, head: string): string {
  return JSON.stringify({ version: 1, base, head, programmes: changes }, null, 2) + '\n';
}
