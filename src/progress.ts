import { formatNumber } from './i18n/format.js';
import type { Lang } from './i18n/lang.js';
import type { World } from './world.js';

/** Counts work done and, on a terminal, shows it on stderr once a run lasts more than a second. */
export interface Progress {
  /** `count` more files read (one by default). */
  tick(count?: number): void;
  /** Clears the line; nothing is left behind in the output. */
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };
const DELAY_MS = 1000;
const EVERY_MS = 200;

/** Progress for a long run: stderr only, only on a terminal, never in CI logs or pipes. */
export function startProgress(world: Pick<World, 'stderr' | 'env' | 'now'>, lang: Lang): Progress {
  if (!world.stderr.isTTY || world.env.CI || world.env.GITHUB_ACTIONS || world.env.PHOIHOP_NO_PROGRESS) return SILENT;
  const start = world.now().getTime();
  let files = 0;
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
      const rate = formatNumber(Math.round((files * 1000) / (now - start)), lang);
      const count = formatNumber(files, lang);
      world.stderr.write(`\r\u001b[K${lang === 'vi' ? `đã đọc ${count} tệp (${rate} tệp/giây)…` : `${count} files read (${rate} files/s)…`}`);
    },
    done() {
      if (shown) world.stderr.write('\r\u001b[K');
    },
  };
}
