// Issue 19: an edit is checked as the records would be after it (overlayTree in
// src/edit/change-set.ts), new files and new folders included, before anything is written.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

describe('an edit is checked as the records will be', () => {
  it('an amendment in a folder that does not exist yet is seen by the check: cancelling a task is accepted', async () => {
    const root = writeRoot(baseRoot());
    expect(existsSync(path.join(root, 'p/amendments'))).toBe(false);
    const result = await runCli(['amend', '--root', root, '--kind', 'adjustment', '--document', '15/KH', '--date', '2021-03-01', '--cancel-task', 'T3']);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(readFileSync(path.join(root, 'p/amendments/2021-03-01.yaml'), 'utf8')).toContain('{ op: cancel_task, task: T3 }');
    expect((await runCli(['validate', '--root', root])).exitCode).toBe(0);
  });

  it('a second amendment beside the first is seen too, and the first is still read', async () => {
    const root = writeRoot(baseRoot());
    expect((await runCli(['amend', '--root', root, '--kind', 'adjustment', '--document', '15/KH', '--date', '2021-03-01', '--cancel-task', 'T3'])).exitCode).toBe(0);
    const second = await runCli(['amend', '--root', root, '--kind', 'adjustment', '--document', '16/KH', '--date', '2021-04-01', '--move-due', 'T2', '06-30', '07-15']);
    expect(second.stderr).toBe('');
    expect(second.exitCode).toBe(0);
    expect(readFileSync(path.join(root, 'p/tasks/T3.yaml'), 'utf8')).toContain('status: cancelled');
    expect((await runCli(['validate', '--root', root])).exitCode).toBe(0);
  });
});
