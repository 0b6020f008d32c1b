import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/world.js';

// test/fixtures/v1-sample is data/ as it was before record format 1.1 (commit ce8f2b6), and
// v1-expected holds what the version 1 code printed for it. Version 1 records stay valid and mean
// the same: no finding, and the same overdue list and status.
const ROOT = ['--root', 'test/fixtures/v1-sample'];
const expected = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/v1-expected/${name}`, import.meta.url), 'utf8'));

describe('the version 1 sample', () => {
  it('still validates clean, without a warning', async () => {
    const r = await runCli(['validate', ...ROOT, '--format', 'json', '--no-cache']);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ errors: 0, warnings: 0, diagnostics: [] });
  });

  it('has the same overdue list and status as under version 1', async () => {
    const overdue = await runCli(['overdue', ...ROOT, '--as-of', '2021-12-20', '--within', '20', '--format', 'json']);
    expect(JSON.parse(overdue.stdout)).toEqual(expected('overdue-2021-12-20.json'));
    const status = await runCli(['status', ...ROOT, '--as-of', '2019-06-30', '--format', 'json']);
    expect(JSON.parse(status.stdout)).toEqual(expected('status-2019-06-30.json'));
  });
});
