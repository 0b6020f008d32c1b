import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../i18n/lang.js';
import { runRule, type Rule, type RuleInput } from './rule.js';
import { amendmentLink } from './rules/amendment-link.js';
import { controlCharacter } from './rules/control-character.js';
import { dateRange } from './rules/date-range.js';
import { declaredCount } from './rules/declared-count.js';
import { documentSymbol } from './rules/document-symbol.js';
import { doneOn } from './rules/done-on.js';
import { evaluationResults } from './rules/evaluation-results.js';
import { fileName } from './rules/file-name.js';
import { indicators } from './rules/indicators.js';
import { legacyEncoding } from './rules/legacy-encoding.js';
import { nfc } from './rules/nfc.js';
import { planDate } from './rules/plan-date.js';
import { ratingBeforeDue } from './rules/rating-before-due.js';
import { reportAfterEvaluation } from './rules/report-after-evaluation.js';
import { reportPeriod } from './rules/report-period.js';
import { reviews } from './rules/reviews.js';
import { scheduleDue } from './rules/schedule-due.js';
import { settings } from './rules/settings.js';
import { toneMarks } from './rules/tone-marks.js';
import { uniqueId } from './rules/unique-id.js';
import { unknownReference } from './rules/unknown-reference.js';

/** Every cross-record rule, in the order the README lists them. */
export const RULES: readonly Rule<any>[] = [
  fileName,
  uniqueId,
  unknownReference,
  dateRange,
  scheduleDue,
  reportPeriod,
  doneOn,
  amendmentLink,
  declaredCount,
  evaluationResults,
  ratingBeforeDue,
  reportAfterEvaluation,
  indicators,
  reviews,
  planDate,
  documentSymbol,
  nfc,
  controlCharacter,
  legacyEncoding,
  toneMarks,
  settings,
];

export function runRules(input: RuleInput, lang: Lang): Diagnostic[] {
  return RULES.flatMap((rule) => runRule(rule, input, lang));
}
