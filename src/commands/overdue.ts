import { ExitCode } from '../exit-codes.js';
import { commandWithAll, screenLayout } from '../world.js';
import { sortOccurrences } from '../schedule/occurrences.js';
import { renderHtml } from '../views/html.js';
import { overdueBlocks, overdueCsv, overdueJson, overdueMarkdown, overdueTableParts, type OverdueList } from '../views/overdue.js';
import { deliver } from './report-output.js';
import { parseAsOf, parseChoice, parseDays, type Context } from './context.js';
import { gatherProgrammes } from './gather.js';
import { TABLE_FORMATS } from './status.js';

export interface OverdueOptions {
  asOf?: string;
  programme?: string;
  format?: string;
  within?: string;
  failOnOverdue?: boolean;
  output?: string;
  /** Every row, even on a terminal (through the pager there). */
  all?: boolean;
}

export async function runOverdue(options: OverdueOptions, context: Context): Promise<ExitCode> {
  const asOf = parseAsOf(options.asOf, context);
  const format = parseChoice(options.format, TABLE_FORMATS, 'table', context);
  const within = parseDays(options.within, context.settings.soon, context);
  const programmes = await gatherProgrammes(context, options.programme, { kind: 'overdue', asOf, within, rows: format === 'table' ? 'cells' : format === 'markdown' || format === 'html' ? 'heads' : 'none' });
  const { overdue, dueSoon } = sortOccurrences({ overdue: programmes.flatMap((p) => p.overdue), dueSoon: programmes.flatMap((p) => p.dueSoon) });
  const heads = new Map(programmes.flatMap((p) => (p.head ? [[p.id, p.head] as const] : [])));
  const list: OverdueList = { asOf, within, overdue, dueSoon, programmes: programmes.length, heads };
  const screen = options.output === undefined ? screenLayout(context.world, options.all) : { width: 80 };
  const view = { lang: context.lang, color: context.color, ...screen, allCommand: commandWithAll(context.world.argv) };
  const output =
    format === 'json'
      ? overdueJson(list)
      : format === 'csv'
        ? overdueCsv(list, context.lang)
        : format === 'markdown'
          ? overdueMarkdown(list, view)
          : format === 'html'
            ? renderHtml(overdueBlocks(list, context.lang), { title: 'phoihop overdue', lang: context.lang })
            : overdueTableParts(list, view);
  await deliver(context, options.output, output, format, { pager: options.all === true });
  return options.failOnOverdue && overdue.length > 0 ? ExitCode.findings : ExitCode.ok;
}
