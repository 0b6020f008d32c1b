import { ExitCode } from './exit-codes.js';

/** An expected failure (bad option, unreadable root): printed as one line, never with a stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.usage,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
