import type { Diagnostic } from '../diagnostic.js';

export interface SarifRule {
  id: string;
  description: string;
}

/** SARIF 2.1.0 with one reporting descriptor per rule id that appears. */
export function formatSarif(diagnostics: readonly Diagnostic[], options: { version: string; rules: readonly SarifRule[]; prefix?: string }): string {
  const prefix = options.prefix ?? '';
  const ids = [...new Set(diagnostics.map((d) => d.rule))].sort();
  const describe = new Map(options.rules.map((r) => [r.id, r.description]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'phoihop',
            version: options.version,
            rules: ids.map((id) => ({ id, name: id, shortDescription: { text: describe.get(id) ?? id }, defaultConfiguration: { level: diagnostics.find((d) => d.rule === id)!.severity } })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ruleIndex: ids.indexOf(d.rule),
          level: d.severity,
          message: { text: d.hint ? `${d.message} (${d.hint})` : d.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(prefix + d.file) }, region: { startLine: d.line, startColumn: d.column } } }],
          // SARIF's own word for what --base found: already there (unchanged) or brought by the change (new).
          ...(d.baseline === undefined ? {} : { baselineState: d.baseline ? 'unchanged' : 'new' }),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
