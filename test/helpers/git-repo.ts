import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeRoot, type RootFiles } from './roots.js';

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
