import { describe, expect, it } from 'vitest';
import { startProgress } from '../../src/progress.js';

function run(options: { tty: boolean; env?: Record<string, string>; files: number; msPerFile: number; total?: number; lang?: 'vi' | 'en' }): string {
  let written = '';
  // A real clock's epoch, not 0: the rate is taken from the time since the start.
  let clock = Date.UTC(2026, 10, 29);
  const world = { stderr: { write: (s: string) => void (written += s), isTTY: options.tty }, env: options.env ?? {}, now: () => new Date(clock) };
  const progress = startProgress(world, options.lang ?? 'vi');
  if (options.total !== undefined) progress.expect(options.total);
  for (let i = 0; i < options.files; i++) {
    clock += options.msPerFile;
    progress.tick();
  }
  progress.done();
  return written;
}

describe('progress on stderr', () => {
  it('shows files read and a rate on a terminal once a run passes a second, then clears the line', () => {
    const out = run({ tty: true, files: 10_000, msPerFile: 1 });
    expect(out).toMatch(/\r\u001b\[Kđã đọc \d{1,3}(\.\d{3})* tệp \(1\.000 tệp\/giây\)…/);
    expect(out.endsWith('\r\u001b[K')).toBe(true);
  });

  it('is written at most five times a second, however fast files are read (eleventh round sample)', () => {
    // 10,000 files over 10 seconds: shown from the first second on, at most every 200 ms (looked at every 64 files).
    const updates = run({ tty: true, files: 10_000, msPerFile: 1 }).split('đã đọc').length - 1;
    expect(updates).toBeGreaterThanOrEqual(30);
    expect(updates).toBeLessThanOrEqual(46);
  });

  it('with the number of files known (the root listed), shows how many of them and the share done, in vi and en', () => {
    const vi = run({ tty: true, files: 10_000, msPerFile: 1, total: 23_002 }).split('\r\u001b[K').filter(Boolean);
    expect(vi[0]).toBe('đã đọc 1.024/23.002 tệp (4%, 1.000 tệp/giây)…');
    expect(vi.at(-1)).toBe('đã đọc 9.984/23.002 tệp (43%, 1.000 tệp/giây)…');
    const en = run({ tty: true, files: 10_000, msPerFile: 1, total: 23_002, lang: 'en' }).split('\r\u001b[K').filter(Boolean);
    expect(en[0]).toBe('1,024 of 23,002 files read (4%, 1,000 files/s)…');
    // More read than listed (a file added meanwhile): the count alone, never more than 100%.
    const past = run({ tty: true, files: 3_000, msPerFile: 1, total: 2_000 }).split('\r\u001b[K').filter(Boolean);
    expect(past.some((l) => /^đã đọc 1\.\d{3}\/2\.000 tệp \(\d{2}%, 1\.000 tệp\/giây\)…$/.test(l))).toBe(true);
    expect(past.at(-1)).toMatch(/^đã đọc 2\.\d{3} tệp \(1\.000 tệp\/giây\)…$/);
    expect(run({ tty: true, files: 3_000, msPerFile: 1, total: 2_000, lang: 'en' }).split('\r\u001b[K').filter(Boolean).at(-1)).toMatch(/^2,\d{3} files read \(1,000 files\/s\)…$/);
    // All of them read: 100%, with the total (the first line comes after a second, 1,024 files).
    expect(run({ tty: true, files: 1_100, msPerFile: 1, total: 1_024 }).split('\r\u001b[K').filter(Boolean)[0]).toBe('đã đọc 1.024/1.024 tệp (100%, 1.000 tệp/giây)…');
  });

  it('says nothing for a short run', () => {
    expect(run({ tty: true, files: 500, msPerFile: 1 })).toBe('');
  });

  it('says nothing when stderr is not a terminal, or in CI', () => {
    expect(run({ tty: false, files: 10_000, msPerFile: 1 })).toBe('');
    expect(run({ tty: true, env: { CI: 'true' }, files: 10_000, msPerFile: 1 })).toBe('');
  });
});
