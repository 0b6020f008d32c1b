import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/world.js';

interface Finding { rule: string; file: string; line: number; column: number; message: string; fix?: string }

/** The sample with `count` unknown keys appended to one task file; returns the root and the line of the first. */
function rootWithUnknownKeys(count: number): { root: string; firstLine: number } {
  const root = mkdtempSync(path.join(tmpdir(), 'phoihop-keys-'));
  cpSync('data', root, { recursive: true });
  const task = path.join(root, 'dan-van-2017-2021/tasks/NV01.yaml');
  const text = readFileSync(task, 'utf8');
  writeFileSync(task, text + Array.from({ length: count }, (_, i) => `k${String(i).padStart(3, '0')}: ${i}\n`).join(''));
  return { root, firstLine: text.split('\n').length };
}

async function unknownKeyFindings(root: string, lang: 'vi' | 'en'): Promise<{ findings: Finding[]; code: number }> {
  const r = await runCli(['validate', '--no-cache', '--root', root, '--format', 'json', '--lang', lang]);
  const findings = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter((d) => d.file.endsWith('NV01.yaml') && d.rule === 'schema');
  return { findings, code: r.exitCode };
}

describe('a mapping with hundreds of unknown keys', () => {
  it('lists the first hundred one by one, then says in one finding how many more and from where', async () => {
    const { root, firstLine } = rootWithUnknownKeys(250);
    const { findings, code } = await unknownKeyFindings(root, 'vi');
    expect(code).toBe(1);
    expect(findings).toHaveLength(101);
    expect(findings[0]).toMatchObject({ line: firstLine, column: 1, message: 'trường "k000" không có trong mẫu hồ sơ' });
    expect(findings[99]).toMatchObject({ line: firstLine + 99, message: 'trường "k099" không có trong mẫu hồ sơ' });
    expect(findings[100]).toMatchObject({ line: firstLine + 100, column: 1, message: 'còn 150 trường khác không có trong mẫu hồ sơ ở cùng chỗ này, từ "k100"' });
    expect(findings[100]!.fix).toContain('chỉ nêu riêng 100 trường đầu');
  });

  it('says it in English too, with thousands grouped', async () => {
    const { root, firstLine } = rootWithUnknownKeys(1_300);
    const { findings } = await unknownKeyFindings(root, 'en');
    expect(findings[100]).toMatchObject({ line: firstLine + 100, message: '1,200 more fields here are not part of the record format, from "k100" on' });
  });

  it('lists every one when there are a hundred or fewer', async () => {
    const { root } = rootWithUnknownKeys(100);
    const { findings } = await unknownKeyFindings(root, 'en');
    expect(findings).toHaveLength(100);
    expect(findings.every((f) => f.message.startsWith('the field "k'))).toBe(true);
  });
});
