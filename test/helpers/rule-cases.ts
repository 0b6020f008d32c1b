import { expect, it } from 'vitest';
import { editedBaseRoot, writeRoot, type RootFiles } from './roots.js';
import { runCli } from './world.js';

// A record that breaks a rule in one way, with what validate says, word for word, in Vietnamese
// and English, and where ("file:line:column"). The clock says 2024-06-15 in Hanoi; the base
// root's programme runs 2020-01-10 – 2022-12-31.

interface Diagnostic { rule: string; file: string; line: number; column: number; severity: string; message: string; fix?: string }

export interface RuleCase {
  name: string;
  rule: string;
  /** [file, text to replace ('' appends), replacement] applied to the base root. */
  edits: [string, string, string][];
  vi: string[];
  en: string[];
}

async function said(files: RootFiles, rule: string, lang: 'vi' | 'en'): Promise<string[]> {
  const result = await runCli(['validate', '--root', writeRoot(files), '--format', 'json', '--no-cache', '--lang', lang]);
  return (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics
    .filter((d) => d.rule === rule)
    .map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}${d.fix ? ` → ${d.fix}` : ''}`);
}

/** One test per case: its rule's findings, in both languages. */
export function itSaysEachCase(cases: readonly RuleCase[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const files = editedBaseRoot(c.edits);
    expect(await said(files, c.rule, 'vi')).toEqual(c.vi);
    expect(await said(files, c.rule, 'en')).toEqual(c.en);
  });
}
