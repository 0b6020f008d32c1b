import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { csvField, githubData, githubProperty, htmlText, logText, markdownCell, markdownText, PLAIN_TEXT, terminalLine, terminalText, xmlText } from '../../src/formatters/escape.js';
import { formatGithub } from '../../src/formatters/github.js';
import { formatJunit } from '../../src/formatters/junit.js';
import { formatPretty } from '../../src/formatters/pretty.js';
import { renderHtml } from '../../src/views/html.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';
import { checkWellFormedXml } from '../helpers/xml.js';
import { readZip } from '../helpers/zip.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
const C0 = range(0x00, 0x1f);
const C1 = range(0x80, 0x9f);
const BIDI = ['\u061c', '\u200e', '\u200f', ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)];
const FORMAT = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const SEPARATORS = ['\u2028', '\u2029'];
const NONCHARACTERS = [...range(0xfdd0, 0xfdef), ...Array.from({ length: 17 }, (_, plane) => [String.fromCodePoint(plane * 0x10000 + 0xfffe), String.fromCodePoint(plane * 0x10000 + 0xffff)]).flat()];
/** Every control and format character an escaper must deal with. */
const HOSTILE = [...C0, '\u007f', ...C1, ...BIDI, ...FORMAT, ...SEPARATORS, ...NONCHARACTERS];
const hex = (c: string) => c.codePointAt(0)!.toString(16);

/** The characters of `text` from HOSTILE, other than those allowed. */
function raw(text: string, allowed: string[] = []): string[] {
  return [...text].filter((c) => HOSTILE.includes(c) && !allowed.includes(c)).map(hex);
}

describe('every escaper, with every control and format character', () => {
  for (const c of HOSTILE) {
    const sample = `a${c}b`;
    it(`U+${hex(c).padStart(4, '0')}`, () => {
      expect(raw(terminalText(sample), ['\n', '\t'])).toEqual([]);
      expect(raw(terminalLine(sample))).toEqual([]);
      expect(raw(logText(sample), ['\n', '\t'])).toEqual([]);
      expect(raw(githubData(sample), ['\t'])).toEqual([]);
      expect(raw(githubProperty(sample), ['\t'])).toEqual([]);
      expect(raw(markdownText(sample), ['\n', '\t'])).toEqual([]);
      expect(raw(markdownCell(sample), ['\t'])).toEqual([]);
      expect(raw(htmlText(sample), ['\n', '\t'])).toEqual([]);
      expect(raw(csvField(sample), ['\n', '\t'])).toEqual([]);
      const xml = `<x a="${xmlText(sample)}">${xmlText(sample)}</x>`;
      expect(raw(xml, ['\n', '\t'])).toEqual([]);
      checkWellFormedXml(xml);
      // Nothing is lost silently: the character is shown visibly, or (XML only) a noncharacter is dropped.
      if (c !== '\n' && c !== '\t') expect(terminalText(sample)).toMatch(/^a\\(x|u)\{?[0-9a-f]+\}?b$/);
      if (NONCHARACTERS.includes(c)) expect(xmlText(sample)).toBe('ab');
    });
  }

  it('keeps Vietnamese text, tabs and line breaks where the output allows them', () => {
    const text = 'Ủy ban\tnhân dân tỉnh\nBan Dân vận Tỉnh ủy';
    expect(terminalText(text)).toBe(text);
    expect(terminalLine(text)).toBe('Ủy ban nhân dân tỉnh\\nBan Dân vận Tỉnh ủy');
    expect(csvField(text)).toBe(`"${text}"`);
  });

  it('shows a line break in a line as `\\n` and a tab as a space, the module loaded afresh (its plain-line scan is made as it loads)', async () => {
    vi.resetModules();
    const fresh = await import('../../src/formatters/escape.js');
    expect(fresh.terminalLine('Ủy ban\tnhân dân\nBan Dân vận')).toBe('Ủy ban nhân dân\\nBan Dân vận');
    expect(fresh.terminalLine('Ủy ban nhân dân')).toBe('Ủy ban nhân dân');
  });
});

describe('terminal and CI logs', () => {
  it('shows ESC, BEL and RLO visibly', () => {
    expect(terminalText('\u001b[2J\u0007\u202eabc')).toBe('\\x1b[2J\\x07\\u202eabc');
  });

  it('never lets a line of record text start a workflow command', () => {
    const out = logText('ghi chú\n::add-mask::bí mật\n  ::warning::x');
    expect(out.split('\n').filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
    expect(out).toContain('\\::add-mask::bí mật');
  });

  it('never starts a pretty line with a workflow command from a folder name', () => {
    const d: Diagnostic = { file: '::add-mask::x/programme.yaml', line: 1, column: 1, rule: 'schema', severity: 'error', message: 'm' };
    const out = formatPretty([d], { lang: 'en', color: false, fileCount: 1, sourceLine: () => undefined });
    expect(out.split('\n').filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
  });
});

describe('GitHub workflow commands', () => {
  it('escapes as the Actions toolkit and shows ESC and RLO from file names and messages', () => {
    const d: Diagnostic = { file: 'p/tasks/\u202eNV1.yaml', line: 1, column: 1, rule: 'schema', severity: 'error', message: 'x\u001b[31m\n::error::y' };
    const out = formatGithub([d]);
    expect(out).toBe('::error file=p/tasks/\\u202eNV1.yaml,line=1,col=1,title=phoihop schema::x\\x1b[31m%0A::error::y\n');
  });
});

describe('Markdown', () => {
  it('renders no image, link, HTML, emphasis or heading from record text', () => {
    const text = '![x](https://evil.example/p.png) [bấm](https://evil.example) <img src=x> **đậm** # tiêu đề';
    const cell = markdownCell(text);
    expect(cell).not.toMatch(/(^|[^\\])!\[|(^|[^\\])\[|<img/);
    expect(cell).toContain('!\\[x\\](https://evil.example/p.png)');
    expect(cell).toContain('&lt;img src=x&gt;');
    expect(markdownText('# a\n- b\n1. c\n> d')).toBe('\\# a\n\\- b\n1\\. c\n&gt; d');
  });

  it('keeps a table cell on one line and its pipes escaped', () => {
    expect(markdownCell('a|b\nc')).toBe('a\\|b<br>c');
  });
});

describe('HTML and XML', () => {
  it('escapes markup in HTML', () => {
    const html = renderHtml([{ kind: 'paragraph', text: '<script>alert(1)</script> & "x"' }], { title: '<t>', lang: 'vi' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>');
    expect(html).toContain('<title>&lt;t&gt;</title>');
  });

  it('keeps JUnit XML well-formed with U+FFFF and C0 controls in a record', () => {
    const xml = formatJunit([{ file: 'p/a\uffff.yaml', line: 1, column: 1, rule: 'schema', severity: 'error', message: 'x\uffff\ufffe\u0001<' }], []);
    checkWellFormedXml(xml);
    expect(xml).not.toMatch(/[\uffff\ufffe]/);
    expect(xml).toContain('x\\x01&lt;');
  });
});

describe('CSV', () => {
  it('guards formulas and quotes by RFC 4180', () => {
    for (const f of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(csvField(f).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField(-1)).toBe('-1');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
  });
});

describe('the outputs of real commands', { timeout: 30_000 }, () => {
  const hostileRoot = () => {
    const files = baseRoot();
    files['p/evaluations/2020.yaml'] += 'highlights:\n  - "Tốt\\n::add-mask::bí mật\\n![ảnh](https://evil.example/x.png)"\n  - "Ký tự lạ \\uFFFF ở đây"\n';
    return writeRoot(files);
  };

  it('a text or Markdown summary never carries a workflow command, an image or a link', async () => {
    const root = hostileRoot();
    for (const format of ['text', 'markdown']) {
      const result = await runCli(['summary', '--root', root, '--year', '2020', '--format', format]);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain('add-mask');
      expect(result.stdout.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
      if (format === 'markdown') expect(result.stdout).not.toMatch(/(^|[^\\])!\[/m);
      expect(result.stdout).not.toContain('\uffff');
    }
  });

  it('a Word document stays well-formed with U+FFFF in a record', async () => {
    const root = hostileRoot();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-x-')), 'r.docx');
    const result = await runCli(['summary', '--root', root, '--year', '2020', '--format', 'docx', '--output', file]);
    expect(result.exitCode).toBe(0);
    const xml = readZip(readFileSync(file)).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('Ký tự lạ');
    // XML 1.0 allows neither C0 controls (other than tab and line breaks) nor U+FFFE/U+FFFF.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  });

  it('CSV on stdout carries no raw ESC or BEL to the terminal', async () => {
    const files = baseRoot();
    files['p/tasks/T2.yaml'] = files['p/tasks/T2.yaml']!.replace('title: Việc 6 tháng', 'title: "Việc \\e[2J\\a 6 tháng"');
    const result = await runCli(['status', '--root', writeRoot(files), '--format', 'csv', '--as-of', '2021-01-01']);
    expect(result.stdout).toContain('Việc');
    expect(result.stdout).not.toMatch(/[\u001b\u0007]/);
  });
});

describe('the quick check for text with nothing hidden', () => {
  const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}\p{Cs}]/u;

  it('lets through no character that is hidden, but tab and line feed (every code unit checked)', () => {
    const letThrough: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (PLAIN_TEXT.test(char) && HIDDEN.test(char)) letThrough.push(code.toString(16));
    }
    expect(letThrough).toEqual(['9', 'a']);
  });

  it('lets through Vietnamese prose, in precomposed and combining form', () => {
    const prose = 'Thực hiện Chương trình số 01-CTr/BCSĐ-BDVTU ngày 18/4/2017 – “hoàn thành”…\n\tKết quả: 12/14 (85,7%).';
    expect(PLAIN_TEXT.test(prose)).toBe(true);
    expect(PLAIN_TEXT.test(prose.normalize('NFD'))).toBe(true);
    // One character from each range it lets through, each end of the ranges included.
    for (const char of ['\t', '\n', ' ', '~', '\xa0', '«', '\xac', '®', 'đ', 'ơ', '\u036f', '\u1e00', 'ạ', '\u1eff', '‐', '–', '\u2027', '‰', '※', '\u205e']) expect([char, PLAIN_TEXT.test(`a${char}b`)]).toEqual([char, true]);
    for (const char of ['\r', '\x7f', '\xad', '\u0370', '\u200b', '\u2028', '\u205f', '\ud83d']) expect([char, PLAIN_TEXT.test(`a${char}b`)]).toEqual([char, false]);
  });

  it('still shows a hidden character in Vietnamese prose, wherever it falls', () => {
    expect(terminalText('Kết quả\u202e: hoàn thành')).toBe('Kết quả\\u202e: hoàn thành');
    expect(terminalText('Nội dung\u00ad 1')).toBe('Nội dung\\xad 1');
    expect(terminalText('a\u2028b')).toBe('a\\u2028b');
    expect(logText('ngày 05/02/2021\r\n::warning::x')).toBe('ngày 05/02/2021\\x0d\n\\::warning::x');
  });
});
