import { Chalk } from 'chalk';
import { countSeverities, type Diagnostic } from '../diagnostic.js';
import { formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { logLine } from './escape.js';
import { sanitize, sanitizeLine } from './sanitize.js';

export interface PrettyOptions {
  lang: Lang;
  color: boolean;
  fileCount: number;
  /** The text of a line of a file, for the caret view; undefined when unknown. */
  sourceLine: (file: string, line: number) => string | undefined;
  /** With --base: the ref given and the merge base compared with, said on the first line. */
  base?: { ref: string; commit: string };
}

export const WORDS = {
  get vi() {
    return { comparedWith: (ref: string, commit: string) => `So với gốc chung (merge base) của ${ref} và bản này: commit ${commit.slice(0, 12)}`, baseline: '(đã có từ trước)', newErrors: 'lỗi mới', newError: 'lỗi mới', error: 'lỗi', warning: 'cảnh báo', hint: 'cách sửa', file: 'tệp', files: 'tệp', clean: 'Không có lỗi', in: 'trong', errors: 'lỗi', warnings: 'cảnh báo' };
  },
  get en() {
    return { comparedWith: (ref: string, commit: string) => `Compared with the merge base of ${ref} and this version: commit ${commit.slice(0, 12)}`, baseline: '(already at the base)', newErrors: 'new errors', newError: 'new error', error: 'error', warning: 'warning', hint: 'fix', file: 'file', files: 'files', clean: 'No problems', in: 'in', errors: 'errors', warnings: 'warnings' };
  },
};

/** `file:line:column  severity  rule  message`, the offending line with a caret, and a count line. */
export function formatPretty(diagnostics: readonly Diagnostic[], options: PrettyOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const w = WORDS[options.lang];
  const out: string[] = [];
  if (options.base) out.push(c.dim(sanitizeLine(w.comparedWith(options.base.ref, options.base.commit))), '');
  for (const d of diagnostics) {
    const label = d.severity === 'error' ? c.red(w.error) : c.yellow(w.warning);
    const severity = d.baseline ? `${label} ${c.dim(w.baseline)}` : label;
    out.push(`${c.bold(`${logLine(d.file)}:${d.line}:${d.column}`)}  ${severity}  ${c.dim(d.rule)}  ${sanitizeLine(d.message)}`);
    const text = options.sourceLine(d.file, d.line);
    if (text !== undefined) {
      const gutter = String(d.line);
      const shown = sanitize(text);
      const before = sanitize(text.slice(0, Math.max(0, d.column - 1))).replace(/[^\t]/g, ' ');
      out.push(c.dim(`  ${gutter} | `) + shown);
      out.push(c.dim(`  ${' '.repeat(gutter.length)} | `) + before + c.red('^'));
    }
    if (d.hint) out.push(`  ${c.cyan(w.hint + ':')} ${sanitizeLine(d.hint)}`);
    out.push('');
  }
  const { errors, warnings, newErrors } = countSeverities(diagnostics);
  const files = `${formatNumber(options.fileCount, options.lang)} ${options.fileCount === 1 ? w.file : w.files}`;
  const n = (value: number) => formatNumber(value, options.lang);
  if (errors === 0 && warnings === 0) out.push(c.green(`✔ ${w.clean} ${w.in} ${files}`));
  else {
    const fresh = diagnostics.some((d) => d.baseline !== undefined) ? ` (${n(newErrors)} ${newErrors === 1 ? w.newError : w.newErrors})` : '';
    const counts = `${n(errors)} ${errors === 1 ? w.error : w.errors}${fresh}, ${n(warnings)} ${warnings === 1 ? w.warning : w.warnings}`;
    out.push((newErrors ? c.red : c.yellow)(`${newErrors ? '✖' : '⚠'} ${counts} ${w.in} ${files}`));
  }
  return out.join('\n') + '\n';
}
