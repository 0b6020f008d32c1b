import { spawn } from 'node:child_process';

/**
 * Shows text in the user's pager ($PAGER, else `less`) and waits until it is closed. `less -FRX`:
 * colours kept, the screen not cleared, and text that fits is just printed. False when no pager
 * could be started, so the caller prints the text itself.
 */
export function page(text: string, env: Record<string, string | undefined>): Promise<boolean> {
  const command = env.PAGER?.trim() || 'less';
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { ...env, LESS: env.LESS ?? 'FRX', LESSCHARSET: env.LESSCHARSET ?? 'utf-8' } });
    // A shell that cannot be started: 'error' comes first, and the 'close' after it changes nothing.
    child.on('error', () => resolve(false));
    // A pager closed before reading everything is a normal end.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => resolve(code !== 127));
    child.stdin.end(text);
  });
}
