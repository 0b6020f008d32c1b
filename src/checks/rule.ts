import type { Diagnostic, Severity } from '../diagnostic.js';
import type { Lang, Localized } from '../i18n/lang.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import { locate, toPointer, type Path } from '../records/positions.js';
import type { Records, SourceFile } from '../records/types.js';

export interface RuleInput {
  records: Records;
  models: ProgrammeModel[];
  /** Every file that parsed, valid or not, with its value, for rules about text itself. */
  /** `plain`: the text holds nothing the text rules look for (records/load.ts `isPlainText`). */
  parsed: { source: SourceFile; value: unknown; plain?: boolean }[];
  /** Today in the root's time zone (YYYY-MM-DD), for rules about dates that cannot be true yet; absent, they find nothing. */
  today?: string;
}

export interface Finding {
  source: SourceFile;
  path: Path;
  message: string;
  hint?: string;
  /** Point at the key rather than the value. */
  key?: boolean;
  severity?: Severity;
}

/** A cross-record rule: a stable id, its messages in every language, and one check. */
export interface Rule<M = unknown> {
  id: string;
  severity: Severity;
  /** One line for the README's rule list. */
  docs: Localized<string>;
  messages: Localized<M>;
  check(input: RuleInput, msg: M, report: (finding: Finding) => void): void;
}

export function defineRule<M>(rule: Rule<M>): Rule<M> {
  return rule;
}

export function runRule<M>(rule: Rule<M>, input: RuleInput, lang: Lang): Diagnostic[] {
  const found: Diagnostic[] = [];
  rule.check(input, rule.messages[lang], (f) => {
    const { line, column } = locate(f.source, f.path, { key: f.key ?? false });
    found.push({ file: f.source.path, line, column, rule: rule.id, severity: f.severity ?? rule.severity, message: f.message, ...(f.hint ? { hint: f.hint } : {}), pointer: toPointer(f.path) });
  });
  return found;
}
