import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRunCache } from '../../src/cache/run-cache.js';
import { fileSystemTree } from '../../src/records/tree.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

/** Files written a minute ago: old enough for the cache to trust their stat. */
function agedRoot(files: Record<string, string>): string {
  const root = writeRoot(files);
  const past = new Date(Date.now() - 60_000);
  const age = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) age(full);
      else utimesSync(full, past, past);
    }
  };
  age(root);
  return root;
}

function setup(files = baseRoot()) {
  const root = agedRoot(files);
  const env = { PHOIHOP_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'phoihop-cache-')) };
  const validate = (...args: string[]) => runCli(['validate', '--root', root, ...args], { env });
  return { root, env, validate };
}

describe('the validate cache', () => {
  it('gives the same answer warm as cold, and stores it', async () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('lead: ban-a', 'lead: ban-x');
    const { env, validate } = setup(files);
    const cold = await validate();
    expect(readdirSync(env.PHOIHOP_CACHE_DIR)).toHaveLength(1);
    const warm = await validate();
    expect(warm).toEqual(cold);
    expect(cold.exitCode).toBe(1);
    expect(warm.stdout).toContain('4 | lead: ban-x');
  });

  it('sees a change that keeps the size and the modification time', async () => {
    const { root, validate } = setup();
    expect((await validate()).exitCode).toBe(0);
    const file = path.join(root, 'p/tasks/T2.yaml');
    const { mtime } = statSync(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('lead: ban-b', 'lead: ban-c'));
    utimesSync(file, mtime, mtime);
    const after = await validate('--format', 'json');
    expect(after.exitCode).toBe(1);
    expect(JSON.parse(after.stdout).diagnostics[0]).toMatchObject({ file: 'p/tasks/T2.yaml', rule: 'unknown-reference' });
  });

  it('sees a file added or removed, and a symlink added', async () => {
    const { root, validate } = setup();
    await validate();
    writeFileSync(path.join(root, 'p/tasks/T9.yml'), 'id: T9\n');
    expect((await validate()).exitCode).toBe(1);
    rmSync(path.join(root, 'p/tasks/T9.yml'));
    rmSync(path.join(root, 'p/tasks/T3.yaml'));
    expect((await validate('--format', 'json')).stdout).toContain('declared-count');
  });

  it('keeps languages apart and can be turned off or deleted', async () => {
    const { env, validate } = setup();
    await validate();
    expect((await validate('--lang', 'en')).stdout).toBe('✔ No problems in 6 files\n');
    rmSync(env.PHOIHOP_CACHE_DIR, { recursive: true });
    expect((await validate('--no-cache')).exitCode).toBe(0);
    expect(existsSync(env.PHOIHOP_CACHE_DIR)).toBe(false);
    expect((await validate()).exitCode).toBe(0);
  });

  it('is not reused by another tool version or schema set', async () => {
    const root = agedRoot(baseRoot());
    const directory = mkdtempSync(path.join(tmpdir(), 'phoihop-cache-'));
    const files = ['agencies.yaml', 'p/programme.yaml'];
    const first = openRunCache(directory, root, 'v1');
    const tree = first.hashing(fileSystemTree(root));
    for (const f of files) await tree.read(f, 1e6);
    await first.store(files, [{ file: 'x', line: 1, column: 1, rule: 'r', severity: 'error', message: 'm' }]);
    expect(openRunCache(directory, root, 'v1').lookup(files)).toHaveLength(1);
    expect(openRunCache(directory, root, 'v2').lookup(files)).toBeUndefined();
  });
});

describe('files modified within the last second', () => {
  // Such a file may change again within the same timestamp, so its stat cannot vouch for it: the
  // cache keeps its hash but no stat, and the next run reads and hashes it again.
  it('are stored without a stat, older files with one', async () => {
    const files = baseRoot();
    const root = agedRoot(files);
    const fresh = 'p/tasks/T2.yaml';
    writeFileSync(path.join(root, fresh), files[fresh]!);
    const env = { PHOIHOP_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'phoihop-cache-')) };
    await runCli(['validate', '--root', root], { env });
    const [name] = readdirSync(env.PHOIHOP_CACHE_DIR);
    const stored = JSON.parse(readFileSync(path.join(env.PHOIHOP_CACHE_DIR, name!), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(stored.files)).toContain('p/tasks/T1.yaml');
    expect(Object.keys(stored.files)).not.toContain(fresh);
  });
});
