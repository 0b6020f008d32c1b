/** Everything outside the program that a command may touch; tests pass their own. */
export interface World {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Output;
  stderr: Output;
  now: () => Date;
  /** Shows long text in a pager ($PAGER, else less) on a terminal; false when none could start. */
  page?: (text: string) => Promise<boolean>;
  /** The keyboard, when there is one: commands ask for missing values only when stdin is a terminal. */
  stdin?: Input;
}

export interface Input {
  isTTY?: boolean;
  /** Shows a question (on stderr) and resolves with the line typed, or null at end of input. */
  ask(question: string): Promise<string | null>;
}

export interface Output {
  /** Text, or text as UTF-8 bytes (a listing's parts made on worker threads). */
  write(text: string | Uint8Array): void;
  /** Resolves when the output has taken what was written (a slow pipe): long listings wait for it. */
  ready?: () => Promise<void>;
  isTTY?: boolean;
  columns?: number;
  /** The terminal's height, when it is one. */
  rows?: number;
}

/** How text tables are laid out for this output: the width to fit, and on a terminal the lines that fit. */
export interface ScreenLayout {
  width: number;
  /** Set on a terminal (unless --all): long listings stop here and say how to see the rest. */
  maxLines?: number;
}

function positive(value: number | string | undefined): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The terminal's width (80 when not a terminal, or $COLUMNS) and, on a terminal, its height. */
export function screenLayout(world: Pick<World, 'env' | 'stdout'>, all = false): ScreenLayout {
  const { stdout, env } = world;
  if (!stdout.isTTY) return { width: positive(env.COLUMNS) ?? 80 };
  const width = positive(stdout.columns) ?? positive(env.COLUMNS) ?? 80;
  if (all) return { width };
  const height = positive(stdout.rows) ?? positive(env.LINES) ?? 24;
  return { width, maxLines: Math.max(12, height - 4) };
}

/**
 * Colour only on a terminal, unless FORCE_COLOR or NO_COLOR say otherwise: FORCE_COLOR=0 (or
 * false) turns it off as it does for Node itself, any other FORCE_COLOR turns it on, before NO_COLOR.
 */
export function wantsColor(env: World['env'], output: Output): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return output.isTTY === true;
}

/** "phoihop status --lead x --all": the command line as typed, with `--all`, for the note under a cut listing. */
export function commandWithAll(argv: readonly string[]): string {
  const quoted = argv.map((a) => (/^[\w./:=@%+,-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`));
  return ['phoihop', ...quoted, '--all'].join(' ');
}
