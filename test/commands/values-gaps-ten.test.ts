import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { balanceLines } from '../../src/views/text-measure.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The real gaps the tenth round's sample found (docs/testing.md, "src/ as a whole, a third fresh
// sample (29 November, tenth round)"), each checked by hand: the mutant applied, the test
// failing, the code put back.

describe('task status to the state the task is in', () => {
  it.each([
    ['vi', 'T3 đã ở trạng thái hoàn thành; không có gì để sửa'],
    ['en', 'T3 is already done; nothing to change'],
  ])('%s: "done" again without --on says so and leaves the file as it was', async (lang, said) => {
    const files = baseRoot();
    files['p/tasks/T3.yaml'] = files['p/tasks/T3.yaml']!.replace('status: active', 'status: done\ndone_on: 2021-06-20');
    const root = writeRoot(files);
    const r = await runCli(['--lang', lang, 'task', 'status', 'T3', 'done', '--root', root]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr.trim()).toBe(said);
    expect(readFileSync(path.join(root, 'p/tasks/T3.yaml'), 'utf8')).toBe(files['p/tasks/T3.yaml']);
  });
});

describe('the form a report takes', () => {
  it('is the Party form when phoihop.yaml says "heading: party", though the parties are not Party bodies', async () => {
    const form = async (settings: string) => {
      const root = writeRoot({ ...baseRoot(), 'phoihop.yaml': settings });
      const r = await runCli(['summary', '--year', '2020', '--as-of', '2021-01-10', '--format', 'json', '--root', root]);
      return JSON.parse(r.stdout).programmes[0].document.form;
    };
    expect(await form('place: Sơn La\n')).toBe('state');
    expect(await form('place: Sơn La\nheading: party\n')).toBe('party');
  });
});

describe('the whole-period review as a signed report', () => {
  it.each([
    ['vi', 'Sơ kết, tổng kết chương trình phối hợp'],
    ['en', 'The coordination programme'],
  ])('%s: its subject is the title without "Báo cáo" / "Review of" in front', async (lang, subject) => {
    const r = await runCli(['--lang', lang, 'summary', '--term', '--format', 'html', '--as-of', '2021-12-20', '--root', 'data']);
    expect(r.stdout).toContain(`<p class="subject" style="font-size:14pt">${subject}</p>`);
  });
});

describe('the final review of five years', () => {
  it.each([
    ['vi', 'Nhiệm vụ tạm dừng theo Quyết định số 09-QĐ/BCSĐ-BDVTU ngày 15/6/2020: tạm dừng mở lớp bồi dưỡng tập trung; nghiên cứu hình thức bồi dưỡng trực tuyến.'],
    ['en', 'Paused by Decision No. 09-QĐ/BCSĐ-BDVTU of 15/6/2020: tạm dừng mở lớp bồi dưỡng tập trung; nghiên cứu hình thức bồi dưỡng trực tuyến.'],
  ])('%s: says a task paused in its fourth year and still paused in its last is paused, by which decision', async (lang, said) => {
    const r = await runCli(['--lang', lang, 'summary', '--review', 'final', '--as-of', '2022-02-01', '--root', 'data']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split(said)).toHaveLength(2);
  });
});

describe('a report title balanced over lines', () => {
  it('keeps a year with the word before it, but not a longer number', () => {
    expect(balanceLines('Kết quả năm 2021', 60, 14)).toEqual(['Kết quả', 'năm\u00a02021']);
    expect(balanceLines('Hỗ trợ 12345', 40, 14)).toEqual(['Hỗ trợ', '12345']);
    expect(balanceLines('Hỗ trợ 2021a', 40, 14)).toEqual(['Hỗ trợ', '2021a']);
  });
});
