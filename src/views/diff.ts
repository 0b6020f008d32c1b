import { sanitizeLine } from '../formatters/sanitize.js';
import { AMENDMENT_KIND_LABELS, periodLabel, REPORT_STATE_LABELS, STATUS_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { formatDue } from '../i18n/format.js';
import type { ProgrammeChanges, TaskRef } from '../model/compare.js';
import { dateCell } from './common.js';
import { renderMarkdown, renderText, type Block } from './report-doc.js';

export const WORDS = {
  get vi() {
    return {
      title: (base: string, head: string) => `Thay đổi hồ sơ từ ${base} đến ${head}`,
      none: 'Không có thay đổi nào trong hồ sơ.',
      mergeBase: (base: string, commit: string) => `So với gốc chung (merge base) của ${base} và bản này: commit ${commit.slice(0, 12)}.`,
      unreadable: 'Hồ sơ không đọc được (không so sánh; sửa lỗi rồi chạy lại, xem phoihop validate)',
      side: { base: 'ở bản gốc', head: 'ở bản mới' },
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
    };
  },
  get en() {
    return {
      title: (base: string, head: string) => `Record changes from ${base} to ${head}`,
      none: 'No change in the records.',
      mergeBase: (base: string, commit: string) => `Compared with the merge base of ${base} and this version: commit ${commit.slice(0, 12)}.`,
      unreadable: 'Records that could not be read (not compared; fix them and run again, see phoihop validate)',
      side: { base: 'at the base', head: 'in the change' },
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
    };
  },
};

const task = (t: TaskRef) => `${t.id} ${sanitizeLine(t.title)}`;

/** What the comparison rests on: the merge base used, and the records it could not read. */
export interface DiffNotes {
  mergeBase?: string;
  unreadable?: { file: string; side: 'base' | 'head'; message: string }[];
}

/** The changes as report blocks: one heading per programme, one list per kind of change. */
export function diffBlocks(changes: readonly ProgrammeChanges[], base: string, head: string, lang: Lang, notes: DiffNotes = {}): Block[] {
  const w = WORDS[lang];
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: w.title(base, head) }];
  if (notes.mergeBase) blocks.push({ kind: 'paragraph', text: w.mergeBase(base, notes.mergeBase) });
  if (notes.unreadable?.length) {
    blocks.push({ kind: 'paragraph', text: `${w.unreadable}:` }, { kind: 'bullets', items: notes.unreadable.map((u) => `${sanitizeLine(u.file)} (${w.side[u.side]}): ${sanitizeLine(u.message)}`) });
  }
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

export function diffMarkdown(changes: readonly ProgrammeChanges[], base: string, head: string, lang: Lang, notes?: DiffNotes): string {
  return renderMarkdown(diffBlocks(changes, base, head, lang, notes));
}

export function diffText(changes: readonly ProgrammeChanges[], base: string, head: string, lang: Lang, notes?: DiffNotes): string {
  return renderText(diffBlocks(changes, base, head, lang, notes));
}

export function diffJson(changes: readonly ProgrammeChanges[], base: string, head: string, notes: DiffNotes = {}): string {
  return JSON.stringify({ version: 1, base, head, ...(notes.mergeBase ? { merge_base: notes.mergeBase } : {}), programmes: changes, unreadable: notes.unreadable ?? [] }, null, 2) + '\n';
}
