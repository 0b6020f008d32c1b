import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isCalendarDate } from '../calendar.js';
import { readForEdit, type FileChange } from '../edit/change-set.js';
import { applyEdits, type TextEdit } from '../edit/text-edit.js';
import { editable, removeTopLevel, replaceItem, scalarText, setTopLevel } from '../edit/yaml-edits.js';
import { yaml } from '../records/yaml-lib.js';
import { ExitCode } from '../exit-codes.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { editMessages } from '../i18n/edit-messages.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import { UserError } from '../user-error.js';
import type { Context } from './context.js';
import { finishEdit, loadForEdit } from './edit-support.js';
import { findProgramme } from './report-input.js';
import { askText, canAsk, chooseValue, codedChoice } from './prompt.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import { AMENDMENT_KIND_LABELS } from '../i18n/labels.js';

export interface AmendOptions {
  kind?: string;
  document?: string;
  date?: string;
  reason?: string;
  addTask?: string[];
  cancelTask?: string[];
  moveDue?: string[];
  programme?: string;
  dryRun?: boolean;
}

const SUFFIX = { supplement: 'bo-sung', adjustment: 'dieu-chinh' } as const;

function inProgramme(model: ProgrammeModel, file: string): string {
  return model.folder.dir ? `${model.folder.dir}/${file}` : file;
}

/** The amendment's file: amendments/DATE.yaml, or DATE-bo-sung / DATE-dieu-chinh when that is taken. */
function amendmentFile(model: ProgrammeModel, date: string, kind: keyof typeof SUFFIX, context: Context): { file: string; stem: string } {
  for (const stem of [date, `${date}-${SUFFIX[kind]}`]) {
    const file = inProgramme(model, `amendments/${stem}.yaml`);
    if (!existsSync(path.join(context.root, file))) return { file, stem };
  }
  throw new UserError(editMessages[context.lang].amendmentExists(inProgramme(model, `amendments/${date}-${SUFFIX[kind]}.yaml`)));
}

async function editTask(context: Context, model: ProgrammeModel, id: string, edit: (source: ReturnType<typeof editable>) => TextEdit[]): Promise<FileChange> {
  const task = model.tasks.find((t) => t.task.id === id);
  if (!task) throw new UserError(cliMessages[context.lang].unknownTask(id, model.tasks.map((t) => t.task.id).join(', ')));
  const { raw, text, wrap } = await readForEdit(context.root, task.rec.source.path, context.lang);
  return { path: task.rec.source.path, before: raw, after: wrap(applyEdits(text, edit(editable(text)))) };
}

/**
 * phoihop amend: writes the amendment and applies it (adds task files with added_by, cancels
 * tasks, moves due days); every file changes together or not at all.
 */
export async function runAmend(options: AmendOptions, context: Context): Promise<ExitCode> {
  const msg = editMessages[context.lang];
  const t = terminalMessages[context.lang];
  const moves = options.moveDue ?? [];
  if (moves.length % 3 !== 0) throw new UserError(msg.optMoveDue);
  // Asked for nothing to change: say so before asking for the document's details.
  const noChanges = !options.addTask?.length && !options.cancelTask?.length && !moves.length;
  if (noChanges && canAsk(context)) throw new UserError(msg.noChanges);
  const kinds = (['supplement', 'adjustment'] as const).map((k) => codedChoice(k, AMENDMENT_KIND_LABELS[context.lang][k]));
  const kind = await chooseValue(context, options.kind, "'--kind <kind>'", t.askKind, kinds);
  if (kind !== 'supplement' && kind !== 'adjustment') throw new UserError(msg.badKind(kind));
  options.document = await askText(context, options.document, "'--document <number>'", t.askDocument);
  const date = await askText(context, options.date, "'--date <date>'", t.askDate, context.today);
  if (!isCalendarDate(date)) throw new UserError(cliMessages[context.lang].badDate(date));
  if (noChanges) throw new UserError(msg.noChanges);
  const loaded = await loadForEdit(context);
  const model = findProgramme(loaded.models, options.programme, context);
  const { file, stem } = amendmentFile(model, date, kind, context);
  const changes: FileChange[] = [];
  const ops: string[] = [];

  for (const source of options.addTask ?? []) {
    let text: string;
    try {
      text = readFileSync(path.resolve(context.world.cwd, source), 'utf8').replace(/^\uFEFF/, '');
    } catch {
      throw new UserError(msg.taskFileUnreadable(source));
    }
    const id = (yaml().parse(text) as { id?: unknown } | null)?.id;
    // The id names the new file: it may not climb out of tasks/ or hide ("../x", ".x").
    if (typeof id !== 'string' || !/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(id)) throw new UserError(msg.taskFileUnreadable(source));
    if (model.tasks.some((t) => t.task.id === id)) throw new UserError(msg.taskExists(id));
    const e = editable(text);
    const edits = [setTopLevel(e, 'added_by', stem, 'status')];
    if (!(yaml().parse(text) as { start?: unknown }).start) edits.push(setTopLevel(e, 'start', date, 'status'));
    changes.push({ path: inProgramme(model, `tasks/${id}.yaml`), before: null, after: applyEdits(text, edits) });
    ops.push(`{ op: add_task, task: ${scalarText(id)} }`);
  }
  for (const id of options.cancelTask ?? []) {
    changes.push(await editTask(context, model, id, (e) => [setTopLevel(e, 'status', 'cancelled', 'lead'), ...[removeTopLevel(e, 'done_on')].filter((x): x is TextEdit => x !== null)]));
    ops.push(`{ op: cancel_task, task: ${scalarText(id)} }`);
  }
  for (let i = 0; i < moves.length; i += 3) {
    const [id, from, to] = [moves[i]!, moves[i + 1]!, moves[i + 2]!];
    const task = model.tasks.find((t) => t.task.id === id);
    const due = task?.task.schedule.due ?? [];
    const index = due.indexOf(from);
    if (task && index < 0) throw new UserError(msg.unknownDue(id, from, due.join(', ') || '—'));
    changes.push(await editTask(context, model, id, (e) => [replaceItem(e, ['schedule', 'due'], index, to)!]));
    ops.push(`{ op: change_task, task: ${scalarText(id)}, note: ${scalarText(`${from} → ${to}`, true)} }`);
  }
  const lines = [`date: ${date}`, `document: ${scalarText(options.document ?? '')}`, `kind: ${kind}`];
  if (options.reason) lines.push(`reason: ${scalarText(options.reason)}`);
  lines.push('changes:', ...ops.map((op) => `  - ${op}`));
  changes.unshift({ path: file, before: null, after: lines.join('\n') + '\n' });
  return finishEdit(context, loaded, changes, options.dryRun ?? false);
}
