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
import { finishEdit, loadForEdit, refuseBrokenTask } from './edit-support.js';
import { documentsText, figuresText, type CitationOptions } from './report-fields.js';
import { chooseTask } from './choose-task.js';
import { canAsk, chooseValue, codedChoice } from './prompt.js';
import { addDays } from '../calendar.js';
import { periodLabel, REPORT_STATE_LABELS, SCHEDULE_LABELS } from '../i18n/labels.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import { openPeriods } from '../schedule/occurrences.js';
import { dateCell } from '../views/common.js';

export interface ReportAddOptions extends CitationOptions {
  period?: string;
  figure?: string[];
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

/**
 * The open periods a report filed on a date can answer for: begun by then, and due before it or
 * within the "soon" days after it (a Q4 report filed on 5 January answers for Q4, not for Q1).
 */
export function fittingPeriods(model: TaskModel, on: IsoDate, soonDays: number): { id: string; due: IsoDate }[] {
  const horizon = addDays(on, soonDays);
  return openPeriods(model)
    .filter(({ period, due }) => period.id !== null && period.from <= on && due <= horizon)
    .map(({ period, due }) => ({ id: period.id!, due }));
}

async function choosePeriod(model: TaskModel, given: string | undefined, on: IsoDate, context: Context): Promise<string | undefined> {
  const msg = editMessages[context.lang];
  const t = terminalMessages[context.lang];
  const { every } = model.task.schedule;
  const id = model.task.id;
  if (every === 'once') {
    if (given !== undefined) throw new UserError(msg.periodForOnce);
    return undefined;
  }
  if (given !== undefined) {
    if (!isPeriodOfTask(given, model.task, model.window)) {
      const examples = model.periods.slice(-4).map((p) => p.id).join(', ');
      throw new UserError(msg.periodNotOfTask(given, id, `${SCHEDULE_LABELS[context.lang][every]} (${every})`, examples));
    }
    return given;
  }
  const fitting = fittingPeriods(model, on, context.settings.soon);
  if (fitting.length === 0) {
    const found = periodOfDate(model, on);
    if (!found) throw new UserError(msg.noPeriodForDate(on, id));
    context.world.stderr.write(`${t.periodByDate(periodLabel(found, context.lang), id)}\n`);
    return found;
  }
  const label = (p: { id: string; due: IsoDate }) => `${periodLabel(p.id, context.lang)} (${dateCell(p.due)})`;
  if (fitting.length > 1 && canAsk(context)) {
    const choices = fitting.map((p) => ({ value: p.id, label: `${label(p)}` }));
    return chooseValue(context, undefined, "'--period <period>'", t.askPeriod(id), choices, fitting[0]!.id);
  }
  const [first, ...others] = fitting;
  const note = t.periodChosen(periodLabel(first!.id, context.lang), dateCell(first!.due), id) + (others.length ? `; ${t.periodOthers(others.map(label).join(', '))}` : '');
  context.world.stderr.write(`${note}\n`);
  return first!.id;
}

/** phoihop report add TASK --state S [--period P] [--on DATE] [--note TEXT] [--figure ID=N]... [--document N [--document-date D] [--document-title T]]... */
export async function runReportAdd(taskArg: string | undefined, options: ReportAddOptions, context: Context): Promise<ExitCode> {
  const { lang } = context;
  const msg = editMessages[lang];
  if (options.state !== undefined && !(STATES as readonly string[]).includes(options.state)) throw new UserError(msg.badState(options.state));
  const on = options.on === undefined ? context.today : options.on;
  if (!isCalendarDate(on)) throw new UserError(cliMessages[lang].badDate(on));
  const loaded = await loadForEdit(context);
  const { programme, task } = await chooseTask(loaded.models, taskArg, options.programme, context, refuseBrokenTask(context, loaded));
  const figures = figuresText(options.figure ?? [], programme.programme.indicators ?? [], lang);
  const documents = documentsText(options, lang);
  const state = await chooseValue(context, options.state, "'--state <state>'", terminalMessages[lang].askState, STATES.map((s) => codedChoice(s, REPORT_STATE_LABELS[lang][s])));
  const period = await choosePeriod(task, options.period, on, context);
  const item: Record<string, string> = {};
  if (period !== undefined) item.period = scalarText(period, true);
  item.on = on;
  item.state = state;
  if (options.note) item.note = scalarText(options.note);
  if (figures) item.figures = figures;
  if (documents) item.documents = documents;
  const file = task.rec.source.path;
  const { raw, text, wrap } = await readForEdit(context.root, file, context.lang);
  const after = wrap(applyEdits(text, [appendItem(editable(text), ['reports'], item)]));
  return finishEdit(context, loaded, [{ path: file, before: raw, after }], options.dryRun ?? false);
}
