import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// --dry-run prints what the edit would write; git must be able to apply exactly that.
describe('--dry-run diffs apply with git apply', () => {
  const cases: [string, (root: string) => string[], (files: Record<string, string>) => void][] = [
    ['report add on a CRLF file', (root) => ['report', 'add', 'T1', '--root', root, '--state', 'partial', '--on', '2021-12-01', '--note', 'Đã xong một phần'], (f) => (f['p/tasks/T1.yaml'] = f['p/tasks/T1.yaml']!.replaceAll('\n', '\r\n'))],
    ['task status', (root) => ['task', 'status', 'T1', 'paused', '--root', root], () => undefined],
    ['amend across files', (root) => ['amend', '--root', root, '--kind', 'adjustment', '--document', '07-QĐ/BA', '--date', '2021-03-01', '--cancel-task', 'T2'], () => undefined],
  ];

  it.each(cases)('%s', async (_name, argv, prepare) => {
    const files = baseRoot();
    prepare(files);
    const dry = gitRepo(files);
    const real = gitRepo(files);
    const preview = await runCli([...argv(dry.dir), '--dry-run']);
    expect(preview.exitCode).toBe(0);
    expect(preview.stdout).toMatch(/^--- /);
    expect(dry.git('status', '--porcelain')).toBe('');
    writeFileSync(path.join(dry.dir, 'change.patch'), preview.stdout);
    dry.git('apply', '--whitespace=nowarn', 'change.patch');
    const applied = await runCli(argv(real.dir));
    expect(applied.exitCode).toBe(0);
    const changed = real.git('status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean).map((l) => l.slice(3));
    expect(changed.length).toBeGreaterThan(0);
    for (const file of changed) expect(readFileSync(path.join(dry.dir, file), 'utf8'), file).toBe(readFileSync(path.join(real.dir, file), 'utf8'));
  });
});
