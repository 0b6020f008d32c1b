import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/world.js';

// `status --state`, `--lead`, `--content` as an officer types them: a state by its code or its
// words in either language, with or without tone marks; the line that says what was filtered;
// a wrong state named with the list to choose from; nothing matching said on stderr (csv, json).
const status = (...args: string[]) => runCli(['status', '--root', 'data', '--as-of', '2021-12-20', ...args]);
const lines = (text: string) => text.split('\n');

describe('status filtered by state, lead and content', () => {
  it.each(['overdue', 'quá hạn', 'qua han', 'QUÁ HẠN', 'Overdue'])('takes the state "%s" as overdue', async (state) => {
    const result = await status('--state', state, '--format', 'markdown');
    expect(result.exitCode).toBe(0);
    expect(lines(result.stdout)).toContain('Lọc theo tình trạng "quá hạn"');
    expect(lines(result.stdout)).toContain('Hiển thị 6/15 nhiệm vụ; 6 quá hạn');
  });

  it.each(['due-soon', 'due_soon', 'Due soon', 'sắp đến hạn', 'sap den han'])('takes the state "%s" as due soon', async (state) => {
    const result = await status('--state', state, '--format', 'markdown');
    expect(lines(result.stdout)).toContain('Lọc theo tình trạng "sắp đến hạn"');
    expect(lines(result.stdout)).toContain('Hiển thị 0/15 nhiệm vụ');
  });

  it('names the filters in English too', async () => {
    const result = await runCli(['--lang', 'en', 'status', '--root', 'data', '--as-of', '2021-12-20', '--state', 'quá hạn', '--lead', 'bdv', '--format', 'markdown']);
    expect(lines(result.stdout)).toContain('Filtered by lead BDV Tỉnh ủy (bdv-tu), state "overdue"');
  });

  it('says which lead and content it matched, with the state, in one line', async () => {
    expect(lines((await status('--lead', 'bdv', '--state', 'overdue', '--format', 'markdown')).stdout)).toContain('Lọc theo cơ quan chủ trì BDV Tỉnh ủy (bdv-tu), tình trạng "quá hạn"');
    expect(lines((await status('--content', 'ND9', '--format', 'markdown')).stdout)).toContain('Lọc theo nội dung ND9. Kiểm tra, giám sát, sơ kết, tổng kết việc thực hiện chương trình');
  });

  it('refuses a state it does not know, listing the states (with their words in Vietnamese) and the nearest', async () => {
    const vi = await status('--state', 'overdu');
    expect(vi.exitCode).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toBe(
      'phoihop: trạng thái "overdu" không có; dùng một trong: done (hoàn thành), overdue (quá hạn), due_soon (sắp đến hạn), on_track (đúng tiến độ), not_started (chưa bắt đầu), paused (tạm dừng), cancelled (đã hủy) — có phải ý bạn là overdue?\n',
    );
    const en = await runCli(['--lang', 'en', 'status', '--root', 'data', '--as-of', '2021-12-20', '--state', 'late']);
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toBe('phoihop: there is no state "late"; use one of: done, overdue, due_soon, on_track, not_started, paused, cancelled\n');
  });

  it('says on stderr that nothing matches when a CSV or json listing would otherwise look complete', async () => {
    const csv = await status('--state', 'due-soon', '--format', 'csv');
    expect(csv.stderr).toBe('phoihop: Không có nhiệm vụ nào khớp bộ lọc.\n');
    const json = await runCli(['--lang', 'en', 'status', '--root', 'data', '--as-of', '2021-12-20', '--state', 'due-soon', '--format', 'json']);
    expect(json.stderr).toBe('phoihop: No task matches the filters.\n');
    // A filter that matches says nothing on stderr, and lists only what matches.
    const matching = await status('--state', 'overdue', '--format', 'csv');
    expect(matching.stderr).toBe('');
    expect(lines(matching.stdout.trimEnd())).toHaveLength(7);
    expect(lines(matching.stdout.trimEnd()).slice(1).every((row) => row.includes(',quá hạn,'))).toBe(true);
  });
});
