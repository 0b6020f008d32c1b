import { execFile, spawn } from 'node:child_process';
import { cliMessages } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';
import { UserError } from '../user-error.js';
import { gitMessages } from './messages.js';

// Git is always started with execFile/spawn and an argument array: never through a shell.
// Every path given to git is literal: a programme folder named ":x" or ":!x" is that folder,
// never pathspec magic.
export const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1', LC_ALL: 'C' };

export function git(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, ...GIT_ENV } }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stderr: stderr.toString() }));
      else resolve(stdout);
    });
  });
}

/** The top folder of the git repository holding `dir`; a clear error when there is none or git refuses it. */
export async function repositoryTop(dir: string, lang: Lang): Promise<string> {
  try {
    return (await git(dir, ['rev-parse', '--show-toplevel'])).toString().trim();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr);
    if (/dubious ownership/.test(stderr)) {
      const top = /repository at '([^']+)'/.exec(stderr)?.[1] ?? dir;
      throw new UserError(gitMessages(lang).dubiousOwnership(top));
    }
    throw new UserError(cliMessages[lang].notARepository(dir));
  }
}

/** Refuses a revision option given empty (`--base ""`), which would otherwise read as not given. */
export function requireRevision(option: string, ref: string | undefined, lang: Lang): void {
  if (ref !== undefined && ref.trim() === '') throw new UserError(gitMessages(lang).emptyRevision(option));
}

/**
 * Resolves a ref to a commit id after `git rev-parse --verify`; a clear error when it does not
 * exist. A blank ref never reaches here: `requireRevision` refuses it first.
 */
export async function verifyRevision(top: string, ref: string, lang: Lang): Promise<string> {
  if (ref.startsWith('-')) throw new UserError(cliMessages[lang].badRevision(ref));
  try {
    return (await git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).toString().trim();
  } catch {
    if (await isShallow(top)) throw new UserError(`${cliMessages[lang].badRevision(ref)}; ${gitMessages(lang).shallowHint}`);
    throw new UserError(cliMessages[lang].badRevision(ref));
  }
}

async function isShallow(top: string): Promise<boolean> {
  try {
    return (await git(top, ['rev-parse', '--is-shallow-repository'])).toString().trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * Where a change started: the merge base of `base` and `head` (HEAD when omitted), so that what
 * the base branch gained since is not read as undone by the change. A clear error when the two
 * share no history (a shallow clone usually).
 */
export async function mergeBase(top: string, base: string, head: string | undefined, lang: Lang): Promise<string> {
  try {
    return (await git(top, ['merge-base', base, head ?? 'HEAD'])).toString().trim();
  } catch {
    const shallow = await isShallow(top);
    throw new UserError(shallow ? gitMessages(lang).noMergeBaseShallow : gitMessages(lang).noMergeBase);
  }
}

/**
 * Reads many blobs through one `git cat-file --batch` process: one request per line, answers in
 * order, so that reading a revision costs one process, not one per file.
 */
export class BlobReader {
  private child?: ReturnType<typeof spawn>;
  private buffer = Buffer.alloc(0);
  private waiting: { resolve: (b: Buffer | null) => void; reject: (e: Error) => void }[] = [];

  constructor(private readonly top: string) {}

  read(oid: string): Promise<Buffer | null> {
    const child = this.start();
    if (this.waiting.length === 0) this.hold(true);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      child.stdin!.write(`${oid}\n`);
    });
  }

  /** Keeps the process alive while answers are awaited, and only then. */
  private hold(on: boolean): void {
    const child = this.child!;
    for (const handle of [child, child.stdin, child.stdout] as unknown as ({ ref?: () => void; unref?: () => void } | null)[]) {
      if (on) handle?.ref?.();
      else handle?.unref?.();
    }
  }

  private start() {
    if (this.child) return this.child;
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.top, stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, ...GIT_ENV } });
    child.stdout!.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    child.on('error', (error) => this.waiting.splice(0).forEach((w) => w.reject(error)));
    this.child = child;
    return child;
  }

  private drain(): void {
    for (;;) {
      if (this.waiting.length === 0) return this.hold(false);
      const header = this.buffer.indexOf(10);
      if (header < 0) return;
      const line = this.buffer.subarray(0, header).toString();
      if (line.endsWith(' missing')) {
        this.buffer = this.buffer.subarray(header + 1);
        this.waiting.shift()!.resolve(null);
        continue;
      }
      const size = Number(line.split(' ')[2]);
      if (this.buffer.length < header + 1 + size + 1) return;
      const body = Buffer.from(this.buffer.subarray(header + 1, header + 1 + size));
      this.buffer = this.buffer.subarray(header + 1 + size + 1);
      this.waiting.shift()!.resolve(body);
    }
  }
}
