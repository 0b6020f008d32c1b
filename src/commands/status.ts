import { ExitCode } from '../exit-codes.js';
import { commandWithAll, screenLayout } from '../world.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { programmeStatus } from '../schedule/status.js';
import { DERIVED_STATES, type DerivedState } from '../schedule/task-state.js';
import { UserError } from '../user-error.js';
import { renderHtml } from '../views/html.js';
import { statusBlocks, statusCsv, statusJson, statusMarkdown, statusTable } from '../views/status.js';
import { deliver } from './report-output.js';
import { parseAsOf, parseChoice, type Context } from './context.js';
import { loadProgrammes } from './report-input.js';

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
}

function parseState(value: string | undefined, context: Context): DerivedState | undefined {
  if (value === undefined) return undefined;
  const normalised = value.replace(/-/g, '_');
  if ((DERIVED_STATES as readonly string[]).includes(normalised)) return normalised as DerivedState;
  throw new UserError(cliMessages[context.lang].badState(value, DERIVED_STATES.join(', ')));
}

export async function runStatus(options: StatusOptions, context: Context): Promise<ExitCode> {
  const asOf = parseAsOf(options.asOf, context);
  const format = parseChoice(options.format, TABLE_FORMATS, 'table', context);
  const state = parseState(options.state, context);
  const models = await loadProgrammes(context, options.programme, asOf);
  const filters = { ...(options.lead ? { lead: options.lead } : {}), ...(options.content ? { content: options.content } : {}), ...(state ? { state } : {}) };
  const statuses = models.map((m) => programmeStatus(m, asOf, context.settings.soon, filters));
  const screen = options.output === undefined ? screenLayout(context.world, options.all) : { width: 80 };
  const view = { lang: context.lang, color: context.color, ...screen, allCommand: commandWithAll(context.world.argv) };
  const title = statuses[0]?.model.programme.title ?? 'phoihop';
  const output =
    format === 'json'
      ? statusJson(statuses, asOf)
      : format === 'csv'
        ? statusCsv(statuses)
        : format === 'markdown'
          ? statusMarkdown(statuses, asOf, view)
          : format === 'html'
            ? renderHtml(statusBlocks(statuses, asOf, context.lang), { title, lang: context.lang })
            : statusTable(statuses, asOf, { ...view, color: view.color && options.output === undefined });
  await deliver(context, options.output, output, format, { pager: options.all === true });
  return ExitCode.ok;
}
