import type { IsoDate } from '../calendar.js';
import type { ProgrammeModel, TaskModel } from './programme-model.js';

function taskAsOf(model: TaskModel, asOf: IsoDate): TaskModel {
  const { task } = model;
  let status = task.status;
  if (status === 'done' && task.done_on && task.done_on > asOf) status = 'active';
  if (status === 'cancelled' && model.cancelledBy && model.cancelledBy.data.date > asOf) status = 'active';
  const madeBy = task.reports?.filter((r) => r.on <= asOf);
  const reports = madeBy?.length === task.reports?.length ? task.reports : madeBy;
  // Most tasks stood then as they stand now: kept as they are, not copied.
  if (status === task.status && reports === task.reports) return model;
  return { ...model, task: { ...task, status, ...(reports ? { reports } : {}) } };
}

/**
 * The programme as it stood on a date: reports made later are not yet there, a task finished or
 * cancelled later is still active, an evaluation held later is not yet final. This is what makes
 * a report printed "as of" a past date match what could have been known then.
 */
export function programmeAsOf(model: ProgrammeModel, asOf: IsoDate): ProgrammeModel {
  const evaluations = new Map(
    [...model.evaluations].map(([year, rec]) => {
      const later = rec.data.state === 'final' && rec.data.held_on !== undefined && rec.data.held_on > asOf;
      return [year, later ? { ...rec, data: { ...rec.data, state: 'draft' as const } } : rec];
    }),
  );
  return { ...model, tasks: model.tasks.map((t) => taskAsOf(t, asOf)), evaluations };
}
