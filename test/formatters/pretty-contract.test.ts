// The pretty listing as an officer reads it, in both languages (issue 19): with --base (the merge
// base named, old findings marked, new errors counted), warnings only, and clean.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { formatPretty } from '../../src/formatters/pretty.js';

const FINDINGS: Diagnostic[] = [
  { file: 'p/tasks/T1.yaml', line: 3, column: 7, rule: 'unknown-reference', severity: 'error', message: 'không có "x"', hint: 'thêm vào agencies.yaml', baseline: false },
  { file: 'p/tasks/T2.yaml', line: 4, column: 2, rule: 'nfc', severity: 'warning', message: 'cũ', baseline: true },
];
const TWO_NEW_ERRORS: Diagnostic[] = [
  { file: 'p/tasks/T1.yaml', line: 3, column: 7, rule: 'unknown-reference', severity: 'error', message: 'không có "x"', baseline: false },
  { file: 'p/tasks/T1.yaml', line: 5, column: 1, rule: 'nfc', severity: 'error', message: 'dùng NFD', baseline: false },
];
const ERRORS_ONLY = {
  vi: 'p/tasks/T1.yaml:3:7  lỗi  unknown-reference  không có "x"\n\np/tasks/T1.yaml:5:1  lỗi  nfc  dùng NFD\n\n✖ 2 lỗi (2 lỗi mới), 0 cảnh báo trong 1 tệp\n',
  en: 'p/tasks/T1.yaml:3:7  error  unknown-reference  không có "x"\n\np/tasks/T1.yaml:5:1  error  nfc  dùng NFD\n\n✖ 2 errors (2 new errors), 0 warnings in 1 file\n',
};
const plain = { color: false, sourceLine: () => undefined };
const EXPECTED = { vi: ["So với gốc chung (merge base) của main và bản này: commit 0123456789ab\n\np/tasks/T1.yaml:3:7  lỗi  unknown-reference  không có \"x\"\n  cách sửa: thêm vào agencies.yaml\n\np/tasks/T2.yaml:4:2  cảnh báo (đã có từ trước)  nfc  cũ\n\n✖ 1 lỗi (1 lỗi mới), 1 cảnh báo trong 1.234 tệp\n", "p/tasks/T2.yaml:4:2  cảnh báo  nfc  cũ\n\n⚠ 0 lỗi, 1 cảnh báo trong 2 tệp\n", "✔ Không có lỗi trong 2 tệp\n"], en: ["Compared with the merge base of main and this version: commit 0123456789ab\n\np/tasks/T1.yaml:3:7  error  unknown-reference  không có \"x\"\n  fix: thêm vào agencies.yaml\n\np/tasks/T2.yaml:4:2  warning (already at the base)  nfc  cũ\n\n✖ 1 error (1 new error), 1 warning in 1,234 files\n", "p/tasks/T2.yaml:4:2  warning  nfc  cũ\n\n⚠ 0 errors, 1 warning in 2 files\n", "✔ No problems in 2 files\n"] };

describe('the pretty listing, whole', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`with --base names the merge base, marks old findings and counts new errors (${lang})`, () => {
      expect(formatPretty(FINDINGS, { ...plain, lang, fileCount: 1234, base: { ref: 'main', commit: '0123456789abcdef0123' } })).toBe(EXPECTED[lang][0]);
    });
    it(`warnings only: a warning sign and no "new" count without --base (${lang})`, () => {
      expect(formatPretty([{ ...FINDINGS[1]!, baseline: undefined }], { ...plain, lang, fileCount: 2 })).toBe(EXPECTED[lang][1]);
    });
    it(`clean (${lang})`, () => {
      expect(formatPretty([], { ...plain, lang, fileCount: 2 })).toBe(EXPECTED[lang][2]);
    });
    it(`errors only, in one file: plural counts, no warning, and "file" in the singular (${lang})`, () => {
      expect(formatPretty(TWO_NEW_ERRORS, { ...plain, lang, fileCount: 1 })).toBe(ERRORS_ONLY[lang]);
    });
  }
});
