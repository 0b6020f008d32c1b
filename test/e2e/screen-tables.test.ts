import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateRoot } from '../../bench/generate.mjs';
import { displayWidth } from '../../src/views/text-wrap.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(REPO, 'bin/phoihop.js');
const DATA = path.join(REPO, 'data');
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8', TERM: 'xterm' };

/** Runs the real bin on a pseudo-terminal of `cols` × `rows` (util-linux `script`); its screen, and the exit code. */
function onTerminal(args: string[], { cols = 80, rows = 30, env = {} }: { cols?: number; rows?: number; env?: Record<string, string> } = {}): { screen: string; code: number } {
  const command = `stty cols ${cols} rows ${rows}; ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...ENV, NO_COLOR: '1', ...env } });
  return { screen: result.stdout.replace(/\r\n/g, '\n'), code: result.status ?? -1 };
}

const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('tables on an 80-column terminal', () => {
  it.each([
    ['status', ['status', '--root', DATA, '--as-of', '2019-06-30', '--all']],
    ['overdue', ['overdue', '--root', DATA, '--as-of', '2021-06-30', '--all']],
    ['explain', ['explain', 'NV03', '--root', DATA, '--as-of', '2021-06-30']],
    ['summary --term', ['summary', '--term', '--root', DATA, '--as-of', '2021-12-31']],
  ])('%s fits: no line of a table is wider than the screen', (_name, args) => {
    const { screen, code } = onTerminal(args, { env: { PAGER: 'cat' } });
    expect(code).toBe(0);
    const tableLines = screen.split('\n').filter((l) => /^[│┌├└]|^\S.*  \S/.test(l) && !l.startsWith('- '));
    expect(tableLines.length).toBeGreaterThan(3);
    expect(Math.max(...tableLines.map(displayWidth))).toBeLessThanOrEqual(80);
  });

  it('status uses agencies\' short names (on a line of the task\'s cell), and wraps long titles inside the cell', () => {
    const { screen } = onTerminal(['status', '--root', DATA, '--as-of', '2019-06-30', '--all'], { env: { PAGER: 'cat' } });
    expect(screen).toMatch(/│ Chủ trì: BCSĐ UBND tỉnh +│/);
    expect(screen).toMatch(/│ NV01 Hằng năm ban hành kế +│/);
    expect(screen).not.toContain('Ban cán sự đảng Ủy ban nhân dân tỉnh');
  });

  it('a listing longer than the screen stops at what fits and says how to see the rest', () => {
    const { screen, code } = onTerminal(['status', '--root', DATA, '--as-of', '2019-06-30'], { rows: 30 });
    expect(code).toBe(0);
    expect(screen.trimEnd().split('\n').length).toBeLessThanOrEqual(30);
    const note = /… còn (\d+) dòng chưa hiện cho vừa màn hình\. Xem tất cả: phoihop status --root \S+ --as-of 2019-06-30 --all/.exec(screen);
    expect(note).not.toBeNull();
    const shown = screen.split('\n').filter((l) => /^│ NV\d\d/.test(l)).length;
    expect(shown + Number(note![1])).toBe(15);
  });

  it('--all on a terminal shows every row through the pager', () => {
    const { screen } = onTerminal(['status', '--root', DATA, '--as-of', '2019-06-30', '--all'], { rows: 30, env: { PAGER: "sed 's/^/PAGED /'" } });
    expect(screen.split('\n').filter((l) => /^PAGED │ NV\d\d/.test(l))).toHaveLength(15);
    expect(screen).not.toContain('chưa hiện');
  });

  it('overdue below 100 columns puts the period under the due day, so the item keeps room; at 120 each has a column', () => {
    const args = ['overdue', '--root', DATA, '--as-of', '2021-12-20', '--all'];
    const narrow = onTerminal(args, { env: { PAGER: 'cat' } }).screen;
    expect(narrow).toMatch(/│ Việc +│ Hạn +│ Quá hạn │/);
    expect(narrow).toMatch(/│ NV10 Kiểm tra liên ngành việc +│ 15\/11\/2019 │/);
    expect(narrow).toMatch(/│ thực hiện công tác dân vận +│ \(năm 2019\) │/);
    const wide = onTerminal(args, { cols: 120, env: { PAGER: 'cat' } }).screen;
    expect(wide).toMatch(/│ Việc +│ Kỳ +│ Hạn +│ Quá hạn │/);
    expect(wide).toMatch(/│ năm 2019 +│ 15\/11\/2019 │/);
    expect(Math.max(...wide.split('\n').map(displayWidth))).toBeLessThanOrEqual(120);
  });

  it('piped (not a terminal), tables are 80 columns wide and nothing is left out', () => {
    const out = execFileSync(process.execPath, [BIN, 'status', '--root', DATA, '--as-of', '2019-06-30'], { encoding: 'utf8', env: ENV });
    expect(widest(out.split('\n').filter((l) => /^[│┌├└]/.test(l)).join('\n'))).toBe(80);
    expect(out.split('\n').filter((l) => /^│ NV\d\d/.test(l))).toHaveLength(15);
    expect(out).not.toContain('chưa hiện');
  });
});

describe('piping into head', () => {
  let root: string;
  beforeAll(() => {
    root = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-pipe-')), 'root');
    generateRoot(root, 20);
  }, 60_000);

  it('ends quietly with exit 0 when the reader goes away (EPIPE)', () => {
    const result = spawnSync('bash', ['-c', `${quote(process.execPath)} ${quote(BIN)} status --root ${quote(root)} --as-of 2024-06-30 | head -n 2; echo "exit=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', env: ENV });
    expect(result.stdout.split('\n')).toHaveLength(3);
    expect(result.stderr).toBe('exit=0\n');
  });
});
