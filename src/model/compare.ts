import { collator } from '../i18n/lang.js';
import type { Amendment, Content, Evaluation, Report, TaskStatus } from '../records/types.js';
import { amendmentStem, type ProgrammeModel, type TaskModel } from './programme-model.js';

export interface TaskRef {
  id: string;
  title: string;
}

export interface ProgrammeChanges {
  id: string;
  title: string;
  change: 'added' | 'removed' | 'changed';
  contentsAdded: Content[];
  tasksAdded: TaskRef[];
  tasksCancelled: TaskRef[];
  tasksRemoved: TaskRef[];
  statusChanges: (TaskRef & { from: TaskStatus; to: TaskStatus })[];
  dueMoves: (TaskRef & { from: string[]; to: string[] })[];
  reports: (TaskRef & { report: Report })[];
  evaluations: { year: number; change: 'added' | 'changed' | 'finalised' | 'removed'; state: Evaluation['state'] }[];
  amendments: { stem: string; date: string; document: string; kind: Amendment['kind'] }[];
}

const ref = (t: TaskModel): TaskRef => ({ id: t.task.id, title: t.task.title });
const reportKey = (r: Report) => JSON.stringify([r.period === undefined ? null : String(r.period), r.on, r.state, r.note ?? null]);

function isEmpty(c: ProgrammeChanges): boolean {
  return (
    c.change === 'changed' &&
    [c.contentsAdded, c.tasksAdded, c.tasksCancelled, c.tasksRemoved, c.statusChanges, c.dueMoves, c.reports, c.evaluations, c.amendments].every((list) => list.length === 0)
  );
}

/** Whether a record was readable on both sides; one that was not is neither removed nor new. */
type Readable = (file: string) => boolean;

function compareProgramme(before: ProgrammeModel | undefined, after: ProgrammeModel | undefined, readable: Readable): ProgrammeChanges {
  const model = (after ?? before)!;
  const beforeTasks = new Map((before?.tasks ?? []).map((t) => [t.task.id, t]));
  const afterTasks = new Map((after?.tasks ?? []).map((t) => [t.task.id, t]));
  const changes: ProgrammeChanges = {
    id: model.programme.id,
    title: model.programme.title,
    change: !before ? 'added' : !after ? 'removed' : 'changed',
    contentsAdded: (after?.programme.contents ?? []).filter((c) => before && !before.programme.contents.some((b) => b.id === c.id)),
    tasksAdded: [],
    tasksCancelled: [],
    tasksRemoved: [...beforeTasks.values()].filter((t) => !afterTasks.has(t.task.id) && readable(t.rec.source.path)).map(ref),
    statusChanges: [],
    dueMoves: [],
    reports: [],
    evaluations: [],
    amendments: [],
  };
  if (!after) return changes;
  for (const task of afterTasks.values()) {
    const old = beforeTasks.get(task.task.id);
    if (!old) {
      if (before && readable(task.rec.source.path)) changes.tasksAdded.push(ref(task));
      continue;
    }
    if (old.task.status !== task.task.status) {
      if (task.task.status === 'cancelled') changes.tasksCancelled.push(ref(task));
      else changes.statusChanges.push({ ...ref(task), from: old.task.status, to: task.task.status });
    }
    const [was, now] = [old.task.schedule.due ?? [], task.task.schedule.due ?? []];
    if (JSON.stringify(was) !== JSON.stringify(now)) changes.dueMoves.push({ ...ref(task), from: was, to: now });
    const known = new Map<string, number>();
    for (const r of old.task.reports ?? []) known.set(reportKey(r), (known.get(reportKey(r)) ?? 0) + 1);
    for (const r of task.task.reports ?? []) {
      const n = known.get(reportKey(r)) ?? 0;
      if (n > 0) known.set(reportKey(r), n - 1);
      else changes.reports.push({ ...ref(task), report: r });
    }
  }
  const years = new Set([...(before?.evaluations.keys() ?? []), ...after.evaluations.keys()]);
  for (const year of [...years].sort()) {
    const [wasRec, nowRec] = [before?.evaluations.get(year), after.evaluations.get(year)];
    if (!readable((wasRec ?? nowRec)!.source.path)) continue;
    const [was, now] = [wasRec?.data, nowRec?.data];
    if (!was && now) changes.evaluations.push({ year, change: 'added', state: now.state });
    else if (was && !now) changes.evaluations.push({ year, change: 'removed', state: was.state });
    else if (was && now && was.state !== 'final' && now.state === 'final') changes.evaluations.push({ year, change: 'finalised', state: now.state });
    else if (was && now && JSON.stringify(was) !== JSON.stringify(now)) changes.evaluations.push({ year, change: 'changed', state: now.state });
  }
  const oldStems = new Set((before?.amendments ?? []).map(amendmentStem));
  changes.amendments = after.amendments.filter((a) => !oldStems.has(amendmentStem(a))).map((a) => ({ stem: amendmentStem(a), date: a.data.date, document: a.data.document, kind: a.data.kind }));
  return changes;
}

/** What changed in the records between two readings, programme by programme; unchanged ones are left out. */
export function compareRecords(before: readonly ProgrammeModel[], after: readonly ProgrammeModel[], unreadable: ReadonlySet<string> = new Set()): ProgrammeChanges[] {
  const readable: Readable = (file) => !unreadable.has(file);
  const ids = [...new Set([...before, ...after].map((m) => m.programme.id))].sort(collator.compare);
  return ids
    .map((id) => [before.find((m) => m.programme.id === id), after.find((m) => m.programme.id === id)] as const)
    .filter(([was, now]) => (was && now) || readable((was ?? now)!.rec.source.path))
    .map(([was, now]) => compareProgramme(was, now, readable))
    .filter((c) => !isEmpty(c));
}
