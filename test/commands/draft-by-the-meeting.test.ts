import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The evaluation draft suggests what the reports say by the day of the meeting (evaluation due
// 12-15 in the base root): a period due after it is not yet late, one due on that day is.
describe('the evaluation draft, as of its meeting', () => {
  const draftOf = async (task: string) => {
    const files = baseRoot();
    files['p/tasks/T2.yaml'] = task;
    const root = writeRoot(files);
    expect((await runCli(['--lang', 'en', 'evaluation', 'new', '2021', '--root', root])).exitCode).toBe(0);
    const text = readFileSync(path.join(root, 'p/evaluations/2021.yaml'), 'utf8');
    return { rating: /- task: T2\n {4}(#? ?rating: [^\n]*)/.exec(text)![1], focus: /focus_tasks: (.*)/.exec(text)![1] };
  };
  const halfYear = (due: string, reports: string) => `id: T2\ntitle: Việc 6 tháng\ncontents: [ND2]\nlead: ban-b\nschedule: { every: half-year, due: ["06-30", "${due}"] }\nstatus: active\nreports:\n${reports}`;
  const h1Done = '  - { period: 2021-H1, on: 2021-06-28, state: done }\n';

  const done = 'rating: done  # suggested from the reports: done; agree on it, then edit';
  const notDone = 'rating: not_done  # suggested from the reports: not done; agree on it, then edit';

  it('the second half due after the meeting is not yet late: done, and no focus task', async () => {
    expect(await draftOf(halfYear('12-31', h1Done))).toEqual({ rating: done, focus: '[]' });
  });

  it('the second half due on the day of the meeting, not reported: not done, and a focus task next year', async () => {
    expect(await draftOf(halfYear('12-15', h1Done))).toEqual({ rating: notDone, focus: '[T2]' });
  });

  it('both halves due before the meeting and done: done', async () => {
    expect(await draftOf(halfYear('12-10', `${h1Done}  - { period: 2021-H2, on: 2021-12-09, state: done }\n`))).toEqual({ rating: done, focus: '[]' });
  });
});
