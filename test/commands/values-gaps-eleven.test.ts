import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, twoProgrammes, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The real gaps the eleventh round's sample found (docs/testing.md, "src/ as a whole, a fifth
// fresh sample, static mutants included"), each checked by hand: the mutant applied, the test
// failing, the code put back.

describe('evaluation finalise with a year that is not one', () => {
  it.each([
    ['vi', '"21" không phải một năm; viết năm đủ bốn chữ số, ví dụ phoihop evaluation finalise 2021'],
    ['en', '"21" is not a year; write all four digits, for example phoihop evaluation finalise 2021'],
  ])('%s: says so first, before asking which programme is meant', async (lang, said) => {
    const r = await runCli(['--lang', lang, 'evaluation', 'finalise', '21', '--root', writeRoot(twoProgrammes())]);
    expect(r).toEqual({ exitCode: 2, stdout: '', stderr: `phoihop: ${said}\n` });
  });
});

describe('amend --add-task with a task file whose id cannot name a file', () => {
  it.each([
    ['a path out of tasks/', 'id: ../thoat'],
    ['a hidden name', 'id: .an'],
    ['a number', 'id: 12'],
    ['no id at all', 'ma: T9'],
  ])('refuses %s, and writes nothing', async (_, idLine) => {
    const root = writeRoot(baseRoot());
    const add = path.join(root, '..', `bad-${path.basename(root)}.yaml`);
    writeFileSync(add, `${idLine}\ntitle: Việc khác\ncontents: [ND2]\nlead: ban-b\nschedule: { every: year, due: ["11-30"] }\nstatus: active\n`);
    const r = await runCli(['--lang', 'en', 'amend', '--root', root, '--kind', 'supplement', '--document', '7-QĐ', '--date', '2021-03-15', '--add-task', add]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(`phoihop: cannot read the task file ${add}\n`);
    expect(existsSync(path.join(root, 'p/amendments'))).toBe(false);
    expect(existsSync(path.join(root, 'thoat.yaml'))).toBe(false);
    expect(readFileSync(path.join(root, 'p/programme.yaml'), 'utf8')).toBe(baseRoot()['p/programme.yaml']);
  });
});

describe('the site of a root whose task names an agency agencies.yaml does not have', () => {
  it('still writes every page, and names that agency by its id', async () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('partners: [ban-b]', 'partners: [ban-b, ban-moi]');
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-site-')), '_site');
    const r = await runCli(['site', '--root', writeRoot(files), '--no-docx', out]);
    expect(r.exitCode).toBe(0);
    expect(readFileSync(path.join(out, 'thu-nghiem/nhiem-vu.html'), 'utf8')).toMatch(/Ban B[^<]*, ban-moi/);
  });
});
