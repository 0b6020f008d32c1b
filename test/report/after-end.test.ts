import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/world.js';

describe('after the programme ends', () => {
  it('status and overdue call what is left "tồn đọng khi kết thúc chương trình", not days overdue', async () => {
    const status = (await runCli(['status', '--root', 'data', '--as-of', '2026-11-27', '--format', 'markdown'])).stdout;
    expect(status).toContain('| tồn đọng khi kết thúc chương trình (1 kỳ) |');
    expect(status).not.toMatch(/quá hạn \(\d+ kỳ, [\d.]+ ngày\)/);
    const overdue = (await runCli(['overdue', '--root', 'data', '--as-of', '2026-11-27', '--format', 'markdown'])).stdout;
    expect(overdue).toContain('| 15/11/2019 | tồn đọng khi kết thúc chương trình |');
    expect(overdue).not.toContain('2.569');
    const during = (await runCli(['overdue', '--root', 'data', '--as-of', '2021-12-20', '--format', 'markdown'])).stdout;
    expect(during).toContain('| 15/11/2019 | 766 |');
  });
});
