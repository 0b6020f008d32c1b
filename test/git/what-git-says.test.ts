import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gitRepo, shallowPrClone } from '../helpers/git-repo.js';
import { baseRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// What the git-aware commands say, word for word, in Vietnamese and in English: history that
// would be lost under `validate --base` (with what to do), and git itself standing in the way
// (a shallow clone, two revisions of unrelated history). A user reads these in a CI log with no
// one to ask, so each sentence is pinned as the user sees it.

type Finding = { rule: string; file: string; message: string; fix?: string };
const findings = (stdout: string) => (JSON.parse(stdout) as { diagnostics: Finding[] }).diagnostics;

const HISTORY = {
  vi: {
    taskDeleted: 'tệp nhiệm vụ bị xóa; nhiệm vụ chỉ được hủy bằng văn bản điều chỉnh, không xóa tệp',
    taskDeletedHint: 'khôi phục tệp (git checkout BASE -- <tệp>), đặt "status: cancelled" và thêm văn bản điều chỉnh có "- { op: cancel_task, task: ... }"',
    finalChanged: 'đánh giá đã chốt (state: final) ở phiên bản gốc bị sửa',
    finalDeleted: 'đánh giá đã chốt (state: final) ở phiên bản gốc bị xóa',
    finalHint: 'hồ sơ đã chốt không được sửa; khôi phục tệp và ghi điều chỉnh vào đánh giá năm sau hoặc một văn bản điều chỉnh',
  },
  en: {
    taskDeleted: 'a task file was deleted; tasks are cancelled by an amendment, never removed',
    taskDeletedHint: 'restore the file (git checkout BASE -- <file>), set "status: cancelled" and add an amendment with "- { op: cancel_task, task: ... }"',
    finalChanged: 'an evaluation that was final at the base was changed',
    finalDeleted: 'an evaluation that was final at the base was deleted',
    finalHint: "final records are not edited; restore the file and record the correction in next year's evaluation or an amendment",
  },
} as const;

const SHALLOW = {
  vi: 'bản sao git này là bản nông (shallow clone) nên thiếu lịch sử; lấy đủ lịch sử bằng "git fetch --unshallow" hoặc, trong GitHub Actions, "fetch-depth: 0" ở bước actions/checkout',
  en: 'this git clone is shallow and lacks the history; fetch it with "git fetch --unshallow" or, in GitHub Actions, "fetch-depth: 0" on actions/checkout',
};
const NO_MERGE_BASE_SHALLOW = {
  vi: 'không tìm được gốc chung (merge base) vì bản sao git là bản nông (shallow clone); lấy đủ lịch sử bằng "git fetch --unshallow" hoặc, trong GitHub Actions, "fetch-depth: 0" ở bước actions/checkout',
  en: 'no merge base found because this git clone is shallow; fetch the history with "git fetch --unshallow" or, in GitHub Actions, "fetch-depth: 0" on actions/checkout',
};
const NO_MERGE_BASE = {
  vi: 'hai phiên bản không có gốc chung (merge base); kiểm tra tên nhánh gốc',
  en: 'the two revisions share no history (no merge base); check the base branch name',
};
const BAD_REVISION = {
  vi: (ref: string) => `không có phiên bản git "${ref}"; kiểm tra tên nhánh, thẻ hoặc mã commit (git log --oneline)`,
  en: (ref: string) => `there is no git revision "${ref}"; check the branch, tag or commit id (git log --oneline)`,
};

describe('what validate --base says when history would be lost', { timeout: 60_000 }, () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`a deleted task, a deleted final evaluation and a changed one, each with what to do (${lang})`, async () => {
      const said = HISTORY[lang];
      const repo = gitRepo(baseRoot());
      repo.remove('p/tasks/T3.yaml');
      repo.remove('p/evaluations/2020.yaml');
      const deleted = findings((await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json', '--lang', lang])).stdout);
      expect(deleted.find((d) => d.rule === 'task-deleted')).toMatchObject({ file: 'p/tasks/T3.yaml', message: said.taskDeleted, fix: said.taskDeletedHint });
      expect(deleted.find((d) => d.rule === 'final-record')).toMatchObject({ file: 'p/evaluations/2020.yaml', message: said.finalDeleted, fix: said.finalHint });

      repo.git('checkout', '--', '.');
      repo.write('p/evaluations/2020.yaml', baseRoot()['p/evaluations/2020.yaml']!.replace('rating: good', 'rating: excellent'));
      const changed = findings((await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json', '--lang', lang])).stdout);
      expect(changed).toEqual([expect.objectContaining({ rule: 'final-record', file: 'p/evaluations/2020.yaml', message: said.finalChanged, fix: said.finalHint })]);
    });
  }
});

describe('what git-aware commands say when git stands in the way', { timeout: 60_000 }, () => {
  it('a shallow clone: the base not fetched, then fetched without the shared history (vi and en)', async () => {
    const clone = shallowPrClone();
    for (const lang of ['vi', 'en'] as const) {
      const missing = await runCli(['validate', '--root', clone, '--base', 'origin/main', '--lang', lang]);
      expect(missing).toMatchObject({ exitCode: 2, stdout: '' });
      expect(missing.stderr).toContain(`${BAD_REVISION[lang]('origin/main')}; ${SHALLOW[lang]}`);
    }
    execFileSync('git', ['fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main'], { cwd: clone });
    for (const lang of ['vi', 'en'] as const) {
      const noBase = await runCli(['diff', 'origin/main', '--root', clone, '--lang', lang]);
      expect(noBase).toMatchObject({ exitCode: 2, stdout: '' });
      expect(noBase.stderr).toContain(NO_MERGE_BASE_SHALLOW[lang]);
      expect(noBase.stderr).not.toContain(NO_MERGE_BASE[lang]);
    }
  });

  it('an unknown revision in a full clone is named without the shallow-clone hint (vi and en)', async () => {
    const repo = gitRepo(baseRoot());
    for (const lang of ['vi', 'en'] as const) {
      const result = await runCli(['validate', '--root', repo.dir, '--base', 'origin/main', '--lang', lang]);
      expect(result).toMatchObject({ exitCode: 2, stdout: '' });
      expect(result.stderr).toContain(BAD_REVISION[lang]('origin/main'));
      expect(result.stderr).not.toContain(SHALLOW[lang]);
    }
  });

  it('two branches of unrelated history in a full clone: no merge base, and no word of shallow clones (vi and en)', async () => {
    const repo = gitRepo(baseRoot());
    repo.git('checkout', '-q', '--orphan', 'khac');
    repo.write('p/tasks/T2.yaml', baseRoot()['p/tasks/T2.yaml']!.replace('title: Việc 6 tháng', 'title: Việc sáu tháng'));
    repo.commit('lịch sử khác');
    for (const lang of ['vi', 'en'] as const) {
      const diff = await runCli(['diff', 'main', '--root', repo.dir, '--lang', lang]);
      expect(diff).toMatchObject({ exitCode: 2, stdout: '' });
      expect(diff.stderr).toContain(NO_MERGE_BASE[lang]);
      expect(diff.stderr).not.toContain('shallow');
      const validate = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--lang', lang]);
      expect(validate.exitCode).toBe(2);
      expect(validate.stderr).toContain(NO_MERGE_BASE[lang]);
    }
  });
});
