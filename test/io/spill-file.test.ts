import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SpillFile } from '../../src/io/spill-file.js';

// Issue 13: overdue sets its rows' text aside in a temporary file while the workers run. What it
// puts comes back byte for byte, nothing is left in the folder, and where no file can be written
// the caller is told so (and keeps its bytes).

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spill-test-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a spill file', () => {
  it('gives back what was put, in order, with where each piece starts', () => {
    const spill = new SpillFile(folder());
    expect(spill.put(bytes('Hội nghị'))).toBe(0);
    expect(spill.put(bytes(''))).toBe(12);
    expect(spill.put(bytes('sơ kết'))).toBe(12);
    const all = spill.takeAll();
    expect(new TextDecoder().decode(all)).toBe('Hội nghịsơ kết');
    expect(all.length).toBe(21);
  });

  it('holds a piece larger than one write', () => {
    const spill = new SpillFile(folder());
    const big = new Uint8Array(5 * 1024 * 1024).map((_, i) => i % 251);
    spill.put(bytes('ab'));
    expect(spill.put(big)).toBe(2);
    const all = spill.takeAll();
    expect(all.length).toBe(big.length + 2);
    expect(Buffer.compare(all.subarray(2), big)).toBe(0);
  });

  it('leaves nothing in the folder, open or closed', () => {
    const dir = folder();
    const spill = new SpillFile(dir);
    spill.put(bytes('x'));
    expect(readdirSync(dir)).toEqual([]);
    spill.close();
    spill.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says it cannot hold anything when the folder cannot be written', () => {
    const missing = path.join(folder(), 'not-there');
    const spill = new SpillFile(missing);
    expect(spill.put(bytes('x'))).toBeUndefined();
    expect(spill.takeAll().length).toBe(0);
  });

  it('says it cannot hold anything where a file stands instead of the folder', () => {
    const file = path.join(folder(), 'file');
    writeFileSync(file, '');
    const spill = new SpillFile(file);
    expect(spill.put(bytes('x'))).toBeUndefined();
    spill.close();
  });

  it('gives nothing more after it is closed', () => {
    const spill = new SpillFile(folder());
    expect(spill.put(bytes('abc'))).toBe(0);
    spill.close();
    expect(spill.put(bytes('d'))).toBeUndefined();
  });
});

describe('a spill file\'s descriptor', () => {
  it.runIf(existsSync('/proc/self/fd'))('is let go when it is closed, or read back whole', () => {
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    const spill = new SpillFile(folder());
    expect(open()).toBe(before + 1);
    spill.put(bytes('abc'));
    expect(new TextDecoder().decode(spill.takeAll())).toBe('abc');
    expect(open()).toBe(before);
    const other = new SpillFile(folder());
    other.close();
    expect(open()).toBe(before);
  });

  it('takes nothing more once read back whole', () => {
    const spill = new SpillFile(folder());
    expect(spill.put(bytes('ab'))).toBe(0);
    const all = spill.takeAll();
    expect(all.length).toBe(2);
    expect(spill.put(bytes('cd'))).toBeUndefined();
  });
});
