/** Everything outside the program that a command may touch; tests pass their own. */
export interface World {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Output;
  stderr: Output;
  now: () => Date;
}

export interface Output {
  write(text: string): void;
  isTTY?: boolean;
  columns?: number;
}

/** Colour only on a terminal, unless NO_COLOR or FORCE_COLOR say otherwise. */
export function wantsColor(env: World['env'], output: Output): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return output.isTTY === true;
}
