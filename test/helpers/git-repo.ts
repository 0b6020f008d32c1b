import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { baseRoot, writeRoot, type RootFiles } from './roots.js';

/** A throw-away git repository in a temp folder holding a records root, with one commit. */
export function gitRepo(files: RootFiles) {
  const dir = writeRoot(files);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  return {
    dir,
    git,
    write(file: string, text: string) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    },
    remove(file: string) {
      rmSync(path.join(dir, file));
    },
    commit(message: string) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
  };
}

/** Gives a folder and all it holds to another user (nobody), as a repository checked out by another account. */
export function chownTree(dir: string, uid = 65534): void {
  chownSync(dir, uid, uid);
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) chownTree(full, uid);
    else chownSync(full, uid, uid);
  }
}

/** A one-commit-deep clone of branch "pr" of a repository whose main has more history (a CI checkout). */
export function shallowPrClone(): string {
  const origin = gitRepo(baseRoot());
  origin.git('checkout', '-q', '-b', 'pr');
  origin.write('p/tasks/T2.yaml', baseRoot()['p/tasks/T2.yaml']!.replace('title: Việc 6 tháng', 'title: Việc sáu tháng'));
  origin.commit('sửa tên');
  const clone = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-shallow-')), 'ho-so');
  execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'pr', `file://${origin.dir}`, clone]);
  return clone;
}
