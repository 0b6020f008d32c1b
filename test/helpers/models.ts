import type { ProgrammeModel, TaskModel } from '../../src/model/programme-model.js';
import type { Programme, Rec, Task } from '../../src/records/types.js';
import { periodsOf, taskWindow } from '../../src/schedule/periods.js';

export const PROGRAMME: Programme = {
  id: 'p',
  title: 'Chương trình',
  signed_on: '2020-01-10',
  period: { from: '2020-01-10', to: '2022-12-31' },
  parties: [
    { agency: 'a', signatory: 'A' },
    { agency: 'b', signatory: 'B' },
  ],
  declared: { contents: 1, tasks: 1 },
  contents: [{ id: 'ND1', title: 'Nội dung' }],
  evaluation: { due: '12-15' },
};

function rec<T>(data: T, path = 'p/x.yaml'): Rec<T> {
  return { source: { path } as Rec<T>['source'], data };
}

/** A task model without files, for the pure schedule functions. */
export function taskModel(partial: Partial<Task> & Pick<Task, 'schedule'>, programme: Programme = PROGRAMME): TaskModel {
  const task: Task = { id: 'T1', title: 'Việc', contents: ['ND1'], lead: 'a', status: 'active', ...partial };
  const window = taskWindow(task, programme);
  return { rec: rec(task, `p/tasks/${task.id}.yaml`), task, window, periods: periodsOf(task, window) };
}

export function programmeModel(tasks: TaskModel[], options: { programme?: Programme; evaluations?: Record<number, 'draft' | 'final'> } = {}): ProgrammeModel {
  const programme = options.programme ?? PROGRAMME;
  const evaluations = new Map(Object.entries(options.evaluations ?? {}).map(([year, state]) => [Number(year), rec({ year: Number(year), state })]));
  return {
    folder: { dir: 'p', tasks: [], evaluations: [], amendments: [], brokenTaskIds: new Set(), complete: true },
    rec: rec(programme),
    programme,
    tasks,
    evaluations,
    amendments: [],
    agencies: new Map(),
  };
}
