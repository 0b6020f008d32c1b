import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// A record the fast reader declines (an anchor and alias, several spaces of YAML it does not
// read) is read by the full parser and then counts like any other: checked, modelled, reported.
describe('a record only the full YAML parser reads', () => {
  it('is checked and reported like any other', async () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('title: Việc hằng năm\n', 'title: &ten Việc hằng năm\n').replace('    state: done\n', '    state: done\n    note: *ten\n');
    const root = writeRoot(files);
    const validate = await runCli(['validate', '--root', root]);
    expect([validate.exitCode, validate.stdout]).toEqual([0, '✔ Không có lỗi trong 6 tệp\n']);
    const status = JSON.parse((await runCli(['status', '--root', root, '--as-of', '2021-06-30', '--format', 'json'])).stdout);
    const t1 = status.programmes[0].tasks.find((t: { id: string }) => t.id === 'T1');
    expect(t1).toMatchObject({ title: 'Việc hằng năm', last_report: { period: '2020', state: 'done', on: '2020-12-10' } });
  });

  it('points a finding in it at its line and column', async () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('title: Việc hằng năm\n', 'title: &ten Việc hằng năm\n').replace('lead: ban-a\n', 'lead: ban-x\n').replace('    state: done\n', '    state: done\n    note: *ten\n');
    const result = await runCli(['validate', '--root', writeRoot(files), '--format', 'json']);
    const findings = JSON.parse(result.stdout).diagnostics as { file: string; line: number; column: number; rule: string }[];
    // "lead: ban-x" is line 4; the value starts at column 7.
    expect(findings.filter((f) => f.file === 'p/tasks/T1.yaml').map((f) => [f.rule, f.line, f.column])).toEqual([['unknown-reference', 4, 7]]);
  });
});
