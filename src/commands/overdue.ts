import { ExitCode } from '../exit-codes.js';
import { commandWithAll, screenLayout } from '../world.js';
import { sortOccurrences } from '../schedule/occurrences.js';
import type { FileData } from '../io/atomic-write.js';
import type { Job, ProgrammeOccurrences } from '../run/jobs.js';
import { SpillFile } from '../io/spill-file.js';
import { renderHtml } from '../views/html.js';
import { laidList, overdueBlocks, overdueCsv, overdueJson, overdueMarkdown, overdueTableParts, type LaidFormat, type ListHead, type OverdueList } from '../views/overdue.js';
import { NARROW_TABLE, type ViewOptions } from '../views/common.js';
import { rowCount, type PackedRows } from '../views/packed-rows.js';
import { drawInWorkers } from '../run/draw-pool.js';
import { takeSpareWorkers } from '../run/pool.js';
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
  const screen = options.output === undefined ? screenLayout(context.world, options.all) : { width: 80 };
  const job = { kind: 'overdue', asOf, within, rows: document ? 'heads' : format, narrow: format === 'table' && screen.width < NARROW_TABLE } as const;
  const programmes = document ? await gatherProgrammes(context, options.programme, job) : await gatherSetAside(context, options.programme, job);
  const head = { asOf, within, programmes: programmes.length };
  const view = { lang: context.lang, color: context.color, ...screen, allCommand: commandWithAll(context.world.argv) };
  const { output, overdue } = document ? fromHeads(programmes, head, format, view) : laidOut(programmes, head, format, view);
  try {
    await deliver(context, options.output, output, format, { pager: options.all === true });
  } finally {
    // Threads kept to draw the table that did not need them (a short list, a screen's worth of rows).
    for (const worker of takeSpareWorkers()) void worker.terminate();
  }
  return options.failOnOverdue && overdue > 0 ? ExitCode.findings : ExitCode.ok;
}

/**
 * The rows' text goes to a temporary file as each programme's rows come in, and is read back once
 * the worker threads have stopped: the list is sorted across programmes, so all of it is held
 * until the last programme is read, and memory peaks while the workers still run.
 */
async function gatherSetAside(context: Context, programmeId: string | undefined, job: OverdueJob): Promise<ProgrammeOccurrences[]> {
  const spill = new SpillFile();
  try {
    const placed: { run: PackedRows; at: number; length: number }[] = [];
    const setAside = (programme: ProgrammeOccurrences) => {
      if (!('laid' in programme)) return programme;
      for (const run of [programme.laid.overdue, programme.laid.dueSoon]) {
        const at = spill.put(run.bytes);
        if (at === undefined) continue;
        placed.push({ run, at, length: run.bytes.length });
        run.bytes = NOTHING;
      }
      return programme;
    };
    const programmes = await gatherProgrammes(context, programmeId, job, setAside);
    const all = spill.takeAll();
    for (const { run, at, length } of placed) run.bytes = all.subarray(at, at + length);
    return programmes;
  } finally {
    spill.close();
  }
}

const NOTHING = new Uint8Array(0);
type OverdueJob = Extract<Job, { kind: 'overdue' }>;

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
