import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { open } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writeOutput } from '../../src/io/atomic-write.js';
import { ownDevice } from '../helpers/devices.js';

// Issue 19: which --output names are taken for descriptors (below), and what a write promises where
// a folder's entries cannot be flushed. Linux lets a folder
// be opened and flushed (only a folder that cannot be read refuses, with EACCES: that case runs on
// the real system in atomic-promises.test.ts); Windows refuses to open one (EISDIR, EPERM) and some
// file systems cannot flush one (EINVAL, ENOTSUP, EBADF). Those systems are played here by an
// `open` that refuses the folder the way they do; every other file is opened for real.

const refusal: { dir?: string; code?: string } = {};
// What each new file was handed, write by write (a file system sees no more than that), when `on`.
const handed: { on: boolean; writes: unknown[] } = { on: false, writes: [] };
// A rename that fails with this code after the temporary file was removed by someone else.
const lostRename: { code?: string } = {};

vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (file, flags, mode) => {
    if (refusal.dir !== undefined && file === refusal.dir && flags === 'r') throw Object.assign(new Error(`${refusal.code}: ${String(file)}`), { code: refusal.code });
    const handle = await real.open(file, flags, mode);
    if (handed.on && flags === 'wx') {
      const writeFile = handle.writeFile.bind(handle);
      handle.writeFile = (data, options) => {
        handed.writes.push(data);
        return writeFile(data, options);
      };
    }
    return handle;
  };
  const rename: typeof real.rename = async (from, to) => {
    if (lostRename.code === undefined) return real.rename(from, to);
    await real.rm(from);
    throw Object.assign(new Error(`${lostRename.code}: ${String(from)}`), { code: lostRename.code });
  };
  return { ...real, open, rename, default: { ...real, open, rename } };
});

afterEach(() => {
  delete refusal.dir;
  delete refusal.code;
  delete lostRename.code;
  handed.on = false;
  handed.writes = [];
});

const folder = () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-flush-')), 'out');
  mkdirSync(dir);
  return dir;
};

describe('a folder whose entries cannot be flushed', () => {
  it.each(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF'])('still gets the whole file where opening or flushing it fails with %s', async (code) => {
    const dir = folder();
    Object.assign(refusal, { dir, code });
    await writeFileAtomic(path.join(dir, 'x.txt'), 'nội dung\n');
    expect(readFileSync(path.join(dir, 'x.txt'), 'utf8')).toBe('nội dung\n');
    expect(readdirSync(dir)).toEqual(['x.txt']);
  });

  it.each(['EIO', undefined])('any other failure to flush it (%s) is not hidden: the write reports it', async (code) => {
    const dir = folder();
    Object.assign(refusal, { dir, code });
    await expect(writeFileAtomic(path.join(dir, 'x.txt'), 'nội dung\n')).rejects.toThrow(String(code));
    await expect(writeOutput(path.join(dir, 'y.txt'), 'nội dung\n', 'en')).rejects.toThrow(/y\.txt/);
  });
});

describe('descriptor names', () => {
  it('only /dev/fd/N and /proc/self/fd/N themselves are descriptors: a device at a path ending so is written through', async () => {
    const dir = path.join(folder(), 'dev', 'fd');
    mkdirSync(dir, { recursive: true });
    // Descriptor 987 is not open: taken for a descriptor, the write would fail with EBADF.
    renameSync(ownDevice(dir, 'null'), path.join(dir, '987'));
    await expect(writeOutput(path.join(dir, '987'), 'nội dung\n', 'en')).resolves.toBeUndefined();
  });

  it('a device inside a folder reached through a folder descriptor (/dev/fd/N/name) is written through by its name', async () => {
    const dir = folder();
    const device = ownDevice(dir, 'null');
    const handle = await open(dir, 'r');
    try {
      // Taken for descriptor N itself (the folder), the write would fail (EISDIR).
      await expect(writeOutput(`/dev/fd/${handle.fd}/${path.basename(device)}`, 'nội dung\n', 'en')).resolves.toBeUndefined();
    } finally {
      await handle.close();
    }
  });
});

describe('what reaches the file system', () => {
  it('a whole text or document goes in one write; a listing made row by row in blocks of 65,536 bytes', async () => {
    const dir = folder();
    handed.on = true;
    const text = 'Chương trình phối hợp\n'.repeat(10_000);
    await writeFileAtomic(path.join(dir, 'text.txt'), text);
    expect(handed.writes).toEqual([text]);
    expect(readFileSync(path.join(dir, 'text.txt'), 'utf8')).toBe(text);

    handed.writes = [];
    const document = new Uint8Array(200_000).map((_, i) => i % 251);
    await writeOutput(path.join(dir, 'report.docx'), document, 'en');
    expect(handed.writes).toEqual([document]);
    expect(new Uint8Array(readFileSync(path.join(dir, 'report.docx')))).toEqual(document);

    handed.writes = [];
    const rows = Array.from({ length: 10_000 }, (_, i) => `│NV${String(i).padStart(5, '0')} │ Sở │\n`);
    expect(rows[0]).toHaveLength(16);
    await writeOutput(path.join(dir, 'status.txt'), rows, 'en');
    // 24 bytes of UTF-8 a row, 240,000 in all: three blocks cut at the first row past 65,536 bytes and the rest, never a write per row.
    expect(Buffer.byteLength(rows[0]!)).toBe(24);
    expect(handed.writes.map((w) => (w as Uint8Array).byteLength)).toEqual([65_544, 65_544, 65_544, 43_368]);
    expect(readFileSync(path.join(dir, 'status.txt'), 'utf8')).toBe(rows.join(''));
  });
});

describe('a rename that fails', () => {
  it('is reported with its own cause, also when the temporary file is already gone (cleared by another run)', async () => {
    const dir = folder();
    lostRename.code = 'EXDEV';
    await expect(writeFileAtomic(path.join(dir, 'x.txt'), 'nội dung\n')).rejects.toMatchObject({ code: 'EXDEV' });
    await expect(writeOutput(path.join(dir, 'y.txt'), 'nội dung\n', 'en')).rejects.toThrow(/y\.txt.*EXDEV/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
