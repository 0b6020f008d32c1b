import { describe, expect, it } from 'vitest';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot, type RootFiles } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Issue 14, point 5 (a programme id is unique in the whole root) under `validate --base`, which
// checks only the programmes a change touches: the ids of the other folders are still read, and a
// clash is said, placed and remembered as a full validate says, places and remembers it.

/** The files of the base root's programme copied into `dir`, with the programme id `id`. */
function programmeIn(dir: string, id: string, programmeText?: (text: string) => string): RootFiles {
  return Object.fromEntries(
    Object.entries(baseRoot())
      .filter(([f]) => f.startsWith('p/'))
      .map(([f, t]) => {
        const text = t.replace('id: thu-nghiem', `id: ${id}`);
        return [f.replace(/^p\//, `${dir}/`), f === 'p/programme.yaml' && programmeText ? programmeText(text) : text];
      }),
  );
}

type Finding = { rule: string; file: string; line: number; column: number; message: string; baseline?: boolean };
const findings = (stdout: string) => (JSON.parse(stdout) as { diagnostics: Finding[] }).diagnostics;

describe('programme ids across the root under --base', { timeout: 60_000 }, () => {
  it('a clash is placed where a full validate places it: on the line of the id, not the top of the file', async () => {
    const repo = gitRepo(baseRoot());
    // The new programme opens with its title and a comment: its id is on line 3.
    const moved = (text: string) => text.replace('id: thu-nghiem\ntitle: Chương trình thử nghiệm\n', 'title: Chương trình thử nghiệm\n# cùng mã với p, do nhầm\nid: thu-nghiem\n');
    for (const [file, text] of Object.entries(programmeIn('q', 'thu-nghiem', moved))) repo.write(file, text);
    const scoped = findings((await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json'])).stdout);
    const full = findings((await runCli(['validate', '--root', repo.dir, '--format', 'json'])).stdout).filter((d) => d.rule === 'unique-id');
    expect(scoped).toEqual([expect.objectContaining({ rule: 'unique-id', file: 'q/programme.yaml', line: 3, column: 5, baseline: false })]);
    const { baseline, ...said } = scoped[0]!;
    expect(baseline).toBe(false);
    expect(full).toEqual([expect.objectContaining(said)]);
    expect(said.message).toBe('mã chương trình "thu-nghiem" đã có ở p/programme.yaml');
  });

  it('a clash the base already had stays pre-existing when agencies.yaml changes and every programme is checked', async () => {
    const repo = gitRepo({ ...baseRoot(), ...programmeIn('q', 'thu-nghiem') });
    repo.write('agencies.yaml', baseRoot()['agencies.yaml']! + '  - { id: ban-c, name: Ban C }\n');
    const result = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json', '--lang', 'en']);
    expect(findings(result.stdout)).toEqual([
      expect.objectContaining({ rule: 'unique-id', file: 'q/programme.yaml', message: 'the programme id "thu-nghiem" is already used in p/programme.yaml', baseline: true }),
    ]);
    expect(result.exitCode).toBe(0);
  });

  it('with two folders outside the change sharing an id, a third one names the first, as a full validate does', async () => {
    const repo = gitRepo({ ...baseRoot(), ...programmeIn('q', 'thu-nghiem') });
    for (const [file, text] of Object.entries(programmeIn('s', 'thu-nghiem'))) repo.write(file, text);
    const scoped = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json']);
    expect(scoped.exitCode).toBe(1);
    expect(findings(scoped.stdout)).toEqual([
      expect.objectContaining({ rule: 'unique-id', file: 's/programme.yaml', message: 'mã chương trình "thu-nghiem" đã có ở p/programme.yaml', baseline: false }),
    ]);
    const full = findings((await runCli(['validate', '--root', repo.dir, '--format', 'json'])).stdout);
    expect(full.find((d) => d.file === 's/programme.yaml')?.message).toBe('mã chương trình "thu-nghiem" đã có ở p/programme.yaml');
  });

  it('a task outside the change whose id is a new programme\'s id is no clash: only programme ids are compared', async () => {
    const task = baseRoot()['p/tasks/T2.yaml']!.replace('id: T2', 'id: chung');
    const repo = gitRepo({ ...baseRoot(), 'p/tasks/chung.yaml': task });
    for (const [file, text] of Object.entries(programmeIn('q', 'chung'))) repo.write(file, text);
    const result = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json']);
    expect(findings(result.stdout).filter((d) => d.rule === 'unique-id')).toEqual([]);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
  });

  it('a programme.yaml outside the change that does not parse does not stop --base, and its folder is not blamed', async () => {
    const repo = gitRepo({ ...baseRoot(), 'r/programme.yaml': 'id: [hỏng\ntitle: "chưa đóng\n' });
    for (const [file, text] of Object.entries(programmeIn('q', 'thu-nghiem-2'))) repo.write(file, text);
    const result = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json']);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(findings(result.stdout)).toEqual([]);
    // A clash with a folder that does parse is still found past the broken one.
    for (const [file, text] of Object.entries(programmeIn('s', 'thu-nghiem'))) repo.write(file, text);
    const clash = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json']);
    expect(findings(clash.stdout)).toEqual([expect.objectContaining({ rule: 'unique-id', file: 's/programme.yaml', baseline: false })]);
  });
});
