import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRunCache } from '../../src/cache/run-cache.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { fileSystemTree } from '../../src/records/tree.js';
import { writeRoot } from '../helpers/roots.js';

// What makes a stored run invalid, field by field (issue 19, sixth round): the cache file is a
// user's file on disk that can be edited, cut or copied; any field out of shape means "run again",
// never a wrong answer or a crash.

const FINDING: Diagnostic = { file: 'a.yaml', line: 2, column: 3, rule: 'r', severity: 'error', message: 'một lỗi' };

async function stored() {
  const root = writeRoot({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 2\n' });
  const past = new Date(Date.now() - 60_000);
  for (const f of ['a.yaml', 'b.yaml']) utimesSync(path.join(root, f), past, past);
  const directory = mkdtempSync(path.join(tmpdir(), 'phoihop-cache-'));
  const cache = openRunCache(directory, root, 'v1');
  const tree = cache.hashing(fileSystemTree(root));
  for (const f of ['a.yaml', 'b.yaml']) await tree.read(f, 1e6);
  await cache.store(['b.yaml', 'a.yaml'], [FINDING]);
  const file = path.join(directory, readdirSync(directory)[0]!);
  const lines = readFileSync(file, 'utf8').split('\n');
  const lookup = (identity = 'v1') => openRunCache(directory, root, identity).lookup(['a.yaml', 'b.yaml']);
  return { root, file, lines, lookup };
}

describe('the stored run', () => {
  it('is four lines and a last newline: format, key, findings, one line per file in order with its stat', async () => {
    const { lines, lookup } = await stored();
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('phoihop run cache 2');
    expect(lines[1]).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(lines[2]!)).toEqual([FINDING]);
    expect(lines[3]).toMatch(/^a\.yaml\t[0-9a-f]{64}\t5\t\d+\t\d+\t\d+$/);
    expect(lines[4]).toMatch(/^b\.yaml\t[0-9a-f]{64}\t5\t\d+\t\d+\t\d+$/);
    expect(lines[5]).toBe('');
    expect(lookup()).toEqual([FINDING]);
    // Another tool version or schema set (the identity) never reuses it.
    expect(lookup('v2')).toBeUndefined();
  });

  const badFindings: [string, unknown][] = [
    ['an object, not a list', { 0: FINDING }],
    ['a finding that is null', [null]],
    ['a finding that is a list', [[FINDING.file]]],
    ['file not a text', [{ ...FINDING, file: 1 }]],
    ['line not a number', [{ ...FINDING, line: '2' }]],
    ['column not a number', [{ ...FINDING, column: '3' }]],
    ['rule not a text', [{ ...FINDING, rule: null }]],
    ['severity neither error nor warning', [{ ...FINDING, severity: 'info' }]],
    ['message not a text', [{ ...FINDING, message: ['x'] }]],
    ['message missing', [{ file: 'a.yaml', line: 2, column: 3, rule: 'r', severity: 'error' }]],
    ['one good finding and one bad', [FINDING, { ...FINDING, line: null }]],
  ];
  it.each(badFindings)('findings with %s: not reused', async (_name, findings) => {
    const { file, lines, lookup } = await stored();
    writeFileSync(file, [lines[0], lines[1], JSON.stringify(findings), ...lines.slice(3)].join('\n'));
    expect(lookup()).toBeUndefined();
  });

  it('a warning and no finding at all are good findings', async () => {
    const { file, lines, lookup } = await stored();
    const warning = { ...FINDING, severity: 'warning' };
    writeFileSync(file, [lines[0], lines[1], JSON.stringify([warning]), ...lines.slice(3)].join('\n'));
    expect(lookup()).toEqual([warning]);
    writeFileSync(file, [lines[0], lines[1], '[]', ...lines.slice(3)].join('\n'));
    expect(lookup()).toEqual([]);
    writeFileSync(file, [lines[0], lines[1], '[', ...lines.slice(3)].join('\n'));
    expect(lookup()).toBeUndefined();
  });

  it.each([
    ['the hash', 1],
    ['the size', 2],
    ['the modification time', 3],
    ['the change time', 4],
    ['the inode', 5],
  ])('a file line whose %s differs: not reused', async (_name, field) => {
    const { file, lines, lookup } = await stored();
    for (const at of [3, 4]) {
      const fields = lines[at]!.split('\t');
      fields[field] = field === 1 ? '0'.repeat(64) : `${fields[field]}1`;
      const edited = [...lines];
      edited[at] = fields.join('\t');
      writeFileSync(file, edited.join('\n'));
      expect(lookup(), `line ${at}`).toBeUndefined();
    }
    writeFileSync(file, lines.join('\n'));
    expect(lookup()).toEqual([FINDING]);
  });

  it.each([
    ['another format line', (l: string[]) => ['phoihop run cache 1', ...l.slice(1)]],
    ['an empty key', (l: string[]) => [l[0], '', ...l.slice(2)]],
    ['another key', (l: string[]) => [l[0], '0'.repeat(64), ...l.slice(2)]],
    ['an empty findings line', (l: string[]) => [l[0], l[1], '', ...l.slice(3)]],
    ['a file line with a seventh field', (l: string[]) => [...l.slice(0, 3), `${l[3]}\tx`, ...l.slice(4)]],
    ['a file line with five fields', (l: string[]) => [...l.slice(0, 3), l[3]!.split('\t').slice(0, 5).join('\t'), ...l.slice(4)]],
    ['a file line for another name', (l: string[]) => [...l.slice(0, 3), l[3]!.replace('a.yaml', 'c.yaml'), ...l.slice(4)]],
    ['the last file line missing', (l: string[]) => l.slice(0, 4)],
    ['the file lines in the wrong order', (l: string[]) => [...l.slice(0, 3), l[4], l[3], '']],
  ])('%s: not reused', async (_name, edit) => {
    const { file, lines, lookup } = await stored();
    writeFileSync(file, edit(lines).join('\n'));
    expect(lookup()).toBeUndefined();
  });

  it('a file line for a file no longer asked about is passed over', async () => {
    const { file, lines, root } = await stored();
    writeFileSync(file, [...lines.slice(0, 3), `0.yaml\t${'0'.repeat(64)}\t1\t1\t1\t1`, ...lines.slice(3)].join('\n'));
    expect(openRunCache(path.dirname(file), root, 'v1').lookup(['a.yaml', 'b.yaml'])).toEqual([FINDING]);
  });

  it('a cache file that cannot be written costs nothing: store resolves, lookup finds nothing', async () => {
    const root = writeRoot({ 'a.yaml': 'a: 1\n' });
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-cache-')), 'a-file');
    writeFileSync(blocker, 'x');
    const cache = openRunCache(path.join(blocker, 'sub'), root, 'v1');
    await cache.hashing(fileSystemTree(root)).read('a.yaml', 1e6);
    await expect(cache.store(['a.yaml'], [])).resolves.toBeUndefined();
    expect(cache.lookup(['a.yaml'])).toBeUndefined();
  });

  it('a file never read through the hashing tree: nothing is stored', async () => {
    const root = writeRoot({ 'a.yaml': 'a: 1\n' });
    const directory = mkdtempSync(path.join(tmpdir(), 'phoihop-cache-'));
    const cache = openRunCache(directory, root, 'v1');
    await cache.store(['a.yaml'], []);
    expect(readdirSync(directory)).toEqual([]);
    await cache.store(['a.yaml'], [], new Map([['a.yaml', 'f'.repeat(64)]]));
    expect(readdirSync(directory)).toHaveLength(1);
  });
});
