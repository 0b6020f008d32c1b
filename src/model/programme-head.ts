import type { Agency, Content, Programme, Task } from '../records/types.js';
import type { ProgrammeModel, TaskModel } from './programme-model.js';

/** What tables say about a task: the few fields a row shows, not its reports. */
export interface TaskHead {
  task: Pick<Task, 'id' | 'title' | 'lead' | 'contents' | 'status'> & { schedule: Pick<Task['schedule'], 'every'> };
}

/** What tables say about a programme: its name, period and areas, the agencies, the tasks' heads. */
export interface ProgrammeHead {
  programme: Pick<Programme, 'id' | 'title' | 'period'> & { contents: Content[] };
  agencies: ReadonlyMap<string, Agency>;
  tasks: TaskHead[];
}

/** A task's head, a copy holding nothing else of the record (so the record can be let go). */
export function taskHead(model: TaskModel | TaskHead): TaskHead {
  const { id, title, lead, contents, status, schedule } = model.task;
  return { task: { id, title, lead, contents, status, schedule: { every: schedule.every } } };
}

/** A programme's head, a copy holding nothing else of its records. */
export function programmeHead(model: ProgrammeModel | ProgrammeHead): ProgrammeHead {
  const { id, title, period, contents } = model.programme;
  return { programme: { id, title, period: { from: period.from, to: period.to }, contents: contents.map((c) => ({ ...c })) }, agencies: model.agencies, tasks: model.tasks.map(taskHead) };
}
