import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownDevice } from '../helpers/devices.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { BIN, REPO, runBin as phoihop } from '../helpers/bin.js';
import { strykerEnv } from '../helpers/stryker-children.js';

// The exit codes README.md's table promises, through the real bin (npm run build): 0 success,
// 1 findings (validate, overdue --fail-on-overdue), 2 usage or fatal — each failure one message,
// never a stack trace, and no file left behind.

const STACK = /\n\s+at .*:\d+(:\d+)?\)?\n/;

describe('exit 0: success', () => {
  it('a report, a clean validate, and overdue --fail-on-overdue with nothing overdue', async () => {
    const status = await phoihop(['status', '--root', 'data', '--as-of', '2019-06-30']);
    expect(status).toMatchObject({ code: 0, stderr: '' });
    expect(status.stdout).toContain('│ NV01 Hằng năm ban hành');
    expect(await phoihop(['validate', '--root', 'data'])).toMatchObject({ code: 0, stderr: '' });
    const nothing = await phoihop(['overdue', '--root', 'data', '--as-of', '2018-01-10', '--fail-on-overdue', '--format', 'json']);
    expect(nothing.code).toBe(0);
    expect(JSON.parse(nothing.stdout)).toMatchObject({ as_of: '2018-01-10', overdue: [] });
  });
});

describe('exit 1: findings', () => {
  it('validate with an error in the records prints it on stdout; overdue --fail-on-overdue with something overdue', async () => {
    const files = baseRoot();
    files['p/tasks/T2.yaml'] = files['p/tasks/T2.yaml']!.replace(/^lead: .*$/m, 'lead: ban-khong-co');
    const broken = await phoihop(['validate', '--root', writeRoot(files)]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('ban-khong-co');
    expect(broken.stderr).toBe('');
    const late = await phoihop(['--lang', 'en', 'overdue', '--root', 'data', '--as-of', '2021-12-12', '--fail-on-overdue', '--format', 'json']);
    expect(late.code).toBe(1);
    expect(JSON.parse(late.stdout).overdue[0]).toMatchObject({ task: 'NV10', days_overdue: 758 });
    // Without the flag the same list is a success.
    expect((await phoihop(['overdue', '--root', 'data', '--as-of', '2021-12-12', '--format', 'json'])).code).toBe(0);
  });
});

describe('exit 2: usage problems and fatal errors, one message each, no stack trace', () => {
  it.each([
    ['no command at all', [], /^Cách dùng: phoihop \[tùy chọn\] \[lệnh\]\n/],
    ['an unknown command, in English', ['--lang', 'en', 'statuz'], /^error: unknown command 'statuz'\n\(Did you mean status\?\)\nsee "phoihop --help"\n$/],
    ['an unsupported language', ['--lang', 'fr', 'status'], /^phoihop: ngôn ngữ "fr" không được hỗ trợ; dùng vi hoặc en \/ the language "fr" is not supported; use vi or en\n$/],
    ['a bad number of days', ['overdue', '--root', 'data', '--within', 'ba-muoi'], /^phoihop: "ba-muoi" không phải số ngày hợp lệ; viết một số nguyên không âm, ví dụ 30\n$/],
    ['a bad date, in English', ['--lang', 'en', 'status', '--root', 'data', '--as-of', '2021-02-30'], /^phoihop: "2021-02-30" is not a valid date; write YYYY-MM-DD, for example 2024-12-31\n$/],
    ['a required value missing in a pipe', ['report', 'add', 'NV01', '--root', 'data'], /^lỗi: thiếu giá trị bắt buộc '--state <state>'\nCách dùng: phoihop report add \[tùy chọn\] <task> --state <state>\nxem "phoihop report add --help"\n$/],
  ])('%s', async (_name, args, message) => {
    const result = await phoihop(args as string[]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK);
  });

  it('a folder with no records, and a root that does not exist, in vi and en', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'phoihop-exit-'));
    expect(await phoihop(['validate', '--root', empty])).toEqual({ code: 2, stdout: '', stderr: `phoihop: thư mục ${empty} không có hồ sơ nào (không có agencies.yaml hay programme.yaml)\n` });
    expect(await phoihop(['--lang', 'en', 'status', '--root', path.join(empty, 'khong-co')])).toEqual({ code: 2, stdout: '', stderr: `phoihop: the records folder ${path.join(empty, 'khong-co')} does not exist\n` });
  });

  it('a command refused leaves no --output file behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-exit-'));
    const csv = path.join(dir, 'bao-cao.csv');
    expect((await phoihop(['status', '--root', 'data', '--as-of', '2021-13-01', '--output', csv])).code).toBe(2);
    expect((await phoihop(['summary', '--root', 'data', '--format', 'csv', '--output', csv])).code).toBe(2);
    expect((await phoihop(['overdue', '--root', mkdtempSync(path.join(tmpdir(), 'phoihop-empty-')), '--output', csv])).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    const missing = path.join(dir, 'khong-co', 'bao-cao.csv');
    const result = await phoihop(['--lang', 'en', 'status', '--root', 'data', '--as-of', '2021-06-30', '--format', 'csv', '--output', missing]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `phoihop: cannot write ${missing}: the folder does not exist; create it first or choose another path\n` });
    expect(existsSync(path.dirname(missing))).toBe(false);
  });

  it('a standard output that cannot be written (a full disk) is one line, exit 2, in vi and en', async () => {
    const full = ownDevice(mkdtempSync(path.join(tmpdir(), 'phoihop-full-')), 'full');
    const toFull = async (args: string[]) => {
      const fd = openSync(full, 'w');
      try {
        return await new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: { PATH: process.env.PATH ?? '', ...strykerEnv() }, stdio: ['ignore', fd, 'pipe'] });
          let stderr = '';
          child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
          child.on('close', (code) => resolve({ code, stderr }));
        });
      } finally {
        closeSync(fd);
      }
    };
    expect(await toFull(['status', '--root', 'data', '--as-of', '2019-06-30'])).toEqual({ code: 2, stderr: 'phoihop: không ghi được đầu ra chuẩn (stdout): ổ đĩa đã đầy; giải phóng dung lượng rồi chạy lại\n' });
    expect(await toFull(['--lang', 'en', 'validate', '--root', 'data'])).toEqual({ code: 2, stderr: 'phoihop: cannot write standard output (stdout): the disk is full; free some space and run again\n' });
  });
});
