import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { World } from '../../src/world.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';

// The command line's edges, in-process (issue 19, fifth round): what the user sees when an option
// value, the root, phoihop.yaml, the terminal or the program itself goes wrong — the message in vi
// and en, the exit code, no stack trace, nothing on stdout.

const REPO = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(REPO, 'data');

interface Seen {
  exitCode: number;
  stdout: string;
  stderr: string;
}

type Setting = Partial<Omit<World, 'stdout' | 'stderr'>> & { tty?: boolean; columns?: number; rows?: number; stdoutWrite?: (s: string | Uint8Array) => void };

/** Runs the CLI in-process in a world of the test's making (cwd: the repository; 15 June 2024 noon in Hanoi). */
async function run(argv: string[], setting: Setting = {}): Promise<Seen> {
  let stdout = '';
  let stderr = '';
  const { tty, columns, rows, stdoutWrite, ...rest } = setting;
  const world: World = {
    argv,
    cwd: REPO,
    env: {},
    now: () => new Date('2024-06-15T05:00:00Z'),
    ...rest,
    stdout: {
      write: stdoutWrite ?? ((s) => void (stdout += typeof s === 'string' ? s : new TextDecoder().decode(s))),
      isTTY: tty ?? false,
      ...(columns !== undefined ? { columns } : {}),
      ...(rows !== undefined ? { rows } : {}),
    },
    stderr: { write: (s) => void (stderr += s), isTTY: false },
  };
  const exitCode = await main(world);
  return { exitCode, stdout, stderr };
}

/** A copy of data/ in a fresh folder (named `name`), with phoihop.yaml replaced when `settings` is given. */
function sampleCopy(settings?: string, name = 'root'): string {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-edges-')), name);
  cpSync(DATA, root, { recursive: true });
  if (settings !== undefined) writeFileSync(path.join(root, 'phoihop.yaml'), settings);
  return root;
}

const emptyFolder = () => mkdtempSync(path.join(tmpdir(), 'phoihop-empty-'));
const STACK = /\n\s+at .*:\d+:\d+/;

describe('a bad option value is refused: exit 2, one line in the user\'s language, nothing on stdout', () => {
  const FORMATS = 'table, markdown, csv, json, html';
  const cases: [string, string[], string, string][] = [
    ['--within not a number', ['overdue', '--root', DATA, '--within', 'abc'], '"abc" không phải số ngày hợp lệ; viết một số nguyên không âm, ví dụ 30', '"abc" is not a valid number of days; write a whole number, for example 30'],
    ['--within negative', ['overdue', '--root', DATA, '--within', '-1'], '"-1" không phải số ngày hợp lệ; viết một số nguyên không âm, ví dụ 30', '"-1" is not a valid number of days; write a whole number, for example 30'],
    ['--within of five digits', ['overdue', '--root', DATA, '--within', '12345'], '"12345" không phải số ngày hợp lệ; viết một số nguyên không âm, ví dụ 30', '"12345" is not a valid number of days; write a whole number, for example 30'],
    ['--within with a unit', ['overdue', '--root', DATA, '--within', '30d'], '"30d" không phải số ngày hợp lệ; viết một số nguyên không âm, ví dụ 30', '"30d" is not a valid number of days; write a whole number, for example 30'],
    ['calendar --remind', ['calendar', '--root', DATA, '--remind', 'x'], '"x" không phải số ngày hợp lệ; viết một số nguyên không âm, ví dụ 30', '"x" is not a valid number of days; write a whole number, for example 30'],
    ['status --format', ['status', '--root', DATA, '--format', 'xml'], `định dạng "xml" không được hỗ trợ; dùng một trong: ${FORMATS}`, `the format "xml" is not supported; use one of: ${FORMATS}`],
    ['overdue --format', ['overdue', '--root', DATA, '--format', 'pdf'], `định dạng "pdf" không được hỗ trợ; dùng một trong: ${FORMATS}`, `the format "pdf" is not supported; use one of: ${FORMATS}`],
    ['--as-of not a day', ['status', '--root', DATA, '--as-of', '2021-13-01'], 'ngày "2021-13-01" không hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2024-12-31', '"2021-13-01" is not a valid date; write YYYY-MM-DD, for example 2024-12-31'],
    ['--as-of in dd/mm/yyyy', ['overdue', '--root', DATA, '--as-of', '31/12/2021'], 'ngày "31/12/2021" không hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2024-12-31', '"31/12/2021" is not a valid date; write YYYY-MM-DD, for example 2024-12-31'],
    ['--as-of before 1900', ['status', '--root', DATA, '--as-of', '1899-12-31'], '--as-of 1899-12-31 nằm ngoài khoảng năm 1900–2199; kiểm tra lại năm, ví dụ --as-of 2021-12-31', '--as-of 1899-12-31 lies outside the years 1900–2199; check the year, for example --as-of 2021-12-31'],
    ['--as-of after 2199', ['overdue', '--root', DATA, '--as-of', '2200-01-01'], '--as-of 2200-01-01 nằm ngoài khoảng năm 1900–2199; kiểm tra lại năm, ví dụ --as-of 2021-12-31', '--as-of 2200-01-01 lies outside the years 1900–2199; check the year, for example --as-of 2021-12-31'],
    ['--programme naming none', ['status', '--root', DATA, '--programme', 'khong-co'], 'không có chương trình "khong-co"; các chương trình hiện có: dan-van-2017-2021', 'there is no programme "khong-co"; programmes: dan-van-2017-2021'],
    ['overdue --programme naming none', ['overdue', '--root', DATA, '--programme', 'khong-co'], 'không có chương trình "khong-co"; các chương trình hiện có: dan-van-2017-2021', 'there is no programme "khong-co"; programmes: dan-van-2017-2021'],
    [
      '--state misspelt',
      ['status', '--root', DATA, '--state', 'overdu'],
      'trạng thái "overdu" không có; dùng một trong: done (hoàn thành), overdue (quá hạn), due_soon (sắp đến hạn), on_track (đúng tiến độ), not_started (chưa bắt đầu), paused (tạm dừng), cancelled (đã hủy) — có phải ý bạn là overdue?',
      'there is no state "overdu"; use one of: done, overdue, due_soon, on_track, not_started, paused, cancelled — did you mean overdue?',
    ],
    ['summary --format csv without --term', ['summary', '--root', DATA, '--format', 'csv'], 'báo cáo năm không có dạng bảng; dùng --format csv cùng --term (bảng từng nhiệm vụ theo các năm)', 'the year report is not a table; use --format csv with --term (each task across the years)'],
    ['summary --format docx to the screen', ['summary', '--root', DATA, '--format', 'docx'], 'định dạng docx cần --output TỆP, ví dụ --output bao-cao.docx', 'the docx format needs --output FILE, for example --output report.docx'],
    ['completion for an unknown shell', ['completion', 'tcsh'], 'không hỗ trợ shell "tcsh"; dùng một trong: bash, zsh, fish, powershell', 'the shell "tcsh" is not supported; use one of: bash, zsh, fish, powershell'],
  ];

  it.each(cases)('%s', async (_name, argv, vi, en) => {
    const inVi = await run(argv);
    expect(inVi).toEqual({ exitCode: 2, stdout: '', stderr: `phoihop: ${vi}\n` });
    const inEn = await run(['--lang', 'en', ...argv]);
    expect(inEn).toEqual({ exitCode: 2, stdout: '', stderr: `phoihop: ${en}\n` });
  });

  it('--as-of accepts the first and last years of its range', async () => {
    for (const asOf of ['1900-01-01', '2199-12-31']) {
      const result = await run(['overdue', '--root', DATA, '--as-of', asOf, '--format', 'json']);
      expect(result.exitCode, asOf).toBe(0);
      expect(JSON.parse(result.stdout).as_of).toBe(asOf);
    }
  });

  it('an unsupported --lang is refused in both languages, in either spelling, before anything is read', async () => {
    const both = 'phoihop: ngôn ngữ "fr" không được hỗ trợ; dùng vi hoặc en / the language "fr" is not supported; use vi or en\n';
    expect(await run(['--lang', 'fr', 'status', '--root', DATA])).toEqual({ exitCode: 2, stdout: '', stderr: both });
    expect(await run(['status', '--lang=fr', '--root', DATA])).toEqual({ exitCode: 2, stdout: '', stderr: both });
    // Even where the root does not exist: the language is checked first.
    expect(await run(['--lang', 'fr', 'validate', '--root', '/no/such/folder'])).toEqual({ exitCode: 2, stdout: '', stderr: both });
    // "EN" is not "en": the value is taken as written.
    expect((await run(['--lang', 'EN', 'status', '--root', DATA])).stderr).toBe('phoihop: ngôn ngữ "EN" không được hỗ trợ; dùng vi hoặc en / the language "EN" is not supported; use vi or en\n');
  });
});

describe('the command line itself', () => {
  it('with no command, the help goes to stderr and the exit is 2 (a usage problem)', async () => {
    const none = await run([]);
    expect(none.exitCode).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^Cách dùng: phoihop \[tùy chọn\] \[lệnh\]\n/);
    expect(none.stderr).toContain('\n  status [tùy chọn]');
    const en = await run(['--lang', 'en']);
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toMatch(/^Usage: phoihop \[options\] \[command\]\n/);
  });

  it.each([
    ['report', 'báo cáo kết quả của nhiệm vụ', 'add [tùy chọn] [task]'],
    ['task', '', 'status [tùy chọn] [task] [status]'],
    ['evaluation', '', 'new [tùy chọn] <year>'],
  ])('a command group given no sub-command (%s) shows its help on stderr, exit 2', async (group, description, line) => {
    const result = await run([group]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^Cách dùng: phoihop ${group} \\[tùy chọn\\] \\[lệnh\\]\\n`));
    if (description) expect(result.stderr).toContain(`\n${description}\n`);
    expect(result.stderr).toContain(`  ${line}`);
  });

  it('help asked for is shown on stdout with exit 0, in the language of --lang in either spelling', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['status', '--help'], ['help', 'status']]) {
      const result = await run(argv);
      expect(result, argv.join(' ')).toMatchObject({ exitCode: 0, stderr: '' });
      expect(result.stdout, argv.join(' ')).toMatch(/^Cách dùng: phoihop/);
    }
    expect((await run(['--lang=en', '--help'])).stdout).toMatch(/^Usage: phoihop \[options\] \[command\]\n/);
    expect((await run(['--lang', 'en', 'status', '--help'])).stdout).toMatch(/^Usage: phoihop status \[options\]\n/);
    expect((await run(['status', '--help', '--lang=en'])).stdout).toMatch(/^Usage: phoihop status \[options\]\n/);
    // An unsupported language leaves the help in Vietnamese rather than failing.
    const fr = await run(['--lang', 'fr', '--help']);
    expect(fr.exitCode).toBe(0);
    expect(fr.stdout).toMatch(/^Cách dùng: phoihop/);
  });

  it.each([
    [['validate'], 'phoihop validate [tùy chọn]', ['--format <format>  định dạng: pretty, json, github, junit, gitlab, sarif']],
    [['status'], 'phoihop status [tùy chọn]', ['--format <format>  định dạng: table, markdown, csv, json, html', '--state <state>    chỉ nhiệm vụ ở trạng thái: done, overdue, due_soon,']],
    [['overdue'], 'phoihop overdue [tùy chọn]', ['--format <format>  định dạng: table, markdown, csv, json, html']],
    [['summary'], 'phoihop summary [tùy chọn]', ['--format <format>  định dạng: text, markdown, json, html, docx, csv (--term)']],
    [['diff'], 'phoihop diff [tùy chọn] <base> [head]', ['--format <format>  định dạng: markdown, text, json']],
    [['explain'], 'phoihop explain [tùy chọn] <task>', []],
    [['report', 'add'], 'phoihop report add [tùy chọn] <task> --state <state>', ['--state <state>           kết quả: done, partial hoặc not_done']],
    [['task', 'status'], 'phoihop task status [tùy chọn] <task> <status>', []],
    [['evaluation', 'new'], 'phoihop evaluation new [tùy chọn] <year>', []],
    [['evaluation', 'finalise'], 'phoihop evaluation finalise|finalize [tùy chọn] <year>', []],
    [['amend'], 'phoihop amend --kind <kind> --document <number> --date <date> [tùy chọn]', []],
    [['site'], 'phoihop site [tùy chọn] <out>', []],
    [['calendar'], 'phoihop calendar [tùy chọn]', []],
    [['init'], 'phoihop init [tùy chọn] <dir>', []],
    [['completion'], 'phoihop completion [tùy chọn] <shell>', []],
  ])('%s --help shows how the command is written and what its options take', async (command, usage, lines) => {
    const result = await run([...command, '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`Cách dùng: ${usage}`);
    for (const line of lines) expect(result.stdout).toContain(`\n  ${line}`);
  });

  it('"help COMMAND [SUB]" is that command\'s --help, wherever the global options stand', async () => {
    const reportAdd = (await run(['report', 'add', '--help'])).stdout;
    expect(reportAdd).toMatch(/^Cách dùng: phoihop report add /);
    expect(await run(['help', 'report', 'add'])).toEqual({ exitCode: 0, stdout: reportAdd, stderr: '' });
    expect(await run(['--root', 'data', 'help', 'report', 'add'])).toEqual({ exitCode: 0, stdout: reportAdd, stderr: '' });
    const status = (await run(['status', '--help'])).stdout;
    expect((await run(['--lang', 'vi', '--at', 'HEAD', 'help', 'status'])).stdout).toBe(status);
    expect((await run(['help', 'status'])).stdout).toBe(status);
    // The alias names the same command.
    expect((await run(['help', 'evaluation', 'finalize'])).stdout).toMatch(/^Cách dùng: phoihop evaluation finalise\|finalize /);
    expect((await run(['evaluation', 'finalize', '21', '--root', DATA])).stderr).toMatch(/^phoihop: "21" không phải một năm/);
    // An unknown name after help is refused by name, not answered with the general help.
    expect(await run(['help', 'statuz'])).toEqual({ exitCode: 2, stdout: '', stderr: "lỗi: không có lệnh 'statuz'\n(có phải ý bạn là status?)\nxem \"phoihop --help\"\n" });
    // "help" as the value of an option is a value, not the help command.
    expect((await run(['status', '--root', 'help'])).stderr).toBe('phoihop: không tìm thấy thư mục hồ sơ help\n');
  });

  it('-V is --version', async () => {
    const long = await run(['--version']);
    expect(await run(['-V'])).toEqual(long);
  });

  it('the version is printed on stdout with exit 0', async () => {
    const result = await run(['--version']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^phoihop \d+\.\d+\.\d+\n/);
    expect(result.stderr).toBe('');
  });

  it('an unknown command or a value-less option is one message with a pointer to the help, exit 2', async () => {
    expect(await run(['statuz'])).toEqual({ exitCode: 2, stdout: '', stderr: "lỗi: không có lệnh 'statuz'\n(có phải ý bạn là status?)\nxem \"phoihop --help\"\n" });
    expect(await run(['--lang', 'en', 'statuz'])).toEqual({ exitCode: 2, stdout: '', stderr: "error: unknown command 'statuz'\n(Did you mean status?)\nsee \"phoihop --help\"\n" });
    expect(await run(['status', '--root'])).toEqual({ exitCode: 2, stdout: '', stderr: "lỗi: tùy chọn '--root <dir>' cần một giá trị\nxem \"phoihop --help\"\n" });
    expect(await run(['explain', '--root', DATA])).toEqual({ exitCode: 2, stdout: '', stderr: "lỗi: thiếu tham số bắt buộc 'task'\nxem \"phoihop explain --help\"\n" });
    expect(await run(['--lang', 'en', 'explain', '--root', DATA])).toEqual({ exitCode: 2, stdout: '', stderr: "error: missing required argument 'task'\nsee \"phoihop explain --help\"\n" });
  });

  it('a required value missing outside a terminal names it and shows the usage line, in vi and en (exit 2)', async () => {
    const root = writeRoot(baseRoot());
    expect(await run(['report', 'add', 'T1', '--root', root])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: "lỗi: thiếu giá trị bắt buộc '--state <state>'\nCách dùng: phoihop report add [tùy chọn] <task> --state <state>\nxem \"phoihop report add --help\"\n",
    });
    expect(await run(['--lang', 'en', 'report', 'add', 'T1', '--root', root])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: "error: missing required value '--state <state>'\nUsage: phoihop report add [options] <task> --state <state>\nsee \"phoihop report add --help\"\n",
    });
    // A keyboard in CI is no keyboard: the same answer, nothing asked.
    const asked: string[] = [];
    const ci = await run(['report', 'add', 'T1', '--root', root], { env: { CI: 'true' }, stdin: {
        isTTY: true,
        ask: async (q) => {
          asked.push(q);
          return null;
        },
      },
    });
    expect(ci.exitCode).toBe(2);
    expect(ci.stderr).toContain("thiếu giá trị bắt buộc '--state <state>'");
    expect(asked).toEqual([]);
  });
});

describe('shell completion answers quietly', () => {
  it('candidates one a line; a file or folder asked for is named with a colon; an unknown shell gets nothing, exit 2', async () => {
    expect(await run(['__complete', 'bash', 'sta'])).toEqual({ exitCode: 0, stdout: 'status\n', stderr: '' });
    expect(await run(['__complete', 'bash', 'status', '--output', ''])).toEqual({ exitCode: 0, stdout: ':files\n', stderr: '' });
    expect(await run(['__complete', 'bash', '--root', ''])).toEqual({ exitCode: 0, stdout: ':dirs\n', stderr: '' });
    expect(await run(['__complete', 'bash', 'zzz'])).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(await run(['__complete', 'tcsh', 'sta'])).toEqual({ exitCode: 2, stdout: '', stderr: '' });
    expect(await run(['__complete'])).toEqual({ exitCode: 2, stdout: '', stderr: '' });
  });

  it('task ids come from the root typed with --root or --root=, else the root in effect', async () => {
    const root = writeRoot(baseRoot());
    expect((await run(['__complete', 'bash', 'explain', '--root', root, 'T'])).stdout).toBe('T1\nT2\nT3\n');
    expect((await run(['__complete', 'bash', 'explain', `--root=${root}`, 'T'])).stdout).toBe('T1\nT2\nT3\n');
    expect((await run(['__complete', 'bash', 'explain', 'T'], { env: { PHOIHOP_ROOT: root } })).stdout).toBe('T1\nT2\nT3\n');
    expect((await run(['__complete', 'bash', 'explain', 'NV0'])).stdout).toMatch(/^NV01\nNV02\n/);
  });
});

describe('the root', () => {
  it.each([['status'], ['overdue'], ['summary'], ['validate'], ['calendar'], ['explain', 'NV01']])('a folder with no records is refused by %s (exit 2), in vi and en', async (...argv) => {
    const empty = emptyFolder();
    expect(await run([...argv, '--root', empty])).toEqual({ exitCode: 2, stdout: '', stderr: `phoihop: thư mục ${empty} không có hồ sơ nào (không có agencies.yaml hay programme.yaml)\n` });
    expect(await run(['--lang', 'en', ...argv, '--root', empty])).toEqual({ exitCode: 2, stdout: '', stderr: `phoihop: the folder ${empty} holds no records (no agencies.yaml or programme.yaml)\n` });
  });

  it('a root that is missing, or is a file, is refused as the user wrote it (exit 2), in vi and en', async () => {
    const file = path.join(emptyFolder(), 'ho-so.yaml');
    writeFileSync(file, 'agencies: []\n');
    expect(await run(['status', '--root', 'khong-co'])).toEqual({ exitCode: 2, stdout: '', stderr: 'phoihop: không tìm thấy thư mục hồ sơ khong-co\n' });
    expect(await run(['--lang', 'en', 'status', '--root', 'khong-co'])).toEqual({ exitCode: 2, stdout: '', stderr: 'phoihop: the records folder khong-co does not exist\n' });
    expect(await run(['--lang', 'en', 'validate', '--root', file])).toEqual({ exitCode: 2, stdout: '', stderr: `phoihop: the records folder ${file} does not exist\n` });
  });

  it('$PHOIHOP_ROOT is the root when --root is not given, and --root wins over it', async () => {
    const root = writeRoot(baseRoot());
    const fromEnv = await run(['status', '--format', 'json', '--as-of', '2021-06-30'], { env: { PHOIHOP_ROOT: root } });
    expect(fromEnv.exitCode).toBe(0);
    expect(JSON.parse(fromEnv.stdout).programmes.map((p: { id: string }) => p.id)).toEqual(['thu-nghiem']);
    const given = await run(['status', '--format', 'json', '--as-of', '2021-06-30', '--root', DATA], { env: { PHOIHOP_ROOT: root } });
    expect(JSON.parse(given.stdout).programmes.map((p: { id: string }) => p.id)).toEqual(['dan-van-2017-2021']);
    // A relative $PHOIHOP_ROOT is read from the current folder, and named as written.
    const relative = await run(['status', '--root', 'khong-co'], { cwd: path.dirname(root) });
    expect(relative.stderr).toBe('phoihop: không tìm thấy thư mục hồ sơ khong-co\n');
    const relativeEnv = await run(['status', '--as-of', '2021-06-30', '--format', 'json'], { cwd: path.dirname(root), env: { PHOIHOP_ROOT: path.basename(root) } });
    expect(JSON.parse(relativeEnv.stdout).programmes[0].id).toBe('thu-nghiem');
  });

  it('without --root, ./data is the root when it holds records, and a programme folder is found as the current folder', async () => {
    const here = emptyFolder();
    cpSync(DATA, path.join(here, 'data'), { recursive: true });
    const viaData = await run(['status', '--format', 'json', '--as-of', '2021-06-30'], { cwd: here });
    expect(JSON.parse(viaData.stdout).programmes[0].id).toBe('dan-van-2017-2021');
    // A folder named data that holds no records is not taken for the root.
    const other = emptyFolder();
    mkdirSync(path.join(other, 'data'));
    mkdirSync(path.join(other, '.git'));
    const refused = await run(['status'], { cwd: other });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/^phoihop: không tìm thấy kho hồ sơ ở /);
    // A lone programme folder (programme.yaml, no root files above) is its own root.
    const lone = path.join(emptyFolder(), 'p');
    mkdirSync(path.join(lone, '.git'), { recursive: true });
    for (const [file, text] of Object.entries(baseRoot())) {
      if (!file.startsWith('p/')) continue;
      mkdirSync(path.dirname(path.join(lone, file.slice(2))), { recursive: true });
      writeFileSync(path.join(lone, file.slice(2)), text);
    }
    const loneStatus = await run(['status', '--format', 'json', '--as-of', '2021-06-30'], { cwd: lone });
    expect(loneStatus.exitCode).toBe(0);
    expect(JSON.parse(loneStatus.stdout).programmes[0].id).toBe('thu-nghiem');
  });

  it('the root found is named as the user would write it: data, ., or the path up to it', async () => {
    const rootOf = async (cwd: string) => {
      const result = await run(['validate', '--format', 'json'], { cwd });
      expect(result.exitCode, cwd).toBe(0);
      return JSON.parse(result.stdout).root as string;
    };
    const here = emptyFolder();
    cpSync(DATA, path.join(here, 'data'), { recursive: true });
    expect(await rootOf(here)).toBe('data');
    expect(await rootOf(path.join(here, 'data'))).toBe('.');
    expect(await rootOf(path.join(here, 'data', 'dan-van-2017-2021', 'tasks'))).toBe(path.join('..', '..'));
  });

  it('found upwards, a root is marked by agencies.yaml or by phoihop.yaml alone, and never looked for above the git repository', async () => {
    const rootOf = async (cwd: string) => JSON.parse((await run(['validate', '--format', 'json'], { cwd })).stdout).root as string;
    const agenciesOnly = writeRoot(baseRoot());
    expect(await rootOf(path.join(agenciesOnly, 'p', 'tasks'))).toBe(path.join('..', '..'));
    const settingsOnly = writeRoot({ ...baseRoot(), 'phoihop.yaml': 'lang: vi\n' });
    rmSync(path.join(settingsOnly, 'agencies.yaml'));
    expect(await rootOf(path.join(settingsOnly, 'p'))).toBe('..');
    // A git repository inside a records root is a world of its own: the root above it is not taken.
    const outer = writeRoot(baseRoot());
    const repo = path.join(outer, 'p', 'tasks');
    mkdirSync(path.join(repo, '.git'));
    const inside = await run(['validate'], { cwd: repo });
    expect(inside.exitCode).toBe(2);
    expect(inside.stderr).toBe(`phoihop: không tìm thấy kho hồ sơ ở ${repo} hay các thư mục cha (cần agencies.yaml hoặc phoihop.yaml ở gốc kho); chạy lệnh trong thư mục kho hồ sơ hoặc chỉ rõ bằng --root, ví dụ: phoihop validate --root ~/ho-so-phoi-hop\n`);
  });

  it('a report on records with errors still comes out (exit 0) and says on stderr that it may be incomplete', async () => {
    const files = baseRoot();
    files['p/tasks/T2.yaml'] = files['p/tasks/T2.yaml']!.replace(/^lead: .*$/m, 'lead: [khong, hop, le]');
    const root = writeRoot(files);
    const vi = await run(['status', '--root', root, '--as-of', '2021-06-30']);
    expect(vi.exitCode).toBe(0);
    expect(vi.stdout).toContain('T1');
    expect(vi.stderr).toBe('cảnh báo: hồ sơ còn 1 lỗi nên báo cáo có thể thiếu; chạy "phoihop validate" để xem chi tiết\n');
    const en = await run(['--lang', 'en', 'overdue', '--root', root, '--as-of', '2021-06-30']);
    expect(en.exitCode).toBe(0);
    expect(en.stderr).toBe('warning: the records have 1 errors, so this report may be incomplete; run "phoihop validate" for details\n');
  });
});

describe('phoihop.yaml settings', () => {
  it('lang: en speaks English without --lang; --lang vi wins over it', async () => {
    const root = sampleCopy('lang: en\n');
    expect(await run(['status', '--root', root, '--as-of', '2021-13-01'])).toEqual({ exitCode: 2, stdout: '', stderr: 'phoihop: "2021-13-01" is not a valid date; write YYYY-MM-DD, for example 2024-12-31\n' });
    expect((await run(['status', '--root', root, '--programme', 'x'])).stderr).toBe('phoihop: there is no programme "x"; programmes: dan-van-2017-2021\n');
    expect((await run(['--lang', 'vi', 'status', '--root', root, '--as-of', '2021-13-01'])).stderr).toBe('phoihop: ngày "2021-13-01" không hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2024-12-31\n');
    const csv = await run(['status', '--root', root, '--as-of', '2021-12-20', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^programme,content,task,/);
    // Before the root is read, a message can only be in --lang's language (or Vietnamese).
    expect((await run(['status', '--root', path.join(root, 'khong-co')])).stderr).toMatch(/^phoihop: không tìm thấy thư mục hồ sơ /);
  });

  it('"today" is in the time zone phoihop.yaml names, else Asia/Ho_Chi_Minh (an unknown zone falls back to it)', async () => {
    // 03:00 UTC on 16 December 2021: 10:00 on the 16th in Hanoi, 22:00 on the 15th in New York.
    const now = new Date('2021-12-16T03:00:00Z');
    const asOf = async (settings?: string) => {
      const r = await run(['overdue', '--root', sampleCopy(settings), '--format', 'json'], { now: () => now });
      expect(r.exitCode).toBe(0);
      return JSON.parse(r.stdout).as_of as string;
    };
    expect(await asOf()).toBe('2021-12-16');
    expect(await asOf('timezone: America/New_York\n')).toBe('2021-12-15');
    expect(await asOf('timezone: Mars/Olympus_Mons\n')).toBe('2021-12-16');
    expect(await asOf('lang: vi\n')).toBe('2021-12-16');
    // 20:00 UTC on 15 December: already the 16th in Hanoi, still the 15th in UTC (a CI runner's zone).
    const evening = new Date('2021-12-15T20:00:00Z');
    expect(JSON.parse((await run(['overdue', '--root', sampleCopy('timezone: UTC\n'), '--format', 'json'], { now: () => evening })).stdout).as_of).toBe('2021-12-15');
    expect(JSON.parse((await run(['overdue', '--root', sampleCopy('timezone: Asia/Tokyo\n'), '--format', 'json'], { now: () => evening })).stdout).as_of).toBe('2021-12-16');
  });

  it('soon: in phoihop.yaml is the default of --within, and --within wins', async () => {
    const now = new Date('2021-12-01T05:00:00Z');
    const dueSoon = async (root: string, extra: string[] = []) => (JSON.parse((await run(['overdue', '--root', root, '--format', 'json', ...extra], { now: () => now })).stdout) as { due_soon: unknown[]; within?: number }).due_soon.length;
    const wide = sampleCopy('soon: 30\n');
    const narrow = sampleCopy('soon: 0\n');
    expect(await dueSoon(wide)).toBeGreaterThan(0);
    expect(await dueSoon(narrow)).toBe(0);
    expect(await dueSoon(narrow, ['--within', '30'])).toBe(await dueSoon(wide));
  });

  it('a phoihop.yaml that is broken, not a mapping, or a folder leaves the defaults and the report comes out', async () => {
    const now = new Date('2021-12-15T20:00:00Z');
    for (const settings of ['lang: [en\n', '- lang: en\n', 'lang: fr\ntimezone: 7\n']) {
      const result = await run(['overdue', '--root', sampleCopy(settings), '--format', 'json'], { now: () => now });
      expect(result.exitCode, settings).toBe(0);
      expect(JSON.parse(result.stdout).as_of, settings).toBe('2021-12-16');
    }
    // An empty file is no settings at all.
    const empty = sampleCopy('');
    expect((await run(['status', '--root', empty, '--as-of', '2021-13-01'])).stderr).toMatch(/^phoihop: ngày "2021-13-01"/);
    // A folder named phoihop.yaml cannot be read as settings.
    const dir = sampleCopy();
    rmSync(path.join(dir, 'phoihop.yaml'));
    mkdirSync(path.join(dir, 'phoihop.yaml'));
    const result = await run(['overdue', '--root', dir, '--format', 'json'], { now: () => now });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).as_of).toBe('2021-12-16');
  });
});

describe('colour', () => {
  // A root with a finding: validate prints it in colour when colour is wanted.
  const withFinding = () => {
    const files = baseRoot();
    files['p/tasks/T2.yaml'] = files['p/tasks/T2.yaml']!.replace(/^lead: .*$/m, 'lead: ban-khong-co');
    return writeRoot(files);
  };
  const ESC = '\u001b[';

  it.each([
    ['on a terminal', true, {}, true],
    ['piped', false, {}, false],
    ['on a terminal with NO_COLOR=1', true, { NO_COLOR: '1' }, false],
    ['on a terminal with NO_COLOR empty (unset, as no-color.org says)', true, { NO_COLOR: '' }, true],
    ['piped with FORCE_COLOR=1', false, { FORCE_COLOR: '1' }, true],
    ['piped with FORCE_COLOR=true', false, { FORCE_COLOR: 'true' }, true],
    ['piped with FORCE_COLOR=1 and NO_COLOR=1 (forcing wins)', false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['piped with FORCE_COLOR=0', false, { FORCE_COLOR: '0' }, false],
    ['piped with FORCE_COLOR=false', false, { FORCE_COLOR: 'false' }, false],
    ['on a terminal with FORCE_COLOR=0 (off, as for Node itself)', true, { FORCE_COLOR: '0' }, false],
    ['on a terminal with FORCE_COLOR=false', true, { FORCE_COLOR: 'false' }, false],
    ['on a terminal with FORCE_COLOR=0 and NO_COLOR empty', true, { FORCE_COLOR: '0', NO_COLOR: '' }, false],
  ] as const)('%s', async (_name, tty, env, coloured) => {
    const result = await run(['validate', '--root', withFinding()], { tty, env: { ...env } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('ban-khong-co');
    expect(result.stdout.includes(ESC)).toBe(coloured);
  });
});

describe('the screen', () => {
  const tableWidth = (text: string) => Math.max(...text.split('\n').filter((l) => /^[│┌├└]/.test(l)).map((l) => [...l].length));
  // NO_COLOR: widths are counted in characters, colour codes would add to them.
  const status = (setting: Setting, extra: string[] = []) => run(['status', '--root', DATA, '--as-of', '2019-06-30', ...extra], { ...setting, env: { NO_COLOR: '1', ...setting.env } });

  it('piped, tables are $COLUMNS wide, else 80 (a $COLUMNS that is no positive whole number is ignored)', async () => {
    expect(tableWidth((await status({})).stdout)).toBe(80);
    expect(tableWidth((await status({ env: { COLUMNS: '120' } })).stdout)).toBe(120);
    expect(tableWidth((await status({ env: { COLUMNS: '100' }, columns: 60 })).stdout)).toBe(100);
    for (const COLUMNS of ['abc', '0', '-100', '90.5', '']) expect(tableWidth((await status({ env: { COLUMNS } })).stdout), COLUMNS).toBe(80);
  });

  it('overdue: piped at 120 columns the period has a column of its own; with --output, 80 columns and the period under the due day, whatever the screen', async () => {
    const overdue = (setting: Setting, extra: string[] = []) => run(['overdue', '--root', DATA, '--as-of', '2021-12-20', ...extra], { ...setting, env: { NO_COLOR: '1', ...setting.env } });
    const wide = (await overdue({ env: { COLUMNS: '120' } })).stdout;
    expect(tableWidth(wide)).toBe(120);
    expect(wide).toMatch(/│ Việc +│ Kỳ +│ Hạn +│/);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-overdue-output-')), 'quahan.txt');
    expect((await overdue({ tty: true, columns: 150, env: { COLUMNS: '150' } }, ['--output', file])).exitCode).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(tableWidth(written)).toBe(80);
    expect(written).toMatch(/│ Việc +│ Hạn +│ Quá hạn │/);
    expect(written).toContain('│ (năm 2019) │');
  });

  it('status: piped at 120 columns the lead and schedule have columns of their own; with --output, 80 columns, four of them, whatever the screen', async () => {
    const wide = (await status({ env: { COLUMNS: '120' } })).stdout;
    expect(tableWidth(wide)).toBe(120);
    expect(wide).toMatch(/│ Mã +│ Nhiệm vụ +│ Chủ trì +│ Lịch +│ Hạn tới +│/);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-status-output-')), 'tinh-hinh.txt');
    expect((await status({ tty: true, columns: 150, env: { COLUMNS: '150' } }, ['--output', file])).exitCode).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(tableWidth(written)).toBe(80);
    expect(written).toMatch(/│ Nhiệm vụ +│ Hạn tới +│ Báo cáo gần +│ Tình trạng +│/);
    expect(written).toMatch(/│ NV01 Hằng năm ban hành kế +│/);
    expect(written).toMatch(/│ Chủ trì: BDV Tỉnh ủy +│/);
  });

  it('on a terminal, tables fit its width ($COLUMNS when it gives none, else 80)', async () => {
    expect(tableWidth((await status({ tty: true, columns: 100, env: { COLUMNS: '150' } }, ['--all'])).stdout)).toBe(100);
    expect(tableWidth((await status({ tty: true, env: { COLUMNS: '110' } }, ['--all'])).stdout)).toBe(110);
    expect(tableWidth((await status({ tty: true, columns: 0, env: { COLUMNS: '90' } }, ['--all'])).stdout)).toBe(90);
    expect(tableWidth((await status({ tty: true }, ['--all'])).stdout)).toBe(80);
  });

  it('on a terminal, a long listing stops 4 lines short of its height ($LINES, else 24; at least 12 lines)', async () => {
    const lines = async (setting: Setting) => (await status({ tty: true, ...setting })).stdout.trimEnd().split('\n').length;
    const note = /… còn (\d+) dòng chưa hiện cho vừa màn hình/;
    const short = await status({ tty: true, rows: 16 });
    expect(short.stdout).toMatch(note);
    // Rows are never split: the listing stops at the last whole row that fits.
    expect(await lines({ rows: 16 })).toBeLessThanOrEqual(12);
    expect(await lines({ rows: 60 })).toBeLessThanOrEqual(56);
    expect(await lines({ rows: 60 })).toBeGreaterThan(await lines({ rows: 30 }));
    expect(await lines({ rows: 30 })).toBeGreaterThan(await lines({ rows: 16 }));
    // The terminal's own height first, then $LINES, then 24; never fewer than 12 lines.
    const of = async (setting: Setting) => (await status({ tty: true, ...setting })).stdout;
    expect(await of({ env: { LINES: '40' } })).toBe(await of({ rows: 40 }));
    expect(await of({ rows: 40, env: { LINES: '16' } })).toBe(await of({ rows: 40 }));
    expect(await of({})).toBe(await of({ rows: 24 }));
    expect(await of({ env: { LINES: 'many' } })).toBe(await of({ rows: 24 }));
    expect(await of({ rows: 5 })).toBe(await of({ rows: 16 }));
    expect(await of({ rows: 24 })).not.toBe(await of({ rows: 40 }));
    // Piped, or with --all (and no pager), nothing is cut.
    expect((await status({ env: { LINES: '20' } })).stdout).not.toMatch(note);
    expect((await status({ tty: true, rows: 20 }, ['--all'])).stdout).not.toMatch(note);
  });

  it('the note under a cut listing repeats the command line with --all, quoted for the shell', async () => {
    const root = sampleCopy(undefined, "hồ sơ 'cũ'");
    const cut = await run(['status', '--root', root, '--as-of', '2019-06-30', '--lead', 'bdv-tu'], { tty: true, rows: 16, env: { NO_COLOR: '1' } });
    expect(cut.exitCode).toBe(0);
    const quoted = `'${root.replace(/'/g, "'\\''")}'`;
    expect(cut.stdout).toContain(`Xem tất cả: phoihop status --root ${quoted} --as-of 2019-06-30 --lead bdv-tu --all`);
    const en = await run(['--lang', 'en', 'overdue', '--root', root, '--as-of', '2021-06-30', '--within', '400'], { tty: true, rows: 16, env: { NO_COLOR: '1' } });
    expect(en.stdout).toContain(`phoihop --lang en overdue --root ${quoted} --as-of 2021-06-30 --within 400 --all`);
    // A value that only ends like a plain word is quoted whole.
    const lead = await run(['status', '--root', DATA, '--as-of', '2019-06-30', '--lead', 'bdv tinh uy'], { tty: true, rows: 16, env: { NO_COLOR: '1' } });
    expect(lead.stdout).toContain(`Xem tất cả: phoihop status --root ${DATA} --as-of 2019-06-30 --lead 'bdv tinh uy' --all`);
  });
});

describe('--all on a terminal: the pager', () => {
  const all = (setting: Setting, root = DATA) => run(['status', '--root', root, '--as-of', '2019-06-30', '--all'], { tty: true, env: { NO_COLOR: '1' }, ...setting });

  it('a listing taller than the screen goes to the pager whole, and nothing to stdout', async () => {
    const paged: string[] = [];
    const result = await all({ rows: 30, page: async (text) => (paged.push(text), true) });
    expect(result).toMatchObject({ exitCode: 0, stdout: '' });
    expect(paged).toHaveLength(1);
    expect(paged[0]!.split('\n').filter((l) => /^│ NV\d\d/.test(l))).toHaveLength(15);
    expect(paged[0]).not.toContain('chưa hiện');
  });

  it('when no pager could start, the whole listing is printed instead', async () => {
    const result = await all({ rows: 30, page: async () => false });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n').filter((l) => /^│ NV\d\d/.test(l))).toHaveLength(15);
  });

  it('a listing that fits the screen, or output that is not a terminal, is printed without the pager', async () => {
    const paged: string[] = [];
    const page = async (text: string) => (paged.push(text), true);
    const small = writeRoot(baseRoot());
    const fits = await run(['status', '--root', small, '--as-of', '2021-06-30', '--all'], { tty: true, rows: 60, env: { NO_COLOR: '1' }, page });
    expect(fits.stdout).toContain('│ T1 ');
    const lines = fits.stdout.split('\n').length - 1;
    // Exactly as tall as the screen still fits; one line more does not.
    expect((await run(['status', '--root', small, '--as-of', '2021-06-30', '--all'], { tty: true, rows: lines, env: { NO_COLOR: '1' }, page })).stdout).toBe(fits.stdout);
    expect(paged).toEqual([]);
    expect((await run(['status', '--root', small, '--as-of', '2021-06-30', '--all'], { tty: true, rows: lines - 1, env: { NO_COLOR: '1' }, page })).stdout).toBe('');
    expect(paged).toEqual([fits.stdout]);
    const piped = await run(['status', '--root', DATA, '--as-of', '2019-06-30', '--all'], { tty: false, rows: 10, page });
    expect(piped.stdout.split('\n').filter((l) => /^│ NV\d\d/.test(l))).toHaveLength(15);
    expect(paged).toHaveLength(1);
  });
});

describe('--all on a terminal: the pager for overdue', () => {
  it('pages the whole overdue listing with --all, and a listing that is never cut (JSON) without it prints as it is', async () => {
    const paged: string[] = [];
    const page = async (text: string) => (paged.push(text), true);
    const args = ['overdue', '--root', DATA, '--as-of', '2021-06-30', '--within', '400'];
    const all = await run([...args, '--all'], { tty: true, rows: 16, env: { NO_COLOR: '1' }, page });
    expect(all).toMatchObject({ exitCode: 0, stdout: '' });
    expect(paged).toHaveLength(1);
    expect(paged[0]!.split('\n').length).toBeGreaterThan(16);
    const json = await run([...args, '--format', 'json'], { tty: true, rows: 16, env: { NO_COLOR: '1' }, page });
    expect(json.stdout.split('\n').length).toBeGreaterThan(16);
    expect(JSON.parse(json.stdout)).toHaveProperty('overdue');
    expect(paged).toHaveLength(1);
  });
});

describe('when phoihop itself fails', () => {
  it('an unexpected error says it is phoihop\'s, not the records\', with the text to report; exit 2', async () => {
    const broken = (s: string | Uint8Array) => {
      if (String(s).length) throw new Error('đĩa hỏng giữa chừng');
    };
    const vi = await run(['status', '--root', DATA, '--as-of', '2021-06-30'], { stdoutWrite: broken });
    expect(vi.exitCode).toBe(2);
    expect(vi.stderr).toMatch(/^phoihop: lỗi nội bộ của phoihop \(không phải lỗi của hồ sơ\); vui lòng báo lại kèm nội dung dưới đây\nError: đĩa hỏng giữa chừng\n\s+at /);
    const en = await run(['--lang', 'en', 'status', '--root', DATA, '--as-of', '2021-06-30'], { stdoutWrite: broken });
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toMatch(/^phoihop: internal error in phoihop \(not a problem with the records\); please report it with the text below\nError: đĩa hỏng giữa chừng\n/);
  });

  it('something thrown that is not an Error (even null) is still reported, never thrown on', async () => {
    for (const [thrown, shown] of [
      ['a text', 'a text'],
      [null, 'null'],
      [undefined, 'undefined'],
      [42, '42'],
    ] as const) {
      const result = await run(['--lang', 'en', 'status', '--root', DATA, '--as-of', '2021-06-30'], {
        stdoutWrite: () => {
          throw thrown;
        },
      });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toBe(`phoihop: internal error in phoihop (not a problem with the records); please report it with the text below\n${shown}\n`);
    }
  });

  it('an expected failure is one line, never a stack trace', async () => {
    for (const argv of [['status', '--root', '/no/such'], ['overdue', '--root', DATA, '--within', 'x'], ['statuz'], ['report']]) {
      const result = await run(argv);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).not.toMatch(STACK);
    }
  });
});
