import type { Diagnostic } from '../diagnostic.js';
import { githubData as escapeData, githubProperty as escapeProperty } from './escape.js';

// Escaping as the Actions toolkit does, and hidden characters shown: see escape.ts.
export { githubData as escapeData, githubProperty as escapeProperty } from './escape.js';

/** GitHub Actions workflow commands, one annotation per finding. `prefix` makes paths repository-relative. */
export function formatGithub(diagnostics: readonly Diagnostic[], prefix = ''): string {
  return diagnostics
    .map((d) => {
      const properties = [`file=${escapeProperty(prefix + d.file)}`, `line=${d.line}`, `col=${d.column}`, `title=${escapeProperty(`phoihop ${d.rule}${d.baseline ? ' (baseline)' : ''}`)}`].join(',');
      const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
      // A finding the base already had is a notice: the annotations GitHub shows (ten per step)
      // go to what the change brought.
      return `::${d.baseline ? 'notice' : d.severity} ${properties}::${escapeData(message)}\n`;
    })
    .join('');
}
