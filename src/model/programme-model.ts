import { splitDate } from '../calendar.js';
import { collator } from '../i18n/lang.js';
import { periodsOf, taskWindow, yearInWindow, type Period, type Window } from '../schedule/periods.js';
import type { Agency, Amendment, Evaluation, Programme, ProgrammeFolder, Rec, Records, Task } from '../records/types.js';

export interface TaskModel {
  rec: Rec<Task>;
  task: Task;
  window: Window;
  periods: Period[];
  /** The amendment that cancels it, if any. */
  cancelledBy?: Rec<Amendment>;
}

export interface ProgrammeModel {
  folder: ProgrammeFolder;
  rec: Rec<Programme>;
  programme: Programme;
  tasks: TaskModel[];
  evaluations: Map<number, Rec<Evaluation>>;
  /** Oldest first. */
  amendments: Rec<Amendment>[];
  agencies: Map<string, Agency>;
}

/** An amendment's name is its file's stem ("2019-05-10" or "2019-05-10-bo-sung"). */
export function amendmentStem(rec: Rec<Amendment>): string {
  return rec.source.path.replace(/^.*\//, '').replace(/\.yaml$/, '');
}

export function agencyMap(records: Records): Map<string, Agency> {
  return new Map((records.agencies?.data.agencies ?? []).map((a) => [a.id, a]));
}

/** Joins each programme's records into one model; folders without a valid programme.yaml are left out. */
export function buildModels(records: Records): ProgrammeModel[] {
  const agencies = agencyMap(records);
  const models: ProgrammeModel[] = [];
  for (const folder of records.programmes) {
    if (!folder.programme) continue;
    const programme = folder.programme.data;
    const amendments = [...folder.amendments].sort((a, b) => a.data.date.localeCompare(b.data.date) || amendmentStem(a).localeCompare(amendmentStem(b)));
    const cancelling = new Map<string, Rec<Amendment>>();
    for (const amendment of amendments) {
      for (const change of amendment.data.changes) if (change.op === 'cancel_task' && change.task) cancelling.set(change.task, amendment);
    }
    const tasks = folder.tasks
      .map((rec): TaskModel => {
        const window = taskWindow(rec.data, programme);
        const cancelledBy = cancelling.get(rec.data.id);
        return { rec, task: rec.data, window, periods: periodsOf(rec.data, window), ...(cancelledBy ? { cancelledBy } : {}) };
      })
      .sort((a, b) => collator.compare(a.task.id, b.task.id));
    const evaluations = new Map(folder.evaluations.map((e) => [e.data.year, e]));
    models.push({ folder, rec: folder.programme, programme, tasks, evaluations, amendments, agencies });
  }
  return models;
}

/**
 * Whether a task answers for year Y in that year's evaluation: its window meets the year, it was
 * not cancelled in or before Y, and it was not finished in an earlier year.
 */
export function isLiveInYear(model: TaskModel, year: number): boolean {
  if (!yearInWindow(year, model.window)) return false;
  const { task } = model;
  if (task.status === 'cancelled') {
    const cancelled = model.cancelledBy?.data.date;
    if (!cancelled || splitDate(cancelled).year <= year) return false;
  }
  if (task.status === 'done' && task.done_on && splitDate(task.done_on).year < year) return false;
  return true;
}
