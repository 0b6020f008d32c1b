import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostic.js';

/**
 * GitLab Code Quality report. The fingerprint hashes rule, file and message (not the line), and
 * the occurrence number, so a finding keeps its fingerprint when lines above it move.
 */
export function formatGitlab(diagnostics: readonly Diagnostic[], prefix = ''): string {
  const seen = new Map<string, number>();
  const issues = diagnostics.map((d) => {
    const key = `${d.rule}\0${prefix}${d.file}\0${d.message}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return {
      type: 'issue',
      check_name: d.rule,
      description: d.hint ? `${d.message} (${d.hint})` : d.message,
      categories: ['Bug Risk'],
      // A finding the base already had is info: the merge request widget leads with new ones.
      severity: d.baseline ? 'info' : d.severity === 'error' ? 'major' : 'minor',
      fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex'),
      location: { path: prefix + d.file, lines: { begin: d.line } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
