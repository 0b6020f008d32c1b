import { formatNumber, formatPercent, formatRatio } from '../i18n/format.js';
import { RATING_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import type { Evaluation } from '../records/types.js';
import type { ReviewSummary, ReviewTask } from '../schedule/term-summary.js';
import { RATINGS, type YearSummary } from '../schedule/year-summary.js';
import type { Block } from '../views/report-doc.js';
import type { ReportDocument } from '../views/report-document.js';
import { AgencyNames, joinList } from './agency-names.js';
import { citeDocument } from './citation.js';
import { buildFrame } from './frame.js';
import { programmeName, programmeReference } from './programme-text.js';
import { REVIEW_WORDS } from './review-words.js';
import { bullets, numberSections, paragraphs, type Section } from './sections.js';
import { asSentence, leadSentence, pausedSentence } from './sentences.js';
import { assessmentSection, figurePhrases, type ReportOptions } from './year-report.js';
import { REPORT_WORDS } from './words.js';

function capitalise(text: string): string {
  return text[0]!.toLocaleUpperCase('vi') + text.slice(1);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function evaluations(summary: ReviewSummary): Evaluation[] {
  return summary.years.flatMap((y) => (y.evaluation ? [y.evaluation.data] : []));
}

/** A task over the years: who led it, each year's rating, its periods done. */
function taskParagraph(task: ReviewTask, summary: ReviewSummary, names: AgencyNames, lang: Lang): string {
  const w = REVIEW_WORDS[lang];
  const t = task.model.task;
  const sentences = [leadSentence(names.name(t.lead), names.names(t.partners ?? []), t.title, lang)];
  const byYear = summary.years.flatMap((y) => {
    const r = y.results.find((x) => x.model === task.model);
    return r?.rating ? [w.yearRating(y.year, RATING_LABELS[lang][r.rating])] : [];
  });
  if (byYear.length) sentences.push(w.overYears(byYear));
  const summaries = summary.years.flatMap((y) => y.results.filter((x) => x.model === task.model && x.summary).map((x) => asSentence(x.summary!)));
  sentences.push(...unique(summaries));
  if (task.due > 0) sentences.push(w.periods(formatRatio(task.done, task.due, lang), formatPercent(task.done, task.due, lang)));
  const paused = summary.years.at(-1)?.results.find((x) => x.model === task.model && x.pausedBy);
  if (paused?.pausedBy) {
    const by = paused.pausedBy;
    const note = by.data.changes.find((c) => c.op === 'change_task' && c.task === t.id)?.note ?? null;
    sentences.push(pausedSentence(citeDocument({ number: by.data.document, date: by.data.date }, summary.model.agencies, names, lang), note, lang));
  }
  return sentences.join(' ');
}

/** Figures by year, then the total: "Số liệu: năm 2017: ...; năm 2018: ...; tổng cộng: ...". */
function figuresByYear(summary: ReviewSummary, contentId: string, lang: Lang): string | null {
  const w = REVIEW_WORDS[lang];
  const of = (y: YearSummary) => y.results.filter((r) => r.model.task.contents[0] === contentId);
  const parts = summary.years.flatMap((y) => {
    const phrases = figurePhrases(summary.model, of(y), lang);
    return phrases.length ? [`${REPORT_WORDS[lang].inYear(y.year).toLowerCase()}: ${phrases.join(', ')}`] : [];
  });
  if (!parts.length) return null;
  const total = figurePhrases(summary.model, summary.years.flatMap(of), lang);
  return w.figures(parts, total.join(', '));
}

function yearRow(y: YearSummary, lang: Lang): string[] {
  return [String(y.year), formatRatio(y.carried, y.counted, lang), formatNumber(y.completed, lang), formatPercent(y.completed, y.counted, lang), ...RATINGS.map((r) => formatNumber(y.counts[r], lang))];
}

function resultsSection(summary: ReviewSummary, names: AgencyNames, lang: Lang): Section {
  const w = REVIEW_WORDS[lang];
  const { model } = summary;
  const areas: Section[] = model.programme.contents.map((content) => {
    const tasks = summary.tasks.filter((t) => t.model.task.contents[0] === content.id && summary.years.some((y) => y.results.some((r) => r.model === t.model)));
    const blocks: Block[] = tasks.map((t) => ({ kind: 'paragraph', text: taskParagraph(t, summary, names, lang) }));
    const figures = figuresByYear(summary, content.id, lang);
    if (figures && blocks.length) blocks.push({ kind: 'paragraph', text: figures });
    return { title: content.title, blocks };
  });
  const due = summary.tasks.reduce((a, t) => a + t.due, 0);
  const done = summary.tasks.reduce((a, t) => a + t.done, 0);
  const total = summary.years.reduce((a, y) => ({ carried: a.carried + y.carried, counted: a.counted + y.counted, completed: a.completed + y.completed }), { carried: 0, counted: 0, completed: 0 });
  const table: Block = {
    kind: 'table',
    headers: w.yearHeaders.concat(RATINGS.map((r) => capitalise(RATING_LABELS[lang][r]))),
    rows: [...summary.years.map((y) => yearRow(y, lang)), [w.total, formatRatio(total.carried, total.counted, lang), formatNumber(total.completed, lang), formatPercent(total.completed, total.counted, lang), ...RATINGS.map((r) => formatNumber(summary.years.reduce((a, y) => a + y.counts[r], 0), lang))]],
  };
  const byYear: Block[] = [{ kind: 'paragraph', text: w.overall(summary.through - summary.from + 1, formatRatio(done, due, lang), formatPercent(done, due, lang)) }, table];
  // After the content areas, unnumbered: the statistic over the years, its table, then a table per year.
  const perYear: Block[] = summary.years.flatMap((y): Block[] =>
    y.results.length
      ? [
          { kind: 'heading', level: 3, text: w.eachYear(y.year) },
          { kind: 'table', headers: w.taskHeaders, rows: y.results.map((r, i) => [String(i + 1), r.model.task.title, model.agencies.get(r.model.task.lead)?.short ?? r.model.task.lead, r.rating ? RATING_LABELS[lang][r.rating] : r.standing === 'counted' ? '—' : w.standing[r.standing]]) },
        ]
      : [],
  );
  return { title: REPORT_WORDS[lang].results, blocks: [...numberSections(areas, 2), ...byYear, ...perYear] };
}

/** What comes next: the next stretch's direction (mid-term) or the next programme (final). */
function nextSection(summary: ReviewSummary, lang: Lang): Section {
  const w = REVIEW_WORDS[lang];
  const next = summary.years.at(-1)?.evaluation?.data.next_year;
  const focus = (next?.focus_tasks ?? []).flatMap((id) => summary.model.tasks.filter((t) => t.task.id === id).map((t) => t.task.title));
  const items = [...(next?.priorities ?? [])];
  const blocks: Block[] = [];
  if (items.length || focus.length) {
    if (summary.review.kind === 'final') blocks.push({ kind: 'paragraph', text: w.nextProgramme(summary.through + 1) });
    blocks.push(...bullets(items));
    if (focus.length) blocks.push({ kind: 'paragraph', text: REPORT_WORDS[lang].focus(focus) });
  }
  return { title: summary.review.kind === 'final' ? w.proposal : w.direction, blocks };
}

/** The mid-term or final review as one document, dated by the review's held_on. */
export function buildReviewReport(summary: ReviewSummary, options: ReportOptions & { asOf: string }): ReportDocument {
  const { lang } = options;
  const w = REVIEW_WORDS[lang];
  const { model, review } = summary;
  const names = new AgencyNames(model.agencies);
  const years = summary.through - summary.from + 1;
  const parties = joinList(names.names(model.programme.parties.map((p) => p.agency)), lang);
  const all = evaluations(summary);
  const causes = all.map((e) => e.causes).filter((c) => c !== undefined);
  const split = causes.some((c) => !Array.isArray(c));
  const unsplit = unique(causes.flatMap((c) => (Array.isArray(c) ? c : [])));
  const merged = split ? { objective: unique(causes.flatMap((c) => (Array.isArray(c) ? [] : (c.objective ?? [])))), subjective: unique(causes.flatMap((c) => (Array.isArray(c) ? [] : (c.subjective ?? [])))) } : undefined;
  const sections: Section[] = [
    { title: REPORT_WORDS[lang].direction, blocks: paragraphs(unique(all.flatMap((e) => e.direction ?? []))) },
    resultsSection(summary, names, lang),
    assessmentSection({ strengths: unique(all.flatMap((e) => e.strengths ?? [])), shortcomings: unique(all.flatMap((e) => e.shortcomings ?? [])), lessons: unique(all.flatMap((e) => e.lessons ?? [])), ...(merged ? { causes: merged } : {}), unsplitCauses: unsplit }, lang),
    nextSection(summary, lang),
    { title: REPORT_WORDS[lang].recommendations, blocks: bullets(unique(all.flatMap((e) => e.recommendations ?? []))) },
  ];
  const dated = review.held_on !== undefined && review.held_on <= options.asOf;
  const notes: string[] = [];
  if (!dated) notes.push(review.held_on ? w.notYetHeld(review.held_on) : w.noDate(review.kind));
  const drafts = summary.years.filter((y) => !y.final).map((y) => y.year);
  if (drafts.length) notes.push(w.draftYears(drafts));
  const frame = buildFrame({ model, lang, ...(options.heading ? { heading: options.heading } : {}), ...(options.place ? { place: options.place } : {}), ...(dated ? { date: review.held_on } : {}), ...(review.document ? { number: review.document } : {}) });
  return {
    lang,
    ...frame,
    kind: REPORT_WORDS[lang].kind,
    subject: REPORT_WORDS[lang].reviewSubject(review.kind, programmeName(model.programme), years, summary.from, summary.through),
    draft: !dated || drafts.length > 0,
    body: [{ kind: 'paragraph', text: REPORT_WORDS[lang].reviewOpening(programmeReference(model.programme, lang), review.kind, years, parties) }, ...numberSections(sections, 1)],
    notes,
  };
}
