import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateRoot } from '../../bench/generate.mjs';
import { runCli } from '../helpers/world.js';

// `summary` over a root of several programmes: one report after another, set apart as each format
// sets documents apart, and each note for the drafter said once, however many reports it concerns.
const root = mkdtempSync(path.join(tmpdir(), 'phoihop-summary-many-'));
generateRoot(root, 3);
const summary = (...args: string[]) => runCli(['summary', '--root', root, '--year', '2023', '--as-of', '2024-06-30', ...args]);
const OPENING = /^Thực hiện Chương trình phối hợp ngày 15\/1\/2020 số (\d) về /gm;

describe('the year report of every programme of a root', () => {
  it('as text: the reports in programme order, two blank lines between them, nothing after the last', async () => {
    const { stdout, exitCode } = await summary();
    expect(exitCode).toBe(0);
    expect([...stdout.matchAll(OPENING)].map((m) => m[1])).toEqual(['1', '2', '3']);
    const [before, firstReport, secondReport] = stdout.split(OPENING).filter((part) => !/^\d$/.test(part));
    expect(before).toBe('');
    expect(firstReport!.endsWith('.\n\n\n')).toBe(true);
    expect(secondReport!.endsWith('.\n\n\n')).toBe(true);
    expect(stdout.endsWith('.\n')).toBe(true);
    expect(stdout.endsWith('\n\n')).toBe(false);
  });

  it('as Markdown: a rule between two reports, none before the first or after the last', async () => {
    const { stdout } = await summary('--format', 'markdown');
    expect(stdout.match(/\n\n---\n\nThực hiện Chương trình phối hợp ngày 15\/1\/2020 số \d/g)).toHaveLength(2);
    expect(stdout.startsWith('Thực hiện Chương trình phối hợp ngày 15/1/2020 số 1 ')).toBe(true);
    expect(stdout.trimEnd().endsWith('---')).toBe(false);
  });

  it('as json: one entry per programme, in order, under the kind of report', async () => {
    const parsed = JSON.parse((await summary('--format', 'json')).stdout) as { version: number; kind: string; programmes: { programme: string; year: number }[] };
    expect([parsed.version, parsed.kind]).toEqual([1, 'year']);
    expect(parsed.programmes.map((p) => [p.programme, p.year])).toEqual([
      ['chuong-trinh-1', 2023],
      ['chuong-trinh-2', 2023],
      ['chuong-trinh-3', 2023],
    ]);
  });

  it('takes --programme in any case, and reports that programme alone among several', async () => {
    const parsed = JSON.parse((await summary('--format', 'json', '--programme', 'CHUONG-TRINH-2')).stdout) as { programmes: { programme: string }[] };
    expect(parsed.programmes.map((p) => p.programme)).toEqual(['chuong-trinh-2']);
  });

  it.each([[], ['--format', 'markdown'], ['--format', 'html']])('tells the drafter each missing head once, though every report lacks it (%s)', async (...format) => {
    const { stderr } = await summary(...format);
    expect(stderr).toBe(
      'ghi chú cho người soạn thảo: Cơ quan co-quan-1 chưa ghi chức danh người ký ("head" trong agencies.yaml).\n' +
        'ghi chú cho người soạn thảo: Cơ quan co-quan-2 chưa ghi chức danh người ký ("head" trong agencies.yaml).\n',
    );
  });

  it('refuses a year that is not four digits, saying how to write it', async () => {
    const result = await runCli(['summary', '--root', root, '--year', '23']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('phoihop: "23" không phải một năm; viết năm đủ bốn chữ số, ví dụ --year 2019\n');
  });
});
