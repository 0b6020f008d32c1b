import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openRunCache } from '../cache/run-cache.js';
import { RULES } from '../checks/index.js';
import { schemaHash } from '../checks/schema-set.js';
import { discoverRecords } from '../records/discover.js';
import { countSeverities, sortDiagnostics, type Diagnostic } from '../diagnostic.js';
import { ExitCode } from '../exit-codes.js';
import { changedFiles, changeScope, findingScope, historyFindings, markBaseline } from '../git/baseline.js';
import { mergeBase, repositoryTop, requireRevision, verifyRevision } from '../git/git.js';
import { programmeIdClashes } from '../git/root-facts.js';
import { gitTree } from '../git/git-tree.js';
import { DIAGNOSTIC_FORMATS, FORMATTERS, type DiagnosticFormat, type FormatInput } from '../formatters/index.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { writeOutput } from '../io/atomic-write.js';
import { validateRoot } from '../pipeline.js';
import { checkRoot, type CheckedRoot } from '../run/check-root.js';
import { lineReader } from '../records/positions.js';
import { startProgress } from '../progress.js';
import { UserError } from '../user-error.js';
import { VERSION } from '../version.js';
import { parseChoice, type Context } from './context.js';
import { recoverInterrupted } from './recovery.js';

export interface ValidateOptions {
  format?: string;
  output?: string;
  strict?: boolean;
  base?: string;
  /** commander's --no-cache sets this to false. */
  cache?: boolean;
}

/** What the formatters need from a run: the files read, their text for the caret view, the findings. */
interface Outcome {
  result: Pick<CheckedRoot, 'files' | 'textOf'>;
  diagnostics: Diagnostic[];
}

/** What a --base run compared with, for the output: the ref given and the merge base used. */
export interface BaseNote {
  ref: string;
  commit: string;
}

/**
 * --base: check only what the change touches, from the merge base of BASE and the version read
 * (HEAD, the working tree, or --at), mark what the merge base already had, guard history.
 */
async function validateAgainstBase(ref: string, context: Context): Promise<Outcome & { note: BaseNote }> {
  const { lang, root } = context;
  const top = await repositoryTop(root, lang);
  await verifyRevision(top, ref, lang);
  const head = context.revision === undefined ? undefined : await verifyRevision(top, context.revision, lang);
  const commit = await mergeBase(top, ref, head, lang);
  const prefix = path.relative(top, root).split(path.sep).join('/');
  const { changes, moved } = await changedFiles(top, commit, prefix, head);
  const scope = changeScope(changes) ?? undefined;
  const label = `${ref}:${prefix || '.'}`;
  if (!scope) {
    // agencies.yaml, phoihop.yaml or a schema changed: every programme is checked (streamed), and
    // the base only where that found something, since only the same file can hold an old copy.
    // The base's listing is read after the check, so that it is not held while the workers run.
    const result = await checkRoot(context.tree, lang, { progress: startProgress(context.world, lang), today: context.today });
    const baseTree = await gitTree(top, commit, prefix, label);
    const where = findingScope(result.diagnostics, moved);
    const [base, history] = await Promise.all([validateRoot(baseTree, lang, where, undefined, undefined, context.today), historyFindings(changes, baseTree, lang)]);
    const baseClashes = await programmeIdClashes(baseTree, where, base, lang);
    const marked = markBaseline(result.diagnostics, [...base.diagnostics, ...baseClashes], moved);
    return { result, diagnostics: sortDiagnostics([...marked, ...history.map((d) => ({ ...d, baseline: false }))]), note: { ref, commit } };
  }
  const baseTree = await gitTree(top, commit, prefix, label, ['agencies.yaml', 'phoihop.yaml', ...scope]);
  const [result, base, history] = await Promise.all([validateRoot(context.tree, lang, scope, undefined, undefined, context.today), validateRoot(baseTree, lang, scope, undefined, undefined, context.today), historyFindings(changes, baseTree, lang)]);
  const [clashes, baseClashes] = await Promise.all([programmeIdClashes(context.tree, scope, result, lang), gitTree(top, commit, prefix, label).then((whole) => programmeIdClashes(whole, scope, base, lang))]);
  const marked = markBaseline([...result.diagnostics, ...clashes], [...base.diagnostics, ...baseClashes], moved);
  return { result, diagnostics: sortDiagnostics([...marked, ...history.map((d) => ({ ...d, baseline: false }))]), note: { ref, commit } };
}

/** Where runs are cached: $PHOIHOP_CACHE_DIR, else the user's cache folder; none without a home. */
function cacheDirectory(env: Context['world']['env']): string | undefined {
  if (env.PHOIHOP_CACHE_DIR) return env.PHOIHOP_CACHE_DIR;
  const base = env.XDG_CACHE_HOME ?? (env.HOME ? path.join(env.HOME, '.cache') : undefined);
  return base ? path.join(base, 'phoihop') : undefined;
}

/** The whole check, reusing the last run when no record, schema, setting or tool version changed. */
async function validateCached(context: Context, enabled: boolean): Promise<Outcome> {
  const directory = cacheDirectory(context.world.env);
  if (!enabled || !directory || context.revision) return checkRoot(context.tree, context.lang, { progress: startProgress(context.world, context.lang), today: context.today }).then((r) => ({ result: r, diagnostics: r.diagnostics }));
  const discovery = await discoverRecords(context.tree);
  const paths = discovery.files.map((f) => f.path);
  // The rules' ids and docs are part of the identity: a build with a new or changed rule but the same version never reuses an old run;
  // today is too (future-date depends on it).
  const rules = RULES.map((r) => `${r.id}:${r.severity}:${r.docs.en}`);
  const cache = openRunCache(directory, context.root, JSON.stringify([VERSION, schemaHash(), rules, context.lang, discovery.skipped, context.today]));
  const hit = cache.lookup(paths);
  if (hit) {
    const textOf = (file: string) => {
      try {
        return readFileSync(path.join(context.root, file), 'utf8').replace(/^\uFEFF/, '');
      } catch {
        return undefined;
      }
    };
    return { result: { files: paths, textOf }, diagnostics: hit };
  }
  const result = await checkRoot(context.tree, context.lang, { discovery, progress: startProgress(context.world, context.lang), today: context.today, hash: true });
  await cache.store(result.files, result.diagnostics, result.hashes);
  return { result, diagnostics: result.diagnostics };
}

export async function runValidate(options: ValidateOptions, context: Context): Promise<ExitCode> {
  const { world, lang } = context;
  const inActions = world.env.GITHUB_ACTIONS === 'true';
  const terminalDefault: DiagnosticFormat = inActions ? 'github' : 'pretty';
  const chosen = parseChoice(options.format, DIAGNOSTIC_FORMATS, options.output ? 'json' : terminalDefault, context);
  await recoverInterrupted(context, false);
  requireRevision('--base', options.base, lang);
  const { result, diagnostics, note } = options.base !== undefined ? await validateAgainstBase(options.base, context) : { ...(await validateCached(context, options.cache !== false)), note: undefined };
  if (result.files.length === 0) throw new UserError(cliMessages[lang].rootEmpty(context.rootLabel));
  const workspace = world.env.GITHUB_WORKSPACE ?? world.cwd;
  const relativeRoot = path.relative(workspace, context.root).split(path.sep).join('/');
  const input: FormatInput = {
    lang,
    color: context.color,
    fileCount: result.files.length,
    sourceLine: lineReader(result.textOf),
    rootLabel: context.rootLabel,
    version: VERSION,
    files: result.files,
    pathPrefix: relativeRoot && !relativeRoot.startsWith('..') ? `${relativeRoot}/` : '',
    ...(note ? { base: note } : {}),
  };
  if (options.output) {
    await writeOutput(path.resolve(world.cwd, options.output), FORMATTERS[chosen](diagnostics, { ...input, color: false }), lang, options.output);
    world.stdout.write(FORMATTERS[terminalDefault](diagnostics, input));
  } else {
    world.stdout.write(FORMATTERS[chosen](diagnostics, input));
  }
  const { newErrors, newWarnings } = countSeverities(diagnostics);
  return newErrors > 0 || (options.strict && newWarnings > 0) ? ExitCode.findings : ExitCode.ok;
}
