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
    const stored = readFileSync(path.join(env.PHOIHOP_CACHE_DIR, name!), 'utf8').split('\n').slice(3).map((line) => line.split('\t')[0]);
    expect(stored).toContain('p/tasks/T1.yaml');
    expect(stored).not.toContain(fresh);
  });
});

describe('the cache file, a line for each file', () => {
  async function stored(files: Record<string, string>) {
    const root = agedRoot(files);
    const directory = mkdtempSync(path.join(tmpdir(), 'phoihop-cache-'));
    const cache = openRunCache(directory, root, 'v1');
    const tree = cache.hashing(fileSystemTree(root));
    for (const f of Object.keys(files)) await tree.read(f, 1e6);
    await cache.store(Object.keys(files), [{ file: 'b.yaml', line: 2, column: 3, rule: 'r', severity: 'warning', message: 'một\tdòng' }]);
    const [name] = readdirSync(directory);
    return { root, directory, file: path.join(directory, name!), names: Object.keys(files) };
  }

  it('keeps names with a tab, a line break or a leading quote, and the findings as they were', async () => {
    const { root, directory, names } = await stored({ 'b.yaml': 'id: b\n', 'a\tb.yaml': 'x: 1\n', 'c\nd.yaml': 'y: 2\n', '"q.yaml': 'z: 3\n' });
    expect(openRunCache(directory, root, 'v1').lookup(names)).toEqual([{ file: 'b.yaml', line: 2, column: 3, rule: 'r', severity: 'warning', message: 'một\tdòng' }]);
    writeFileSync(path.join(root, 'c\nd.yaml'), 'y: 20\n');
    expect(openRunCache(directory, root, 'v1').lookup(names)).toBeUndefined();
  });

  it('is not reused for another set of files', async () => {
    const { root, directory, names } = await stored({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 2\n' });
    expect(openRunCache(directory, root, 'v1').lookup([...names, 'c.yaml'])).toBeUndefined();
    expect(openRunCache(directory, root, 'v1').lookup(['a.yaml'])).toBeUndefined();
  });

  it('a file of the first format, cut short or of any other shape is ignored', async () => {
    const { root, directory, file, names } = await stored({ 'a.yaml': 'a: 1\n' });
    const whole = readFileSync(file, 'utf8');
    const lookup = () => openRunCache(directory, root, 'v1').lookup(names);
    for (const text of ['{"key":"k","files":{},"diagnostics":[]}', whole.slice(0, whole.indexOf('\n', whole.indexOf('\n') + 1)), whole.replace(/\t[0-9a-f]{64}\t/, '\t'), '']) {
      writeFileSync(file, text);
      expect(lookup()).toBeUndefined();
    }
    writeFileSync(file, whole);
    expect(lookup()).toHaveLength(1);
  });
});
