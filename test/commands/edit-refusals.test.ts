import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The editing commands (src/commands/: task-status, amend, report-add, report-fields, evaluation)
// and site refuse a bad value before anything is written: exit 2, one line that says what is wrong
// and how to write it, in vi and en, and every file of the root byte for byte as it was.

/** Every file under `dir` with its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = readFileSync(file, 'latin1');
  }
  return files;
}

const AMEND = ['amend', '--document', '12/QĐ-UBND', '--date', '2021-01-01'];
const REPORT = ['report', 'add', 'T1', '--state', 'done', '--period', '2021', '--on', '2021-12-01'];

const cases: [string, string[], string, string][] = [
  ['task status cancelled (that takes an amendment)', ['task', 'status', 'T1', 'cancelled'], 'hủy nhiệm vụ phải qua văn bản điều chỉnh: phoihop amend --kind adjustment --document SỐ --date NGÀY --cancel-task T1', 'tasks are cancelled by an amendment: phoihop amend --kind adjustment --document NUMBER --date DATE --cancel-task T1'],
  ['task status of an unknown status', ['task', 'status', 'T1', 'finished'], 'trạng thái "finished" không hợp lệ; dùng active, done hoặc paused', '"finished" is not a valid status; use active, done or paused'],
  ['task status --on an impossible day', ['task', 'status', 'T1', 'done', '--on', '2021-02-30'], 'ngày "2021-02-30" không hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2024-12-31', '"2021-02-30" is not a valid date; write YYYY-MM-DD, for example 2024-12-31'],
  ['amend of an unknown kind', [...AMEND, '--kind', 'extra', '--cancel-task', 'T1'], 'loại văn bản "extra" không hợp lệ; dùng supplement hoặc adjustment', '"extra" is not a valid kind; use supplement or adjustment'],
  ['amend --date not a day', ['amend', '--kind', 'supplement', '--document', '1', '--date', '2021-13-01', '--cancel-task', 'T1'], 'ngày "2021-13-01" không hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2024-12-31', '"2021-13-01" is not a valid date; write YYYY-MM-DD, for example 2024-12-31'],
  ['amend with no change', [...AMEND, '--kind', 'supplement'], 'cần ít nhất một thay đổi: --add-task, --cancel-task hoặc --move-due', 'give at least one change: --add-task, --cancel-task or --move-due'],
  ['amend cancelling an unknown task', [...AMEND, '--kind', 'adjustment', '--cancel-task', 'T9'], 'không có nhiệm vụ "T9"; các nhiệm vụ hiện có: T1, T2, T3', 'there is no task "T9"; tasks: T1, T2, T3'],
  ['amend --move-due without its three values', [...AMEND, '--kind', 'adjustment', '--move-due', 'T1', '12-15'], 'dời hạn: MÃ HẠN-CŨ HẠN-MỚI (lặp lại được)', 'move a due day: ID OLD NEW (repeatable)'],
  ['amend --move-due of a due day the task does not have', [...AMEND, '--kind', 'adjustment', '--move-due', 'T1', '11-11', '12-01'], 'T1 không có hạn "11-11"; các hạn hiện có: 12-15', 'T1 has no due day "11-11"; its due days: 12-15'],
  ['amend --add-task of a file that does not exist', [...AMEND, '--kind', 'supplement', '--add-task', '/no/such/T4.yaml'], 'không đọc được tệp nhiệm vụ /no/such/T4.yaml', 'cannot read the task file /no/such/T4.yaml'],
  ['report add --period for a once-task', ['report', 'add', 'T3', '--state', 'done', '--period', '2021'], 'nhiệm vụ một lần không có kỳ; bỏ --period', 'once-tasks have no periods; drop --period'],
  [
    'report add --period not of the task\'s schedule',
    ['report', 'add', 'T1', '--state', 'done', '--period', '2021-Q1'],
    'kỳ "2021-Q1" không thuộc lịch "hằng năm (year)" của T1 hoặc nằm ngoài thời gian thực hiện; kỳ hợp lệ: 2020, 2021, 2022',
    'the period "2021-Q1" is not in T1\'s "yearly (year)" schedule or lies outside its dates; valid periods: 2020, 2021, 2022',
  ],
  ['report add --state of an unknown result', ['report', 'add', 'T1', '--state', 'finished'], 'kết quả "finished" không hợp lệ; dùng done, partial hoặc not_done', '"finished" is not a valid result; use done, partial or not_done'],
  ['report add --on not a day', ['report', 'add', 'T1', '--state', 'done', '--on', '2021-13-01'], 'ngày "2021-13-01" không hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2024-12-31', '"2021-13-01" is not a valid date; write YYYY-MM-DD, for example 2024-12-31'],
  ['report add --on outside every period', ['report', 'add', 'T1', '--state', 'done', '--on', '2019-12-01'], 'ngày 2019-12-01 không thuộc kỳ nào của T1; ghi rõ --period', '2019-12-01 falls in no period of T1; give --period'],
  ['report add --figure without =', [...REPORT, '--figure', 'x'], 'số liệu "x" phải có dạng MÃ=SỐ, ví dụ --figure tiep-dan=48', 'the figure "x" must look like ID=NUMBER, for example --figure tiep-dan=48'],
  ['report add --document-date not a day', [...REPORT, '--document', '1/BC', '--document-date', 'x'], 'ngày văn bản "x" không hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2019-11-30', 'the document date "x" is not valid; write YYYY-MM-DD, for example 2019-11-30'],
  [
    'report add with two documents and one title',
    [...REPORT, '--document', '1/BC', '--document', '2/BC', '--document-title', 'x'],
    'có 2 --document nhưng 1 --document-title: khi ghi nhiều văn bản, cho mỗi --document một --document-title, theo đúng thứ tự (dùng "" cho văn bản không có)',
    '2 --document but 1 --document-title: with several documents, give one --document-title per --document, in the same order ("" for none)',
  ],
  ['evaluation new of a two-digit year', ['evaluation', 'new', '21'], '"21" không phải một năm; viết năm đủ bốn chữ số, ví dụ phoihop evaluation new 2021', '"21" is not a year; write all four digits, for example phoihop evaluation new 2021'],
  ['evaluation finalise of a two-digit year', ['evaluation', 'finalise', '21'], '"21" không phải một năm; viết năm đủ bốn chữ số, ví dụ phoihop evaluation finalise 2021', '"21" is not a year; write all four digits, for example phoihop evaluation finalise 2021'],
  ['evaluation new of a year outside the programme', ['evaluation', 'new', '2019'], 'năm 2019 nằm ngoài giai đoạn của chương trình', '2019 lies outside the programme period'],
  ['evaluation new of a year already evaluated', ['evaluation', 'new', '2020'], 'đã có p/evaluations/2020.yaml; không ghi đè (sửa trực tiếp tệp đó)', 'p/evaluations/2020.yaml already exists; it is not overwritten (edit it directly)'],
  ['evaluation finalise of a year with no draft', ['evaluation', 'finalise', '2021'], 'chưa có p/evaluations/2021.yaml; tạo bằng "phoihop evaluation new"', 'p/evaluations/2021.yaml does not exist; create it with "phoihop evaluation new"'],
];

describe('editing commands refuse a bad value: exit 2, the message in vi and en, nothing written', () => {
  it.each(cases)('%s', async (_name, argv, vi, en) => {
    const root = writeRoot(baseRoot());
    const before = snapshot(root);
    expect(await runCli([...argv, '--root', root])).toEqual({ exitCode: 2, stdout: '', stderr: `phoihop: ${vi}\n` });
    expect(await runCli(['--lang', 'en', ...argv, '--root', root])).toEqual({ exitCode: 2, stdout: '', stderr: `phoihop: ${en}\n` });
    expect(snapshot(root)).toEqual(before);
  });

  it('the same values are accepted once corrected (the refusals are about the values, not the command)', async () => {
    const root = writeRoot(baseRoot());
    expect((await runCli(['task', 'status', 'T1', 'done', '--on', '2021-02-28', '--root', root])).exitCode).toBe(0);
    expect((await runCli([...REPORT, '--document', '1/BC', '--document-date', '2021-11-30', '--root', root])).exitCode).toBe(0);
    expect((await runCli(['evaluation', 'new', '2021', '--root', root])).exitCode).toBe(0);
    expect((await runCli([...AMEND, '--kind', 'adjustment', '--move-due', 'T1', '12-15', '12-20', '--root', root])).exitCode).toBe(0);
    expect(readFileSync(path.join(root, 'p/tasks/T1.yaml'), 'utf8')).toContain('status: done');
  });
});

describe('site refuses an output that is not its own', () => {
  it('a file, or a folder holding files it did not write: exit 2, in vi and en, the folder untouched', async () => {
    const root = writeRoot(baseRoot());
    const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-site-'));
    const file = path.join(dir, 'index.html');
    writeFileSync(file, '<p>trang của người khác</p>');
    expect(await runCli(['site', file, '--root', root])).toEqual({ exitCode: 2, stdout: '', stderr: `phoihop: ${file} là một tệp, không phải thư mục; hãy chọn thư mục khác, ví dụ _site\n` });
    expect(await runCli(['--lang', 'en', 'site', file, '--root', root])).toEqual({ exitCode: 2, stdout: '', stderr: `phoihop: ${file} is a file, not a folder; choose another, for example _site\n` });
    expect(await runCli(['site', dir, '--root', root])).toEqual({ exitCode: 2, stdout: '', stderr: `phoihop: thư mục ${dir} đã có tệp không do phoihop site tạo; hãy chọn thư mục trống hoặc thư mục mới, ví dụ _site\n` });
    expect(await runCli(['--lang', 'en', 'site', dir, '--root', root])).toEqual({ exitCode: 2, stdout: '', stderr: `phoihop: folder ${dir} holds files that phoihop site did not write; choose an empty or new folder, for example _site\n` });
    expect(readdirSync(dir)).toEqual(['index.html']);
    expect(readFileSync(file, 'utf8')).toBe('<p>trang của người khác</p>');
  });
});
