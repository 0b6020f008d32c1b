import { ExitCode } from '../exit-codes.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import { openOccurrences, type Occurrence } from '../schedule/occurrences.js';
import { renderCalendar } from '../views/ics.js';
import { parseAsOf, parseDays, type Context } from './context.js';
import { resolveNamed } from './lookup.js';
import { loadProgrammes } from './report-input.js';
import { deliver } from './report-output.js';

export interface CalendarCommandOptions {
  asOf?: string;
  programme?: string;
  lead?: string;
  remind?: string;
  output?: string;
}

/**
 * With --lead (an id, short or full name, as for `status`): the agency's tasks, and the
 * evaluations of the programmes it is a party to.
 */
function byLead(models: readonly ProgrammeModel[], occurrences: Occurrence[], lead: string | undefined, context: Context): Occurrence[] {
  if (lead === undefined) return occurrences;
  const agencies = new Map(models.flatMap((m) => [...m.agencies.values()].map((a) => [a.id, a] as const)));
  const named = [...agencies.values()].map((a) => ({ id: a.id, names: [a.short ?? a.name, a.name], label: `${a.short ?? a.name} (${a.id})` }));
  const { id } = resolveNamed(lead, named, 'lead', context.lang);
  const parties = new Map(models.map((m) => [m.programme.id, m.programme.parties.some((p) => p.agency === id)]));
  return occurrences.filter((o) => (o.kind === 'evaluation' ? parties.get(o.programme) : o.lead === id));
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
