import { ExitCode } from '../exit-codes.js';
import { commandWithAll, screenLayout } from '../world.js';
import { sortOccurrences } from '../schedule/occurrences.js';
import type { FileData } from '../io/atomic-write.js';
import type { ProgrammeOccurrences } from '../run/jobs.js';
import { renderHtml } from '../views/html.js';
import { laidList, overdueBlocks, overdueCsv, overdueJson, overdueMarkdown, overdueTableParts, type LaidFormat, type ListHead, type OverdueList } from '../views/overdue.js';
import type { ViewOptions } from '../views/common.js';
import { rowCount } from '../views/packed-rows.js';
import { drawInWorkers } from '../run/draw-pool.js';
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
  const document = format === 'markdown' || format === 'html';
  const programmes = await gatherProgrammes(context, options.programme, { kind: 'overdue', asOf, within, rows: document ? 'heads' : format });
  const head = { asOf, within, programmes: programmes.length };
  const screen = options.output === undefined ? screenLayout(context.world, options.all) : { width: 80 };
  const view = { lang: context.lang, color: context.color, ...screen, allCommand: commandWithAll(context.world.argv) };
  const { output, overdue } = document ? fromHeads(programmes, head, format, view) : laidOut(programmes, head, format, view);
  await deliver(context, options.output, output, format, { pager: options.all === true });
  return options.failOnOverdue && overdue > 0 ? ExitCode.findings : ExitCode.ok;
}

type Drawn = { output: FileData; overdue: number };

/** Table, json and CSV: rows laid out where they were found, merged in order as they are written (a long table drawn on worker threads). */
function laidOut(programmes: readonly ProgrammeOccurrences[], head: ListHead, format: LaidFormat, view: ViewOptions): Drawn {
  const list = laidList(head, programmes.flatMap((p) => ('laid' in p ? [p.laid] : [])));
  const output = format === 'json' ? overdueJson(list) : format === 'csv' ? overdueCsv(list, view.lang) : overdueTableParts(list, view, drawInWorkers);
  return { output, overdue: rowCount(list.overdue) };
}

/** Markdown and HTML: whole documents, drawn from the occurrences and each programme's head. */
function fromHeads(programmes: readonly ProgrammeOccurrences[], head: ListHead, format: 'markdown' | 'html', view: ViewOptions): Drawn {
  const withHeads = programmes.flatMap((p) => ('head' in p ? [p] : []));
  const { overdue, dueSoon } = sortOccurrences({ overdue: withHeads.flatMap((p) => p.overdue), dueSoon: withHeads.flatMap((p) => p.dueSoon) });
  const list: OverdueList = { ...head, overdue, dueSoon, heads: new Map(withHeads.map((p) => [p.id, p.head])) };
  const output = format === 'markdown' ? overdueMarkdown(list, view) : renderHtml(overdueBlocks(list, view.lang), { title: 'phoihop overdue', lang: view.lang });
  return { output, overdue: overdue.length };
}
