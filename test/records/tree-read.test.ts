import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileSystemTree } from '../../src/records/tree.js';

// A file can change between the size being asked and its bytes being read (an editor saving it):
// the size fstat gives can be made to lie, and reads are counted so that a loop that never ends fails.
const fsHooks = vi.hoisted(() => ({ size: undefined as number | undefined, reads: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    fstatSync: (fd: number) => Object.assign(fs.fstatSync(fd), fsHooks.size === undefined ? {} : { size: fsHooks.size }),
    readSync: (...args: Parameters<typeof fs.readSync>) => {
      if (++fsHooks.reads > 1_000) throw new Error('still reading after 1,000 reads');
      return fs.readSync(...args);
    },
  };
});

// A folder tree reads small files through one scratch buffer (64 KB) and larger ones by their
// size: every size around those edges gives the file's bytes, or null past the limit.
describe('reading a file from a folder', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'phoihop-read-'));
  const tree = fileSystemTree(root);
  const bytesOf = (size: number, seed: number) => Buffer.from(Array.from({ length: size }, (_, i) => (i * 31 + seed) % 251));

  it('gives every byte of files below, at and above the scratch size, each its own copy', async () => {
    const sizes = [0, 1, 4095, 4096, 65_535, 65_536, 65_537, 200_000];
    for (const [i, size] of sizes.entries()) writeFileSync(path.join(root, `f${i}.yaml`), bytesOf(size, i));
    const read = await Promise.all(sizes.map((_, i) => tree.read(`f${i}.yaml`, 1 << 20)));
    for (const [i, size] of sizes.entries()) expect(Buffer.compare(Buffer.from(read[i]!), bytesOf(size, i))).toBe(0);
  });

  it('gives null for a file over the limit, and the bytes for one exactly at it', async () => {
    writeFileSync(path.join(root, 'small.yaml'), bytesOf(100, 1));
    writeFileSync(path.join(root, 'big.yaml'), bytesOf(70_000, 2));
    expect(await tree.read('small.yaml', 99)).toBeNull();
    expect((await tree.read('small.yaml', 100))!.length).toBe(100);
    expect(await tree.read('big.yaml', 69_999)).toBeNull();
    expect(await tree.read('big.yaml', 65_535)).toBeNull();
    expect((await tree.read('big.yaml', 70_000))!.length).toBe(70_000);
  });

  describe('when the file is shorter than its size said', () => {
    afterEach(() => Object.assign(fsHooks, { size: undefined, reads: 0 }));

    it('gives the bytes that are there, without reading on for ever', async () => {
      writeFileSync(path.join(root, 'cut.yaml'), bytesOf(70_000, 3));
      Object.assign(fsHooks, { size: 80_000, reads: 0 });
      const read = await tree.read('cut.yaml', 1 << 20);
      expect(Buffer.compare(Buffer.from(read!), bytesOf(70_000, 3))).toBe(0);
      expect(fsHooks.reads).toBeLessThan(10);
    });
  });
});
