import { execFileSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync, ftruncateSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoot } from '../../src/pipeline.js';
import { parseText, loadFile } from '../../src/records/load.js';
import { fileSystemTree, type Tree } from '../../src/records/tree.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

async function diagnostics(root: string) {
  const result = await runCli(['validate', '--root', root, '--format', 'json']);
  return { exitCode: result.exitCode, found: JSON.parse(result.stdout).diagnostics as { file: string; rule: string; severity: string; message: string }[] };
}

describe('files on disk', () => {
  it('refuses a file over the size limit without reading it whole', async () => {
    const root = writeRoot(baseRoot());
    const fd = openSync(path.join(root, 'p/tasks/T9.yaml'), 'w');
    ftruncateSync(fd, 64 * 1024 * 1024); // sparse: 64 MB on paper, nothing on disk
    closeSync(fd);
    const { found } = await diagnostics(root);
    expect(found.find((d) => d.file === 'p/tasks/T9.yaml')).toMatchObject({ rule: 'file-encoding', severity: 'error' });
  });

  it('does not follow a symlink that points outside the root', async () => {
    const root = writeRoot(baseRoot());
    symlinkSync('/etc/hostname', path.join(root, 'p/tasks/T9.yaml'));
    symlinkSync('/etc', path.join(root, 'elsewhere'));
    const { found } = await diagnostics(root);
    expect(found.filter((d) => d.rule === 'symlink').map((d) => d.file).sort()).toEqual(['elsewhere', 'p/tasks/T9.yaml']);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('skips a named pipe instead of hanging on it', async () => {
    const root = writeRoot(baseRoot());
    execFileSync('mkfifo', [path.join(root, 'p/tasks/T9.yaml')]);
    expect((await diagnostics(root)).exitCode).toBe(0);
  });

  it('reports an unreadable file with the reason', async () => {
    const found = { path: 'p/tasks/T1.yaml', kind: 'task' as const, programmeDir: 'p' };
    const denied = async () => {
      throw Object.assign(new Error('denied'), { code: 'EACCES' });
    };
    const loaded = await loadFile(found, denied, 'vi');
    expect(loaded.diagnostics).toEqual([{ file: 'p/tasks/T1.yaml', line: 1, column: 1, rule: 'file-unreadable', severity: 'error', message: 'không đọc được tệp hoặc thư mục (EACCES)', hint: 'kiểm tra quyền đọc của tệp và thư mục' }]);
  });

  it('reports a folder that cannot be read instead of passing over it', async () => {
    const root = writeRoot(baseRoot());
    const tree = fileSystemTree(root);
    const denied: Tree = { ...tree, list: async (dir) => (dir === 'p/tasks' ? Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })) : tree.list(dir)) };
    const { diagnostics } = await loadRoot(denied, 'vi');
    expect(diagnostics).toContainEqual({ file: 'p/tasks', line: 1, column: 1, rule: 'file-unreadable', severity: 'error', message: 'không đọc được tệp hoặc thư mục (EACCES)', hint: 'kiểm tra quyền đọc của tệp và thư mục' });
  });

  it('reads folders and files with spaces and Vietnamese letters', async () => {
    const files = Object.fromEntries(Object.entries(baseRoot()).map(([name, text]) => [name.replace(/^p\//, 'Chương trình 2020/'), text]));
    const root = writeRoot(files);
    mkdirSync(path.join(root, 'Chương trình 2020', 'tài liệu'), { recursive: true });
    writeFileSync(path.join(root, 'Chương trình 2020', 'tài liệu', 'ghi chú.txt'), 'không phải hồ sơ');
    expect(await diagnostics(root)).toEqual({ exitCode: 0, found: [] });
    const status = await runCli(['status', '--root', root, '--as-of', '2021-01-01', '--format', 'json']);
    expect(JSON.parse(status.stdout).programmes[0].tasks).toHaveLength(3);
  });

  it('keeps Object.prototype clean after loading hostile keys', () => {
    const result = parseText({ path: 'a.yaml', kind: 'task', programmeDir: 'p' }, '__proto__: { polluted: 1 }\nconstructor: { prototype: { polluted: 1 } }\n', 'en');
    expect(Object.keys(result.value!)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
