import { ExitCode } from '../exit-codes.js';
import { siteMessages } from '../i18n/site-messages.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import { openOccurrences, type Occurrence } from '../schedule/occurrences.js';
import { UserError } from '../user-error.js';
import { renderCalendar } from '../views/ics.js';
import { parseAsOf, parseDays, type Context } from './context.js';
import { loadProgrammes } from './report-input.js';
import { deliver } from './report-output.js';

export interface CalendarCommandOptions {
  asOf?: string;
  programme?: string;
  lead?: string;
  remind?: string;
  output?: string;
}

/** With --lead: the agency's tasks, and the evaluations of the programmes it is a party to. */
function byLead(models: readonly ProgrammeModel[], occurrences: Occurrence[], lead: string | undefined, context: Context): Occurrence[] {
  if (lead === undefined) return occurrences;
  const known = new Set(models.flatMap((m) => [...m.agencies.keys()]));
  if (!known.has(lead)) throw new UserError(siteMessages[context.lang].unknownAgency(lead, [...known].sort().join(', ') || '—'));
  const parties = new Map(models.map((m) => [m.programme.id, m.programme.parties.some((p) => p.agency === lead)]));
  return occurrences.filter((o) => (o.kind === 'evaluation' ? parties.get(o.programme) : o.lead === lead));
}

export async function runCalendar(options: CalendarCommandOptions, context: Context): Promise<ExitCode> {
  const asOf = parseAsOf(options.asOf, context);
  const remind = parseDays(options.remind, context.settings.soon, context);
  const models = await loadProgrammes(context, options.programme, asOf);
  const all = models.flatMap(openOccurrences).sort((a, b) => a.due.localeCompare(b.due) || a.programme.localeCompare(b.programme) || (a.task ?? '').localeCompare(b.task ?? ''));
  const occurrences = byLead(models, all, options.lead, context);
  const ics = renderCalendar(occurrences, new Map(models.map((m) => [m.programme.id, m])), { lang: context.lang, remind, stamp: context.world.now() });
  await deliver(context, options.output, ics, 'ics');
  return ExitCode.ok;
}
