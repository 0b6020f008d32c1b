import { countSeverities, type Diagnostic } from '../diagnostic.js';

/** The stable machine-readable envelope documented in the README (version 1). */
// Additions keep version 1: new_errors/new_warnings (equal to errors/warnings without --base),
// base (with --base: the ref and the merge base compared with), and each finding's hint as `fix`.
export function formatJson(diagnostics: readonly Diagnostic[], root: string, base?: { ref: string; commit: string }): string {
  const { errors, warnings, newErrors, newWarnings } = countSeverities(diagnostics);
  const envelope = {
    version: 1,
    root,
    ...(base ? { base: { ref: base.ref, merge_base: base.commit } } : {}),
    errors,
    warnings,
    new_errors: newErrors,
    new_warnings: newWarnings,
    diagnostics: diagnostics.map(({ file, line, column, rule, severity, message, hint, baseline }) => ({
      file,
      line,
      column,
      rule,
      severity,
      message,
      // JSON.stringify leaves out a property whose value is undefined: no fix, no baseline.
      fix: hint,
      baseline,
    })),
  };
  return JSON.stringify(envelope, null, 2) + '\n';
}
