import path from 'node:path';
import { sortDiagnostics } from '../diagnostic.js';
import { commitChanges, diffChanges, overlayTree, type CommitHooks, type FileChange } from '../edit/change-set.js';
import { recoverInterrupted } from './recovery.js';
import { ExitCode } from '../exit-codes.js';
import { formatPretty } from '../formatters/pretty.js';
import { markBaseline } from '../git/baseline.js';
import { editMessages } from '../i18n/edit-messages.js';
import { checkLoaded, validateRoot, type LoadedRoot } from '../pipeline.js';
import { lineReader } from '../records/positions.js';
import { UserError } from '../user-error.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import type { Context } from './context.js';
import { sameId } from './lookup.js';
import { loadRecords } from './report-input.js';

/**
 * The records to edit: always the folder itself, never a git revision. Takes the records lock
 * first (held until the command ends), so that the records read are the ones the edit replaces.
 */
export async function loadForEdit(context: Context): Promise<LoadedRoot> {
  if (context.revision) throw new UserError(editMessages[context.lang].atRefused);
  await recoverInterrupted(context, true);
  return loadRecords(context);
}

/** Test hook: PHOIHOP_TEST_KILL_AFTER_RENAMES=N kills the process after N renames, as a power cut would. */
function crashHooks(context: Context): CommitHooks {
  const after = Number(context.world.env.PHOIHOP_TEST_KILL_AFTER_RENAMES);
  return after > 0 ? { afterRename: (n) => void (n === after && process.kill(process.pid, 'SIGKILL')) } : {};
}

/**
 * Checks the records as they would be after the changes (schema and cross-record rules) against
 * the records as loaded before them and, only when that adds no error, writes every file or none;
 * with dryRun, prints the diff instead.
 */
export async function finishEdit(context: Context, loaded: LoadedRoot, changes: FileChange[], dryRun: boolean): Promise<ExitCode> {
  const { world, lang } = context;
  const msg = editMessages[lang];
  const before = checkLoaded(loaded, lang, context.today);
  const after = await validateRoot(overlayTree(context.tree, changes), lang, undefined, undefined, undefined, context.today);
  const fresh = sortDiagnostics(markBaseline(after.diagnostics, before.diagnostics).filter((d) => !d.baseline && d.severity === 'error')).map(({ baseline: _b, ...d }) => d);
  if (fresh.length) {
    const line = lineReader(after.textOf);
    world.stdout.write(formatPretty(fresh, { lang, color: context.color, fileCount: after.files.length, sourceLine: line }));
    world.stderr.write(`phoihop: ${msg.refused}\n`);
    return ExitCode.findings;
  }
  if (dryRun) {
    world.stdout.write(diffChanges(changes));
    world.stderr.write(`${msg.dryRun}\n`);
    return ExitCode.ok;
  }
  const { conflicts } = await commitChanges(context.root, changes, crashHooks(context));
  if (conflicts.length) throw new UserError(msg.conflicts(conflicts.join(', ')), ExitCode.findings);
  world.stdout.write(`${msg.written(changes.map((c) => c.path).join(', '))}\n`);
  return ExitCode.ok;
}

/**
 * When a record the command needs was not loaded because the file is broken (schema or syntax),
 * prints what is wrong with it, as validate does, and refuses (exit 1); does nothing otherwise.
 */
export function refuseBrokenFile(context: Context, loaded: LoadedRoot, file: string): void {
  const problems = sortDiagnostics(loaded.diagnostics.filter((d) => d.file === file && d.severity === 'error'));
  if (problems.length === 0) return;
  const line = lineReader(loaded.textOf);
  context.world.stdout.write(formatPretty(problems, { lang: context.lang, color: context.color, fileCount: loaded.files.length, sourceLine: line }));
  throw new UserError(terminalMessages[context.lang].brokenFile(file, problems.length), ExitCode.findings);
}

/**
 * For `chooseTask`: a task id no programme holds whose own file (tasks/ID.yaml) is broken prints
 * that file's problems and refuses (exit 1), rather than saying there is no such task.
 */
export function refuseBrokenTask(context: Context, loaded: LoadedRoot): (id: string) => void {
  return (id) => {
    const taskFile = (file: string) => /(^|\/)tasks\/[^/]+\.yaml$/.test(file) && sameId(id, path.basename(file, '.yaml'));
    const file = loaded.diagnostics.find((d) => d.severity === 'error' && taskFile(d.file))?.file;
    if (file !== undefined) refuseBrokenFile(context, loaded, file);
  };
}
