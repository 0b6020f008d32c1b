import { splitDate, type IsoDate } from '../calendar.js';
import type { Lang } from '../i18n/lang.js';
import { programmeAsOf } from '../model/as-of.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import type { ReviewKind } from '../records/types.js';
import { reviewSummary, type ReviewSummary, type TermSummary } from '../schedule/term-summary.js';
import { termSummaryBlocks } from '../views/term-summary.js';
import { buildFrame } from './frame.js';
import { REPORT_WORDS } from './words.js';
import { yearSummary, type YearSummary } from '../schedule/year-summary.js';
import { UserError } from '../user-error.js';
import type { ReportDocument } from '../views/report-document.js';
import { SUMMARY_MESSAGES } from './messages.js';
import { buildReviewReport } from './review-report.js';
import { buildYearReport, type ReportOptions } from './year-report.js';

/**
 * The year report of a programme, time-correct: dated by its final evaluation's held_on (the
 * as-of date for a draft), with nothing after that date cited, counted or rated. `model` is the
 * programme as of the as-of date. A year outside the period, not yet begun, or with nothing live
 * is a usage error that names the valid years.
 */
export function yearReport(model: ProgrammeModel, year: number | undefined, asOf: IsoDate, options: ReportOptions): { summary: YearSummary; document: ReportDocument } {
  const m = SUMMARY_MESSAGES[options.lang];
  const { id, period } = model.programme;
  const first = splitDate(period.from).year;
  const last = Math.min(splitDate(period.to).year, splitDate(asOf).year);
  if (asOf < period.from) throw new UserError(m.notStarted(id, period.from));
  const chosen = year ?? last;
  if (chosen < first || chosen > last) throw new UserError(m.yearOutside(chosen, id, first, last));
  const evaluation = model.evaluations.get(chosen)?.data;
  const date = evaluation?.state === 'final' && evaluation.held_on ? evaluation.held_on : asOf;
  const summary = yearSummary(programmeAsOf(model, date), chosen, date);
  if (summary.results.length === 0) throw new UserError(m.nothingLive(chosen, id, first, last));
  return { summary, document: buildYearReport(summary, { ...options, date }) };
}

export function parseReviewKind(value: string, lang: Lang): ReviewKind {
  if (value === 'mid-term' || value === 'final') return value;
  throw new UserError(SUMMARY_MESSAGES[lang].badReview(value));
}

/** The mid-term or final review of a programme, dated by the review's held_on (never today). */
export function reviewReport(model: ProgrammeModel, kind: ReviewKind, asOf: IsoDate, options: ReportOptions): { summary: ReviewSummary; document: ReportDocument } {
  const reviews = model.programme.reviews ?? [];
  const review = reviews.find((r) => r.kind === kind);
  if (!review) throw new UserError(SUMMARY_MESSAGES[options.lang].noReview(kind, model.programme.id, reviews.map((r) => r.kind).join(', ') || '—'));
  const date = review.held_on !== undefined && review.held_on <= asOf ? review.held_on : asOf;
  const summary = reviewSummary(programmeAsOf(model, date), review, date);
  return { summary, document: buildReviewReport(summary, { ...options, asOf }) };
}

/** The whole-period table review (--term), as it was, in a signed report's frame dated as of. */
export function termDocument(term: TermSummary, asOf: IsoDate, options: ReportOptions): ReportDocument {
  const blocks = termSummaryBlocks(term, options.lang);
  const title = blocks.find((b) => b.kind === 'title');
  const subject = title && 'text' in title ? title.text.replace(/^(Báo cáo|Review of)\s+/u, '') : '';
  const frame = buildFrame({ model: term.model, lang: options.lang, ...(options.heading ? { heading: options.heading } : {}), ...(options.place ? { place: options.place } : {}), date: asOf });
  return {
    lang: options.lang,
    ...frame,
    kind: REPORT_WORDS[options.lang].kind,
    subject: subject.charAt(0).toLocaleUpperCase('vi') + subject.slice(1),
    draft: term.years.some((y) => !y.final),
    body: blocks.filter((b) => b.kind !== 'title').map((b) => (b.kind === 'subtitle' ? { kind: 'paragraph', text: b.text } : b)),
    notes: [],
  };
}
