import { describe, expect, it } from 'vitest';
import { editedBaseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Issue 19: `validate` of a root with findings of several kinds, in every format, whole, as
// reviewed files (test/formatters/outputs/): what the officer reads on a terminal and what each CI
// reads. A change of any of it, meant or not, fails here and shows in review as a change of the
// file; accept one with `vitest -u`. The root's temporary path is written as <root>.
function brokenRoot(): string {
  return writeRoot(
    editedBaseRoot([
      ['p/tasks/T1.yaml', 'lead: ban-a', 'lead: ban-z'],
      ['p/tasks/T2.yaml', 'status: active', 'status: active\nowner: ban-b'],
      ['p/tasks/T3.yaml', 'due: [2021-06-30]', 'due: [2021-02-30]'],
      ['p/programme.yaml', 'declared: { contents: 2, tasks: 3 }', 'declared: { contents: 2, tasks: 4 }'],
      ['p/evaluations/2020.yaml', '{ task: T2, rating: done }', '{ task: T9, rating: done }'],
    ]),
  );
}

const FORMATS = ['pretty', 'json', 'github', 'gitlab', 'sarif', 'junit'] as const;

describe('validate of a root with findings, in every format, whole', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const format of FORMATS) {
      it(`${lang}: validate --format ${format}`, async () => {
        const root = brokenRoot();
        const r = await runCli(['--lang', lang, 'validate', '--no-cache', '--format', format, '--root', root]);
        expect(r.exitCode).toBe(1);
        const text = `${r.stdout}\n--- stderr ---\n${r.stderr}`.split(root).join('<root>');
        await expect(text).toMatchFileSnapshot(`outputs/validate-${lang}-${format}.txt`);
      });
    }
  }
});
