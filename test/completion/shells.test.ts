import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPLETION_SCRIPTS } from '../../src/completion/scripts.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { hasCommand } from '../helpers/has-command.js';

// The scripts run in the real shells against the built bin, as a user's Tab would run them.
const BIN = path.resolve(import.meta.dirname, '../../bin/phoihop.js');


let root = '';
let env: Record<string, string> = {};
beforeAll(() => {
  root = writeRoot(baseRoot());
  const binDir = mkdtempSync(path.join(tmpdir(), 'phoihop-bin-'));
  writeFileSync(path.join(binDir, 'phoihop'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(path.join(binDir, 'phoihop'), 0o755);
  env = { PATH: `${binDir}:${process.env.PATH}`, HOME: tmpdir(), LANG: 'C.UTF-8' };
});

function writeScript(shell: keyof typeof COMPLETION_SCRIPTS): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-completion-')), `phoihop.${shell}`);
  writeFileSync(file, execFileSync(process.execPath, [BIN, 'completion', shell], { encoding: 'utf8' }));
  return file;
}

/** COMPREPLY after bash's completion function runs on `words`, the last being typed. */
function bash(words: string[]): string[] {
  const script = writeScript('bash');
  const quoted = words.map((w) => `'${w.replaceAll("'", "'\\''")}'`).join(' ');
  const program = `source '${script}'; cd '${root}'; COMP_WORDS=(phoihop ${quoted}); COMP_CWORD=${words.length}; _phoihop; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['-c', program], { env, encoding: 'utf8' }).split('\n').filter(Boolean);
}

describe('bash completion', () => {
  it('completes sub-commands and options', () => {
    expect(bash(['re'])).toEqual(['report']);
    expect(bash(['report', ''])).toEqual(['add']);
    expect(bash(['status', '--for'])).toEqual(['--format']);
  });

  it('completes option values', () => {
    expect(bash(['status', '--format', ''])).toEqual(['csv', 'html', 'json', 'markdown', 'table']);
    expect(bash(['report', 'add', 'T1', '--state', ''])).toEqual(['done', 'not_done', 'partial']);
    expect(bash(['task', 'status', 'T1', 'p'])).toEqual(['paused']);
  });

  it('completes record ids from the root in effect, in any case', () => {
    expect(bash(['explain', 't'])).toEqual(['T1', 'T2', 'T3']);
    expect(bash(['--root', root, 'status', '--programme', ''])).toEqual(['thu-nghiem']);
    expect(bash(['status', '--lead', 'b'])).toEqual(['BA', 'ban-a', 'ban-b']);
    expect(bash(['summary', '--year', ''])).toEqual(['2020', '2021', '2022']);
    expect(bash(['report', 'add', 'T1', '--period', ''])).toEqual(['2021', '2022']);
  });

  it('escapes spaces in agency short names so the word stays one argument', () => {
    const withSpaces = writeRoot({ ...baseRoot(), 'agencies.yaml': 'agencies:\n  - { id: ban-a, name: Ban A, short: Ban Dân vận }\n  - { id: ban-b, name: Ban B }\n' });
    expect(bash(['--root', withSpaces, 'status', '--lead', 'Ban\\ D'])).toEqual(['Ban\\ Dân\\ vận']);
    expect(bash(['--root', withSpaces, 'status', '--lead', "'Ban D"])).toEqual(['Ban\\ Dân\\ vận']);
  });
});

describe.skipIf(!hasCommand('zsh'))('zsh completion', () => {
  it('adds the candidates with compadd', () => {
    const script = writeScript('zsh');
    const program = `compdef() { :; }; compadd() { print -l -- "$@"; }; source '${script}'; cd '${root}'; words=(phoihop explain T); CURRENT=3; _phoihop`;
    const out = execFileSync('zsh', ['-f', '-c', program], { env, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(out).toEqual(['--', 'T1', 'T2', 'T3']);
  });
});

describe.skipIf(!hasCommand('fish'))('fish completion', () => {
  it('answers complete -C', () => {
    const script = writeScript('fish');
    const out = execFileSync('fish', ['--no-config', '-c', `source '${script}'; cd '${root}'; complete -C'phoihop report add T1 --state '`], { env, encoding: 'utf8' });
    expect(out.split('\n').filter(Boolean).map((l) => l.split('\t')[0])).toEqual(['done', 'not_done', 'partial']);
  });
});
