import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// amend, byte for byte (issue 19, sixth round): the amendment record and every task file it
// touches, the list of files written, in vi and en; the records stay valid.

const FILES: Record<string, string> = {
  'p/amendments/2021-03-15.yaml': "date: 2021-03-15\ndocument: 7-QĐ\nkind: adjustment\nreason: Điều chỉnh kế hoạch\nchanges:\n  - { op: add_task, task: T4 }\n  - { op: cancel_task, task: T3 }\n  - { op: change_task, task: T2, note: \"06-30 → 07-15\" }\n",
  'p/tasks/T2.yaml': "id: T2\ntitle: Việc 6 tháng\ncontents: [ND2]\nlead: ban-b\nschedule: { every: half-year, due: [\"07-15\", \"12-31\"] }\nstatus: active\n",
  'p/tasks/T3.yaml': "id: T3\ntitle: Việc một lần\ncontents: [ND1, ND2]\nlead: ban-a\nschedule: { every: once, due: [2021-06-30] }\nstatus: cancelled\nreports:\n  - { on: 2020-11-20, state: partial, note: Xây dựng xong dự thảo }\n",
  'p/tasks/T4.yaml': "id: T4\ntitle: Việc mới\ncontents: [ND2]\nlead: ban-b\nschedule: { every: year, due: [\"11-30\"] }\nstatus: active\nstart: 2021-03-15\nadded_by: 2021-03-15\n",
};

describe('amend', () => {
  it.each([
    ['vi', 'đã ghi', '✔ Không có lỗi trong 8 tệp\n'],
    ['en', 'written', '✔ No problems in 8 files\n'],
  ])('%s: adds, cancels and moves a due day in one amendment', async (lang, written, valid) => {
    const base = baseRoot();
    const root = writeRoot(base);
    const add = path.join(root, '..', 'T4-moi.yaml');
    writeFileSync(add, 'id: T4\ntitle: Việc mới\ncontents: [ND2]\nlead: ban-b\nschedule: { every: year, due: ["11-30"] }\nstatus: active\n');
    const result = await runCli(['--lang', lang, 'amend', '--root', root, '--kind', 'adjustment', '--document', '7-QĐ', '--date', '2021-03-15', '--reason', 'Điều chỉnh kế hoạch', '--cancel-task', 'T3', '--move-due', 'T2', '06-30', '07-15', '--add-task', add]);
    expect(result).toEqual({ exitCode: 0, stdout: `${written}: p/amendments/2021-03-15.yaml, p/tasks/T4.yaml, p/tasks/T3.yaml, p/tasks/T2.yaml\n`, stderr: '' });
    for (const [file, text] of Object.entries(FILES)) expect(readFileSync(path.join(root, file), 'utf8'), file).toBe(text);
    // What it does not touch stays as it was.
    for (const file of ['p/programme.yaml', 'p/tasks/T1.yaml', 'p/evaluations/2020.yaml', 'agencies.yaml']) expect(readFileSync(path.join(root, file), 'utf8'), file).toBe(base[file]);
    expect(await runCli(['--lang', lang, 'validate', '--root', root, '--no-cache'])).toEqual({ exitCode: 0, stdout: valid, stderr: '' });
  });
});
