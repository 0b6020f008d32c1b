import { countSeverities } from '../diagnostic.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { collator } from '../i18n/lang.js';
import type { IsoDate } from '../calendar.js';
import { programmeAsOf } from '../model/as-of.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import { loadRoot } from '../pipeline.js';
import { UserError } from '../user-error.js';
import type { Context } from './context.js';

/**
 * The programmes a report covers (one with --programme, else all), as they stood on the as-of date.
 * Records with errors are left out; the officer is told on stderr so that a report is never
 * silently partial.
 */
export async function loadProgrammes(context: Context, programmeId: string | undefined, asOf: IsoDate): Promise<ProgrammeModel[]> {
  const m = cliMessages[context.lang];
  const loaded = await loadRoot(context.tree, context.lang);
  if (loaded.files.length === 0) throw new UserError(m.rootEmpty(context.rootLabel));
  const { errors } = countSeverities(loaded.diagnostics);
  if (errors > 0) context.world.stderr.write(m.recordsHaveErrors(errors) + '\n');
  const models = loaded.models.map((m) => programmeAsOf(m, asOf)).sort((a, b) => collator.compare(a.programme.id, b.programme.id));
  if (programmeId === undefined) return models;
  const chosen = models.filter((p) => p.programme.id === programmeId);
  if (chosen.length === 0) throw new UserError(m.unknownProgramme(programmeId, models.map((p) => p.programme.id).join(', ') || '—'));
  return chosen;
}
