import { countSeverities } from '../diagnostic.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { collator } from '../i18n/lang.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import { closest } from '../checks/closest.js';
import { listSome, sameId } from './lookup.js';
import type { IsoDate } from '../calendar.js';
import { programmeAsOf } from '../model/as-of.js';
import type { ProgrammeModel, TaskModel } from '../model/programme-model.js';
import { loadRoot, type LoadedRoot } from '../pipeline.js';
import { startProgress } from '../progress.js';
import { UserError } from '../user-error.js';
import type { Context } from './context.js';
import { recoverInterrupted } from './recovery.js';

/** The root's records; a root without any is a usage problem, not an empty report. */
export async function loadRecords(context: Context): Promise<LoadedRoot> {
  const loaded = await loadRoot(context.tree, context.lang, undefined, undefined, startProgress(context.world, context.lang));
  if (loaded.files.length === 0) throw new UserError(cliMessages[context.lang].rootEmpty(context.rootLabel));
  return loaded;
}

/**
 * The programmes a report covers (one with --programme, else all), as they stood on the as-of date.
 * Records with errors are left out; the officer is told on stderr so that a report is never
 * silently partial.
 */
export async function loadProgrammes(context: Context, programmeId: string | undefined, asOf: IsoDate): Promise<ProgrammeModel[]> {
  const m = cliMessages[context.lang];
  await recoverInterrupted(context, false);
  const loaded = await loadRecords(context);
  const { errors } = countSeverities(loaded.diagnostics);
  if (errors > 0) context.world.stderr.write(m.recordsHaveErrors(errors) + '\n');
  const models = loaded.models.map((m) => programmeAsOf(m, asOf)).sort((a, b) => collator.compare(a.programme.id, b.programme.id));
  if (programmeId === undefined) return models;
  const exact = models.filter((p) => p.programme.id === programmeId);
  const chosen = exact.length ? exact : models.filter((p) => sameId(programmeId, p.programme.id));
  if (chosen.length === 0) throw new UserError(m.unknownProgramme(programmeId, listSome(models.map((p) => p.programme.id), context.lang)));
  return chosen;
}

export function findProgramme(models: readonly ProgrammeModel[], id: string | undefined, context: Context): ProgrammeModel {
  const m = cliMessages[context.lang];
  const chosen = id === undefined ? models : models.filter((p) => sameId(id, p.programme.id));
  if (chosen.length === 1) return chosen[0]!;
  throw new UserError(m.unknownProgramme(id ?? '?', listSome(models.map((p) => p.programme.id), context.lang)));
}

/** TASK is "NV03" or "programme-id/NV03", in any case ("nv03"); --programme narrows it too. */
export function findTask(models: readonly ProgrammeModel[], taskArg: string, programmeId: string | undefined, context: Context, whenMissing?: (id: string) => void): { programme: ProgrammeModel; task: TaskModel } {
  const { lang } = context;
  const t = terminalMessages[lang];
  const slash = taskArg.lastIndexOf('/');
  const [wanted, id] = slash < 0 ? [programmeId, taskArg] : [taskArg.slice(0, slash), taskArg.slice(slash + 1)];
  const candidates = wanted === undefined ? models : models.filter((p) => sameId(wanted, p.programme.id));
  if (wanted !== undefined && candidates.length === 0) throw new UserError(cliMessages[lang].unknownProgramme(wanted, listSome(models.map((p) => p.programme.id), lang)));
  const matches = candidates.flatMap((programme) => programme.tasks.filter((x) => sameId(id, x.task.id)).map((task) => ({ programme, task })));
  if (matches.length === 0) {
    whenMissing?.(id);
    const known = [...new Set(candidates.flatMap((p) => p.tasks.map((x) => x.task.id)))].sort(collator.compare);
    throw new UserError(t.unknownTask(id, closest(id, known), listSome(known, lang)));
  }
  if (matches.length > 1) throw new UserError(t.ambiguousTask(id, listSome(matches.map((x) => x.programme.programme.id), lang)));
  return matches[0]!;
}
