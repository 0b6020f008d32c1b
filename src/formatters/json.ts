import { countSeverities, type Diagnostic } from '../diagnostic.js';

/** The stable machine-readable envelope documented in the README (version 1). */
export function formatJson(diagnostics: readonly Diagnostic[], root: string): string {
  const { errors, warnings } = countSeverities(diagnostics);
  const envelope = {
    version: 1,
    root,
    errors,
    warnings,
    diagnostics: diagnostics.map(({ file, line, column, rule, severity, message, baseline }) => ({ file, line, column, rule, severity, message, ...(baseline === undefined ? {} : { baseline }) })),
  };
  return JSON.stringify(envelope, null, 2) + '\n';
}
