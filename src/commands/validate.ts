import path from 'node:path';
import { countSeverities, sortDiagnostics, type Diagnostic } from '../diagnostic.js';
import { ExitCode } from '../exit-codes.js';
import { changedFiles, changeScope, historyFindings, markBaseline } from '../git/baseline.js';
import { repositoryTop, verifyRevision } from '../git/git.js';
import { gitTree } from '../git/git-tree.js';
import { DIAGNOSTIC_FORMATS, FORMATTERS, type DiagnosticFormat, type FormatInput } from '../formatters/index.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { validateRoot, type LoadedRoot } from '../pipeline.js';
import { sourceLine } from '../records/positions.js';
import { UserError } from '../user-error.js';
import { VERSION } from '../version.js';
import { parseChoice, type Context } from './context.js';

export interface ValidateOptions {
  format?: string;
  output?: string;
  strict?: boolean;
  base?: string;
}

interface Outcome {
  result: LoadedRoot;
  diagnostics: Diagnostic[];
}

/** --base: check only what the change touches, mark what the base already had, guard history. */
async function validateAgainstBase(ref: string, context: Context): Promise<Outcome> {
  const { lang, root } = context;
  const top = await repositoryTop(root, lang);
  const commit = await verifyRevision(top, ref, lang);
  const prefix = path.relative(top, root).split(path.sep).join('/');
  const changes = await changedFiles(top, commit, prefix);
  const scope = changeScope(changes) ?? undefined;
  const baseTree = await gitTree(top, commit, prefix, `${ref}:${prefix || '.'}`);
  const [result, base, history] = await Promise.all([validateRoot(context.tree, lang, scope), validateRoot(baseTree, lang, scope), historyFindings(changes, baseTree, lang)]);
  const marked = markBaseline(result.diagnostics, base.diagnostics);
  return { result, diagnostics: sortDiagnostics([...marked, ...history.map((d) => ({ ...d, baseline: false }))]) };
}

export async function runValidate(options: ValidateOptions, context: Context): Promise<ExitCode> {
  const { world, lang } = context;
  const inActions = world.env.GITHUB_ACTIONS === 'true';
  const terminalDefault: DiagnosticFormat = inActions ? 'github' : 'pretty';
  const chosen = parseChoice(options.format, DIAGNOSTIC_FORMATS, options.output ? 'json' : terminalDefault, context);
  const { result, diagnostics } = options.base ? await validateAgainstBase(options.base, context) : await validateRoot(context.tree, lang).then((r) => ({ result: r, diagnostics: r.diagnostics }));
  if (result.files.length === 0) throw new UserError(cliMessages[lang].rootEmpty(context.rootLabel));
  const workspace = world.env.GITHUB_WORKSPACE ?? world.cwd;
  const relativeRoot = path.relative(workspace, context.root).split(path.sep).join('/');
  const input: FormatInput = {
    lang,
    color: context.color,
    fileCount: result.files.length,
    sourceLine: (file, line) => {
      const text = result.textOf(file);
      return text === undefined ? undefined : sourceLine(text, line);
    },
    rootLabel: context.rootLabel,
    version: VERSION,
    files: result.files,
    pathPrefix: relativeRoot && !relativeRoot.startsWith('..') ? `${relativeRoot}/` : '',
  };
  if (options.output) {
    await writeFileAtomic(path.resolve(world.cwd, options.output), FORMATTERS[chosen](diagnostics, { ...input, color: false }));
    world.stdout.write(FORMATTERS[terminalDefault](diagnostics, input));
  } else {
    world.stdout.write(FORMATTERS[chosen](diagnostics, input));
  }
  const { newErrors, newWarnings } = countSeverities(diagnostics);
  return newErrors > 0 || (options.strict && newWarnings > 0) ? ExitCode.findings : ExitCode.ok;
}
