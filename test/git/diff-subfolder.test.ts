import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo } from '../helpers/git-repo.js';
import { baseRoot, type RootFiles } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

const under = (dir: string, files: RootFiles): RootFiles => Object.fromEntries(Object.entries(files).map(([file, text]) => [`${dir}/${file}`, text]));

// `diff` on records kept two folders down in their repository (kho/ho-so): the root's own files
// are compared, each named from the root, and a change elsewhere in the repository is not one.
describe('diff of a root two folders down in its repository', () => {
  it('finds the change to a task of the root, and nothing of a file beside it', async () => {
    const repo = gitRepo({ 'README.md': '# Kho\n', ...under('kho/ho-so', baseRoot()), 'kho/khac/p/tasks/T2.yaml': 'id: T2\n' });
    repo.git('checkout', '-q', '-b', 'sua');
    const task = 'kho/ho-so/p/tasks/T2.yaml';
    repo.write(task, readFileSync(path.join(repo.dir, task), 'utf8').replace('status: active', 'status: paused'));
    repo.write('kho/khac/p/tasks/T2.yaml', 'id: T2\nstatus: done\n');
    repo.commit('tạm dừng T2');
    const base = repo.git('merge-base', 'main', 'HEAD').trim().slice(0, 12);
    const result = await runCli(['diff', 'main', '--root', path.join(repo.dir, 'kho/ho-so')]);
    expect(result).toEqual({
      exitCode: 0,
      stderr: '',
      stdout: `## Thay đổi hồ sơ từ main đến bản đang sửa\n\nSo với gốc chung (merge base) của main và bản này: commit ${base}.\n\n### thu-nghiem\n\nThay đổi trạng thái:\n\n- T2 Việc 6 tháng: đang thực hiện → tạm dừng\n`,
    });
  });
});
