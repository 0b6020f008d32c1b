import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode } from '../exit-codes.js';
import { changedFiles, changeScope } from '../git/baseline.js';
import { repositoryTop, verifyRevision } from '../git/git.js';
import { gitTree } from '../git/git-tree.js';
import { compareRecords } from '../model/compare.js';
import { loadRoot } from '../pipeline.js';
import { diffJson, diffMarkdown, diffText } from '../views/diff.js';
import { parseChoice, type Context } from './context.js';

export const DIFF_FORMATS = ['markdown', 'text', 'json'] as const;

export interface DiffOptions {
  format?: string;
}

/** What changed in the records between BASE and HEAD (a commit; the working tree when omitted). */
export async function runDiff(base: string, head: string | undefined, options: DiffOptions, context: Context): Promise<ExitCode> {
  const { lang, root, world } = context;
  const format = parseChoice(options.format, DIFF_FORMATS, 'markdown', context);
  const top = await repositoryTop(root, lang);
  const prefix = path.relative(top, root).split(path.sep).join('/');
  const baseCommit = await verifyRevision(top, base, lang);
  const headCommit = head === undefined ? undefined : await verifyRevision(top, head, lang);
  const scope = changeScope(await changedFiles(top, baseCommit, prefix, headCommit)) ?? undefined;
  const label = (ref: string) => `${ref}:${prefix || '.'}`;
  const only = scope ? ['agencies.yaml', 'phoihop.yaml', ...scope] : undefined;
  const headTree = headCommit ? await gitTree(top, headCommit, prefix, label(head!), only) : context.tree;
  const [before, after] = await Promise.all([loadRoot(await gitTree(top, baseCommit, prefix, label(base), only), lang, scope), loadRoot(headTree, lang, scope)]);
  const changes = compareRecords(before.models, after.models);
  const headName = head ?? (lang === 'vi' ? 'bản đang sửa' : 'the working tree');
  const markdown = diffMarkdown(changes, base, headName, lang);
  world.stdout.write(format === 'json' ? diffJson(changes, base, head ?? 'WORKTREE') : format === 'text' ? diffText(changes, base, headName, lang) : markdown);
  const summary = world.env.GITHUB_STEP_SUMMARY;
  if (world.env.GITHUB_ACTIONS === 'true' && summary) await appendFile(summary, markdown + '\n');
  return ExitCode.ok;
}
