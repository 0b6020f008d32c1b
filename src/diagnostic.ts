export type Severity = 'error' | 'warning';

/** One finding about one place in one file; positions are 1-based. */
export interface Diagnostic {
  /** Path relative to the records root, with / separators. */
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: Severity;
  message: string;
  hint?: string;
  /** Where in the record (a JSON pointer such as /reports/0/on), when the finding is about a value. */
  pointer?: string;
  /** With `validate --base`: the same finding was already there at the base revision. */
  baseline?: boolean;
}

const byText = new Intl.Collator('en', { numeric: true });

/** Sorts once, by file, line, column, rule, so that every formatter sees the same order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      byText.compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule) ||
      a.message.localeCompare(b.message),
  );
}

export function countSeverities(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; newErrors: number; newWarnings: number } {
  const count = (severity: Severity, onlyNew: boolean) => diagnostics.filter((d) => d.severity === severity && (!onlyNew || !d.baseline)).length;
  return { errors: count('error', false), warnings: count('warning', false), newErrors: count('error', true), newWarnings: count('warning', true) };
}
