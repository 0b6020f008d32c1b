import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSystemTree } from '../../src/records/tree.js';

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
});
