import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createProgram } from '../../src/cli.js';
import { runCli } from '../helpers/world.js';

const fresh = () => path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-init-')), 'ho-so');

/** Every "phoihop ..." invocation in a text, as argument lists. */
function invocations(text: string): string[][] {
  const code = text.split('\n').map((line) => line.replace(/(^|\s)#.*$/, '')).join('\n');
  return [...code.matchAll(/phoihop ([a-z]+(?: +(?:--[a-z-]+(?:=\S+)?|"[^"]*"|[^\s>|;&]+))*)/g)].map((m) => m[1]!.split(/ +/));
}

function checkInvocation(program: Command, args: string[]) {
  const command = program.commands.find((c) => c.name() === args[0]);
  expect(command, `phoihop ${args.join(' ')}`).toBeDefined();
  const known = [...command!.options, ...program.options].map((o) => o.long);
  for (const option of args.filter((a) => a.startsWith('--'))) expect(known, `phoihop ${args.join(' ')}`).toContain(option.split('=')[0]);
}

describe('phoihop init', () => {
  it('warns, naming both workflow files, when it does not know where phoihop is installed from', async () => {
    const vi = await runCli(['init', fresh()]);
    expect(vi.stderr).toBe('cảnh báo: chưa biết địa chỉ git của phoihop; sửa biến PHOIHOP (chỗ OWNER) trong .github/workflows/phoihop.yml, .gitlab-ci.yml hoặc chạy lại với --install\n');
    const en = await runCli(['--lang', 'en', 'init', fresh()]);
    expect(en.stderr).toBe("warning: phoihop's git address is unknown; edit the PHOIHOP variable (the OWNER part) in .github/workflows/phoihop.yml, .gitlab-ci.yml or run again with --install\n");
  });

  it('scaffolds a root that validates on the first run', async () => {
    const dir = fresh();
    const created = await runCli(['init', dir]);
    expect(created.exitCode).toBe(0);
    expect((await runCli(['validate', '--root', dir])).exitCode).toBe(0);
    for (const file of ['agencies.yaml', 'phoihop.yaml', 'README.md', '.gitattributes', '.vscode/settings.json', '.github/CODEOWNERS.example', 'schemas/task.schema.json', 'chuong-trinh-mau/amendments/README.md']) {
      expect(existsSync(path.join(dir, file)), file).toBe(true);
    }
  });

  it('writes CI files that are valid YAML and call commands that exist', async () => {
    const dir = fresh();
    await runCli(['init', dir]);
    const program = createProgram('vi');
    for (const file of ['.github/workflows/phoihop.yml', '.gitlab-ci.yml', '.pre-commit-config.yaml']) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(() => parse(text), file).not.toThrow();
      const calls = invocations(text);
      expect(calls.length, file).toBeGreaterThan(0);
      for (const call of calls) checkInvocation(program, call);
    }
    const workflow = parse(readFileSync(path.join(dir, '.github/workflows/phoihop.yml'), 'utf8'));
    expect(Object.keys(workflow.jobs)).toEqual(['validate', 'overdue', 'site']);
    expect(workflow.jobs.site.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.site.steps.map((s: { run?: string; uses?: string }) => s.run ?? s.uses)).toContain('phoihop site _site');
    expect(workflow.jobs.site.steps.at(-1).uses).toBe('actions/deploy-pages@v4');
    const gitlab = parse(readFileSync(path.join(dir, '.gitlab-ci.yml'), 'utf8'));
    expect(gitlab.pages.script).toContain('phoihop site public');
    expect(gitlab.pages.artifacts.paths).toEqual(['public']);
    expect(JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8'))['yaml.schemas']['./schemas/task.schema.json']).toEqual(['**/tasks/*.yaml']);
  });

  it('refuses to overwrite an existing file and writes nothing', async () => {
    const dir = fresh();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'agencies.yaml'), 'của tôi\n');
    const result = await runCli(['init', dir]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('agencies.yaml');
    expect(readFileSync(path.join(dir, 'agencies.yaml'), 'utf8')).toBe('của tôi\n');
    expect(existsSync(path.join(dir, 'phoihop.yaml'))).toBe(false);
  });
});
