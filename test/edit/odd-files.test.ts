import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

describe('edits on files that validate accepts', { timeout: 30_000 }, () => {
  const shapes = {
    'a final line break (the usual)': (t: string) => t,
    'CRLF line breaks': (t: string) => t.replace(/\n/g, '\r\n'),
    'no final line break': (t: string) => t.replace(/\n$/, ''),
    'CR-only line breaks': (t: string) => t.replace(/\n/g, '\r'),
    'CRLF without a final line break': (t: string) => t.replace(/\n/g, '\r\n').replace(/\r\n$/, ''),
  };
  for (const [name, shape] of Object.entries(shapes)) {
    it(`report add and task status work on a file with ${name}, changing only what they edit`, async () => {
      const files = baseRoot();
      files['p/tasks/T1.yaml'] = shape(files['p/tasks/T1.yaml']!);
      files['p/tasks/T2.yaml'] = shape(files['p/tasks/T2.yaml']!);
      const root = writeRoot(files);
      expect((await runCli(['validate', '--root', root])).exitCode).toBe(0);
      const added = await runCli(['report', 'add', 'T1', '--root', root, '--state', 'done', '--period', '2021', '--on', '2021-12-01']);
      expect(added.stdout + added.stderr).not.toContain('lỗi');
      expect(added.exitCode).toBe(0);
      expect(read(root, 'p/tasks/T1.yaml')).toBe(shape(baseRoot()['p/tasks/T1.yaml']! + '  - period: "2021"\n    on: 2021-12-01\n    state: done\n'));
      expect((await runCli(['task', 'status', 'T2', 'done', '--on', '2021-12-01', '--root', root])).exitCode).toBe(0);
      expect(read(root, 'p/tasks/T2.yaml')).toBe(shape(baseRoot()['p/tasks/T2.yaml']!.replace('status: active\n', 'status: done\ndone_on: 2021-12-01\n')));
      expect((await runCli(['validate', '--root', root])).exitCode).toBe(0);
    });
  }
});

describe('init never writes outside its folder', () => {
  it('refuses, writing nothing, when a subfolder it would write into is a symbolic link', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'phoihop-init-link-'));
    const outside = path.join(base, 'outside');
    mkdirSync(outside);
    const target = path.join(base, 'ho-so');
    mkdirSync(target);
    symlinkSync(outside, path.join(target, '.github'));
    const result = await runCli(['--lang', 'en', 'init', target]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('phoihop: nothing written: .github is a symbolic link and could lead outside the target folder; remove the link or choose another folder\n');
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(target)).toEqual(['.github']);
  });

  it('treats a dangling link where it would write a file as existing', async () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-init-link-')), 'ho-so');
    mkdirSync(target);
    symlinkSync('/nonexistent/phoihop-target', path.join(target, 'agencies.yaml'));
    const result = await runCli(['init', target]);
    expect(result.exitCode).toBe(2);
    expect(existsSync(path.join(target, 'phoihop.yaml'))).toBe(false);
  });
});

describe('the validate cache', () => {
  it('ignores and rebuilds a cache file of the wrong shape', async () => {
    const root = writeRoot(baseRoot());
    const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-cache-'));
    const env = { PHOIHOP_CACHE_DIR: dir };
    const first = await runCli(['validate', '--root', root], { env });
    const [name] = readdirSync(dir);
    const stored = readFileSync(path.join(dir, name!), 'utf8');
    const [format, key] = stored.split('\n');
    const wrongs = ['[]', 'null', '{"key": "k", "files": {}, "diagnostics": []}', `${format}\n`, `${format}\n${key}\n[1]\n`, `${format}\n${key}\n{"file": 1}\n`, `${format}\n${key}\nnot json\n`, stored.replace(/\t\d+\n/g, '\n')];
    for (const wrong of wrongs) {
      writeFileSync(path.join(dir, name!), wrong);
      const again = await runCli(['validate', '--root', root], { env });
      expect(again).toEqual(first);
      expect(readFileSync(path.join(dir, name!), 'utf8').split('\n').slice(0, 2)).toEqual([format, key]);
    }
  });
});
