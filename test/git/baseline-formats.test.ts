import { describe, expect, it } from 'vitest';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot, type RootFiles } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Issue 14, point 7: what the merge base already had is marked in every format, and findings are
// matched by content, so that lines moving (in the file or in another file) make nothing new.

/** A repository whose base already has one finding (T1's unknown lead), and a change that adds one (T2's). */
function repoWithOldAndNewFinding() {
  const files = baseRoot();
  files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('lead: ban-a', 'lead: ban-z');
  const repo = gitRepo(files);
  repo.write('p/tasks/T2.yaml', files['p/tasks/T2.yaml']!.replace('lead: ban-b', 'lead: ban-y'));
  return repo;
}

const validate = (dir: string, format: string) => runCli(['validate', '--root', dir, '--base', 'main', '--format', format]);

describe('the baseline in every format', { timeout: 60_000 }, () => {
  it('SARIF: baselineState unchanged for the old finding, new for the new one', async () => {
    const repo = repoWithOldAndNewFinding();
    const sarif = JSON.parse((await validate(repo.dir, 'sarif')).stdout);
    const states = sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; baselineState: string }) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.baselineState]);
    expect(states).toEqual([
      ['p/tasks/T1.yaml', 'unchanged'],
      ['p/tasks/T2.yaml', 'new'],
    ]);
  });

  it('JUnit: no failure for the old finding, and the counts of new ones', async () => {
    const repo = repoWithOldAndNewFinding();
    const xml = (await validate(repo.dir, 'junit')).stdout;
    expect(xml).toContain('<testsuite name="phoihop validate" tests="6" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('<property name="new_errors" value="1"/>');
    expect(xml).toMatch(/<testcase classname="phoihop.validate" name="p\/tasks\/T1.yaml" file="p\/tasks\/T1.yaml">\n\s+<system-out>[^<]*unknown-reference \(baseline\)/);
    expect(xml).toMatch(/<testcase classname="phoihop.validate" name="p\/tasks\/T2.yaml" file="p\/tasks\/T2.yaml">\n\s+<failure type="unknown-reference"/);
  });

  it('GitLab: the old finding is info, the new one major', async () => {
    const repo = repoWithOldAndNewFinding();
    const issues = JSON.parse((await validate(repo.dir, 'gitlab')).stdout) as { severity: string; location: { path: string } }[];
    expect(issues.map((i) => [i.location.path, i.severity])).toEqual([
      ['p/tasks/T1.yaml', 'info'],
      ['p/tasks/T2.yaml', 'major'],
    ]);
  });

  it('GitHub: the old finding is a notice, so the annotation limit goes to new ones', async () => {
    const repo = repoWithOldAndNewFinding();
    const lines = (await validate(repo.dir, 'github')).stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::notice', '::error']);
    expect(lines[0]).toContain('file=p/tasks/T1.yaml');
  });

  it('json: new_errors, new_warnings and each hint as fix', async () => {
    const repo = repoWithOldAndNewFinding();
    const out = JSON.parse((await validate(repo.dir, 'json')).stdout);
    expect(out).toMatchObject({ errors: 2, new_errors: 1, warnings: 0, new_warnings: 0 });
    expect(out.diagnostics.every((d: { fix?: string }) => typeof d.fix === 'string' && d.fix.length > 0)).toBe(true);
  });
});

describe('matching by content, not line', { timeout: 60_000 }, () => {
  it('lines added above an old finding leave it old', async () => {
    const repo = repoWithOldAndNewFinding();
    repo.write('p/tasks/T1.yaml', '# ghi chú mới\n# thêm một dòng\n' + baseRoot()['p/tasks/T1.yaml']!.replace('lead: ban-a', 'lead: ban-z'));
    const out = JSON.parse((await validate(repo.dir, 'json')).stdout);
    expect(out.diagnostics.map((d: { file: string; line: number; baseline: boolean }) => [d.file, d.line, d.baseline])).toEqual([
      ['p/tasks/T1.yaml', 6, true],
      ['p/tasks/T2.yaml', 4, false],
    ]);
  });

  it("a line moving in another file does not make a finding new (messages name no other file's line)", async () => {
    const files: RootFiles = { ...baseRoot() };
    for (const [f, t] of Object.entries(baseRoot())) if (f.startsWith('p/')) files[f.replace(/^p\//, 'q/')] = t;
    const repo = gitRepo(files);
    repo.write('p/programme.yaml', '# Chương trình thử nghiệm\n\n' + files['p/programme.yaml']!);
    repo.write('q/tasks/T2.yaml', files['q/tasks/T2.yaml']!.replace('title: Việc 6 tháng', 'title: Việc sáu tháng'));
    const result = await validate(repo.dir, 'json');
    const clashes = JSON.parse(result.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'unique-id');
    expect(clashes).toEqual([expect.objectContaining({ file: 'q/programme.yaml', baseline: true, message: 'mã chương trình "thu-nghiem" đã có ở p/programme.yaml' })]);
    expect(result.exitCode).toBe(0);
  });
});

describe('what one old finding can excuse', { timeout: 60_000 }, () => {
  it('only itself: a second copy of the same finding in the same file is new', async () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('partners: [ban-b]', 'partners: [ban-x]');
    const repo = gitRepo(files);
    repo.write('p/tasks/T1.yaml', files['p/tasks/T1.yaml']!.replace('partners: [ban-x]', 'partners: [ban-x, ban-x]'));
    const out = JSON.parse((await validate(repo.dir, 'json')).stdout);
    const unknown = out.diagnostics.filter((d: { rule: string }) => d.rule === 'unknown-reference');
    expect(unknown.map((d: { baseline: boolean }) => d.baseline).sort()).toEqual([false, true]);
    expect(out.new_errors).toBeGreaterThan(0);
  });
});

describe('a change to the root-wide files', { timeout: 60_000 }, () => {
  it('checks every programme, not only the changed folders', async () => {
    const files: RootFiles = { ...baseRoot() };
    for (const [f, t] of Object.entries(baseRoot())) if (f.startsWith('p/')) files[f.replace(/^p\//, 'q/')] = t.replace('id: thu-nghiem', 'id: thu-nghiem-hai');
    const repo = gitRepo(files);
    // Removing an agency breaks tasks in both folders although neither folder changed.
    repo.write('agencies.yaml', 'agencies:\n  - { id: ban-a, name: Ban A, short: BA }\n');
    const out = JSON.parse((await validate(repo.dir, 'json')).stdout);
    const folders = new Set(out.diagnostics.filter((d: { baseline: boolean }) => !d.baseline).map((d: { file: string }) => d.file.split('/')[0]));
    expect([...folders].sort()).toEqual(['p', 'q']);
  });
});
