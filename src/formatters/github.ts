import type { Diagnostic } from '../diagnostic.js';

// Escaping exactly as @actions/core does (toCommandValue/escapeData/escapeProperty), so that no
// record text can end the command early or start a new one ("\n::error::...").
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

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
