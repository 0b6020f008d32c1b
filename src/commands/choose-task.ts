import { sanitizeLine } from '../formatters/sanitize.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import type { ProgrammeModel, TaskModel } from '../model/programme-model.js';
import type { Context } from './context.js';
import { chooseValue, MissingValue } from './prompt.js';
import { findProgramme, findTask } from './report-input.js';

function shortTitle(title: string): string {
  const line = sanitizeLine(title);
  return line.length > 70 ? `${line.slice(0, 69)}…` : line;
}

/**
 * The task named on the command line or, on a terminal, picked from the programme's live tasks.
 * `whenMissing` hears a named id no programme holds, before it is refused as unknown.
 */
export async function chooseTask(models: readonly ProgrammeModel[], taskArg: string | undefined, programmeId: string | undefined, context: Context, whenMissing?: (id: string) => void): Promise<{ programme: ProgrammeModel; task: TaskModel }> {
  if (taskArg !== undefined) return findTask(models, taskArg, programmeId, context, whenMissing);
  // Several programmes: ask only within one (--programme), never list thousands of tasks.
  if (programmeId === undefined && models.length > 1) throw new MissingValue("'<task>'", context.lang);
  const programme = findProgramme(models, programmeId, context);
  const live = programme.tasks.filter((t) => t.task.status !== 'cancelled');
  const choices = live.map((t) => ({ value: t.task.id, label: `${t.task.id} — ${shortTitle(t.task.title)}` }));
  const id = await chooseValue(context, undefined, "'<task>'", terminalMessages[context.lang].askTask, choices);
  return { programme, task: live.find((t) => t.task.id === id)! };
}
