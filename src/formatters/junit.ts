import type { Diagnostic } from '../diagnostic.js';
import { xmlText as escapeXml } from './escape.js';

export { escapeXml };

/** JUnit XML: one test case per file checked; each error is a failure, warnings go to system-out. */
export function formatJunit(diagnostics: readonly Diagnostic[], files: readonly string[], prefix = ''): string {
  const all = [...new Set([...files, ...diagnostics.map((d) => d.file)])].sort();
  const failures = all.filter((f) => diagnostics.some((d) => d.file === f && d.severity === 'error')).length;
  const cases = all.map((file) => {
    const mine = diagnostics.filter((d) => d.file === file);
    const name = escapeXml(prefix + file);
    const line = (d: Diagnostic) => `${prefix}${d.file}:${d.line}:${d.column} ${d.rule}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
    const errors = mine.filter((d) => d.severity === 'error');
    const warnings = mine.filter((d) => d.severity === 'warning');
    const body = [
      errors.length ? `      <failure type="${escapeXml(errors[0]!.rule)}" message="${escapeXml(errors[0]!.message)}">${escapeXml(errors.map(line).join('\n'))}</failure>\n` : '',
      warnings.length ? `      <system-out>${escapeXml(warnings.map(line).join('\n'))}</system-out>\n` : '',
    ].join('');
    return body ? `    <testcase classname="phoihop.validate" name="${name}" file="${name}">\n${body}    </testcase>\n` : `    <testcase classname="phoihop.validate" name="${name}" file="${name}"/>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="phoihop" tests="${all.length}" failures="${failures}" errors="0">\n` +
    `  <testsuite name="phoihop validate" tests="${all.length}" failures="${failures}" errors="0" skipped="0">\n` +
    cases.join('') +
    '  </testsuite>\n</testsuites>\n'
  );
}
