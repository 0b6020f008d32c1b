import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/world.js';

// test/fixtures/v1-sample is data/ as it was before record format 1.1 (commit ce8f2b6), and
// v1-expected holds what the version 1 code printed for it. Version 1 records stay valid and mean
// the same: no finding, and the same overdue list and status.
const ROOT = ['--root', 'test/fixtures/v1-sample'];
const expected = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/v1-expected/${name}`, import.meta.url), 'utf8'));

describe('the version 1 sample', () => {
  it('still validates clean: no error; warnings only from the two rules issue 11 asked for', async () => {
    const r = await runCli(['validate', ...ROOT, '--format', 'json', '--no-cache']);
    expect(r.exitCode).toBe(0);
    const found = JSON.parse(r.stdout) as { errors: number; diagnostics: { rule: string; file: string; line: number }[] };
    expect(found.errors).toBe(0);
    // The old sample rated tasks before they were due (NV09, NV13, NV14) and dated end-of-year reports after the meeting.
    const count = (rule: string) => found.diagnostics.filter((d) => d.rule === rule).length;
    expect(count('rating-before-due')).toBe(9);
    expect(count('report-after-evaluation')).toBe(10);
    expect(found.diagnostics.length).toBe(19);
    expect(found.diagnostics).toContainEqual(expect.objectContaining({ rule: 'rating-before-due', file: 'dan-van-2017-2021/evaluations/2017.yaml', line: 20 }));
    expect((await runCli(['validate', ...ROOT, '--strict', '--no-cache'])).exitCode).toBe(1);
  });

  it('has the same overdue list and status as under version 1', async () => {
    const overdue = await runCli(['overdue', ...ROOT, '--as-of', '2021-12-20', '--within', '20', '--format', 'json']);
    expect(JSON.parse(overdue.stdout)).toEqual(expected('overdue-2021-12-20.json'));
    const status = await runCli(['status', ...ROOT, '--as-of', '2019-06-30', '--format', 'json']);
    expect(JSON.parse(status.stdout)).toEqual(expected('status-2019-06-30.json'));
  });
});
