import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { writeRoot, type RootFiles } from '../helpers/roots.js';
import { BIN, REPO, runBin } from '../helpers/bin.js';
import { strykerEnv } from '../helpers/stryker-children.js';

// The officer's terminal, through the built bin (npm run build), with a pseudo-terminal where a
// TTY matters (util-linux `script`), at 80 columns.
const run = promisify(execFile);
vi.setConfig({ testTimeout: 60_000 });
const ENV = { PATH: process.env.PATH ?? '', COLUMNS: '80', TZ: 'UTC' };

/** The bin piped (not a terminal), at 80 columns in UTC. */
const phoihop = (args: string[], options: { cwd?: string } = {}) => runBin(args, { cwd: options.cwd, env: ENV });

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the bin on a pseudo-terminal of 80 columns; each answer is typed after a pause so that
 * the question is on the screen first. Returns the screen (stdout and stderr together) and the exit code.
 */
async function onTerminal(args: string[], answers: string[] = [], cwd = REPO): Promise<{ code: number; screen: string }> {
  const command = `stty cols 80 rows 50; ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}`;
  const typing = answers.map((a) => `sleep 1; printf '%s\\r' ${quote(a)}`).join('; ');
  const shell = `(${typing || 'true'}; sleep 1) | script -qfec ${quote(command)} /dev/null`;
  try {
    const { stdout } = await run('sh', ['-c', shell], { cwd, env: { ...ENV, ...strykerEnv() }, timeout: 30_000 });
    return { code: 0, screen: stdout.replace(/\r/g, '') };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, screen: e.stdout.replace(/\r/g, '') };
  }
}

/** A programme with one quarterly task, for choosing report periods. */
function quarterlyRoot(reports: string): RootFiles {
  return {
    'agencies.yaml': 'agencies:\n  - { id: ban-a, name: Ban A, short: BA }\n  - { id: ban-b, name: Ban B }\n',
    'p/programme.yaml': `id: thu-nghiem
title: Chương trình thử nghiệm
signed_on: 2024-01-02
period: { from: 2024-01-02, to: 2025-12-31 }
parties:
  - { agency: ban-a, signatory: Nguyễn Văn A }
  - { agency: ban-b, signatory: Trần Thị B }
declared: { contents: 1, tasks: 2 }
contents:
  - { id: ND1, title: Nội dung một }
evaluation: { due: "12-15" }
`,
    'p/tasks/Q1.yaml': `id: Q1
title: Việc hằng quý
contents: [ND1]
lead: ban-a
partners: []
schedule: { every: quarter, due: ["03-25", "06-25", "09-25", "12-25"] }
status: active
reports:
${reports}`,
    'p/tasks/T2.yaml': `id: T2
title: Việc hằng năm
contents: [ND1]
lead: ban-b
partners: []
schedule: { every: year, due: ["12-10"] }
status: active
reports: []
`,
  };
}

const quarterReport = (q: number, on: string) => `  - period: "2024-Q${q}"\n    on: ${on}\n    state: done\n`;

describe('the first screen', () => {
  it('npm start shows the sample as of a day inside its period and says so in the heading', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: { start: string } };
    const args = pkg.scripts.start.replace(/^node bin\/phoihop\.js /, '').split(' ');
    const { stdout, code } = await phoihop(args);
    expect(code).toBe(0);
    // The title wraps at 80 columns: the period line is the first after it.
    const lines = stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Giai đoạn'));
    const [period, note] = [lines[at], lines[at + 1]];
    expect(period).toMatch(/Tính đến ngày 20\/12\/2019$/);
    expect(note).toContain('Hồ sơ mẫu, xem như tại ngày 20/12/2019');
    // Nothing is years overdue on the first screen.
    expect(stdout).not.toMatch(/\d\.\d{3} ngày/);
  });
});

describe('filters', () => {
  const asOf = ['--as-of', '2021-12-20'];
  it('accept the name the table shows, in any case and without tone marks, and say what matched', async () => {
    const shown = await phoihop(['status', ...asOf, '--lead', 'BDV Tỉnh ủy']);
    const folded = await phoihop(['status', ...asOf, '--lead', 'bdv tinh uy']);
    const full = await phoihop(['status', ...asOf, '--lead', 'Ban Dân vận Tỉnh Uỷ']);
    const id = await phoihop(['status', ...asOf, '--lead', 'bdv-tu']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Lọc theo cơ quan chủ trì BDV Tỉnh ủy (bdv-tu)');
    expect(folded.stdout).toBe(shown.stdout);
    expect(full.stdout).toBe(shown.stdout);
    expect(id.stdout).toBe(shown.stdout);
    expect(shown.stdout).not.toContain('BCSĐ UBND tỉnh │');
  });

  it('footers count what is shown', async () => {
    const { stdout } = await phoihop(['status', ...asOf, '--content', 'nd3']);
    const rows = stdout.split('\n').filter((l) => /^│ NV\d+/.test(l)).length;
    expect(stdout).toContain('Lọc theo nội dung ND3.');
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^Hiển thị ${rows}/\\d+ nhiệm vụ`));
  });

  it('an unknown value is a usage error (exit 2) with did-you-mean, never an empty table', async () => {
    const content = await phoihop(['status', '--content', 'ND99']);
    expect(content.code).toBe(2);
    expect(content.stdout).toBe('');
    expect(content.stderr).toMatch(/^phoihop: không có nội dung "ND99"; có phải ý bạn là ND\d/);
    const lead = await phoihop(['status', '--lead', 'BDV Tinh uyy']);
    expect(lead.code).toBe(2);
    expect(lead.stderr).toContain('có phải ý bạn là BDV Tỉnh ủy (bdv-tu)?');
  });

  it('a name that fits several agencies lists them (exit 2)', async () => {
    const { code, stderr } = await phoihop(['status', '--lead', 'ban dan']);
    expect(code).toBe(2);
    expect(stderr).toContain('khớp với nhiều cơ quan: BDV Tỉnh ủy (bdv-tu), Ban Dân tộc (ban-dan-toc)');
  });

  it('known values that match no task say so (exit 0)', async () => {
    const { code, stdout } = await phoihop(['status', ...asOf, '--lead', 'ban-dan-toc', '--state', 'tạm dừng']);
    expect(code).toBe(0);
    expect(stdout).toContain('Lọc theo cơ quan chủ trì Ban Dân tộc (ban-dan-toc), tình trạng "tạm dừng"');
    expect(stdout).toContain('Không có nhiệm vụ nào khớp bộ lọc.');
    expect(stdout).not.toContain('┌');
    expect(stdout).toContain('Hiển thị 0/');
  });
});

describe('ids', () => {
  it('are accepted in any case', async () => {
    const lower = await phoihop(['explain', 'nv03', '--as-of', '2021-12-20']);
    expect(lower.code).toBe(0);
    expect(lower.stdout).toMatch(/^NV03 — /);
    const typo = await phoihop(['explain', 'nv3']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('có phải ý bạn là NV03?');
  });

  it('an ambiguous id lists ten programmes, then how many more', async () => {
    const files: RootFiles = { 'agencies.yaml': quarterlyRoot('')['agencies.yaml']! };
    for (let i = 1; i <= 13; i++) {
      const root = quarterlyRoot('  []\n');
      for (const [file, text] of Object.entries(root)) {
        if (file.startsWith('p/')) files[`p${String(i).padStart(2, '0')}/${file.slice(2)}`] = text.replace('id: thu-nghiem', `id: ct-${String(i).padStart(2, '0')}`);
      }
    }
    const root = writeRoot(files);
    const { code, stderr } = await phoihop(['explain', 't2', '--root', root]);
    expect(code).toBe(2);
    expect(stderr).toContain('ct-01, ct-02, ct-03, ct-04, ct-05, ct-06, ct-07, ct-08, ct-09, ct-10 và 3 mục khác;');
    expect(stderr).not.toContain('ct-11');
  });
});

describe('report add chooses the period', () => {
  it('a Q4 report filed on 5 January goes to Q4, and says so', async () => {
    const root = writeRoot(quarterlyRoot([quarterReport(1, '2024-03-20'), quarterReport(2, '2024-06-20'), quarterReport(3, '2024-09-20')].join('')));
    const { code, stderr } = await phoihop(['report', 'add', 'Q1', '--state', 'done', '--on', '2025-01-05', '--root', root]);
    expect(code).toBe(0);
    expect(stderr).toContain('ghi vào kỳ quý IV/2024 (hạn 25/12/2024) của Q1');
    expect(readFileSync(path.join(root, 'p/tasks/Q1.yaml'), 'utf8')).toContain('  - period: "2024-Q4"\n    on: 2025-01-05\n');
  });

  it('two open periods: the earliest in a pipe (naming the other), a choice on a terminal', async () => {
    const files = quarterlyRoot([quarterReport(1, '2024-03-20'), quarterReport(2, '2024-06-20')].join(''));
    const piped = writeRoot(files);
    const inPipe = await phoihop(['report', 'add', 'Q1', '--state', 'done', '--on', '2024-12-20', '--root', piped]);
    expect(inPipe.stderr).toContain('ghi vào kỳ quý III/2024');
    expect(inPipe.stderr).toContain('các kỳ khác chưa hoàn thành: quý IV/2024 (25/12/2024)');
    const tty = writeRoot(files);
    const { screen, code } = await onTerminal(['report', 'add', 'q1', '--state', 'done', '--on', '2024-12-20', '--root', tty], ['2']);
    expect(code).toBe(0);
    expect(screen).toContain('Q1 còn nhiều kỳ chưa hoàn thành; báo cáo cho kỳ nào?');
    expect(screen).toContain('1. quý III/2024 (25/09/2024)');
    expect(readFileSync(path.join(tty, 'p/tasks/Q1.yaml'), 'utf8')).toContain('  - period: "2024-Q4"\n    on: 2024-12-20\n');
  });
});

describe('missing values', () => {
  it('are asked for on a terminal, in Vietnamese, with the programme\'s tasks and the states', async () => {
    const root = writeRoot(quarterlyRoot('  []\n'));
    const { screen, code } = await onTerminal(['report', 'add', '--on', '2024-03-20', '--root', root], ['2', '1']);
    expect(code).toBe(0);
    expect(screen).toContain('Báo cáo cho nhiệm vụ nào?');
    expect(screen).toMatch(/1\. Q1 — Việc hằng quý\n\s+2\. T2 — Việc hằng năm/);
    expect(screen).toContain('Kết quả thực hiện?');
    expect(screen).toContain('1. hoàn thành (done)');
    expect(readFileSync(path.join(root, 'p/tasks/T2.yaml'), 'utf8')).toContain('  - period: "2024"\n    on: 2024-03-20\n    state: done\n');
  });

  it('task status and amend ask too', async () => {
    const root = writeRoot(quarterlyRoot('  []\n'));
    const status = await onTerminal(['task', 'status', 't2', '--root', root, '--dry-run'], ['3']);
    expect(status.screen).toContain('Trạng thái mới của nhiệm vụ?');
    expect(status.screen).toContain('+status: paused');
    const amend = await onTerminal(['amend', '--cancel-task', 'T2', '--root', root, '--dry-run'], ['2', '03-QĐ/BCSĐ', '2024-05-02']);
    expect(amend.screen).toContain('Loại văn bản?');
    expect(amend.screen).toContain('2. điều chỉnh (adjustment)');
    expect(amend.screen).toContain('+kind: adjustment');
  });

  it('evaluation finalise asks which draft year', async () => {
    const files = quarterlyRoot('  []\n');
    files['p/evaluations/2024.yaml'] = 'year: 2024\nstate: draft\nresults: []\n';
    const { screen, code } = await onTerminal(['evaluation', 'finalise', '--root', writeRoot(files)], ['1']);
    expect(screen).toContain('Chốt đánh giá năm nào?');
    expect(screen).toContain('1. 2024');
    // Then the usual check: the draft is not complete yet.
    expect(screen).toContain('held_on');
    expect(code).toBe(1);
  });

  it('in a pipe, fail with the usage line (exit 2)', async () => {
    const root = writeRoot(quarterlyRoot('  []\n'));
    const { code, stderr } = await phoihop(['report', 'add', 'Q1', '--root', root]);
    expect(code).toBe(2);
    expect(stderr).toBe("lỗi: thiếu giá trị bắt buộc '--state <state>'\nCách dùng: phoihop report add [tùy chọn] <task> --state <state>\nxem \"phoihop report add --help\"\n");
  });
});

describe('help in Vietnamese', () => {
  it('has no English words of commander left, and "help COMMAND" works', async () => {
    const top = await phoihop(['--help']);
    expect(top.stdout).toContain('help [lệnh]');
    expect(top.stdout).toContain('hiện hướng dẫn của một lệnh');
    const group = await phoihop(['report', '--help']);
    expect(group.stdout).toContain('Cách dùng: phoihop report [tùy chọn] [lệnh]');
    for (const text of [top.stdout, group.stdout]) expect(text).not.toMatch(/\[options\]|\[command\]|display help|Usage:|Options:/);
    const help = await phoihop(['help', 'status']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Cách dùng: phoihop status \[tùy chọn\]/);
    expect((await phoihop(['help', 'report', 'add'])).stdout).toMatch(/^Cách dùng: phoihop report add \[tùy chọn\] <task> --state <state>/);
    const unknown = await phoihop(['help', 'statuz']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^lỗi: không có lệnh 'statuz'/);
  });

  it('errors are Vietnamese and point at the sub-command\'s help', async () => {
    const amend = await phoihop(['amend', '--kind', 'supplement', '--date', '2021-01-01', '--cancel-task', 'NV01']);
    expect(amend.code).toBe(2);
    expect(amend.stderr).toContain("lỗi: thiếu giá trị bắt buộc '--document <number>'");
    expect(amend.stderr).toContain('xem "phoihop amend --help"');
    const unknown = await phoihop(['report', 'add', 'NV01', '--frobnicate']);
    expect(unknown.stderr).toBe("lỗi: không có tùy chọn '--frobnicate'\nxem \"phoihop report add --help\"\n");
    const extra = await phoihop(['explain', 'a', 'b']);
    expect(extra.stderr).toMatch(/^lỗi: thừa tham số/);
    expect(extra.stderr).toContain('xem "phoihop explain --help"');
    const year = await phoihop(['summary', '--year', '26']);
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('"26" không phải một năm');
    expect(year.stderr).not.toContain('ngày');
  });
});

describe('dates and labels for Vietnamese readers', () => {
  it('due days read as day/month', async () => {
    const { stdout } = await phoihop(['explain', 'NV15', '--as-of', '2021-12-20']);
    expect(stdout).toContain('Lịch: hằng năm (10/12)');
    expect((await phoihop(['explain', 'NV15', '--as-of', '2021-12-20', '--lang', 'en'])).stdout).toContain('Schedule: yearly (10 Dec)');
  });

  it('CSV has Vietnamese headers and labels in vi, machine names in en', async () => {
    const vi = await phoihop(['status', '--as-of', '2021-12-20', '--format', 'csv']);
    const [header, ...rows] = vi.stdout.split('\r\n');
    expect(header).toBe('Chương trình,Nội dung,Mã nhiệm vụ,Nhiệm vụ,Chủ trì,Lịch,Hạn tới,Kỳ báo cáo gần nhất,Kết quả báo cáo gần nhất,Ngày báo cáo gần nhất,Tình trạng,Số kỳ quá hạn,Số ngày quá hạn lâu nhất');
    const body = rows.join('\n');
    expect(body).not.toMatch(/,(on_track|half-year|quarter|overdue|done|year),/);
    expect(body).toMatch(/,6 tháng,/);
    expect(body).toMatch(/,quá hạn,/);
    const overdue = await phoihop(['overdue', '--as-of', '2021-12-20', '--format', 'csv']);
    expect(overdue.stdout.split('\r\n')[0]).toBe('Danh sách,Chương trình,Loại việc,Mã nhiệm vụ,Kỳ,Hạn,Quá hạn (ngày),Còn (ngày),Chủ trì,Lý do');
    expect(overdue.stdout).toMatch(/\r\nquá hạn,[^,]+,nhiệm vụ,NV\d+,/);
    const en = await phoihop(['status', '--as-of', '2021-12-20', '--format', 'csv', '--lang', 'en']);
    expect(en.stdout.split('\r\n')[0]).toMatch(/^programme,content,task,/);
  });
});

describe('init', () => {
  it('quotes titles, leaves the evaluation to "evaluation new", and quotes the cd hint', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'phoihop-init-'));
    const result = await phoihop(['init', 'hồ sơ phối hợp'], { cwd: parent });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("cd 'hồ sơ phối hợp' && git init");
    const dir = path.join(parent, 'hồ sơ phối hợp');
    const programme = readFileSync(path.join(dir, 'chuong-trinh-mau/programme.yaml'), 'utf8');
    expect(programme).toMatch(/^title: "[^"]+"/m);
    expect(programme).toContain('{ id: ND1, title: "');
    expect(readFileSync(path.join(dir, 'chuong-trinh-mau/tasks/NV01.yaml'), 'utf8')).toMatch(/^title: "[^"]+"/m);
    // A title with a comma, as most Vietnamese titles have, keeps the record valid.
    const withComma = programme.replace('Tên nội dung phối hợp thứ nhất', 'Tuyên truyền, vận động nhân dân');
    expect(withComma).not.toBe(programme);
    cpSync(dir, `${dir}-2`, { recursive: true });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(`${dir}-2`, 'chuong-trinh-mau/programme.yaml'), withComma);
    expect((await phoihop(['validate', '--root', `${dir}-2`])).code).toBe(0);
    const year = new Date().getUTCFullYear();
    expect(existsSync(path.join(dir, `chuong-trinh-mau/evaluations/${year}.yaml`))).toBe(false);
    const created = await phoihop(['evaluation', 'new', String(year), '--root', dir]);
    expect(created.code).toBe(0);
    expect(existsSync(path.join(dir, `chuong-trinh-mau/evaluations/${year}.yaml`))).toBe(true);
    expect((await phoihop(['validate', '--root', dir])).code).toBe(0);
  });
});

describe('evaluation finalise', () => {
  it('on a file with a schema error says what is wrong with it', async () => {
    const files = quarterlyRoot('  []\n');
    files['p/evaluations/2024.yaml'] = 'year: 2024\nstate: drafty\nresults: []\n';
    const root = writeRoot(files);
    const { code, stdout, stderr } = await phoihop(['evaluation', 'finalise', '2024', '--root', root]);
    expect(code).toBe(1);
    expect(stdout).toContain('p/evaluations/2024.yaml:2:8');
    expect(stdout).toContain('"drafty"');
    expect(stderr).toContain('p/evaluations/2024.yaml có 1 lỗi');
    expect(stderr).not.toContain('chưa có');
  });
});
