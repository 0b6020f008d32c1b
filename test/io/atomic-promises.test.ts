import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeOutput } from '../../src/io/atomic-write.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Issue 19: promises of src/io/atomic-write.ts that its mutants broke without a test failing.

const tmp = () => mkdtempSync(path.join(tmpdir(), 'phoihop-atomic-'));
const openDescriptors = () => readdirSync('/proc/self/fd').length;

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
    // Each leaked handle would add one or two descriptors per write (80 writes of files and folders).
    expect(openDescriptors() - before).toBeLessThan(10);
    expect(readFileSync(path.join(dir, 'b19.txt'), 'utf8')).toBe('hai 19\n');
  });
});
