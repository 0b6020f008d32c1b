import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitChanges } from '../../src/edit/change-set.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

function copyOfData(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'phoihop-edit-'));
  cpSync(new URL('../../data', import.meta.url).pathname, root, { recursive: true });
  return root;
}

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');
const P = 'dan-van-2017-2021';

function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else files[rel] = read(root, rel);
    }
  };
  walk('');
  return files;
}

describe('report add', () => {
  it('appends one report and leaves every other byte alone, BOM and CRLF included', async () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] = '\uFEFF# Việc hằng năm\r\nid: T1\r\ntitle: "Việc hằng năm"   # tên\r\ncontents: [ND1]\r\nlead: ban-a\r\npartners: [ban-b]\r\nschedule: { every: year, due: ["12-15"] }\r\nstatus: active\r\n\r\nreports:\r\n  - period: \'2020\'\r\n    on: 2020-12-10\r\n    state: done\r\n\r\n# hết\r\n';
    const root = writeRoot(files);
    const result = await runCli(['report', 'add', 'T1', '--root', root, '--state', 'partial', '--on', '2021-12-01', '--note', 'Mới xong: 50%', '--document', '12/BC']);
    expect(result.exitCode).toBe(0);
    expect(read(root, 'p/tasks/T1.yaml')).toBe(
      files['p/tasks/T1.yaml']!.replace('    state: done\r\n', '    state: done\r\n  - period: "2021"\r\n    on: 2021-12-01\r\n    state: partial\r\n    note: "Mới xong: 50%"\r\n    documents: ["12/BC"]\r\n'),
    );
  });

  it('checks the period against the schedule', async () => {
    const root = writeRoot(baseRoot());
    const result = await runCli(['report', 'add', 'T2', '--root', root, '--state', 'done', '--period', '2021', '--on', '2021-07-01']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('"2021"');
    const defaulted = await runCli(['report', 'add', 'T2', '--root', root, '--state', 'done', '--on', '2021-07-01']);
    expect(defaulted.exitCode).toBe(0);
    // The earliest open period due by then (nothing was ever reported), said on stderr.
    expect(read(root, 'p/tasks/T2.yaml')).toContain('  - period: "2020-H1"\n    on: 2021-07-01\n    state: done\n');
    expect(defaulted.stderr).toContain('6 tháng đầu năm 2020');
  });

  it('prints the diff and writes nothing with --dry-run', async () => {
    const root = copyOfData();
    const before = snapshot(root);
    const result = await runCli(['report', 'add', 'NV14', '--root', root, '--state', 'done', '--on', '2021-12-28', '--dry-run']);
    expect(result.stdout).toBe(`--- a/${P}/tasks/NV14.yaml\n+++ b/${P}/tasks/NV14.yaml\n@@ -7,3 +7,6 @@\n   every: once\n   due: [2021-12-15]\n status: active\n+reports:\n+  - on: 2021-12-28\n+    state: done\n`);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('task status', () => {
  it('sets done with done_on, and removes done_on when reopened', async () => {
    const root = copyOfData();
    await runCli(['task', 'status', 'NV14', 'done', '--root', root, '--on', '2021-12-28']);
    expect(read(root, `${P}/tasks/NV14.yaml`)).toContain('status: done\ndone_on: 2021-12-28\n');
    await runCli(['task', 'status', 'NV14', 'active', '--root', root]);
    expect(read(root, `${P}/tasks/NV14.yaml`)).toBe(readFileSync(new URL(`../../data/${P}/tasks/NV14.yaml`, import.meta.url), 'utf8'));
  });

  it('refuses an edit that breaks a cross-record rule, writes nothing, and says what validate would', async () => {
    const root = copyOfData();
    const before = snapshot(root);
    const result = await runCli(['task', 'status', 'NV09', 'active', '--root', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`${P}/tasks/NV09.yaml:9:9  lỗi  amendment-link`);
    expect(snapshot(root)).toEqual(before);
  });

  it('sends cancelling to amend', async () => {
    const result = await runCli(['task', 'status', 'NV03', 'cancelled', '--root', copyOfData()]);
    expect(result).toMatchObject({ exitCode: 2 });
    expect(result.stderr).toContain('phoihop amend --kind adjustment');
  });
});

describe('evaluation', () => {
  it('drafts a year from the reports, and finalises only when complete', async () => {
    const root = writeRoot(baseRoot());
    expect((await runCli(['evaluation', 'new', '2021', '--root', root])).exitCode).toBe(0);
    const draft = read(root, 'p/evaluations/2021.yaml');
    expect(draft).toContain('year: 2021\nstate: draft\n');
    // No report in 2021, so no rating is suggested (docs/semantics.md: no report, no rating).
    expect(draft).toContain('  - task: T1\n    # rating: chưa có báo cáo nào trong năm');
    expect((await runCli(['validate', '--root', root])).exitCode).toBe(0);
    const early = await runCli(['evaluation', 'finalise', '2021', '--root', root]);
    expect(early.exitCode).toBe(1);
    expect(early.stderr).toContain('thiếu ngày họp đánh giá (held_on)');
    writeFileSync(path.join(root, 'p/evaluations/2021.yaml'), 'year: 2021\nheld_on: 2021-12-20\nstate: draft # chưa chốt\nresults:\n  - { task: T1, rating: done, summary: Xong }\n  - { task: T2, rating: good, summary: Tốt }\n  - { task: T3, rating: done, summary: Xong }\n');
    expect((await runCli(['evaluation', 'finalise', '2021', '--root', root])).exitCode).toBe(0);
    expect(read(root, 'p/evaluations/2021.yaml')).toContain('state: final # chưa chốt\n');
    const again = await runCli(['evaluation', 'finalise', '2021', '--root', root]);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain('đã chốt');
    expect((await runCli(['evaluation', 'new', '2021', '--root', root])).exitCode).toBe(2);
  });
});

describe('amend', () => {
  it('writes the amendment and every file it touches together, and the records stay valid', async () => {
    const root = copyOfData();
    const task = path.join(root, '..', `NV16-${path.basename(root)}.yaml`);
    writeFileSync(task, 'id: NV16\ntitle: Chuyển đổi số\ncontents: [ND4]\nlead: bcsd-ubnd\nschedule: { every: year, due: ["11-30"] }\nstatus: active\n');
    const result = await runCli(['amend', '--root', root, '--kind', 'supplement', '--document', '12-QĐ', '--date', '2021-03-15', '--add-task', task, '--cancel-task', 'NV14', '--move-due', 'NV04', '11-30', '12-10']);
    expect(result.exitCode).toBe(0);
    expect(read(root, `${P}/amendments/2021-03-15.yaml`)).toBe('date: 2021-03-15\ndocument: 12-QĐ\nkind: supplement\nchanges:\n  - { op: add_task, task: NV16 }\n  - { op: cancel_task, task: NV14 }\n  - { op: change_task, task: NV04, note: "11-30 → 12-10" }\n');
    expect(read(root, `${P}/tasks/NV16.yaml`)).toContain('status: active\nstart: 2021-03-15\nadded_by: 2021-03-15\n');
    expect(read(root, `${P}/tasks/NV14.yaml`)).toContain('status: cancelled\n');
    expect(read(root, `${P}/tasks/NV04.yaml`)).toContain('due: ["12-10"]');
    expect((await runCli(['validate', '--root', root])).exitCode).toBe(0);
  });

  it('cancelling a task recorded as done takes its done_on away with its status', async () => {
    const files = baseRoot();
    files['p/tasks/T3.yaml'] = files['p/tasks/T3.yaml']!.replace('status: active\n', 'status: done\ndone_on: 2021-06-01\n');
    const root = writeRoot(files);
    const result = await runCli(['amend', '--root', root, '--kind', 'adjustment', '--document', '14-QĐ/BA', '--date', '2021-07-01', '--cancel-task', 'T3']);
    expect(result.exitCode).toBe(0);
    const task = read(root, 'p/tasks/T3.yaml');
    expect(task).toContain('status: cancelled\n');
    expect(task).not.toContain('done_on');
  });

  it('writes nothing when one of its changes is invalid', async () => {
    const root = copyOfData();
    const before = snapshot(root);
    const result = await runCli(['amend', '--root', root, '--kind', 'adjustment', '--document', '13-QĐ', '--date', '2021-04-01', '--cancel-task', 'NV02', '--move-due', 'NV05', '10-31', '13-45']);
    expect(result.exitCode).toBe(1);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('writing', () => {
  it('writes nothing when a file changed on disk after it was read', async () => {
    const root = writeRoot({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' });
    writeFileSync(path.join(root, 'b.yaml'), 'b: 2 # someone else\n');
    const { conflicts } = await commitChanges(root, [
      { path: 'a.yaml', before: 'a: 1\n', after: 'a: 10\n' },
      { path: 'b.yaml', before: 'b: 1\n', after: 'b: 10\n' },
    ]);
    expect(conflicts).toEqual(['b.yaml']);
    expect(read(root, 'a.yaml')).toBe('a: 1\n');
    expect(read(root, 'b.yaml')).toBe('b: 2 # someone else\n');
    expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to edit records read from a git revision', async () => {
    const result = await runCli(['--at', 'HEAD', 'report', 'add', 'NV01', '--state', 'done']);
    expect(result.exitCode).toBe(2);
  });
});
