import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../checks/scenarios.js';
import { writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';
import { runBin as phoihop } from '../helpers/bin.js';

describe('the real bin', () => {
  it('validates the embedded sample with exit 0', async () => {
    const result = await phoihop(['validate']);
    expect(result.stdout).toMatch(/^✔ Không có lỗi trong 26 tệp\n$/);
    expect(result.code).toBe(0);
  });

  // Every scenario runs here through the real bin as well as in-process; --strict turns warnings into exit 1.
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('scenario: %s', async (_name, scenario) => {
    const root = writeRoot(scenario.files);
    const result = await phoihop(['validate', '--root', root, '--format', 'json']);
    const found = (JSON.parse(result.stdout) as { diagnostics: { rule: string; file: string; line: number }[] }).diagnostics.map((d) => `${d.rule} ${d.file}:${d.line}`);
    expect(found.sort()).toEqual([...scenario.expected].sort());
    expect(result.code).toBe(scenario.exitCode);
    const strict = await phoihop(['validate', '--root', root, '--strict', '--no-cache']);
    expect(strict.code).toBe(scenario.exitCode === 0 && scenario.expected.length > 0 ? 1 : scenario.exitCode);
  });

  it('answers a missing root with one line and exit 2, never a stack trace', async () => {
    const result = await phoihop(['validate', '--root', '/no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('phoihop: không tìm thấy thư mục hồ sơ /no/such/folder\n');
  });

  it('answers an unknown option with exit 2', async () => {
    const result = await phoihop(['validate', '--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('prints colour on a terminal unless NO_COLOR is set', async () => {
    const root = writeRoot(SCENARIOS[1]!.files);
    expect((await runCli(['validate', '--root', root], { tty: true })).stdout).toContain('\u001b[');
    expect((await runCli(['validate', '--root', root], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('prints no colour codes when piped, and colour with FORCE_COLOR', async () => {
    const root = writeRoot(SCENARIOS[1]!.files);
    expect((await phoihop(['validate', '--root', root])).stdout).not.toContain('\u001b[');
    expect((await phoihop(['validate', '--root', root], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
  });

  it("sets V8's settings before any of its own code loads: one changed under a compile in progress crashed V8 about once a hundred runs", () => {
    const bin = readFileSync(new URL('../../bin/phoihop.js', import.meta.url), 'utf8');
    expect([...bin.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1])).toEqual(['node:v8']);
    const flagsSet = bin.indexOf('setFlagsFromString(flag)');
    expect(flagsSet).toBeGreaterThan(0);
    expect(flagsSet).toBeLessThan(bin.indexOf("await import('../dist/cli.js')"));
  });

  it('prints its version', async () => {
    const result = await phoihop(['--version']);
    // The bin's V8 settings are all known to this Node: V8 would print an unknown one to stdout.
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^phoihop \d+\.\d+\.\d+\nđịnh dạng hồ sơ 1\.1 \(đọc được 1, 1\.1\)\nđịnh dạng json 1\n$/);
    expect((await phoihop(['--version', '--lang', 'en'])).stdout).toMatch(/^phoihop \d+\.\d+\.\d+\nrecord format 1\.1 \(reads 1, 1\.1\)\njson envelope 1\n$/);
  });
});
