import { countSeverities } from '../diagnostic.js';
import { ExitCode } from '../exit-codes.js';
import { formatJson } from '../formatters/json.js';
import { formatPretty } from '../formatters/pretty.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { sourceLine } from '../records/positions.js';
import { validateRoot } from '../pipeline.js';
import { UserError } from '../user-error.js';
import { parseChoice, type Context } from './context.js';

export const VALIDATE_FORMATS = ['pretty', 'json'] as const;

export interface ValidateOptions {
  format?: string;
  strict?: boolean;
}

export async function runValidate(options: ValidateOptions, context: Context): Promise<ExitCode> {
  const format = parseChoice(options.format, VALIDATE_FORMATS, 'pretty', context);
  const result = await validateRoot(context.root, context.readBytes, context.lang);
  if (result.fileCount === 0) throw new UserError(cliMessages[context.lang].rootEmpty(context.rootLabel));
  const output =
    format === 'json'
      ? formatJson(result.diagnostics, context.rootLabel)
      : formatPretty(result.diagnostics, {
          lang: context.lang,
          color: context.color,
          fileCount: result.fileCount,
          sourceLine: (file, line) => {
            const text = result.texts.get(file);
            return text === undefined ? undefined : sourceLine(text, line);
          },
        });
  context.world.stdout.write(output);
  const { errors, warnings } = countSeverities(result.diagnostics);
  return errors > 0 || (options.strict && warnings > 0) ? ExitCode.findings : ExitCode.ok;
}
