import { isCalendarDate } from '../calendar.js';
import { readForEdit } from '../edit/change-set.js';
import { applyEdits, type TextEdit } from '../edit/text-edit.js';
import { editable, removeTopLevel, setTopLevel } from '../edit/yaml-edits.js';
import { ExitCode } from '../exit-codes.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { editMessages } from '../i18n/edit-messages.js';
import { STATUS_LABELS } from '../i18n/labels.js';
import type { TaskStatus } from '../records/types.js';
import { UserError } from '../user-error.js';
import type { Context } from './context.js';
import { finishEdit, loadForEdit, refuseBrokenTask } from './edit-support.js';
import { chooseTask } from './choose-task.js';
import { chooseValue, codedChoice } from './prompt.js';
import { terminalMessages } from '../i18n/terminal-messages.js';

const STATUSES: readonly TaskStatus[] = ['active', 'done', 'paused'];

export interface TaskStatusOptions {
  on?: string;
  programme?: string;
  dryRun?: boolean;
}

/** phoihop task status TASK active|done|paused [--on DATE]: sets status, and done_on with it. */
export async function runTaskStatus(taskArg: string | undefined, statusArg: string | undefined, options: TaskStatusOptions, context: Context): Promise<ExitCode> {
  const msg = editMessages[context.lang];
  if (statusArg === 'cancelled') throw new UserError(msg.cancelViaAmend(taskArg ?? 'NV..'));
  if (statusArg !== undefined && !STATUSES.includes(statusArg as TaskStatus)) throw new UserError(msg.badStatus(statusArg));
  const on = options.on ?? context.today;
  if (!isCalendarDate(on)) throw new UserError(cliMessages[context.lang].badDate(on));
  const loaded = await loadForEdit(context);
  const { task } = await chooseTask(loaded.models, taskArg, options.programme, context, refuseBrokenTask(context, loaded));
  const choices = STATUSES.map((s) => codedChoice(s, STATUS_LABELS[context.lang][s]));
  const status = await chooseValue(context, statusArg, "'<status>'", terminalMessages[context.lang].askStatus, choices);
  if (task.task.status === status && (status !== 'done' || options.on === undefined)) {
    context.world.stderr.write(`${msg.sameStatus(task.task.id, STATUS_LABELS[context.lang][status as TaskStatus])}\n`);
    return ExitCode.ok;
  }
  const file = task.rec.source.path;
  const { raw, text, wrap } = await readForEdit(context.root, file, context.lang);
  const source = editable(text);
  const edits: TextEdit[] = [setTopLevel(source, 'status', status, 'lead')];
  if (status === 'done') edits.push(setTopLevel(source, 'done_on', on, 'status'));
  else {
    const removal = removeTopLevel(source, 'done_on');
    if (removal) edits.push(removal);
  }
  return finishEdit(context, loaded, [{ path: file, before: raw, after: wrap(applyEdits(text, edits)) }], options.dryRun ?? false);
}
