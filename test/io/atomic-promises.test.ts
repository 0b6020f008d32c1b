import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeOutput } from '../../src/io/atomic-write.js';
import { ownDevice } from '../helpers/devices.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { strykerEnv } from '../helpers/stryker-children.js';
import { runCli } from '../helpers/world.js';

// Issue 19: promises of src/io/atomic-write.ts that its mutants broke without a test failing.

const tmp = () => mkdtempSync(path.join(tmpdir(), 'phoihop-atomic-'));
const openDescriptors = () => readdirSync('/proc/self/fd').length;
const REPO = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(REPO, 'bin/phoihop.js');

/** Runs the real bin with extra descriptors (3 and up, each a socket pair as Node makes them); resolves with what each received. */
function binWithDescriptors(args: string[], extra: number, prefix: string[] = []): Promise<{ code: number | null; outputs: string[]; stderr: string }> {
  return new Promise((resolve) => {
    const [command, ...rest] = [...prefix, process.execPath, BIN, ...args];
    const child = spawn(command!, rest, { cwd: REPO, env: { PATH: process.env.PATH ?? '', ...strykerEnv() }, stdio: ['ignore', 'pipe', 'pipe', ...Array.from({ length: extra }, () => 'pipe' as const)] });
    const outputs = child.stdio.map(() => '');
    child.stdio.forEach((stream, i) => (stream as NodeJS.ReadableStream | null)?.on('data', (chunk: Buffer) => (outputs[i] += chunk.toString())));
    child.on('close', (code) => resolve({ code, outputs, stderr: outputs[2]! }));
  });
}

describe('temporary files', () => {
  it("an edit clears phoihop's own leftover temporary files, and only those", async () => {
    const root = writeRoot(baseRoot());
    const ours = ['.agencies.yaml.phoihop-0123456789ab.tmp', 'p/.programme.yaml.phoihop-abcdef012345.tmp', 'p/tasks/.T1.yaml.phoihop-9876543210fe.tmp'];
    const others = [
      'p/tasks/T2.yaml.phoihop-0123456789ab.tmp', // not hidden
      'p/tasks/.T2.yaml.phoihop-0123456789ab.tmp.bak', // more after .tmp
      'p/tasks/.T2.yaml.phoihop-0123.tmp', // too few hex digits
      'p/tasks/.T2.yaml.phoihop-0123456789AB.tmp', // not lower-case hex
      'p/tasks/.T2.yaml.phoihop-0123456789xy.tmp', // not hex
      'p/tasks/..phoihop-0123456789ab.tmp', // no name
    ];
    for (const file of [...ours, ...others]) writeFileSync(path.join(root, file), 'x');
    const result = await runCli(['report', 'add', 'T1', '--root', root, '--state', 'done', '--period', '2021', '--on', '2021-12-01']);
    expect(result.exitCode).toBe(0);
    expect(ours.filter((file) => existsSync(path.join(root, file)))).toEqual([]);
    expect(others.filter((file) => existsSync(path.join(root, file)))).toEqual(others);
  });
});

describe('file descriptors', () => {
  it('writing files, in place or through --output, leaves no file open', async () => {
    const dir = tmp();
    await writeFileAtomic(path.join(dir, 'warm-up.txt'), 'x');
    const before = openDescriptors();
    for (let i = 0; i < 20; i++) {
      await writeFileAtomic(path.join(dir, `a${i}.txt`), `một ${i}\n`);
      await writeOutput(path.join(dir, `b${i}.txt`), `hai ${i}\n`, 'vi');
    }
    const nul = ownDevice(dir, 'null');
    for (let i = 0; i < 20; i++) await writeOutput(nul, `ba ${i}\n`, 'vi');
    // Each leaked handle would add one or two descriptors per write (100 writes of files, folders, a device).
    expect(openDescriptors() - before).toBeLessThan(10);
    expect(readFileSync(path.join(dir, 'b19.txt'), 'utf8')).toBe('hai 19\n');
  });
});

describe('--output', { timeout: 60_000 }, () => {
  it('replaces a file whole, also behind a link: a reader of the old file keeps the old text', async () => {
    const dir = tmp();
    const file = path.join(dir, 'bao-cao.txt');
    writeFileSync(file, 'cũ\n');
    linkSync(file, path.join(dir, 'reader'));
    symlinkSync('bao-cao.txt', path.join(dir, 'link'));
    await writeOutput(file, 'mới\n', 'vi');
    expect(readFileSync(file, 'utf8')).toBe('mới\n');
    expect(readFileSync(path.join(dir, 'reader'), 'utf8')).toBe('cũ\n');
    const inode = statSync(file).ino;
    await writeOutput(path.join(dir, 'link'), 'qua liên kết\n', 'vi');
    expect(readFileSync(file, 'utf8')).toBe('qua liên kết\n');
    expect(statSync(file).ino).not.toBe(inode);
    expect(readdirSync(dir).sort()).toEqual(['bao-cao.txt', 'link', 'reader']);
  });

  it('writes whole to /dev/stdout and to a numbered descriptor behind a socket, which cannot be opened again', async () => {
    const expected = await runCli(['summary', '--root', 'data', '--year', '2018']);
    const result = await binWithDescriptors(['summary', '--root', 'data', '--year', '2018', '--output', '/dev/fd/10'], 8);
    expect(result.stderr).toBe('đã ghi /dev/fd/10\n');
    expect(result.code).toBe(0);
    expect(result.outputs[10]).toBe(expected.stdout);
    const stdout = await binWithDescriptors(['summary', '--root', 'data', '--year', '2018', '--output', '/dev/stdout'], 0);
    expect(stdout.outputs[1]).toBe(expected.stdout);
  });

  it('a folder whose entries cannot be flushed (it cannot be opened for reading) still gets the file', async () => {
    const dir = path.join(tmp(), 'out');
    mkdirSync(dir);
    chmodSync(dir, 0o300);
    // As root, drop the capability to bypass permissions, so that the folder cannot be opened.
    const prefix = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0 ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--'] : [];
    const result = await binWithDescriptors(['summary', '--root', 'data', '--year', '2018', '--output', path.join(dir, 'x.txt')], 0, prefix);
    expect(result.stderr).toMatch(/^đã ghi /);
    expect(result.code).toBe(0);
    chmodSync(dir, 0o700);
    expect(readFileSync(path.join(dir, 'x.txt'), 'utf8')).toBe((await runCli(['summary', '--root', 'data', '--year', '2018'])).stdout);
  });
});

describe('a write that cannot complete', () => {
  it('leaves no temporary file behind when the rename fails', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'folder'));
    writeFileSync(path.join(dir, 'folder', 'inside'), 'x');
    await expect(writeFileAtomic(path.join(dir, 'folder'), 'y')).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(dir)).toEqual(['folder']);
  });
});
