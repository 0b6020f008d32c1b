import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode } from '../exit-codes.js';
import { changedFiles, changeScope } from '../git/baseline.js';
import { mergeBase, repositoryTop, requireRevision, verifyRevision } from '../git/git.js';
import { gitTree } from '../git/git-tree.js';
import { compareRecords } from '../model/compare.js';
import { loadRoot, type LoadedRoot } from '../pipeline.js';
import { diffJson, diffMarkdown, diffText, type DiffNotes } from '../views/diff.js';
import { parseChoice, type Context } from './context.js';

export const DIFF_FORMATS = ['markdown', 'text', 'json'] as const;

export interface DiffOptions {
  format?: string;
}

/** Files that could not be read into a record (load or schema errors), by path. */
function unreadableFiles(loaded: LoadedRoot): Map<string, string> {
  const found = new Map<string, string>();
  for (const d of loaded.diagnostics) if (d.severity === 'error' && !found.has(d.file)) found.set(d.file, d.message);
  return found;
}

/**
 * What changed in the records between BASE and HEAD (a commit; the working tree when omitted),
 * counted from their merge base, as a pull request shows it. Records that cannot be read on
 * either side are named, never reported as deleted or new.
 */
export async function runDiff(base: string, head: string | undefined, options: DiffOptions, context: Context): Promise<ExitCode> {
  const { lang, root, world } = context;
  const format = parseChoice(options.format, DIFF_FORMATS, 'markdown', context);
  requireRevision('BASE', base, lang);
  requireRevision('HEAD', head, lang);
  const top = await repositoryTop(root, lang);
  const prefix = path.relative(top, root).split(path.sep).join('/');
  await verifyRevision(top, base, lang);
  const headCommit = head === undefined ? undefined : await verifyRevision(top, head, lang);
  const baseCommit = await mergeBase(top, base, headCommit, lang);
  const { changes, moved } = await changedFiles(top, baseCommit, prefix, headCommit);
  const scope = changeScope(changes) ?? undefined;
  const label = (ref: string) => `${ref}:${prefix || '.'}`;
  const only = scope ? ['agencies.yaml', 'phoihop.yaml', ...scope] : undefined;
  const headTree = headCommit ? await gitTree(top, headCommit, prefix, label(head!), only) : context.tree;
  const [before, after] = await Promise.all([loadRoot(await gitTree(top, baseCommit, prefix, label(base), only), lang, scope), loadRoot(headTree, lang, scope)]);
  const [brokenBefore, brokenAfter] = [unreadableFiles(before), unreadableFiles(after)];
  const unreadable = new Set<string>();
  for (const file of [...brokenBefore.keys(), ...brokenAfter.keys()]) unreadable.add(file).add(moved.get(file) ?? file);
  for (const [from, to] of moved) if (unreadable.has(to)) unreadable.add(from);
  const compared = compareRecords(before.models, after.models, unreadable);
  const notes: DiffNotes = {
    mergeBase: baseCommit,
    unreadable: [...new Set([...brokenBefore.keys(), ...brokenAfter.keys()])].sort().map((file) => ({ file, side: brokenAfter.has(file) ? 'head' : 'base', message: brokenAfter.get(file) ?? brokenBefore.get(file)! })),
  };
  const headName = head ?? (lang === 'vi' ? 'bản đang sửa' : 'the working tree');
  const markdown = diffMarkdown(compared, base, headName, lang, notes);
  world.stdout.write(format === 'json' ? diffJson(compared, base, head ?? 'WORKTREE', notes) : format === 'text' ? diffText(compared, base, headName, lang, notes) : markdown);
  const summary = world.env.GITHUB_STEP_SUMMARY;
  if (world.env.GITHUB_ACTIONS === 'true' && summary) await appendFile(summary, markdown + '\n');
  return ExitCode.ok;
}
