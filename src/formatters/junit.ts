import { countSeverities, type Diagnostic } from '../diagnostic.js';
import { sanitize } from './sanitize.js';

/** Escapes text for XML 1.0: markup characters, and control characters made visible. */
export function escapeXml(text: string): string {
  return sanitize(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * JUnit XML: one test case per file checked; each new error is a failure, warnings and findings
 * the base already had (--base) go to system-out, and the suite's properties count the new ones.
 */
export function formatJunit(diagnostics: readonly Diagnostic[], files: readonly string[], prefix = ''): string {
  const all = [...new Set([...files, ...diagnostics.map((d) => d.file)])].sort();
  const failing = (d: Diagnostic) => d.severity === 'error' && !d.baseline;
  const failures = all.filter((f) => diagnostics.some((d) => d.file === f && failing(d))).length;
  const { newErrors, newWarnings } = countSeverities(diagnostics);
  const cases = all.map((file) => {
    const mine = diagnostics.filter((d) => d.file === file);
    const name = escapeXml(prefix + file);
    const line = (d: Diagnostic) => `${prefix}${d.file}:${d.line}:${d.column} ${d.rule}${d.baseline ? ' (baseline)' : ''}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
    const errors = mine.filter(failing);
    const warnings = mine.filter((d) => !failing(d));
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
    `    <properties>\n      <property name="new_errors" value="${newErrors}"/>\n      <property name="new_warnings" value="${newWarnings}"/>\n    </properties>\n` +
    cases.join('') +
    '  </testsuite>\n</testsuites>\n'
  );
}
