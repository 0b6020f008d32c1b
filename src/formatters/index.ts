import { RULES } from '../checks/index.js';
import { FILE_RULES } from '../checks/file-rules.js';
import type { Diagnostic } from '../diagnostic.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatPretty, type PrettyOptions } from './pretty.js';
import { formatSarif } from './sarif.js';

export const DIAGNOSTIC_FORMATS = ['pretty', 'json', 'github', 'junit', 'gitlab', 'sarif'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

export interface FormatInput extends PrettyOptions {
  rootLabel: string;
  version: string;
  /** Every file checked (JUnit has a test case per file). */
  files: readonly string[];
  /** Prepended to paths for formats read by CI, which want them relative to the repository. */
  pathPrefix: string;
}

/** The name → formatter map: each is pure, diagnostics in, text out. */
export const FORMATTERS: Record<DiagnosticFormat, (d: readonly Diagnostic[], input: FormatInput) => string> = {
  pretty: (d, input) => formatPretty(d, input),
  json: (d, input) => formatJson(d, input.rootLabel, input.base),
  github: (d, input) => formatGithub(d, input.pathPrefix),
  junit: (d, input) => formatJunit(d, input.files, input.pathPrefix),
  gitlab: (d, input) => formatGitlab(d, input.pathPrefix),
  sarif: (d, input) =>
    formatSarif(d, { version: input.version, prefix: input.pathPrefix, rules: [...FILE_RULES, ...RULES].map((r) => ({ id: r.id, description: r.docs.en })) }),
};
