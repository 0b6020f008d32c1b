import { ExitCode } from '../exit-codes.js';
import { commandWithAll, screenLayout } from '../world.js';
import { cliMessages } from '../i18n/cli-messages.js';
import type { StatusFilters } from '../schedule/status.js';
import { foldText } from '../i18n/fold.js';
import { STATE_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import { closest } from '../checks/closest.js';
import { sanitizeLine } from '../formatters/sanitize.js';
import type { Agency } from '../records/types.js';
import { resolveNamed } from './lookup.js';
import { dateCell } from '../views/common.js';
import { DERIVED_STATES, type DerivedState } from '../schedule/task-state.js';
import { UserError } from '../user-error.js';
import { renderHtml } from '../views/html.js';
import { statusBlocks, statusCsv, statusEntry, statusJson, statusMarkdown, statusTable } from '../views/status.js';
import type { FileData } from '../io/atomic-write.js';
import { deliver, joinParts, texts } from './report-output.js';
import { jsonItem } from '../views/json-stream.js';
import { parseAsOf, parseChoice, type Context } from './context.js';
import { chooseProgrammes, discoverRoot, gather, listRoot, narrow, streamItems, type ListedProgramme } from './gather.js';

export const TABLE_FORMATS = ['table', 'markdown', 'csv', 'json', 'html'] as const;

export interface StatusOptions {
  asOf?: string;
  programme?: string;
  format?: string;
  lead?: string;
  content?: string;
  state?: string;
  output?: string;
  /** Every row, even on a terminal (through the pager there). */
  all?: boolean;
  /** Hidden, for npm start: --as-of that also says the records are the sample. */
  sampleAsOf?: string;
  /** Lines to show under the heading (the first screen's note about the sample). */
  notes?: string[];
}

/** A state by its code ("overdue", "due-soon") or its words in either language ("quá hạn", "qua han"). */
function parseState(value: string | undefined, context: Context): DerivedState | undefined {
  if (value === undefined) return undefined;
  const wanted = foldText(value).replace(/[-_]/g, ' ');
  const found = DERIVED_STATES.find((s) => [s, STATE_LABELS.vi[s], STATE_LABELS.en[s]].some((n) => foldText(n).replace(/[-_]/g, ' ') === wanted));
  if (found) return found;
  const near = closest(value.replace(/-/g, '_'), DERIVED_STATES);
  const allowed = DERIVED_STATES.map((s) => (context.lang === 'vi' ? `${s} (${STATE_LABELS.vi[s]})` : s)).join(', ');
  throw new UserError(cliMessages[context.lang].badState(value, allowed) + (near ? ` — ${terminalMessages[context.lang].didYouMean(near)}` : ''));
}

/** --lead and --content resolved against the records; the note says what they matched. */
function resolveFilters(agencyList: readonly Agency[], programmes: readonly ListedProgramme[], options: StatusOptions, state: DerivedState | undefined, lang: Lang): { filters: StatusFilters; notes: string[] } {
  const t = terminalMessages[lang];
  const filters: StatusFilters = {};
  const parts: string[] = [];
  if (options.lead !== undefined) {
    const agencies = agencyList.map((a) => ({ id: a.id, names: [a.short ?? a.name, a.name], label: `${a.short ?? a.name} (${a.id})` }));
    const lead = resolveNamed(options.lead, agencies, 'lead', lang);
    filters.lead = lead.id;
    parts.push(t.filterLead(lead.label));
  }
  if (options.content !== undefined) {
    const seen = new Map(programmes.flatMap((p) => p.contents.map((c) => [c.id, { id: c.id, names: [c.title], label: `${c.id}. ${sanitizeLine(c.title)}`, listed: c.id }] as const)));
    const content = resolveNamed(options.content, [...seen.values()], 'content', lang);
    filters.content = content.id;
    parts.push(t.filterContent(content.label));
  }
  if (state) {
    filters.state = state;
    parts.push(t.filterState(STATE_LABELS[lang][state]));
  }
  return { filters, notes: parts.length ? [t.filterLine(parts)] : [] };
}

export async function runStatus(options: StatusOptions, context: Context): Promise<ExitCode> {
  // The first screen (npm start): the sample seen from a day inside its period, and the heading says so.
  const asOf = parseAsOf(options.sampleAsOf ?? options.asOf, context);
  if (options.sampleAsOf !== undefined) options.notes = [...(options.notes ?? []), terminalMessages[context.lang].sampleAsOf(dateCell(asOf))];
  const format = parseChoice(options.format, TABLE_FORMATS, 'table', context);
  const state = parseState(options.state, context);
  const whole = await discoverRoot(context);
  const listed = options.programme !== undefined || options.lead !== undefined || options.content !== undefined ? await listRoot(context, whole) : { agencies: [], programmes: [] };
  const chosen = options.programme === undefined ? listed.programmes : chooseProgrammes(listed.programmes, options.programme, context);
  const { filters, notes } = resolveFilters(listed.agencies, chosen, options, state, context.lang);
  const discovery = await narrow(context, whole, options.programme === undefined ? undefined : chosen);
  const screen = options.output === undefined ? screenLayout(context.world, options.all) : { width: 80 };
  const view = { lang: context.lang, color: context.color && options.output === undefined, notes: [...(options.notes ?? []), ...notes], ...screen, allCommand: commandWithAll(context.world.argv) };
  const job = { kind: 'status', asOf, soon: context.settings.soon, filters } as const;
  // Without filters and without a screen to fit, each programme's part is laid out where it is
  // made and written as it comes; otherwise the listing needs every programme's rows first.
  const streamed = notes.length === 0 && screen.maxLines === undefined && (format === 'table' || format === 'json');
  let output: FileData;
  if (streamed) {
    const render = format === 'json' ? ({ format: 'json' } as const) : ({ format: 'table', view: { lang: view.lang, color: view.color, width: view.width, notes: view.notes } } as const);
    const parts = texts(streamItems(context, discovery, { ...job, render }));
    output = format === 'json' ? statusJson(parts, asOf) : joinParts(parts, '\n');
  } else {
    const all = (await gather(context, discovery, job)).map((i) => i.status!);
    // With filters, a programme with nothing that matches is left out (unless nothing matches anywhere).
    const matching = all.filter((s) => s.groups.length > 0);
    const statuses = matching.length ? matching : all;
    if (notes.length && !matching.length && (format === 'csv' || format === 'json')) context.world.stderr.write(`phoihop: ${terminalMessages[context.lang].nothingMatches}\n`);
    const title = statuses[0]?.model.programme.title ?? 'phoihop';
    output =
      format === 'json'
        ? statusJson(statuses.map((s) => jsonItem(statusEntry(s))), asOf)
        : format === 'csv'
          ? statusCsv(statuses, context.lang)
          : format === 'markdown'
            ? statusMarkdown(statuses, asOf, view)
            : format === 'html'
              ? renderHtml(statusBlocks(statuses, asOf, context.lang, view.notes), { title, lang: context.lang })
              : statusTable(statuses, asOf, view);
  }
  await deliver(context, options.output, output, format, { pager: options.all === true });
  return ExitCode.ok;
}
