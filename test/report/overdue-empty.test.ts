import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/world.js';

describe('an empty list in the overdue table', () => {
  it('says so in one line instead of drawing a table without rows (vi and en)', async () => {
    for (const [lang, title, none] of [
      ['vi', 'Sắp đến hạn trong 30 ngày tới: 0', 'Không có.'],
      ['en', 'Due in the next 30 days: 0', 'None.'],
    ] as const) {
      const { stdout, exitCode } = await runCli(['overdue', '--root', 'data', '--as-of', '2026-11-27', '--lang', lang]);
      expect(exitCode).toBe(0);
      const tail = stdout.trimEnd().split('\n').slice(-2);
      expect(tail).toEqual([title, none]);
    }
  });
});
