import { ExitCode } from '../exit-codes.js';
import { screenLayout } from '../world.js';
import { explainTask } from '../schedule/explain.js';
import { explainText } from '../views/explain.js';
import { parseAsOf, type Context } from './context.js';
import { findTask, loadProgrammes } from './report-input.js';

export interface ExplainOptions {
  asOf?: string;
  programme?: string;
}

/** TASK may be "NV03" or "programme-id/NV03". */
export async function runExplain(taskArg: string, options: ExplainOptions, context: Context): Promise<ExitCode> {
  const asOf = parseAsOf(options.asOf, context);
  const slash = taskArg.lastIndexOf('/');
  const models = await loadProgrammes(context, slash < 0 ? options.programme : taskArg.slice(0, slash), asOf);
  const { programme, task } = findTask(models, taskArg, options.programme, context);
  context.world.stdout.write(explainText(explainTask(programme, task, asOf, context.settings.soon), context.lang, screenLayout(context.world).width));
  return ExitCode.ok;
}
