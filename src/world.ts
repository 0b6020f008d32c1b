/** Everything outside the program that a command may touch; tests pass their own. */
export interface World {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Output;
  stderr: Output;
  now: () => Date;
  /** The keyboard, when there is one: commands ask for missing values only when stdin is a terminal. */
  stdin?: Input;
}

export interface Input {
  isTTY?: boolean;
  /** Shows a question (on stderr) and resolves with the line typed, or null at end of input. */
  ask(question: string): Promise<string | null>;
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
