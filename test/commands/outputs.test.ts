import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Issue 19: what each command prints on the sample, whole, as reviewed files
// (test/commands/outputs/): the tables, lists, reports and exports an officer pastes or files, in
// vi and en. A change of any of it, meant or not, fails here and shows in review as a change of
// the file; accept one with `vitest -u`. Each runs in its own test (per-test mutation coverage).
const AS_OF = ['--as-of', '2021-12-20'];
const COMMANDS: [string, string[]][] = [
  ['status', ['status', ...AS_OF]],
  ['status-json', ['status', '--format', 'json', ...AS_OF]],
  ['status-markdown', ['status', '--format', 'markdown', ...AS_OF]],
  ['overdue', ['overdue', ...AS_OF]],
  ['overdue-csv', ['overdue', '--format', 'csv', ...AS_OF]],
  ['overdue-markdown', ['overdue', '--format', 'markdown', ...AS_OF]],
  ['summary-2019', ['summary', '--year', '2019', ...AS_OF]],
  ['summary-2019-markdown', ['summary', '--year', '2019', '--format', 'markdown', ...AS_OF]],
  ['summary-mid-term', ['summary', '--review', 'mid-term', ...AS_OF]],
  ['summary-term', ['summary', '--term', ...AS_OF]],
  ['summary-term-csv', ['summary', '--term', '--format', 'csv', ...AS_OF]],
  ['explain-NV03', ['explain', 'NV03', ...AS_OF]],
  ['explain-NV08', ['explain', 'NV08', ...AS_OF]],
  ['calendar', ['calendar', '--as-of', '2021-06-01']],
  ['summary-2019-html', ['summary', '--year', '2019', '--format', 'html', ...AS_OF]],
  ['overdue-html', ['overdue', '--format', 'html', ...AS_OF]],
];

describe('what each command prints on the sample, whole', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const [name, args] of COMMANDS) {
      it(`${lang}: phoihop ${args.join(' ')}`, async () => {
        const r = await runCli(['--lang', lang, ...args, '--root', 'data']);
        expect(r.exitCode).toBe(0);
        await expect(`${r.stdout}\n--- stderr ---\n${r.stderr}`).toMatchFileSnapshot(`outputs/${lang}-${name}.txt`);
      });
    }
  }
});

// The repository `init` writes, every file but the schemas (copied from schemas/, held there),
// with and without --install, and what it says; the folder's own path is written as <dir>.
describe('what init writes, whole', () => {
  const cases: [string, string[]][] = [
    ['init', []],
    ['init-install', ['--install', 'git+https://git.example.org/phoihop.git#v0.2.0']],
  ];
  for (const lang of ['vi', 'en'] as const) {
    for (const [name, extra] of cases) {
      it(`${lang}: phoihop init ${extra.join(' ')}`, async () => {
        const dir = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-init-golden-')), 'kho');
        const r = await runCli(['--lang', lang, 'init', dir, ...extra]);
        expect(r.exitCode).toBe(0);
        const files = readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && !e.parentPath.endsWith('schemas'))
          .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
          .sort();
        const text = [`${r.stdout}--- stderr ---\n${r.stderr}`, ...files.map((f) => `=== ${f}\n${readFileSync(path.join(dir, f), 'utf8')}`)].join('\n').split(dir).join('<dir>');
        await expect(text).toMatchFileSnapshot(`outputs/${lang}-${name}.txt`);
      });
    }
  }
});

// `diff` of a change of every kind: a report added, a task's state and lead changed, a task added
// by an amendment, an evaluation made final, a file removed, in each format.
describe('what diff says of a change, whole', () => {
  // Fixed commit dates, so that the commits, and the merge base diff names, are the same every run.
  const DATES = { GIT_AUTHOR_DATE: '2021-12-20T10:00:00+07:00', GIT_COMMITTER_DATE: '2021-12-20T10:00:00+07:00' };
  const before = { ...process.env };
  beforeAll(() => Object.assign(process.env, DATES));
  afterAll(() => {
    for (const key of Object.keys(DATES)) if (before[key] === undefined) delete process.env[key];
    Object.assign(process.env, before);
  });
  function changed() {
    const repo = gitRepo(baseRoot());
    const files = baseRoot();
    repo.write('p/tasks/T1.yaml', files['p/tasks/T1.yaml']!.replace('lead: ban-a', 'lead: ban-b') + '  - period: "2021"\n    on: 2021-12-01\n    state: partial\n    note: Còn dở\n');
    repo.write('p/tasks/T2.yaml', files['p/tasks/T2.yaml']!.replace('status: active', 'status: paused'));
    repo.write('p/tasks/T4.yaml', 'id: T4\ntitle: Việc bổ sung\ncontents: [ND2]\nlead: ban-b\nschedule: { every: year, due: ["11-30"] }\nstatus: active\nadded_by: 2021-03-01\n');
    repo.write('p/amendments/2021-03-01.yaml', 'date: 2021-03-01\ndocument: 07-QĐ/BCSĐ-BDV\nkind: supplement\nreason: Bổ sung nhiệm vụ\nchanges:\n  - { op: add_task, task: T4 }\n');
    repo.write('p/evaluations/2021.yaml', 'year: 2021\nstate: draft\nresults: []\n');
    repo.remove('p/evaluations/2020.yaml');
    repo.commit('change');
    return repo.dir;
  }
  for (const lang of ['vi', 'en'] as const) {
    for (const format of ['markdown', 'text', 'json']) {
      it(`${lang}: phoihop diff main~1 HEAD --format ${format}`, async () => {
        const root = changed();
        const r = await runCli(['--lang', lang, 'diff', 'HEAD~1', 'HEAD', '--format', format, '--root', root], { cwd: root });
        await expect(`exit ${r.exitCode}\n${r.stdout}\n--- stderr ---\n${r.stderr}`.split(root).join('<root>')).toMatchFileSnapshot(`outputs/${lang}-diff-${format}.txt`);
      });
    }
  }
});
