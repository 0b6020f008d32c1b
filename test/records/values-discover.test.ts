import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverRecords } from '../../src/records/discover.js';
import { fileSystemTree } from '../../src/records/tree.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Where the records are looked for, and what is seen but not read (issue 19, sixth round): the
// list discovery gives, and the warning each skipped file gets in vi and en.

function rootWith(extra: (root: string) => void): string {
  const root = writeRoot(baseRoot());
  extra(root);
  return root;
}

describe('discovery', () => {
  it('finds the root files, the programme and its parts in order; passes over other folders and kinds', async () => {
    const root = rootWith((r) => {
      writeFileSync(path.join(r, 'phoihop.yaml'), 'lang: vi\n');
      mkdirSync(path.join(r, 'p/amendments'));
      writeFileSync(path.join(r, 'p/amendments/2021-01-01.yaml'), 'x: 1\n');
      writeFileSync(path.join(r, 'p/tasks/notes.txt'), 'x\n');
      mkdirSync(path.join(r, 'p/tasks/old'));
      writeFileSync(path.join(r, 'p/tasks/old/T8.yaml'), 'id: T8\n');
      for (const hidden of ['.git', 'node_modules', 'dist']) {
        mkdirSync(path.join(r, hidden, 'q'), { recursive: true });
        writeFileSync(path.join(r, hidden, 'q/programme.yaml'), 'id: q\n');
      }
    });
    const { files, skipped } = await discoverRecords(fileSystemTree(root));
    expect(files).toEqual([
      { path: 'phoihop.yaml', kind: 'settings', programmeDir: null },
      { path: 'agencies.yaml', kind: 'agencies', programmeDir: null },
      { path: 'p/programme.yaml', kind: 'programme', programmeDir: 'p' },
      { path: 'p/amendments/2021-01-01.yaml', kind: 'amendment', programmeDir: 'p' },
      { path: 'p/evaluations/2020.yaml', kind: 'evaluation', programmeDir: 'p' },
      { path: 'p/tasks/T1.yaml', kind: 'task', programmeDir: 'p' },
      { path: 'p/tasks/T2.yaml', kind: 'task', programmeDir: 'p' },
      { path: 'p/tasks/T3.yaml', kind: 'task', programmeDir: 'p' },
    ]);
    expect(skipped).toEqual([]);
  });

  it('a programme nested in a folder, and a folder under a programme that is not one of its parts', async () => {
    const root = writeRoot({
      'agencies.yaml': baseRoot()['agencies.yaml']!,
      'nam-2020/p/programme.yaml': baseRoot()['p/programme.yaml']!,
      'nam-2020/p/tasks/T1.yaml': baseRoot()['p/tasks/T1.yaml']!,
      'nam-2020/p/phu-luc/q/programme.yaml': 'id: q\n',
      'nam-2020/p/phu-luc/q/tasks/Q1.yaml': 'id: Q1\n',
    });
    const { files } = await discoverRecords(fileSystemTree(root));
    expect(files.map((f) => [f.path, f.kind, f.programmeDir])).toEqual([
      ['agencies.yaml', 'agencies', null],
      ['nam-2020/p/programme.yaml', 'programme', 'nam-2020/p'],
      ['nam-2020/p/tasks/T1.yaml', 'task', 'nam-2020/p'],
      ['nam-2020/p/phu-luc/q/programme.yaml', 'programme', 'nam-2020/p/phu-luc/q'],
      ['nam-2020/p/phu-luc/q/tasks/Q1.yaml', 'task', 'nam-2020/p/phu-luc/q'],
    ]);
    // With a scope, only that programme folder is looked at.
    const scoped = await discoverRecords(fileSystemTree(root), new Set(['nam-2020/p']));
    expect(scoped.files.map((f) => f.path)).toEqual(['agencies.yaml', 'nam-2020/p/programme.yaml', 'nam-2020/p/tasks/T1.yaml']);
  });

  it('records spelled .yml and links are noted as skipped, with their reason', async () => {
    const root = rootWith((r) => {
      writeFileSync(path.join(r, 'p/programme.yml'), 'id: x\n');
      writeFileSync(path.join(r, 'p/tasks/T9.yml'), 'id: T9\n');
      writeFileSync(path.join(r, 'p/evaluations/2021.yml'), 'year: 2021\n');
      symlinkSync(path.join(r, 'p/tasks/T1.yaml'), path.join(r, 'p/tasks/T5.yaml'));
      symlinkSync(path.join(r, 'p/tasks/T1.yaml'), path.join(r, 'p/tasks/T6.yml'));
      symlinkSync(path.join(r, 'p/tasks/T1.yaml'), path.join(r, 'p/tasks/T7.txt'));
      symlinkSync(path.join(r, 'p/programme.yaml'), path.join(r, 'p/ban-sao.yaml'));
      symlinkSync(path.join(r, 'p/tasks'), path.join(r, 'p/amendments'));
      symlinkSync(path.join(r, 'p'), path.join(r, 'lien-ket'));
      symlinkSync(path.join(r, 'agencies.yaml'), path.join(r, 'ghi-chu.md'));
    });
    const { files, skipped } = await discoverRecords(fileSystemTree(root));
    expect(files.map((f) => f.path)).toEqual(['agencies.yaml', 'p/programme.yaml', 'p/evaluations/2020.yaml', 'p/tasks/T1.yaml', 'p/tasks/T2.yaml', 'p/tasks/T3.yaml']);
    expect(skipped).toEqual([
      { path: 'lien-ket', reason: 'symlink' },
      { path: 'p/programme.yml', reason: 'yml' },
      { path: 'p/amendments', reason: 'symlink' },
      { path: 'p/ban-sao.yaml', reason: 'symlink' },
      { path: 'p/evaluations/2021.yml', reason: 'yml' },
      { path: 'p/tasks/T5.yaml', reason: 'symlink' },
      { path: 'p/tasks/T6.yml', reason: 'symlink' },
      { path: 'p/tasks/T9.yml', reason: 'yml' },
    ]);
  });

  it('a programme.yml alone is not a programme, and is not noted: the folder holds no programme', async () => {
    const root = writeRoot({ 'agencies.yaml': baseRoot()['agencies.yaml']!, 'p/programme.yml': baseRoot()['p/programme.yaml']!, 'p/tasks/T1.yaml': 'id: T1\n' });
    expect(await discoverRecords(fileSystemTree(root))).toEqual({ files: [{ path: 'agencies.yaml', kind: 'agencies', programmeDir: null }], skipped: [] });
  });
});

describe('what validate says of them, in vi and en', () => {
  it('programme.yml beside programme.yaml, a task in .yml and a linked task', async () => {
    const root = rootWith((r) => {
      writeFileSync(path.join(r, 'p/programme.yml'), 'id: x\n');
      writeFileSync(path.join(r, 'p/tasks/T9.yml'), 'id: T9\n');
      symlinkSync(path.join(r, 'p/tasks/T1.yaml'), path.join(r, 'p/tasks/T5.yaml'));
    });
    const vi = await runCli(['validate', '--root', root, '--no-cache']);
    const en = await runCli(['--lang', 'en', 'validate', '--root', root, '--no-cache']);
    const seen = (out: string) => (JSON.parse(out).diagnostics as Record<string, unknown>[]).map((d) => [d.file, d.line, d.column, d.rule, d.severity, d.message, d.hint]);
    expect(vi).toEqual({
      exitCode: 1,
      stderr: '',
      stdout: `p/programme.yml:1:1  lỗi  file-name  tệp có đuôi .yml nên không được đọc
  cách sửa: đổi tên thành programme.yaml

p/tasks/T5.yaml:1:1  cảnh báo  symlink  đây là liên kết tượng trưng (symlink) nên không được đọc
  cách sửa: sao chép tệp thật vào kho hồ sơ thay cho liên kết: phoihop không đọc gì nằm ngoài thư mục hồ sơ

p/tasks/T9.yml:1:1  lỗi  file-name  tệp có đuôi .yml nên không được đọc
  cách sửa: đổi tên thành T9.yaml

✖ 2 lỗi, 1 cảnh báo trong 6 tệp
`,
    });
    expect(en).toEqual({
      exitCode: 1,
      stderr: '',
      stdout: `p/programme.yml:1:1  error  file-name  the file ends in .yml and is not read
  fix: rename it to programme.yaml

p/tasks/T5.yaml:1:1  warning  symlink  this is a symbolic link and is not read
  fix: copy the real file into the records root instead: phoihop reads nothing outside the root

p/tasks/T9.yml:1:1  error  file-name  the file ends in .yml and is not read
  fix: rename it to T9.yaml

✖ 2 errors, 1 warning in 6 files
`,
    });
  });
});
