import { formatNumber } from './i18n/format.js';
import type { Lang } from './i18n/lang.js';
import type { World } from './world.js';

/** Counts work done and, on a terminal, shows it on stderr once a run lasts more than a second. */
export interface Progress {
  /** `count` more files read (one by default). */
  tick(count?: number): void;
  /** How many files there are to read in all, once the root is listed: shown with a share done. */
  expect(files: number): void;
  /** Clears the line; nothing is left behind in the output. */
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, expect: () => undefined, done: () => undefined };
const DELAY_MS = 1000;
const EVERY_MS = 200;

/** Progress for a long run: stderr only, only on a terminal, never in CI logs or pipes. */
export function startProgress(world: Pick<World, 'stderr' | 'env' | 'now'>, lang: Lang): Progress {
  if (!world.stderr.isTTY || world.env.CI || world.env.GITHUB_ACTIONS || world.env.PHOIHOP_NO_PROGRESS) return SILENT;
  const start = world.now().getTime();
  let files = 0;
  let total = 0;
  let looked = 0;
  let shown = false;
  let last = 0;
  return {
    tick(n = 1) {
      files += n;
      if (files - looked < 64) return;
      looked = files;
      const now = world.now().getTime();
      if (now - start < DELAY_MS || now - last < EVERY_MS) return;
      last = now;
      shown = true;
      world.stderr.write(`\r\u001b[K${line(files, total, Math.round((files * 1000) / (now - start)), lang)}`);
    },
    expect(n) {
      total = n;
    },
    done() {
      if (shown) world.stderr.write('\r\u001b[K');
    },
  };
}

/**
 * "đã đọc 12.345/23.002 tệp (53%, 11.000 tệp/giây)…": files read, of how many (when known, and
 * not passed: a file added since the root was listed), and the rate.
 */
function line(files: number, total: number, rate: number, lang: Lang): string {
  const [count, all, perSecond] = [files, total, rate].map((n) => formatNumber(n, lang));
  if (files > total) return lang === 'vi' ? `đã đọc ${count} tệp (${perSecond} tệp/giây)…` : `${count} files read (${perSecond} files/s)…`;
  const share = `${Math.floor((files * 100) / total)}%`;
  return lang === 'vi' ? `đã đọc ${count}/${all} tệp (${share}, ${perSecond} tệp/giây)…` : `${count} of ${all} files read (${share}, ${perSecond} files/s)…`;
}
