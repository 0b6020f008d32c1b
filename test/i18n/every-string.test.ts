import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/checks/index.js';
import * as i18nCliMessages from '../../src/i18n/cli-messages.js';
import * as i18nCsvLabels from '../../src/i18n/csv-labels.js';
import * as i18nDateMessages from '../../src/i18n/date-messages.js';
import * as i18nEditMessages from '../../src/i18n/edit-messages.js';
import * as i18nIoMessages from '../../src/i18n/io-messages.js';
import * as i18nLabels from '../../src/i18n/labels.js';
import * as i18nReportFieldsMessages from '../../src/i18n/report-fields-messages.js';
import * as i18nSiteMessages from '../../src/i18n/site-messages.js';
import * as i18nTerminalMessages from '../../src/i18n/terminal-messages.js';
import * as checksFileRules from '../../src/checks/file-rules.js';
import * as initMessages from '../../src/init/messages.js';
import * as recordsMessages from '../../src/records/messages.js';
import * as recordsRootMessages from '../../src/records/root-messages.js';
import * as reportMessages from '../../src/report/messages.js';
import * as reportReviewWords from '../../src/report/review-words.js';
import * as reportWords from '../../src/report/words.js';
import * as siteWords from '../../src/site/words.js';
import * as formattersPretty from '../../src/formatters/pretty.js';
import * as reportCitation from '../../src/report/citation.js';
import * as viewsDiff from '../../src/views/diff.js';
import * as viewsExplain from '../../src/views/explain.js';
import * as viewsHtml from '../../src/views/html.js';
import * as viewsIcs from '../../src/views/ics.js';
import * as viewsOverdue from '../../src/views/overdue.js';
import * as viewsReportLayout from '../../src/views/report-layout.js';
import * as viewsStatus from '../../src/views/status.js';
import * as viewsTermSummary from '../../src/views/term-summary.js';

// "Every user-facing string exists in vi and en": every table of words and messages, walked whole.
// A label or message that is missing, empty or not NFC in either language fails here, whichever
// command would have shown it.
// Imported one by one (not globbed), so that a mutation tool sees which tests read each table.
const TABLES: Record<string, object> = {
  'src/i18n/cli-messages': i18nCliMessages,
  'src/i18n/csv-labels': i18nCsvLabels,
  'src/i18n/date-messages': i18nDateMessages,
  'src/i18n/edit-messages': i18nEditMessages,
  'src/i18n/io-messages': i18nIoMessages,
  'src/i18n/labels': i18nLabels,
  'src/i18n/report-fields-messages': i18nReportFieldsMessages,
  'src/i18n/site-messages': i18nSiteMessages,
  'src/i18n/terminal-messages': i18nTerminalMessages,
  'src/checks/file-rules': checksFileRules,
  'src/init/messages': initMessages,
  'src/records/messages': recordsMessages,
  'src/records/root-messages': recordsRootMessages,
  'src/report/messages': reportMessages,
  'src/report/review-words': reportReviewWords,
  'src/report/words': reportWords,
  'src/site/words': siteWords,
  'src/formatters/pretty': formattersPretty,
  'src/report/citation': reportCitation,
  'src/views/diff': viewsDiff,
  'src/views/explain': viewsExplain,
  'src/views/html': viewsHtml,
  'src/views/ics': viewsIcs,
  'src/views/overdue': viewsOverdue,
  'src/views/report-layout': viewsReportLayout,
  'src/views/status': viewsStatus,
  'src/views/term-summary': viewsTermSummary,
};

type Found = { where: string; vi: unknown; en: unknown };

const isLocalized = (value: unknown): value is Record<'vi' | 'en', unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).sort().join() === 'en,vi';

/** Every { vi, en } pair reachable from a value, with a path for the message. */
function localized(value: unknown, where: string, seen = new Set<unknown>()): Found[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if (isLocalized(value)) return [{ where, vi: value.vi, en: value.en }];
  return Object.entries(value).flatMap(([key, inner]) => localized(inner, `${where}.${key}`, seen));
}

// Arguments a message may take: text, counts, lists. The first set a message accepts is used for both languages.
const ARGUMENT_SETS: ((n: number) => unknown[])[] = [
  (n) => Array.from({ length: n }, (_, i) => `x${i}`),
  (n) => Array.from({ length: n }, () => 2),
  (n) => Array.from({ length: n }, () => ['x', 'y']),
  (n) => Array.from({ length: n }, (_, i) => (i === 0 ? 'x' : 2)),
  (n) => Array.from({ length: n }, (_, i) => (i === 0 ? 2 : 'x')),
];

/** What a message says for the first argument set its vi text accepts, in both languages. */
function say(vi: (...args: unknown[]) => unknown, en: (...args: unknown[]) => unknown): [unknown, unknown] | undefined {
  for (const make of ARGUMENT_SETS) {
    const args = make(Math.max(vi.length, en.length));
    try {
      const said = vi(...args);
      if (said !== undefined && said !== null) return [said, en(...args)];
    } catch {
      // this message takes other arguments: try the next set
    }
  }
  return undefined;
}

/** Problems with one pair, walked down to its strings. */
function problems(where: string, vi: unknown, en: unknown): string[] {
  if (typeof vi === 'string' || typeof en === 'string') {
    const bad = (text: unknown, lang: string) =>
      typeof text !== 'string' ? [`${where} (${lang}) is not text`] : text.trim() === '' ? [`${where} (${lang}) is empty`] : text !== text.normalize('NFC') ? [`${where} (${lang}) is not NFC`] : [];
    return [...bad(vi, 'vi'), ...bad(en, 'en')];
  }
  if (typeof vi === 'function' && typeof en === 'function') {
    const said = say(vi as (...args: unknown[]) => unknown, en as (...args: unknown[]) => unknown);
    return said ? problems(`${where}(…)`, ...said) : [`${where}(…) says nothing for any argument`];
  }
  if (Array.isArray(vi) && Array.isArray(en)) {
    if (vi.length === 0 || vi.length !== en.length) return [`${where} has ${vi.length} items in vi and ${en.length} in en`];
    return vi.flatMap((item, i) => problems(`${where}[${i}]`, item, en[i]));
  }
  if (typeof vi === 'object' && vi !== null && typeof en === 'object' && en !== null) {
    const keys = [...new Set([...Object.keys(vi), ...Object.keys(en)])];
    if (keys.length === 0) return [`${where} is empty`];
    return keys.flatMap((key) =>
      key in vi && key in en ? problems(`${where}.${key}`, (vi as Record<string, unknown>)[key], (en as Record<string, unknown>)[key]) : [`${where}.${key} is missing in ${key in vi ? 'en' : 'vi'}`],
    );
  }
  return [`${where}: vi is ${typeof vi}, en is ${typeof en}`];
}

describe('every word and message, in vi and in en', () => {
  const pairs = [
    ...Object.entries(TABLES).flatMap(([file, exports]) => localized(exports, file)),
    ...RULES.flatMap((rule) => [{ where: `rule ${rule.id}.docs`, vi: rule.docs.vi, en: rule.docs.en }, ...localized(rule.messages, `rule ${rule.id}.messages`)]),
  ];

  it('finds the tables (each file listed holds at least one)', () => {
    const files = new Set(pairs.map((p) => p.where.split('.')[0]));
    for (const file of Object.keys(TABLES)) expect(files, file).toContain(file);
    expect(RULES.length).toBeGreaterThan(10);
  });

  it('is present, not empty and NFC in both languages', () => {
    expect(pairs.flatMap((p) => problems(p.where, p.vi, p.en))).toEqual([]);
  });

  it('is said differently in the two languages where it holds Vietnamese', () => {
    const same = pairs.filter((p) => typeof p.vi === 'string' && /[^\x00-\x7f]/.test(p.vi) && p.vi === p.en).map((p) => p.where);
    expect(same).toEqual([]);
  });
});

/** Every string of a pair as `where (lang): text`, one per line, functions said with `say`'s arguments. */
function wording(where: string, vi: unknown, en: unknown): string[] {
  if (typeof vi === 'string' || typeof en === 'string') return [`${where} (vi): ${String(vi)}`, `${where} (en): ${String(en)}`];
  if (typeof vi === 'function' && typeof en === 'function') {
    const said = say(vi as (...args: unknown[]) => unknown, en as (...args: unknown[]) => unknown);
    return said ? wording(`${where}(…)`, ...said) : [];
  }
  if (Array.isArray(vi) && Array.isArray(en)) return vi.flatMap((item, i) => wording(`${where}[${i}]`, item, en[i]));
  if (typeof vi === 'object' && vi !== null && typeof en === 'object' && en !== null) {
    return Object.keys(vi).flatMap((key) => wording(`${where}.${key}`, (vi as Record<string, unknown>)[key], (en as Record<string, unknown>)[key]));
  }
  return [`${where}: ${String(vi)} / ${String(en)}`];
}

describe('the wording of every message', () => {
  // One reviewed file holds what every table says in both languages (functions with sample
  // arguments): a change of wording, intended or not, shows in review as a change of this file.
  it('is the reviewed wording (test/i18n/wording.txt; UPDATE with vitest -u after reading the change)', async () => {
    const pairs = [
      ...Object.entries(TABLES).flatMap(([file, exports]) => localized(exports, file)),
      ...RULES.flatMap((rule) => [{ where: `rule ${rule.id}.docs`, vi: rule.docs.vi, en: rule.docs.en }, ...localized(rule.messages, `rule ${rule.id}.messages`)]),
    ];
    const text = pairs.flatMap((p) => wording(p.where, p.vi, p.en)).map((line) => line.replace(/\n/g, '\\n')).join('\n') + '\n';
    await expect(text).toMatchFileSnapshot('wording.txt');
  });
});
