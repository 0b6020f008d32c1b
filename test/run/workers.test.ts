import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { drawRowBlock } from '../../src/views/overdue.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateRoot } from '../../bench/generate.mjs';

// Worker threads run the bundle: these tests drive the built bin, once on one thread and once on
// two workers, and expect every byte of every output to be the same.
const BIN = path.resolve('bin/phoihop.js');
const SAMPLE = path.resolve('data');
const PROGRAMME = 'dan-van-2017-2021';

/** The sample's programme 45 times over (3 chunks of 20), with an error, a warning and a repeated id among them. */
function bigRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'phoihop-workers-'));
  cpSync(path.join(SAMPLE, 'agencies.yaml'), path.join(root, 'agencies.yaml'));
  cpSync(path.join(SAMPLE, 'phoihop.yaml'), path.join(root, 'phoihop.yaml'));
  for (let i = 1; i <= 45; i++) {
    const dir = path.join(root, `tinh-${String(i % 7).padStart(2, '0')}`, `ct-${String(i).padStart(2, '0')}`);
    cpSync(path.join(SAMPLE, PROGRAMME), dir, { recursive: true });
    const programme = path.join(dir, 'programme.yaml');
    const id = i === 44 ? 'ct-03' : `ct-${String(i).padStart(2, '0')}`;
    // Ids written every way YAML allows still order the listing: quoted with a comment, folded.
    const written = i === 2 ? `id: "${id}"   # ghi chú` : i === 5 ? `id: >-\n  ${id}` : `id: ${id}`;
    writeFileSync(programme, readFileSync(programme, 'utf8').replace(/^id: .*$/m, written));
  }
  const task = path.join(root, 'tinh-05/ct-12/tasks/NV03.yaml');
  writeFileSync(task, readFileSync(task, 'utf8').replace(/^lead: .*$/m, 'lead: ban-khong-co'));
  const other = path.join(root, 'tinh-03/ct-31/tasks/NV05.yaml');
  writeFileSync(other, readFileSync(other, 'utf8') + 'unknown_key: 1\n');
  return root;
}

function phoihop(args: string[], workers: number, cwd?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, env: { ...process.env, PHOIHOP_WORKERS: String(workers), PHOIHOP_NO_PROGRESS: '1', NO_COLOR: '1', ...env }, maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('work on worker threads', () => {
  const root = bigRoot();
  const asOf = ['--as-of', '2019-12-20'];
  const commands: string[][] = [
    ['validate', '--no-cache'],
    ['validate', '--no-cache', '--format', 'json'],
    ['status', ...asOf],
    ['status', '--format', 'json', ...asOf],
    ['status', '--content', 'ND2', '--lead', 'bdv', ...asOf],
    ['status', '--programme', 'CT-07', ...asOf],
    ['overdue', ...asOf],
    ['overdue', '--format', 'csv', ...asOf],
    ['summary', '--year', '2018', ...asOf],
    ['summary', '--year', '2018', '--format', 'json', ...asOf],
    ['summary', '--review', 'mid-term', '--format', 'markdown', '--as-of', '2021-12-31'],
    ['summary', '--term', '--format', 'json', ...asOf],
  ];

  it.each(commands)('give the same output as one thread: %s', (...args) => {
    const one = phoihop([...args, '--root', root], 0);
    const two = phoihop([...args, '--root', root], 2);
    expect(two).toEqual(one);
    expect(one.stdout.length).toBeGreaterThan(200);
  });

  it('find what the chunks alone cannot: a programme id repeated in another chunk', () => {
    const out = phoihop(['validate', '--no-cache', '--format', 'json', '--root', root], 2);
    const findings = JSON.parse(out.stdout).diagnostics as { file: string; rule: string }[];
    // tinh-02/ct-44 comes first in folder order, so the repeat is tinh-03/ct-03's.
    expect(findings.filter((d) => d.rule === 'unique-id')).toEqual([expect.objectContaining({ file: 'tinh-03/ct-03/programme.yaml', message: expect.stringContaining('tinh-02/ct-44/programme.yaml') })]);
    expect(findings.map((d) => d.file)).toEqual(expect.arrayContaining(['tinh-05/ct-12/tasks/NV03.yaml', 'tinh-03/ct-31/tasks/NV05.yaml']));
    expect(out.status).toBe(1);
  });

  it('read a git revision too (--at), each worker from its own reader', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'records');
    for (const args of [['validate', '--format', 'json'], ['overdue', ...asOf]]) {
      const one = phoihop([...args, '--at', 'HEAD', '--root', root], 0);
      expect(phoihop([...args, '--at', 'HEAD', '--root', root], 2)).toEqual(one);
      expect(one.stdout).toContain(args[0] === 'validate' ? 'unique-id' : 'ct-45');
    }
  });

  it('give the same findings when one file is larger than a worker\'s heap can check', () => {
    // 20,000 reports with an impossible day and state give 40,000 findings: more than a worker's
    // bounded heap holds (seen by hand: ERR_WORKER_OUT_OF_MEMORY), so that chunk is redone on the
    // main thread. A test cannot see which thread did it, only that nothing is lost.
    const wide = path.join(root, 'tinh-01/ct-01/tasks/NV01.yaml');
    const reports = Array.from({ length: 20_000 }, () => '  - {period: 2018, on: 2018-13-01, state: dne}\n').join('');
    writeFileSync(wide, readFileSync(wide, 'utf8').replace(/^reports:.*$/m, `reports:\n${reports}`));
    const one = phoihop(['validate', '--no-cache', '--format', 'json', '--root', root], 0);
    const two = phoihop(['validate', '--no-cache', '--format', 'json', '--root', root], 2);
    expect(two).toEqual(one);
    expect(JSON.parse(one.stdout).diagnostics.filter((d: { file: string }) => d.file === 'tinh-01/ct-01/tasks/NV01.yaml').length).toBeGreaterThanOrEqual(40_000);
    expect(readdirSync(root).length).toBeGreaterThan(2);
  });

  it('list programmes in programme id order, not in their folders\' order, on one thread and on two', () => {
    for (const workers of [0, 2]) {
      const ids: string[] = JSON.parse(phoihop(['status', '--format', 'json', ...asOf, '--root', root], workers).stdout).programmes.map((p: { id: string }) => p.id);
      expect(ids).toHaveLength(45);
      // The first folder (tinh-00/ct-07) holds ct-07: the listing still starts at ct-01.
      expect(ids.slice(0, 6)).toEqual(['ct-01', 'ct-02', 'ct-03', 'ct-03', 'ct-04', 'ct-05']);
      expect(ids).toEqual([...ids].sort(new Intl.Collator('vi').compare));
    }
  });

  it('tell the drafter each note once, however many reports it concerns', () => {
    const r = phoihop(['summary', '--year', '2021', '--as-of', '2022-01-10', '--root', root], 2);
    expect(r.stdout.split('Thực hiện Chương trình phối hợp').length - 1).toBe(45);
    expect(r.stderr.split('\n').filter((l) => l.includes('Đánh giá năm 2021 còn là dự thảo'))).toHaveLength(1);
  });
});

describe('the validate cache filled on worker threads', () => {
  const root = bigRoot();
  // Old enough for the cache to trust each file's stat (a file modified within a second is stored without one).
  const ageAll = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) ageAll(full);
      else utimesSync(full, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    }
  };
  ageAll(root);
  const cacheOf = (dir: string) => readFileSync(path.join(dir, readdirSync(dir)[0]!), 'utf8');

  it('holds every file with the same hash as one filled on one thread, and is reused', () => {
    const [one, two] = [0, 2].map((workers) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-cache-'));
      const run = phoihop(['validate', '--root', root], workers, undefined, { PHOIHOP_CACHE_DIR: dir });
      return { run, text: cacheOf(dir), dir };
    });
    expect(two!.run).toEqual(one!.run);
    expect(two!.text).toBe(one!.text);
    // 45 programmes of the sample's files and the two root files, each on its line.
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    expect(two!.text.split('\n').slice(3).filter(Boolean)).toHaveLength(files);
    const again = phoihop(['validate', '--root', root], 2, undefined, { PHOIHOP_CACHE_DIR: two!.dir });
    expect(again).toEqual(one!.run);
    expect(cacheOf(two!.dir)).toBe(two!.text);
  });

  it('sees a file changed in the last chunk', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-cache-'));
    const before = phoihop(['validate', '--root', root], 2, undefined, { PHOIHOP_CACHE_DIR: dir });
    const task = path.join(root, 'tinh-06/ct-41/tasks/NV02.yaml');
    writeFileSync(task, readFileSync(task, 'utf8').replace(/^lead: .*$/m, 'lead: ban-moi-la'));
    const after = phoihop(['validate', '--root', root], 2, undefined, { PHOIHOP_CACHE_DIR: dir });
    expect(before.stdout).not.toContain('ban-moi-la');
    expect(after.stdout).toContain('tinh-06/ct-41/tasks/NV02.yaml');
    expect(after.stdout).toContain('ban-moi-la');
  });
});

describe('a long overdue table drawn on worker threads', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'phoihop-long-overdue-'));
  generateRoot(root, 130);

  it.each([['vi'], ['en']])('is the table one thread draws, byte for byte (%s)', (lang) => {
    const rows = JSON.parse(phoihop(['overdue', '--format', 'json', '--root', root], 0).stdout).overdue.length;
    // At least the 2,000 rows (four blocks of 500) from which the table is drawn on workers.
    expect(rows).toBeGreaterThanOrEqual(2000);
    const one = phoihop(['overdue', '--lang', lang, '--root', root], 0);
    const two = phoihop(['overdue', '--lang', lang, '--root', root], 2);
    expect(two).toEqual(one);
    expect(one.status).toBe(0);
    expect(one.stdout.split('\n').filter((line) => line.startsWith('├')).length).toBe(rows);
  });

  // Above, the threads that found the rows draw them; a new thread draws when none is left (the
  // rows were found on this thread: one chunk).
  it('is drawn by a new drawing thread as this thread draws it', async () => {
    const cells = [['ct-01', 'NV01 Tuyên truyền, vận động đồng bào dân tộc thiểu số', 'quý I/2024', '31/03/2024', '45', 'Sở Nội vụ', 'chưa báo cáo']];
    const texts = cells.map((row) => new TextEncoder().encode(row.join('\u0000')));
    const block = { bytes: texts[0]!, ends: new Uint32Array([texts[0]!.length]) };
    const drawing = { widths: [9, 20, 12, 12, 6, 11, 10], single: false };
    const worker = new Worker(path.resolve('dist/run/draw-worker.js'));
    try {
      const drawn = await new Promise<{ index: number; bytes: Uint8Array }>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage({ index: 7, block, drawing });
      });
      expect(drawn.index).toBe(7);
      const text = new TextDecoder().decode(drawn.bytes);
      expect(text).toBe(new TextDecoder().decode(drawRowBlock(block, drawing)));
      expect(text.split('\n')[1]).toBe('│ ct-01   │ NV01 Tuyên truyền, │ quý I/2024 │ 31/03/2024 │ 45   │ Sở Nội vụ │ chưa báo │');
    } finally {
      await worker.terminate();
    }
  });
});
