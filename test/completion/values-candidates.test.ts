import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// What the shell is offered, word for word, in-process (issue 19, sixth round): each option's
// values, the records' ids, the open periods of a task, the git refs after --at and --base.

const root = writeRoot(baseRoot());
const offered = async (...words: string[]) => {
  const result = await runCli(['__complete', 'bash', '--root', root, ...words]);
  expect(result.exitCode).toBe(0);
  expect(result.stderr).toBe('');
  return result.stdout;
};

describe('values that do not depend on the records', () => {
  it.each([
    [['status', '--state', ''], 'cancelled\ndone\ndue_soon\nnot_started\non_track\noverdue\npaused\n'],
    [['status', '--state', 'o'], 'on_track\noverdue\n'],
    [['report', 'add', 'T1', '--state', ''], 'done\nnot_done\npartial\n'],
    [['task', 'status', 'T1', ''], 'active\ncancelled\ndone\npaused\n'],
    [['completion', ''], 'bash\nfish\npowershell\nzsh\n'],
    [['--lang', ''], 'en\nvi\n'],
    [['status', '--lang', 'E'], 'en\n'],
    [['amend', '--kind', ''], 'adjustment\nsupplement\n'],
    [['summary', '--review', ''], 'final\nmid-term\n'],
    [['validate', '--format', ''], 'github\ngitlab\njson\njunit\npretty\nsarif\n'],
    [['status', '--format', ''], 'csv\nhtml\njson\nmarkdown\ntable\n'],
    [['overdue', '--format', ''], 'csv\nhtml\njson\nmarkdown\ntable\n'],
    [['summary', '--format', ''], 'csv\ndocx\nhtml\njson\nmarkdown\ntext\n'],
    [['diff', '--format', ''], 'json\nmarkdown\ntext\n'],
    [['amend', '--add-task', ''], ':files\n'],
    [['summary', '--output', 'x'], ':files\n'],
    [['init', ''], ':dirs\n'],
    [['report', ''], 'add\n'],
    [['evaluation', ''], 'finalise\nfinalize\nnew\n'],
    [['evaluation', 'fin'], 'finalise\nfinalize\n'],
    [['task', ''], 'status\n'],
    // Free text and dates: nothing to offer.
    [['report', 'add', 'T1', '--note', ''], ''],
    [['amend', '--date', ''], ''],
    [[''], 'amend\ncalendar\ncompletion\ndiff\nevaluation\nexplain\ninit\noverdue\nreport\nsite\nstatus\nsummary\ntask\nvalidate\n'],
  ])('%j', async (words, expected) => {
    expect(await offered(...words)).toBe(expected);
  });
});

describe('options: the command\'s own and the global ones, never the hidden', () => {
  it.each([
    [['status', '--'], '--all\n--as-of\n--at\n--content\n--format\n--lang\n--lead\n--output\n--programme\n--root\n--state\n--version\n'],
    [['amend', '--'], '--add-task\n--at\n--cancel-task\n--date\n--document\n--dry-run\n--kind\n--lang\n--move-due\n--programme\n--reason\n--root\n--version\n'],
    // Where an argument could come, a word begun with "-" is still an option (before this round: nothing was offered).
    [['report', 'add', '--'], '--at\n--document\n--document-date\n--document-issuer\n--document-title\n--dry-run\n--figure\n--lang\n--note\n--on\n--period\n--programme\n--root\n--state\n--version\n'],
    [['report', 'add', '--do'], '--document\n--document-date\n--document-issuer\n--document-title\n'],
    [['task', 'status', '--'], '--at\n--dry-run\n--lang\n--on\n--programme\n--root\n--version\n'],
    [['task', 'status', 'T1', '--o'], '--on\n'],
    [['--r'], '--root\n'],
  ])('%j', async (words, expected) => {
    expect(await offered(...words)).toBe(expected);
  });
});

describe('values read from the records', () => {
  it.each([
    [['explain', ''], 'T1\nT2\nT3\n'],
    [['explain', 't'], 'T1\nT2\nT3\n'],
    [['amend', '--cancel-task', 'T3'], 'T3\n'],
    [['report', 'add', ''], 'T1\nT2\nT3\n'],
    [['summary', '--year', ''], '2020\n2021\n2022\n'],
    [['evaluation', 'new', ''], '2020\n2021\n2022\n'],
    [['evaluation', 'finalise', '202'], '2020\n2021\n2022\n'],
    [['status', '--programme', ''], 'thu-nghiem\n'],
    [['status', '--lead', ''], 'BA\nban-a\nban-b\n'],
    [['calendar', '--lead', 'ban-'], 'ban-a\nban-b\n'],
    [['status', '--content', ''], 'ND1\nND2\n'],
    // T2 is half-yearly with no report: every half-year open; T1 has 2020 done.
    [['report', 'add', 'T2', '--period', ''], '2020-H1\n2020-H2\n2021-H1\n2021-H2\n2022-H1\n2022-H2\n'],
    [['report', 'add', 't1', '--period', ''], '2021\n2022\n'],
    [['report', 'add', 'T1', '--period', '2022'], '2022\n'],
    // No task typed, or one that does not exist: no period to offer.
    [['report', 'add', '--period', ''], ''],
    [['report', 'add', 'T9', '--period', ''], ''],
  ])('%j', async (words, expected) => {
    expect(await offered(...words)).toBe(expected);
  });

  it('a root whose programme has no period offers no year, and no git repository no ref', async () => {
    const files = baseRoot();
    files['p/programme.yaml'] = files['p/programme.yaml']!.replace('period: { from: 2020-01-10, to: 2022-12-31 }\n', '');
    const bare = writeRoot(files);
    const words = async (...w: string[]) => (await runCli(['__complete', 'bash', '--root', bare, ...w])).stdout;
    expect(await words('summary', '--year', '')).toBe('');
    expect(await words('report', 'add', 'T1', '--period', '')).toBe('');
    expect(await words('summary', '--at', '')).toBe('');
    expect(await words('status', '--programme', '')).toBe('thu-nghiem\n');
  });
});

describe('git refs after --at and --base: branches, remote branches and tags', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });
  const repo = mkdtempSync(path.join(tmpdir(), 'phoihop-refs-'));
  writeFileSync(path.join(repo, 'a.txt'), 'a\n');
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'one');
  git(repo, 'branch', 'nhanh-2021');
  git(repo, 'tag', 'v1.0');
  git(repo, 'tag', '-a', 'bao-cao-2021', '-m', 'tag');
  git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  const refs = async (...words: string[]) => (await runCli(['__complete', 'bash', '--root', repo, ...words])).stdout;

  it('every ref, in the collator\'s order', async () => {
    expect(await refs('summary', '--at', '')).toBe('bao-cao-2021\nmain\nnhanh-2021\norigin/main\nv1.0\n');
    expect(await refs('validate', '--base', '')).toBe('bao-cao-2021\nmain\nnhanh-2021\norigin/main\nv1.0\n');
    // diff's two arguments are refs too (before this round: nothing was offered).
    expect(await refs('diff', '')).toBe('bao-cao-2021\nmain\nnhanh-2021\norigin/main\nv1.0\n');
    expect(await refs('diff', 'main', '')).toBe('bao-cao-2021\nmain\nnhanh-2021\norigin/main\nv1.0\n');
    expect(await refs('diff', 'main', 'v1.0', '')).toBe('');
  });

  it('those that begin with what is typed', async () => {
    expect(await refs('--at', 'v')).toBe('v1.0\n');
    expect(await refs('validate', '--base', 'n')).toBe('nhanh-2021\n');
    expect(await refs('diff', 'origin/')).toBe('origin/main\n');
    expect(await refs('diff', 'B')).toBe('bao-cao-2021\n');
  });
});
