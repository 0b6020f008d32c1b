import { existsSync } from 'node:fs';
import path from 'node:path';
import { splitDate } from '../calendar.js';
import { readForEdit } from '../edit/change-set.js';
import { applyEdits } from '../edit/text-edit.js';
import { editable, setValue } from '../edit/yaml-edits.js';
import { ExitCode } from '../exit-codes.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import { editMessages } from '../i18n/edit-messages.js';
import { periodLabel, RATING_LABELS, REPORT_STATE_LABELS } from '../i18n/labels.js';
import { isLiveInYear, type ProgrammeModel } from '../model/programme-model.js';
import { ratingFromReports, yearSummary } from '../schedule/year-summary.js';
import { UserError } from '../user-error.js';
import type { Context } from './context.js';
import { finishEdit, loadForEdit, refuseBrokenFile } from './edit-support.js';
import { chooseValue } from './prompt.js';
import { findProgramme } from './report-input.js';

function parseYear(value: string, context: Context): number {
  if (!/^\d{4}$/.test(value)) throw new UserError(terminalMessages[context.lang].badYear(value));
  return Number(value);
}

export interface EvaluationOptions {
  programme?: string;
  dryRun?: boolean;
}

function evaluationPath(model: ProgrammeModel, year: number): string {
  return `${model.folder.dir ? `${model.folder.dir}/` : ''}evaluations/${year}.yaml`;
}

function checkYear(model: ProgrammeModel, year: number, context: Context): void {
  const { from, to } = model.programme.period;
  if (year < splitDate(from).year || year > splitDate(to).year) throw new UserError(editMessages[context.lang].yearOutside(year));
}

/** The draft text: a result per live task with the rating the reports suggest, the reports as comments. */
export function draftEvaluation(model: ProgrammeModel, year: number, context: Context): string {
  const { lang } = context;
  const msg = editMessages[lang];
  const summary = yearSummary(model, year);
  const lines = [`year: ${year}`, 'state: draft', `# held_on: ${year}-12-20`, 'results:'];
  for (const result of summary.results) {
    const rating = ratingFromReports(result.model, year, result.reports);
    lines.push(`  - task: ${result.model.task.id}`);
    lines.push(rating ? `    rating: ${rating}  # ${msg.suggestion(RATING_LABELS[lang][rating])}` : `    # rating: ${msg.noReports}`);
    lines.push(`    # summary: ...`);
    if (result.reports.length) lines.push(`    # ${msg.reportsHeader(year)}`);
    for (const r of result.reports) {
      const period = r.period === undefined ? '' : `${periodLabel(String(r.period), lang)}, `;
      const documents = r.documents?.length ? ` [${r.documents.join(', ')}]` : '';
      lines.push(`    #   ${period}${r.on}: ${REPORT_STATE_LABELS[lang][r.state]}${r.note ? ` — ${r.note.replace(/\s+/g, ' ')}` : ''}${documents}`);
    }
  }
  const open = summary.results.filter((r) => ratingFromReports(r.model, year, r.reports) === 'not_done' && isLiveInYear(r.model, year + 1)).map((r) => r.model.task.id);
  lines.push('highlights: []', 'shortcomings: []', 'causes: []', 'lessons: []', 'next_year:', '  priorities: []', `  focus_tasks: [${open.join(', ')}]`);
  return lines.join('\n') + '\n';
}

/** phoihop evaluation new YEAR: writes evaluations/YEAR.yaml as a draft, never over an existing one. */
export async function runEvaluationNew(yearArg: string, options: EvaluationOptions, context: Context): Promise<ExitCode> {
  const year = parseYear(yearArg, context);
  const loaded = await loadForEdit(context);
  const model = findProgramme(loaded.models, options.programme, context);
  checkYear(model, year, context);
  const file = evaluationPath(model, year);
  if (existsSync(path.join(context.root, file))) throw new UserError(editMessages[context.lang].evaluationExists(file));
  return finishEdit(context, loaded, [{ path: file, before: null, after: draftEvaluation(model, year, context) }], options.dryRun ?? false);
}

/** phoihop evaluation finalise YEAR: only a complete evaluation becomes final; a final one is never touched. */
export async function runEvaluationFinalise(yearArg: string | undefined, options: EvaluationOptions, context: Context): Promise<ExitCode> {
  const msg = editMessages[context.lang];
  if (yearArg !== undefined) parseYear(yearArg, context);
  const loaded = await loadForEdit(context);
  const model = findProgramme(loaded.models, options.programme, context);
  // On a terminal without YEAR: the drafts there are to choose from.
  const drafts = [...model.evaluations.entries()].filter(([, e]) => e.data.state !== 'final').map(([y]) => String(y)).sort();
  const year = parseYear(await chooseValue(context, yearArg, "'<year>'", terminalMessages[context.lang].askYear, drafts.map((y) => ({ value: y, label: y }))), context);
  const file = evaluationPath(model, year);
  const evaluation = model.evaluations.get(year);
  if (!evaluation) refuseBrokenFile(context, loaded, file);
  if (!evaluation) throw new UserError(msg.evaluationMissing(file));
  if (evaluation.data.state === 'final') throw new UserError(msg.evaluationFinal(file));
  const results = new Map((evaluation.data.results ?? []).map((r) => [r.task, r]));
  const problems: string[] = [];
  if (!evaluation.data.held_on) problems.push(msg.missingHeldOn);
  for (const task of model.tasks.filter((t) => isLiveInYear(t, year))) {
    const result = results.get(task.task.id);
    if (!result?.rating) problems.push(msg.missingResult(task.task.id));
    else if (!result.summary) problems.push(msg.missingSummary(task.task.id));
  }
  if (problems.length) throw new UserError(msg.evaluationIncomplete(year, problems.map((p) => `  - ${p}`).join('\n')), ExitCode.findings);
  const { raw, text, wrap } = await readForEdit(context.root, evaluation.source.path);
  const edit = setValue(editable(text), ['state'], 'final')!;
  return finishEdit(context, loaded, [{ path: evaluation.source.path, before: raw, after: wrap(applyEdits(text, [edit])) }], options.dryRun ?? false);
}
