import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { formatJson } from '../../src/formatters/json.js';
import { formatPretty } from '../../src/formatters/pretty.js';

const DIAGNOSTICS: Diagnostic[] = [
  { file: 'p/tasks/NV01.yaml', line: 2, column: 8, rule: 'schema', severity: 'error', message: 'trường "stauts" không có trong mẫu hồ sơ', hint: 'có phải ý bạn là "status"?' },
  { file: 'p/evaluations/2018.yaml', line: 4, column: 1, rule: 'evaluation-results', severity: 'warning', message: 'thiếu kết quả của NV02' },
];
const LINES: Record<string, string[]> = { 'p/tasks/NV01.yaml': ['id: NV01', 'stauts: active'] };
const sourceLine = (file: string, line: number) => LINES[file]?.[line - 1];

describe('pretty formatter', () => {
  it('prints location, severity, rule, message, the line with a caret, the fix and a count', () => {
    expect(formatPretty(DIAGNOSTICS, { lang: 'vi', color: false, fileCount: 1234, sourceLine })).toBe(
      [
        'p/tasks/NV01.yaml:2:8  lỗi  schema  trường "stauts" không có trong mẫu hồ sơ',
        '  2 | stauts: active',
        '    |        ^',
        '  cách sửa: có phải ý bạn là "status"?',
        '',
        'p/evaluations/2018.yaml:4:1  cảnh báo  evaluation-results  thiếu kết quả của NV02',
        '',
        '✖ 1 lỗi, 1 cảnh báo trong 1.234 tệp',
        '',
      ].join('\n'),
    );
  });

  it('says the root is clean in English', () => {
    expect(formatPretty([], { lang: 'en', color: false, fileCount: 3, sourceLine })).toBe('✔ No problems in 3 files\n');
  });

  it('shows control characters from records visibly instead of sending them to the terminal', () => {
    const hostile: Diagnostic = { file: 'a.yaml', line: 1, column: 1, rule: 'schema', severity: 'error', message: 'giá trị "\u001b[2J" sai' };
    const text = formatPretty([hostile], { lang: 'en', color: false, fileCount: 1, sourceLine: () => 'x: "\u001b[2J"' });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\\x1b[2J');
  });

  it('colours only when asked', () => {
    expect(formatPretty(DIAGNOSTICS, { lang: 'vi', color: true, fileCount: 1, sourceLine })).toContain('\u001b[31m');
  });
});

describe('json formatter', () => {
  it('prints exactly the documented envelope', () => {
    expect(JSON.parse(formatJson(DIAGNOSTICS, 'data'))).toEqual({
      version: 1,
      root: 'data',
      errors: 1,
      warnings: 1,
      new_errors: 1,
      new_warnings: 1,
      diagnostics: [
        { file: 'p/tasks/NV01.yaml', line: 2, column: 8, rule: 'schema', severity: 'error', message: 'trường "stauts" không có trong mẫu hồ sơ', fix: 'có phải ý bạn là "status"?' },
        { file: 'p/evaluations/2018.yaml', line: 4, column: 1, rule: 'evaluation-results', severity: 'warning', message: 'thiếu kết quả của NV02' },
      ],
    });
  });
});
