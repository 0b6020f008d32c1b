import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/world.js';

// A cancelled task is "đã hủy" and its amendment "hủy nhiệm vụ" wherever an officer reads them:
// one tone-mark placement (the one state documents use), never "huỷ" in one view and "hủy" in another.
const DATA = ['--root', 'data', '--as-of', '2020-01-15'];

describe('the words for a cancelled task (NV09 of the sample, cancelled by 06-QĐ/BCSĐ-BDVTU)', () => {
  it('read "đã hủy" and "hủy nhiệm vụ" in the whole-term review', async () => {
    const { stdout, exitCode } = await runCli(['summary', '--term', ...DATA]);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/NV09\..*\sđã hủy\n/);
    expect(stdout).toContain('(điều chỉnh): hủy nhiệm vụ NV09.');
    expect(stdout).not.toMatch(/huỷ/i);
  });

  it('read "đã hủy" and "hủy nhiệm vụ" in explain', async () => {
    const { stdout, exitCode } = await runCli(['explain', 'NV09', ...DATA]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('Trạng thái ghi trong hồ sơ: đã hủy\n');
    expect(stdout).toContain('Tính đến ngày 15/01/2020: đã hủy\n');
    expect(stdout).toContain('10/05/2019): hủy nhiệm vụ NV09');
    expect(stdout).not.toMatch(/huỷ/i);
  });
});
