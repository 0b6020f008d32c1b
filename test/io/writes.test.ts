import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commitChanges, readForEdit } from '../../src/edit/change-set.js';
import { JOURNAL_NAME } from '../../src/edit/journal.js';
import { isTemporary, writeFileAtomic, writeOutput } from '../../src/io/atomic-write.js';
import { LOCK_NAME } from '../../src/io/records-lock.js';
import { UserError } from '../../src/user-error.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';
import { ownDevice } from '../helpers/devices.js';
import { strykerEnv } from '../helpers/stryker-children.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/phoihop.js');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'phoihop-io-'));
const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

/** Runs the real bin; resolves with the exit code (or the signal that ended it) and the output. */
function phoihop(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', ...strykerEnv(), ...env } }, (error, stdout, stderr) => {
      const e = error as (Error & { code?: number; signal?: string }) | null;
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, signal: e?.signal ?? null, stdout, stderr });
    });
  });
}

/** Every file under a folder, by relative path. */
function files(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? files(root, rel) : [rel];
  });
}

describe('writing a file whole or not at all', () => {
  it('replaces the file by a new one: a reader holding the old file keeps it whole', async () => {
    const dir = tmp();
    const file = path.join(dir, 'a.yaml');
    writeFileSync(file, 'old\n');
    linkSync(file, path.join(dir, 'reader'));
    await writeFileAtomic(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readFileSync(path.join(dir, 'reader'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'reader']);
  });

  it.runIf(spawnSync('sh', ['-c', 'command -v strace']).status === 0)('flushes the file, then renames it, then flushes its folder (seen with strace)', async () => {
    const root = writeRoot(baseRoot());
    const trace = path.join(tmp(), 'trace');
    execFileSync('strace', ['-f', '-y', '-e', 'trace=fsync,fdatasync,rename,renameat,renameat2', '-o', trace, process.execPath, BIN, 'report', 'add', 'T1', '--root', root, '--state', 'done', '--period', '2021', '--on', '2021-12-01']);
    const calls = readFileSync(trace, 'utf8').split('\n');
    const target = path.join(root, 'p/tasks/T1.yaml');
    const renamed = calls.findIndex((l) => /rename/.test(l) && l.includes(`"${target}"`));
    expect(renamed).toBeGreaterThan(0);
    const [temporary] = [...calls[renamed]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(calls.slice(0, renamed).some((l) => /fd?a?t?a?sync\(\d+</.test(l) && l.includes(`<${temporary}>`))).toBe(true);
    expect(calls.slice(renamed + 1).some((l) => /fsync\(\d+</.test(l) && l.includes(`<${path.dirname(target)}>`))).toBe(true);
  });

  it('names its temporary files so that the .gitignore written by init ignores them', async () => {
    const dir = path.join(tmp(), 'ho-so');
    expect((await runCli(['init', dir])).exitCode).toBe(0);
    execFileSync('git', ['init', '-q', dir]);
    const leftover = path.join(dir, 'chuong-trinh-mau/tasks/.NV02.yaml.phoihop-0123456789ab.tmp');
    expect(isTemporary(path.basename(leftover))).toBe(true);
    writeFileSync(leftover, 'x');
    for (const name of [leftover, path.join(dir, LOCK_NAME, 'x'), path.join(dir, JOURNAL_NAME)]) {
      expect(execFileSync('git', ['-C', dir, 'check-ignore', name]).toString().trim()).toBe(name);
    }
  });
});

describe('a listing written to a file as it is made', () => {
  it('leaves no file, and no temporary one, when making it fails halfway; the failure is told as it is', async () => {
    const dir = tmp();
    const file = path.join(dir, 'status.txt');
    async function* listing() {
      yield 'Chương trình 1\n'.repeat(50_000);
      throw new UserError('Chương trình ct-02 chưa ghi hội nghị tổng kết');
    }
    await expect(writeOutput(file, listing(), 'vi')).rejects.toThrow('Chương trình ct-02 chưa ghi hội nghị tổng kết');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is written whole, block by block, when making it succeeds', async () => {
    const dir = tmp();
    const file = path.join(dir, 'status.txt');
    const rows = Array.from({ length: 20_000 }, (_, i) => `│ NV${i} │ Tuyên truyền │\n`);
    await writeOutput(file, rows, 'vi');
    expect(readFileSync(file, 'utf8')).toBe(rows.join(''));
    expect(readdirSync(dir)).toEqual(['status.txt']);
  });
});

describe('--output', { timeout: 60_000 }, () => {
  it('writes through to a null device and /dev/stdout, leaving the devices devices', async () => {
    // A null device of the test's own (see ownDevice): a broken writer may replace only that one.
    const nul = ownDevice(tmp(), 'null');
    const printed = (await phoihop(['validate', '--root', 'data', '--format', 'json'])).stdout;
    expect(JSON.parse(printed)).toHaveProperty('diagnostics');
    for (const device of [nul, '/dev/stdout']) {
      const result = await phoihop(['validate', '--root', 'data', '--format', 'json', '--output', device]);
      expect(result.code).toBe(0);
      // The whole document went through to the device (to the pipe behind /dev/stdout, here), the readable form beside it.
      if (device === nul) expect(result.stdout).not.toContain('"diagnostics"');
      else expect(result.stdout).toContain(printed);
      expect(statSync(device).isCharacterDevice() || statSync(device).isFIFO() || statSync(device).isSocket()).toBe(true);
    }
    expect(statSync(nul).isCharacterDevice()).toBe(true);
  });

  it('keeps a symbolic link a link and replaces the file it points to', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'real.json'), 'old');
    symlinkSync('real.json', path.join(dir, 'link.json'));
    const result = await runCli(['validate', '--root', 'data', '--output', path.join(dir, 'link.json')]);
    expect(result.exitCode).toBe(0);
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(read(dir, 'real.json')).version).toBe(1);
  });

  it('says in one line what went wrong, with exit 2: missing folder, a folder, read-only, disk full', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'folder'));
    const readOnly = process.getuid?.() === 0 ? '/sys/phoihop.json' : (chmodSync(path.join(dir, 'folder'), 0o555), path.join(dir, 'folder', 'x.json'));
    // The full disk is a /dev/full of the test's own (see ownDevice): a broken writer (a mutant
    // under `npm run mutation` once did) can then replace only that one, never the machine's device.
    // Reached through a link, so that the link is followed to the device and written through.
    const full = path.join(dir, 'disk');
    symlinkSync(ownDevice(dir, 'full'), full);
    const cases: [string, RegExp][] = [
      [path.join(dir, 'missing', 'x.json'), /the folder does not exist/],
      [path.join(dir, 'folder'), /it is a folder/],
      [readOnly, /no permission to write/],
      [full, /the disk is full/],
    ];
    for (const [output, cause] of cases) {
      const result = await runCli(['--lang', 'en', 'summary', '--root', 'data', '--year', '2018', '--output', output]);
      expect(result.exitCode, output).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^phoihop: cannot write ${output.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      expect(result.stderr).toMatch(cause);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    await expect(writeOutput(full, 'x', 'vi')).rejects.toThrow(/ổ đĩa đã đầy/);
    expect(statSync(full).isCharacterDevice()).toBe(true);
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});

describe('editing under concurrency and crashes', { timeout: 60_000 }, () => {
  it('serialises writers: six report add at once all land', async () => {
    const root = writeRoot(baseRoot());
    const notes = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu'];
    const results = await Promise.all(notes.map((note) => phoihop(['report', 'add', 'T1', '--root', root, '--state', 'partial', '--period', '2021', '--on', '2021-12-01', '--note', note])));
    for (const r of results) expect(r.stderr).toBe('');
    expect(results.map((r) => r.code)).toEqual(notes.map(() => 0));
    const reports = parse(read(root, 'p/tasks/T1.yaml')).reports as { note?: string }[];
    expect(reports.map((r) => r.note).filter(Boolean).sort()).toEqual([...notes].sort());
    expect(existsSync(path.join(root, LOCK_NAME))).toBe(false);
  });

  it('takes over a stale lock left by a run that died, and releases the lock when a command fails', async () => {
    const root = writeRoot(baseRoot());
    mkdirSync(path.join(root, LOCK_NAME));
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(root, LOCK_NAME), past, past);
    expect((await runCli(['report', 'add', 'T1', '--root', root, '--state', 'done', '--period', '2021', '--on', '2021-12-01'])).exitCode).toBe(0);
    expect(existsSync(path.join(root, LOCK_NAME))).toBe(false);
    expect((await runCli(['report', 'add', 'T9', '--root', root, '--state', 'done'])).exitCode).toBe(2);
    expect(existsSync(path.join(root, LOCK_NAME))).toBe(false);
  });

  it('re-checks each file right before replacing it: another writer is never overwritten', async () => {
    const root = writeRoot(baseRoot());
    const t1 = read(root, 'p/tasks/T1.yaml');
    const t2 = read(root, 'p/tasks/T2.yaml');
    const theirs = t2 + '# saved by an editor\n';
    const result = await commitChanges(root, [{ path: 'p/tasks/T1.yaml', before: t1, after: t1 + '# ours\n' }, { path: 'p/tasks/T2.yaml', before: t2, after: t2 + '# ours\n' }], {
      beforeRename: (file) => void (file === 'p/tasks/T2.yaml' && writeFileSync(path.join(root, file), theirs)),
    });
    expect(result.conflicts).toEqual(['p/tasks/T2.yaml']);
    expect(read(root, 'p/tasks/T2.yaml')).toBe(theirs);
    expect(read(root, 'p/tasks/T1.yaml')).toBe(t1);
    expect(files(root).filter((f) => f.endsWith('.tmp') || f === JOURNAL_NAME)).toEqual([]);
  });

  it('puts back the files already replaced when a rename fails', async () => {
    const root = writeRoot(baseRoot());
    const t1 = read(root, 'p/tasks/T1.yaml');
    mkdirSync(path.join(root, 'p/tasks/T4.yaml/inside'), { recursive: true });
    await expect(commitChanges(root, [{ path: 'p/tasks/T1.yaml', before: t1, after: 'changed\n' }, { path: 'p/tasks/T4.yaml', before: null, after: 'id: T4\n' }])).rejects.toThrow();
    expect(read(root, 'p/tasks/T1.yaml')).toBe(t1);
    expect(files(root).filter((f) => f.endsWith('.tmp') || f === JOURNAL_NAME)).toEqual([]);
  });

  it('an amend killed between its renames is completed by the next run', async () => {
    const args = ['amend', '--kind', 'adjustment', '--document', '15/KH', '--date', '2021-03-01', '--cancel-task', 'T3', '--move-due', 'T2', '06-30', '07-15'];
    const expected = writeRoot(baseRoot());
    expect((await phoihop([...args, '--root', expected])).code).toBe(0);
    const root = writeRoot(baseRoot());
    const killed = await phoihop([...args, '--root', root], { PHOIHOP_TEST_KILL_AFTER_RENAMES: '1' });
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(path.join(root, JOURNAL_NAME))).toBe(true);
    // Half-amended on disk: the amendment is there, the task changes are not yet.
    expect(read(root, 'p/tasks/T3.yaml')).toBe(baseRoot()['p/tasks/T3.yaml']);
    // The killed run's lock is stale by the time an officer runs again.
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(root, LOCK_NAME), past, past);
    const next = await phoihop(['--lang', 'en', 'validate', '--root', root, '--no-cache']);
    expect(next.stderr).toMatch(/completed an edit that was interrupted earlier \(p\/tasks\/T3.yaml, p\/tasks\/T2.yaml\)/);
    expect(next.code).toBe(0);
    for (const file of files(expected)) expect(read(root, file), file).toBe(read(expected, file));
    expect(files(root).sort()).toEqual(files(expected).sort());
  });

  it('cleans up temporary files that a killed run left', async () => {
    const root = writeRoot(baseRoot());
    writeFileSync(path.join(root, 'p/tasks/.T1.yaml.phoihop-0123456789ab.tmp'), 'half');
    expect((await runCli(['task', 'status', 'T2', 'paused', '--root', root])).exitCode).toBe(0);
    expect(files(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says so when a file is deleted between its read and the edit', async () => {
    const root = writeRoot(baseRoot());
    const error = await readForEdit(root, 'p/tasks/T9.yaml', 'en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe('p/tasks/T9.yaml was deleted or renamed while the command ran; check it and run the command again');
  });
});
