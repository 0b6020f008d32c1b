import { isCalendarDate, splitDate, type IsoDate } from '../calendar.js';
import { readForEdit } from '../edit/change-set.js';
import { applyEdits } from '../edit/text-edit.js';
import { appendItem, editable, scalarText } from '../edit/yaml-edits.js';
import { ExitCode } from '../exit-codes.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { editMessages } from '../i18n/edit-messages.js';
import type { TaskModel } from '../model/programme-model.js';
import type { ReportState } from '../records/types.js';
import { isPeriodOfTask } from '../schedule/periods.js';
import { UserError } from '../user-error.js';
import type { Context } from './context.js';
import { finishEdit, loadForEdit } from './edit-support.js';
import { findTask } from './report-input.js';

export interface ReportAddOptions {
  period?: string;
  state?: string;
  on?: string;
  note?: string;
  document?: string[];
  programme?: string;
  dryRun?: boolean;
}

const STATES: readonly ReportState[] = ['done', 'partial', 'not_done'];

/** The period of a task's schedule that a date falls in. */
function periodOfDate(model: TaskModel, date: IsoDate): string | undefined {
  const { year, month } = splitDate(date);
  const every = model.task.schedule.every;
  const id = every === 'half-year' ? `${year}-H${month <= 6 ? 1 : 2}` : every === 'quarter' ? `${year}-Q${Math.ceil(month / 3)}` : String(year);
  return isPeriodOfTask(id, model.task, model.window) ? id : undefined;
}

function choosePeriod(model: TaskModel, given: string | undefined, on: IsoDate, context: Context): string | undefined {
  const msg = editMessages[context.lang];
  const { every } = model.task.schedule;
  if (every === 'once') {
    if (given !== undefined) throw new UserError(msg.periodForOnce);
    return undefined;
  }
  if (given === undefined) {
    const found = periodOfDate(model, on);
    if (!found) throw new UserError(msg.noPeriodForDate(on, model.task.id));
    return found;
  }
  if (!isPeriodOfTask(given, model.task, model.window)) {
    const examples = model.periods.slice(-4).map((p) => p.id).join(', ');
    throw new UserError(msg.periodNotOfTask(given, model.task.id, every, examples));
  }
  return given;
}

/** phoihop report add TASK --state S [--period P] [--on DATE] [--note TEXT] [--document N]... */
export async function runReportAdd(taskArg: string, options: ReportAddOptions, context: Context): Promise<ExitCode> {
  const msg = editMessages[context.lang];
  if (!options.state || !(STATES as readonly string[]).includes(options.state)) throw new UserError(msg.badState(options.state ?? ''));
  const on = options.on === undefined ? context.today : options.on;
  if (!isCalendarDate(on)) throw new UserError(cliMessages[context.lang].badDate(on));
  const loaded = await loadForEdit(context);
  const { task } = findTask(loaded.models, taskArg, options.programme, context);
  const period = choosePeriod(task, options.period, on, context);
  const item: Record<string, string> = {};
  if (period !== undefined) item.period = scalarText(period, true);
  item.on = on;
  item.state = options.state;
  if (options.note) item.note = scalarText(options.note);
  if (options.document?.length) item.documents = `[${options.document.map((d) => scalarText(d, true)).join(', ')}]`;
  const file = task.rec.source.path;
  const { raw, text, wrap } = await readForEdit(context.root, file, context.lang);
  const after = wrap(applyEdits(text, [appendItem(editable(text), ['reports'], item)]));
  return finishEdit(context, loaded, [{ path: file, before: raw, after }], options.dryRun ?? false);
}
