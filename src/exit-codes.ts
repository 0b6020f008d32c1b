/** Process exit codes; the README documents them. */
export const ExitCode = {
  ok: 0,
  findings: 1,
  usage: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
