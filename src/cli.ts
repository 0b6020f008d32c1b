import { Command, CommanderError, Option } from 'commander';
import { once } from 'node:events';
import { ExitCode } from './exit-codes.js';
import { cliMessages } from './i18n/cli-messages.js';
import { errorVi, helpVi, titleVi, usageVi } from './i18n/commander-vi.js';
import { MissingValue } from './commands/prompt.js';
import { terminalMessages } from './i18n/terminal-messages.js';
import { editMessages } from './i18n/edit-messages.js';
import { siteMessages } from './i18n/site-messages.js';
import { reportFieldMessages } from './i18n/report-fields-messages.js';
import { isLang, type Lang } from './i18n/lang.js';
import { initMessages } from './init/messages.js';
import { ioMessages } from './i18n/io-messages.js';
import { createContext, type Context, type GlobalOptions } from './commands/context.js';
import { releaseHeldLocks } from './io/records-lock.js';
import { UserError } from './user-error.js';
import { versionText } from './version.js';
import type { World } from './world.js';

/** The language for help text, read from argv before commander parses it. */
function helpLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return isLang(value) ? value : 'vi';
}

/** Sends commander's output to the injected world, in the user's language. */
function localise(command: Command, world: World, lang: Lang): void {
  command.configureOutput({
    writeOut: (s) => world.stdout.write(s),
    writeErr: (s) => world.stderr.write(s),
    outputError: (s, write) => write(lang === 'vi' ? errorVi(s) : s),
  });
  if (lang === 'vi') command.configureHelp(helpVi);
}

/** A subcommand's work: its options, its arguments, and the context, made on demand (with overrides). */
type Action = (options: Record<string, unknown>, args: string[], context: (overrides?: GlobalOptions) => Promise<Context>) => Promise<ExitCode>;

/** The command being parsed, so that an error can point at its own help ("phoihop report add --help"). */
export interface Parsing {
  current?: Command;
}

function commandPath(command: Command | undefined): string {
  const names: string[] = [];
  for (let c = command; c; c = c.parent ?? undefined) names.unshift(c.name());
  return names.join(' ') || 'phoihop';
}

function buildProgram(world: World, lang: Lang, setExit: (code: ExitCode) => void, parsing: Parsing = {}): Command {
  const m = cliMessages[lang];
  const t = terminalMessages[lang];
  const e = editMessages[lang];
  const f = reportFieldMessages[lang];
  const program = new Command('phoihop')
    .description(m.description)
    .version(versionText(lang), '-V, --version', m.optVersion)
    .helpOption('-h, --help', m.optHelp)
    .helpCommand(t.helpArg, t.helpCommand)
    .option('--root <dir>', m.optRoot)
    .option('--lang <lang>', m.optLang)
    .option('--at <rev>', m.optAt)
    .exitOverride()
    .showHelpAfterError(false)
    .hook('preSubcommand', (_self, sub) => void (parsing.current = sub));
  parsing.current = program;
  localise(program, world, lang);

  const define = (parent: Command, name: string, description: string, action: Action) => {
    const sub = parent.command(name).description(description).helpOption('-h, --help', m.optHelp).exitOverride();
    localise(sub, world, lang);
    sub.action(async (...received: unknown[]) => {
      const self = received[received.length - 1] as Command;
      const context = (overrides: GlobalOptions = {}) => createContext({ ...program.opts<GlobalOptions>(), ...overrides }, world);
      setExit(await action(self.opts(), received.slice(0, -2) as string[], context));
    });
    return sub;
  };
  const command = (name: string, description: string, action: Action) => define(program, name, description, action);
  // Editing commands: grouped ("report add"), and all with --programme and --dry-run.
  const edit = (parent: Command, name: string, description: string, action: Action) =>
    define(parent, name, description, action).option('--programme <id>', m.optProgramme).option('--dry-run', e.optDryRun);
  const group = (name: string, description: string) => {
    const parent = program
      .command(name)
      .description(description)
      .helpOption('-h, --help', m.optHelp)
      .helpCommand(t.helpArg, t.helpCommand)
      .exitOverride()
      .hook('preSubcommand', (_self, sub) => void (parsing.current = sub));
    localise(parent, world, lang);
    return parent;
  };
  const report = (sub: Command, formats: string) =>
    sub.option('--as-of <date>', m.optAsOf).option('--programme <id>', m.optProgramme).option('--format <format>', m.optFormat(formats)).option('--output <file>', m.optReportOutput);
  const collect = (value: string, previous: string[] = []) => [...previous, value];

  command('validate', m.cmdValidate, async (o, _a, context) => (await import('./commands/validate.js')).runValidate(o, await context()))
    .addOption(new Option('--format <format>', m.optFormat('pretty, json, github, junit, gitlab, sarif')))
    .option('--output <file>', m.optOutput)
    .option('--base <ref>', m.optBase)
    .option('--strict', m.optStrict)
    .option('--no-cache', m.optNoCache);

  report(command('status', m.cmdStatus, async (o, _a, context) => (await import('./commands/status.js')).runStatus(o, await context())), 'table, markdown, csv, json, html')
    .option('--lead <agency>', m.optLead)
    .option('--content <id>', m.optContent)
    .option('--state <state>', m.optState('done, overdue, due_soon, on_track, not_started, paused, cancelled'))
    .addOption(new Option('--sample-as-of <date>').hideHelp())
    .option('--all', m.optAll);

  report(command('overdue', m.cmdOverdue, async (o, _a, context) => (await import('./commands/overdue.js')).runOverdue(o, await context())), 'table, markdown, csv, json, html')
    .option('--within <days>', m.optWithin)
    .option('--fail-on-overdue', m.optFailOnOverdue)
    .option('--all', m.optAll);

  report(command('summary', m.cmdSummary, async (o, _a, context) => (await import('./commands/summary.js')).runSummary(o, await context())), 'text, markdown, json, html, docx, csv (--term)')
    .option('--year <year>', m.optYear)
    .option('--term', m.optTerm)
    .option('--review <kind>', m.optReview);

  command('explain', m.cmdExplain, async (o, a, context) => (await import('./commands/explain.js')).runExplain(a[0]!, o, await context()))
    .argument('<task>', m.argTask)
    .option('--as-of <date>', m.optAsOf)
    .option('--programme <id>', m.optProgramme);

  command('diff', m.cmdDiff, async (o, a, context) => (await import('./commands/diff.js')).runDiff(a[0]!, a[1], o, await context()))
    .argument('<base>', m.argBase)
    .argument('[head]', m.argHead)
    .option('--format <format>', m.optFormat('markdown, text, json'));

  edit(group('report', e.cmdReport), 'add', e.cmdReportAdd, async (o, a, context) => (await import('./commands/report-add.js')).runReportAdd(a[0], o, await context()))
    .argument('[task]', m.argTask)
    .usage('[options] <task> --state <state>')
    .option('--state <state>', e.optState)
    .option('--period <period>', e.optPeriod)
    .option('--on <date>', e.optOn)
    .option('--note <text>', e.optNote)
    .option('--document <number>', e.optDocument, collect)
    .option('--document-date <date>', f.optDocumentDate, collect)
    .option('--document-title <text>', f.optDocumentTitle, collect)
    .option('--document-issuer <text>', f.optDocumentIssuer, collect)
    .option('--figure <id=number>', f.optFigure, collect);

  edit(group('task', e.cmdTask), 'status', e.cmdTaskStatus, async (o, a, context) => (await import('./commands/task-status.js')).runTaskStatus(a[0], a[1], o, await context()))
    .argument('[task]', m.argTask)
    .argument('[status]', e.argStatus)
    .usage('[options] <task> <status>')
    .option('--on <date>', e.optOn);

  const evaluation = group('evaluation', e.cmdEvaluation);
  edit(evaluation, 'new', e.cmdEvaluationNew, async (o, a, context) => (await import('./commands/evaluation.js')).runEvaluationNew(a[0]!, o, await context())).argument('<year>', e.argYear);
  edit(evaluation, 'finalise', e.cmdEvaluationFinalise, async (o, a, context) => (await import('./commands/evaluation.js')).runEvaluationFinalise(a[0], o, await context()))
    .alias('finalize')
    .argument('[year]', e.argYear)
    .usage('[options] <year>');

  edit(program, 'amend', e.cmdAmend, async (o, _a, context) => (await import('./commands/amend.js')).runAmend(o, await context()))
    .usage('--kind <kind> --document <number> --date <date> [options]')
    .option('--kind <kind>', e.optKind)
    .option('--document <number>', e.optDocument)
    .option('--date <date>', e.optDate)
    .option('--reason <text>', e.optReason)
    .option('--add-task <file>', e.optAddTask, collect)
    .option('--cancel-task <id>', e.optCancelTask, collect)
    .option('--move-due <values...>', e.optMoveDue);

  // The dashboard site and the due-day calendar.
  const s = siteMessages[lang];
  command('site', s.cmdSite, async (o, a, context) => (await import('./commands/site.js')).runSite(a[0]!, o, await context()))
    .argument('<out>', s.argOut)
    .option('--as-of <date>', m.optAsOf)
    .option('--programme <id>', m.optProgramme)
    .option('--no-docx', s.optNoDocx);
  command('calendar', s.cmdCalendar, async (o, _a, context) => (await import('./commands/calendar.js')).runCalendar(o, await context()))
    .option('--as-of <date>', m.optAsOf)
    .option('--programme <id>', m.optProgramme)
    .option('--lead <agency>', s.optLeadCalendar)
    .option('--remind <days>', s.optRemind)
    .option('--output <file>', s.optCalendarOutput);

  // init writes into DIR: the records root defaults to the current folder, not ./data.
  command('init', m.cmdInit, async (o, a, context) => (await import('./commands/init.js')).runInit(a[0]!, o, await context({ root: program.opts<GlobalOptions>().root ?? '.', noScan: true })))
    .argument('<dir>', m.argDir)
    .option('--install <source>', initMessages[lang].optInstall);

  command('completion', m.cmdCompletion, async (_o, a) => (await import('./commands/completion.js')).runCompletion(a[0]!, lang, world)).argument('<shell>', m.argShell);

  return program;
}

/** The program without a world to run in, for help and for checking command lines (tests, init templates). */
export function createProgram(lang: Lang): Command {
  const silent = { write: () => undefined };
  return buildProgram({ argv: [], cwd: '.', env: {}, stdout: silent, stderr: silent, now: () => new Date() }, lang, () => undefined);
}

/** "phoihop help report add" is "phoihop report add --help" (commander's help command goes one level deep). */
function helpAsOption(argv: readonly string[], program: Command): string[] {
  const i = argv.findIndex((a, n) => !a.startsWith('-') && !['--root', '--lang', '--at'].includes(argv[n - 1] ?? ''));
  if (i < 0 || argv[i] !== 'help' || i + 1 >= argv.length) return [...argv];
  const known = program.commands.some((c) => c.name() === argv[i + 1] || c.aliases().includes(argv[i + 1]!));
  // An unknown name is left for commander to refuse ("không có lệnh ...") rather than showing the general help.
  return [...argv.slice(0, i), ...argv.slice(i + 1), ...(known ? ['--help'] : [])];
}

/** Runs the command line against an injected world and returns the exit code; never throws. */
export async function main(world: World = processWorld()): Promise<ExitCode> {
  const lang = helpLang(world.argv);
  let exitCode: ExitCode = ExitCode.ok;
  const parsing: Parsing = {};
  const program = buildProgram(world, lang, (code) => (exitCode = code), parsing);
  // Asked by the shell at every Tab: answered before commander parses, so that it stays quick and silent.
  if (world.argv[0] === '__complete') return (await import('./commands/completion.js')).runComplete(program, world.argv.slice(1), world);
  try {
    await program.parseAsync(helpAsOption(world.argv, program), { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
      // Help shown because a command group was given no sub-command is a usage problem.
      if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
      world.stderr.write(`${terminalMessages[lang].usageHint(commandPath(parsing.current))}\n`);
      return ExitCode.usage;
    }
    if (error instanceof MissingValue) {
      // Not on a terminal (CI, a pipe): say what is missing and how the command is written.
      const command = parsing.current ?? program;
      const usage = command.createHelp().commandUsage(command);
      const [title, line] = lang === 'vi' ? [titleVi('Usage:'), usageVi(usage)] : ['Usage:', usage];
      world.stderr.write(`${error.message}\n${title} ${line}\n${terminalMessages[lang].usageHint(commandPath(command))}\n`);
      return ExitCode.usage;
    }
    if (error instanceof UserError) {
      world.stderr.write(`phoihop: ${error.message}\n`);
      return error.exitCode;
    }
    world.stderr.write(`phoihop: ${cliMessages[lang].internalError}\n${(error as Error)?.stack ?? String(error)}\n`);
    return ExitCode.usage;
  } finally {
    await releaseHeldLocks();
  }
}

function processWorld(): World {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // `phoihop status | head`: the reader went away, which is a normal end, not an error.
    if (error.code === 'EPIPE') process.exit(ExitCode.ok);
    // `phoihop status > file` on a full disk: one line that says why, never a stack trace.
    const lang = helpLang(process.argv.slice(2));
    process.stderr.write(`phoihop: ${ioMessages[lang].cannotWrite(cliMessages[lang].stdoutName, error.code)}\n`);
    process.exit(ExitCode.usage);
  });
  return {
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: { write: (s) => void process.stdout.write(s), ready: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()), isTTY: process.stdout.isTTY, columns: process.stdout.columns, rows: process.stdout.rows },
    stderr: { write: (s) => void process.stderr.write(s), isTTY: process.stderr.isTTY, columns: process.stderr.columns },
    now: () => new Date(),
    page: (text) => import('./io/pager.js').then((p) => p.page(text, process.env)),
    stdin: { isTTY: process.stdin.isTTY === true, ask: askLine },
  };
}

/** One line from the keyboard; the question goes to stderr so that stdout stays the command's output. */
async function askLine(question: string): Promise<string | null> {
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  return new Promise((resolve) => {
    let answered = false;
    rl.on('close', () => answered || resolve(null));
    rl.question(question, (answer) => {
      answered = true;
      rl.close();
      resolve(answer);
    });
  });
}
