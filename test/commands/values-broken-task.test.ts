import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// An edit aimed at a record whose own file is broken (issue 19, sixth round): the command shows
// that file's problems as validate would and refuses (exit 1), writing nothing. Before this round
// `report add` and `task status` said there was no such task and suggested another one.

function brokenRoot(): string {
  const files = baseRoot();
  files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('status: active', 'status: activ');
  return writeRoot(files);
}

const VI = {
  exitCode: 1,
  stdout:
    'p/tasks/T1.yaml:7:9  lỗi  schema  giá trị "activ" không hợp lệ cho "status"; có phải ý bạn là "active"?\n  7 | status: activ\n    |         ^\n  cách sửa: active (đang thực hiện), done (hoàn thành), paused (tạm dừng) hoặc cancelled (đã hủy, qua văn bản điều chỉnh).\n\n✖ 1 lỗi, 0 cảnh báo trong 6 tệp\n',
  stderr: 'phoihop: p/tasks/T1.yaml có 1 lỗi (in ở trên) nên chưa đọc được; sửa rồi chạy lại lệnh\n',
};
const EN = {
  exitCode: 1,
  stdout: 'p/tasks/T1.yaml:7:9  error  schema  "activ" is not a valid value for "status"; did you mean "active"?\n  7 | status: activ\n    |         ^\n  fix: choose one of: active, done, paused, cancelled\n\n✖ 1 error, 0 warnings in 6 files\n',
  stderr: 'phoihop: p/tasks/T1.yaml has 1 error (shown above), so it could not be read; fix and run the command again\n',
};

describe('a task whose file is broken', () => {
  it.each([
    ['report add', ['report', 'add', 'T1', '--state', 'done', '--on', '2021-12-01']],
    ['report add, the id in lower case', ['report', 'add', 't1', '--state', 'done', '--on', '2021-12-01']],
    ['task status', ['task', 'status', 'T1', 'done']],
    ['task status, with the programme', ['task', 'status', 'thu-nghiem/T1', 'done']],
  ])('%s: its problems, exit 1, nothing written (vi and en)', async (_name, argv) => {
    const root = brokenRoot();
    const before = readFileSync(path.join(root, 'p/tasks/T1.yaml'), 'utf8');
    expect(await runCli([...argv, '--root', root])).toEqual(VI);
    expect(await runCli(['--lang', 'en', ...argv, '--root', root])).toEqual(EN);
    expect(readFileSync(path.join(root, 'p/tasks/T1.yaml'), 'utf8')).toBe(before);
  });

  it('a task that does not exist is still "no such task", with the nearest', async () => {
    const root = brokenRoot();
    expect(await runCli(['task', 'status', 'T9', 'done', '--root', root])).toEqual({ exitCode: 2, stdout: '', stderr: 'phoihop: không có nhiệm vụ "T9"; có phải ý bạn là T2? (các nhiệm vụ: T2, T3)\n' });
    expect(await runCli(['--lang', 'en', 'report', 'add', 'T9', '--state', 'done', '--root', root])).toEqual({ exitCode: 2, stdout: '', stderr: 'phoihop: there is no task "T9"; did you mean T2? (tasks: T2, T3)\n' });
  });

  it('another task of the same root is edited as usual', async () => {
    const root = brokenRoot();
    const result = await runCli(['task', 'status', 'T2', 'paused', '--root', root]);
    expect(result).toEqual({ exitCode: 0, stdout: 'đã ghi: p/tasks/T2.yaml\n', stderr: '' });
  });
});

describe('an evaluation whose file is broken', () => {
  it('finalise shows its problems and refuses, in vi and en', async () => {
    const root = writeRoot(baseRoot());
    writeFileSync(path.join(root, 'p/evaluations/2021.yaml'), 'year: 2021\nstate: drafty\n');
    const vi = await runCli(['evaluation', 'finalise', '2021', '--root', root]);
    const en = await runCli(['--lang', 'en', 'evaluation', 'finalise', '2021', '--root', root]);
    expect(vi).toEqual({
      exitCode: 1,
      stdout:
        'p/evaluations/2021.yaml:2:8  lỗi  schema  giá trị "drafty" không hợp lệ cho "state"; có phải ý bạn là "draft"?\n  2 | state: drafty\n    |        ^\n  cách sửa: draft (dự thảo) hoặc final (chính thức; không sửa sau khi chốt).\n\n✖ 1 lỗi, 0 cảnh báo trong 7 tệp\n',
      stderr: 'phoihop: p/evaluations/2021.yaml có 1 lỗi (in ở trên) nên chưa đọc được; sửa rồi chạy lại lệnh\n',
    });
    expect(en).toEqual({
      exitCode: 1,
      stdout: 'p/evaluations/2021.yaml:2:8  error  schema  "drafty" is not a valid value for "state"; did you mean "draft"?\n  2 | state: drafty\n    |        ^\n  fix: choose one of: draft, final\n\n✖ 1 error, 0 warnings in 7 files\n',
      stderr: 'phoihop: p/evaluations/2021.yaml has 1 error (shown above), so it could not be read; fix and run the command again\n',
    });
    expect(readFileSync(path.join(root, 'p/evaluations/2021.yaml'), 'utf8')).toBe('year: 2021\nstate: drafty\n');
  });
});
