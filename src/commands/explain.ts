import { ExitCode } from '../exit-codes.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { explainTask } from '../schedule/explain.js';
import { UserError } from '../user-error.js';
import { explainText } from '../views/explain.js';
import { parseAsOf, type Context } from './context.js';
import { loadProgrammes } from './report-input.js';

export interface ExplainOptions {
  asOf?: string;
  programme?: string;
}

/** TASK may be "NV03" or "programme-id/NV03". */
export async function runExplain(taskArg: string, options: ExplainOptions, context: Context): Promise<ExitCode> {
  const m = cliMessages[context.lang];
  const asOf = parseAsOf(options.asOf, context);
  const [programmeId, taskId] = taskArg.includes('/') ? [taskArg.slice(0, taskArg.lastIndexOf('/')), taskArg.slice(taskArg.lastIndexOf('/') + 1)] : [options.programme, taskArg];
  const models = await loadProgrammes(context, programmeId, asOf);
  const matches = models.flatMap((p) => p.tasks.filter((t) => t.task.id === taskId).map((t) => ({ p, t })));
  if (matches.length === 0) throw new UserError(m.unknownTask(taskId!, models.flatMap((p) => p.tasks.map((t) => t.task.id)).join(', ') || '—'));
  if (matches.length > 1) throw new UserError(m.ambiguousTask(taskId!, matches.map((x) => x.p.programme.id).join(', ')));
  const { p, t } = matches[0]!;
  context.world.stdout.write(explainText(explainTask(p, t, asOf, context.settings.soon), context.lang));
  return ExitCode.ok;
}
