import { beforeAll, describe, expect, it } from 'vitest';
import { oneContentProgramme, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Due days that break schedule-due (an error in validate) still reach status, overdue and explain,
// which read every schema-valid record: an ongoing task given a due day, a yearly task given none.
// Neither may invent a due day: nothing of theirs is overdue or due soon.
const FILES = {
  ...oneContentProgramme('lich-sai', 'Chương trình có lịch ghi sai', 2),
  'p/tasks/G1.yaml': `id: G1
title: Việc thường xuyên ghi nhầm hạn
contents: [ND1]
lead: ban-a
schedule: { every: ongoing, due: ["06-30"] }
status: active
`,
  'p/tasks/Y1.yaml': `id: Y1
title: Việc hằng năm quên ghi hạn
contents: [ND1]
lead: ban-b
schedule: { every: year }
status: active
`,
};

describe('tasks whose due days break schedule-due', () => {
  let root: string;
  beforeAll(() => {
    root = writeRoot(FILES);
  });

  it('are flagged by validate', async () => {
    const r = await runCli(['validate', '--root', root, '--lang', 'en']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('ongoing tasks have no due days');
    expect(r.stdout).toContain('"every: year" needs 1 due day, but has 0');
  });

  it('are neither overdue nor due soon, whatever the date', async () => {
    for (const asOf of ['2020-06-30', '2021-07-15', '2022-12-31']) {
      const r = await runCli(['overdue', '--root', root, '--as-of', asOf, '--format', 'json']);
      expect(JSON.parse(r.stdout)).toMatchObject({ overdue: [], due_soon: [] });
    }
  });

  it('show every period without a due day in explain', async () => {
    for (const task of ['G1', 'Y1']) {
      const r = await runCli(['explain', task, '--root', root, '--as-of', '2021-08-01', '--lang', 'en'], { env: { COLUMNS: '200' } });
      expect(r.stdout).toContain('As of 01/08/2021: on track');
      for (const year of [2020, 2021, 2022]) expect(r.stdout).toContain(`${year}    —    no report  no due day`);
    }
  });
});
