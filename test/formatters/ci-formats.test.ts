import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.js';
import { formatGitlab } from '../../src/formatters/gitlab.js';
import { formatJunit } from '../../src/formatters/junit.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { checkWellFormedXml } from '../helpers/xml.js';

const D: Diagnostic[] = [
  { file: 'p/tasks/T1.yaml', line: 3, column: 7, rule: 'unknown-reference', severity: 'error', message: 'không có cơ quan "x"', hint: 'thêm vào agencies.yaml' },
  { file: 'p/tasks/T1.yaml', line: 9, column: 1, rule: 'nfc', severity: 'warning', message: 'văn bản "a<b>&c" dùng NFD' },
];

describe('github annotations', () => {
  it('prints one workflow command per finding, paths relative to the repository', () => {
    expect(formatGithub(D, 'data/')).toBe(
      '::error file=data/p/tasks/T1.yaml,line=3,col=7,title=phoihop unknown-reference::không có cơ quan "x"%0Athêm vào agencies.yaml\n' +
        '::warning file=data/p/tasks/T1.yaml,line=9,col=1,title=phoihop nfc::văn bản "a<b>&c" dùng NFD\n',
    );
  });

  it('escapes exactly as the Actions toolkit does', () => {
    expect(escapeData('50%\r\n::error::x')).toBe('50%25%0D%0A::error::x');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('lets no record text start a second command', () => {
    const hostile: Diagnostic = { file: 'a,b:c.yaml', line: 1, column: 1, rule: 'schema', severity: 'error', message: 'x\n::error::injected\r\n::warning::again' };
    const out = formatGithub([hostile]);
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(1);
    expect(out).toContain('file=a%2Cb%3Ac.yaml');
  });
});

describe('junit', () => {
  it('has one test case per file, failures for errors, and is well-formed XML', () => {
    const xml = formatJunit(D, ['p/tasks/T1.yaml', 'p/tasks/T2.yaml']);
    checkWellFormedXml(xml);
    expect(xml).toContain('<testsuite name="phoihop validate" tests="2" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('<testcase classname="phoihop.validate" name="p/tasks/T2.yaml" file="p/tasks/T2.yaml"/>');
    expect(xml).toContain('<failure type="unknown-reference" message="không có cơ quan &quot;x&quot;">');
    expect(xml).toContain('a&lt;b&gt;&amp;c');
  });

  it('stays well-formed with control characters and markup in records', () => {
    checkWellFormedXml(formatJunit([{ ...D[0]!, message: ']]></failure><x a="\u0007">&' }], []));
  });
});

describe('gitlab code quality', () => {
  it('gives every finding the required fields and a stable, unique fingerprint', () => {
    const first = JSON.parse(formatGitlab(D));
    const moved = JSON.parse(formatGitlab(D.map((d) => ({ ...d, line: d.line + 5 }))));
    expect(first[0]).toMatchObject({ check_name: 'unknown-reference', severity: 'major', location: { path: 'p/tasks/T1.yaml', lines: { begin: 3 } } });
    expect(first.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(moved.map((i: { fingerprint: string }) => i.fingerprint));
    expect(new Set(JSON.parse(formatGitlab([D[0]!, D[0]!])).map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(2);
  });
});

describe('sarif', () => {
  it('has the fields SARIF 2.1.0 requires and one rule per rule id', () => {
    const log = JSON.parse(formatSarif([...D, D[0]!], { version: '1.2.3', rules: [{ id: 'nfc', description: 'NFC text' }] }));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'phoihop', version: '1.2.3' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['nfc', 'unknown-reference']);
    for (const result of run.results) {
      expect(result.message.text).toBeTruthy();
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    }
  });
});
