import { spawnSync } from 'node:child_process';

/** Whether a program is on PATH: real-tool tests run where it is and say why they skip where not. */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}
