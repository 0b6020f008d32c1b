import { existsSync } from 'node:fs';
import path from 'node:path';
import { addDays, splitDate } from '../calendar.js';
import { readForEdit } from '../edit/change-set.js';
import { applyEdits } from '../edit/text-edit.js';
import { commentText, editable, setValue } from '../edit/yaml-edits.js';
import { ExitCode } from '../exit-codes.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import { editMessages } from '../i18n/edit-messages.js';
import { periodLabel, RATING_LABELS, REPORT_STATE_LABELS } from '../i18n/labels.js';
import { isLiveInYear, type ProgrammeModel } from '../model/programme-model.js';
import { reportFieldMessages } from '../i18n/report-fields-messages.js';
import { documentNumber } from '../records/types.js';
import { evaluationDate, isDueBy } from '../schedule/due-by.js';
import { ratingFromReports, yearSummary } from '../schedule/year-summary.js';
import type { Lang } from '../i18n/lang.js';
import type { Report } from '../records/types.js';
import { UserError } from '../user-error.js';
import type { Context } from './context.js';
import { finishEdit, loadForEdit, refuseBrokenFile } from './edit-support.js';
import { chooseValue } from './prompt.js';
import { findProgramme } from './report-input.js';

/** The year argument of `evaluation new` and `evaluation finalise` (an argument, not --year). */
function parseYear(value: string, context: Context, command: 'new' | 'finalise'): number {
  if (!/^\d{4}$/.test(value)) throw new UserError(terminalMessages[context.lang].badYear(value, `phoihop evaluation ${command} 2021`));
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

/** A report as one comment line: period, date, state, note, figures and document numbers. */
function reportComment(r: Report, lang: Lang): string {
  const period = r.period === undefined ? '' : `${periodLabel(String(r.period), lang)}, `;
  const figures = r.figures && Object.keys(r.figures).length ? ` {${Object.entries(r.figures).map(([id, n]) => `${id}: ${n}`).join(', ')}}` : '';
  const documents = r.documents?.length ? ` [${r.documents.map(documentNumber).join(', ')}]` : '';
  // Record text stays inside the comment: one line, hidden characters shown (a note cannot end the comment).
  return commentText(`${period}${r.on}: ${REPORT_STATE_LABELS[lang][r.state]}${r.note ? ` — ${r.note}` : ''}${figures}${documents}`);
}

/**
 * The draft text: a result per live task with the rating the reports suggest (none for a task not
 * yet due by the evaluation's due day), the reports as comments, and every section a signed report
 * uses (record format 1.1), empty, with a comment saying what goes there.
 */
export function draftEvaluation(model: ProgrammeModel, year: number, context: Context): string {
  const { lang } = context;
  const msg = editMessages[lang];
  const f = reportFieldMessages[lang];
  const summary = yearSummary(model, year);
  const due = model.programme.evaluation?.due ?? '12-20';
  const meeting = evaluationDate(year, `${year}-${due}`);
  // Ratings count the periods due by the meeting, that day included (as `isDueBy` does): one due after it is not yet late.
  const countedBy = addDays(meeting, 1);
  const lines = [`year: ${year}`, 'state: draft', `# held_on: ${meeting}  # ${f.draftHeldOn(due)}`, 'results:'];
  for (const result of summary.results) {
    const rating = ratingFromReports(result.model, year, result.reports, countedBy);
    const due = isDueBy(result.model, year, meeting);
    lines.push(`  - task: ${result.model.task.id}`);
    const paused = result.model.task.status === 'paused' && result.reports.length === 0;
    const hold = !due ? f.notYetDue : paused ? f.pausedNoReport : rating ? null : msg.noReports;
    lines.push(hold ? `    # rating: ${hold}` : `    rating: ${rating}  # ${msg.suggestion(RATING_LABELS[lang][rating!])}`);
    lines.push(`    # summary: ...`);
    if (result.reports.length) lines.push(`    # ${msg.reportsHeader(year)}`);
    for (const r of result.reports) lines.push(`    #   ${reportComment(r, lang)}`);
  }
  const open = summary.results.filter((r) => ratingFromReports(r.model, year, r.reports, countedBy) === 'not_done' && isLiveInYear(r.model, year + 1)).map((r) => r.model.task.id);
  lines.push(
    `direction: []  # ${f.draftDirection}`,
    'highlights: []',
    `strengths: []  # ${f.draftStrengths}`,
    'shortcomings: []',
    `causes:  # ${f.draftCauses}`,
    '  objective: []',
    '  subjective: []',
    'lessons: []',
    `recommendations: []  # ${f.draftRecommendations}`,
    'next_year:',
    `  # ${f.draftPlan}`,
    '  priorities: []',
    `  focus_tasks: [${open.join(', ')}]`,
    `# ${f.draftRecipients}`,
  );
  return lines.join('\n') + '\n';
}

/** phoihop evaluation new YEAR: writes evaluations/YEAR.yaml as a draft, never over an existing one. */
export async function runEvaluationNew(yearArg: string, options: EvaluationOptions, context: Context): Promise<ExitCode> {
  const year = parseYear(yearArg, context, 'new');
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
  if (yearArg !== undefined) parseYear(yearArg, context, 'finalise');
  const loaded = await loadForEdit(context);
  const model = findProgramme(loaded.models, options.programme, context);
  // On a terminal without YEAR: the drafts there are to choose from.
  const drafts = [...model.evaluations.entries()].filter(([, e]) => e.data.state !== 'final').map(([y]) => String(y)).sort();
  const year = parseYear(await chooseValue(context, yearArg, "'<year>'", terminalMessages[context.lang].askYear, drafts.map((y) => ({ value: y, label: y }))), context, 'finalise');
  const file = evaluationPath(model, year);
  const evaluation = model.evaluations.get(year);
  if (!evaluation) refuseBrokenFile(context, loaded, file);
  if (!evaluation) throw new UserError(msg.evaluationMissing(file));
  if (evaluation.data.state === 'final') throw new UserError(msg.evaluationFinal(file));
  const results = new Map((evaluation.data.results ?? []).map((r) => [r.task, r]));
  const problems: string[] = [];
  if (!evaluation.data.held_on) problems.push(msg.missingHeldOn);
  // A task with nothing due (or reported) by the meeting is "chưa đến hạn": it gets no rating.
  const meeting = evaluationDate(year, evaluation.data.held_on);
  for (const task of model.tasks.filter((t) => isLiveInYear(t, year) && isDueBy(t, year, meeting))) {
    const result = results.get(task.task.id);
    if (!result?.rating) problems.push(msg.missingResult(task.task.id));
    else if (!result.summary) problems.push(msg.missingSummary(task.task.id));
  }
  if (problems.length) throw new UserError(msg.evaluationIncomplete(year, problems.map((p) => `  - ${p}`).join('\n')), ExitCode.findings);
  const { raw, text, wrap } = await readForEdit(context.root, evaluation.source.path, context.lang);
  const edit = setValue(editable(text), ['state'], 'final')!;
  return finishEdit(context, loaded, [{ path: evaluation.source.path, before: raw, after: wrap(applyEdits(text, [edit])) }], options.dryRun ?? false);
}
