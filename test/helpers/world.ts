import { expect } from 'vitest';
import { main } from '../../src/cli.js';
import type { World } from '../../src/world.js';

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with a fixed clock (2024-06-15 noon in Hanoi unless given). */
export async function runCli(argv: string[], options: { cwd?: string; env?: Record<string, string>; now?: Date; columns?: number; tty?: boolean } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const world: World = {
    argv,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stdout: { write: (s) => void (stdout += typeof s === 'string' ? s : new TextDecoder().decode(s)), isTTY: options.tty ?? false, ...(options.columns ? { columns: options.columns } : {}) },
    stderr: { write: (s) => void (stderr += s), isTTY: false },
    now: () => options.now ?? new Date('2024-06-15T05:00:00Z'),
  };
  const exitCode = await main(world);
  return { exitCode, stdout, stderr };
}

/** A command's stdout on a root made once for a file (`root()` read when it runs): exit 0 and nothing on stderr are asserted. */
export function quietStdout(root: () => string): (...args: string[]) => Promise<string> {
  return async (...args) => {
    const r = await runCli([...args, '--root', root()]);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    return r.stdout;
  };
}
