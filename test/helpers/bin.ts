import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { strykerEnv } from './stryker-children.js';

const run = promisify(execFile);
export const BIN = path.resolve(import.meta.dirname, '../../bin/phoihop.js');
export const REPO = path.resolve(import.meta.dirname, '../..');

export interface BinResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real bin (the bundle `npm run build` makes) with only PATH and `env` in its environment. */
export async function runBin(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<BinResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, env: { PATH: process.env.PATH ?? '', ...strykerEnv(), ...options.env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as BinResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
