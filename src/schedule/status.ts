import type { IsoDate } from '../calendar.js';
import type { ProgrammeHead, TaskHead } from '../model/programme-head.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import type { Content } from '../records/types.js';
import { taskState, type DerivedState, type TaskState } from './task-state.js';

export interface StatusRow extends TaskState {
  model: TaskHead;
}

export interface StatusGroup {
  content: Content;
  rows: StatusRow[];
}

export interface ProgrammeStatus {
  model: ProgrammeHead;
  groups: StatusGroup[];
  counts: Record<DerivedState, number>;
  /** Tasks not cancelled. */
  live: number;
  /** The counts of the tasks shown, when filters leave some out. */
  shown?: { counts: Record<DerivedState, number>; total: number };
}

export interface StatusFilters {
  lead?: string;
  content?: string;
  state?: DerivedState;
}

function emptyCounts(): Record<DerivedState, number> {
  return { done: 0, overdue: 0, due_soon: 0, on_track: 0, not_started: 0, paused: 0, cancelled: 0 };
}

/** Every task's state as of a date, grouped under its first content area; counts ignore filters. */
export function programmeStatus(model: ProgrammeModel, asOf: IsoDate, soonDays: number, filters: StatusFilters = {}): ProgrammeStatus {
  const counts = emptyCounts();
  const shown = emptyCounts();
  let total = 0;
  const byContent = new Map<string, StatusRow[]>();
  for (const task of model.tasks) {
    const state = taskState(task, asOf, soonDays);
    counts[state.state]++;
    if (filters.lead && task.task.lead !== filters.lead) continue;
    if (filters.content && !task.task.contents.includes(filters.content)) continue;
    if (filters.state && state.state !== filters.state) continue;
    shown[state.state]++;
    total++;
    const content = filters.content ?? task.task.contents[0]!;
    byContent.set(content, [...(byContent.get(content) ?? []), { model: task, ...state }]);
  }
  const groups = model.programme.contents.flatMap((content) => {
    const rows = byContent.get(content.id);
    return rows ? [{ content, rows }] : [];
  });
  const filtered = filters.lead !== undefined || filters.content !== undefined || filters.state !== undefined;
  return { model, groups, counts, live: model.tasks.length - counts.cancelled, ...(filtered ? { shown: { counts: shown, total } } : {}) };
}

/** Tasks that keep to schedule: every live task that is neither overdue nor paused. */
export function onSchedule(status: ProgrammeStatus): number {
  return status.live - status.counts.overdue - status.counts.paused;
}
