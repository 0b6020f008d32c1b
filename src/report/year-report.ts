import { splitDate, type IsoDate } from '../calendar.js';
import type { Lang } from '../i18n/lang.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import { causeList, type Causes, type Evaluation } from '../records/types.js';
import type { TaskYearResult, YearSummary } from '../schedule/year-summary.js';
import type { Block } from '../views/report-doc.js';
import type { ReportDocument } from '../views/report-document.js';
import { AgencyNames, joinList } from './agency-names.js';
import { citeDocument } from './citation.js';
import { buildFrame } from './frame.js';
import { programmeName, programmeReference } from './programme-text.js';
import { bullets, numberSections, paragraphs, type Section } from './sections.js';
import { asSentence, documentsSentence, figurePhrase, figuresSentence, leadSentence, notYetDueSentence, pausedSentence, ratingSentence, statisticSentence } from './sentences.js';
import { REPORT_WORDS } from './words.js';

export interface ReportOptions {
  lang: Lang;
  place?: string;
  /** phoihop.yaml's `heading`, when it says one. */
  heading?: 'party' | 'state';
}

/** A task's paragraph: who led with whom and what, what came of it, the documents, the rating. */
export function taskParagraph(result: TaskYearResult, model: ProgrammeModel, names: AgencyNames, lang: Lang): string {
  const { task } = result.model;
  const sentences = [leadSentence(names.name(task.lead), names.names(task.partners ?? []), task.title, lang)];
  const notes = result.summary ? [result.summary] : result.reports.flatMap((r) => (r.note ? [r.note] : []));
  sentences.push(...notes.map(asSentence));
  const docs = documentsSentence(result.citations.map((c) => citeDocument(c, model.agencies, names, lang)), lang);
  if (docs) sentences.push(docs);
  if (result.standing === 'not_yet_due') sentences.push(notYetDueSentence(result.model.periods[0]!.due!, lang));
  else if (result.pausedBy || result.standing === 'paused') {
    const by = result.pausedBy;
    const change = by?.data.changes.find((c) => c.op === 'change_task' && c.task === task.id);
    sentences.push(pausedSentence(by ? citeDocument({ number: by.data.document, date: by.data.date }, model.agencies, names, lang) : null, change?.note ?? null, lang));
  }
  if (result.rating) sentences.push(ratingSentence(result.rating, lang));
  return sentences.join(' ');
}

/** Figures of some tasks' results totalled per indicator, in the programme's order. */
export function figurePhrases(model: ProgrammeModel, results: readonly { figures: Record<string, number> }[], lang: Lang): string[] {
  return (model.programme.indicators ?? []).flatMap((indicator) => {
    const values = results.map((r) => r.figures[indicator.id]).filter((v): v is number => v !== undefined);
    return values.length ? [figurePhrase(indicator, values.reduce((a, b) => a + b, 0), lang)] : [];
  });
}

/** III. Đánh giá chung: strengths, shortcomings, causes (split when written split), lessons. */
export function assessmentSection(e: Pick<Evaluation, 'strengths' | 'shortcomings' | 'lessons'> & { causes?: Causes; unsplitCauses?: string[] }, lang: Lang): Section {
  const w = REPORT_WORDS[lang];
  const causes = e.causes;
  // Causes written as one list (version 1) stay one list, before the split ones.
  const causeBlocks: Block[] =
    causes && !Array.isArray(causes)
      ? [...bullets(e.unsplitCauses), ...numberSections([{ title: w.objective, blocks: bullets(causes.objective) }, { title: w.subjective, blocks: bullets(causes.subjective) }], 3)]
      : bullets([...(e.unsplitCauses ?? []), ...causeList(causes)]);
  return {
    title: w.assessment,
    blocks: numberSections(
      [
        { title: w.strengths, blocks: bullets(e.strengths) },
        { title: w.shortcomings, blocks: bullets(e.shortcomings) },
        { title: w.causes, blocks: causeBlocks },
        { title: w.lessons, blocks: bullets(e.lessons) },
      ],
      2,
    ),
  };
}

function resultsSection(summary: YearSummary, names: AgencyNames, lang: Lang): Section {
  const w = REPORT_WORDS[lang];
  const { model } = summary;
  const e = summary.evaluation?.data;
  const areas: Section[] = model.programme.contents.map((content) => {
    const results = summary.results.filter((r) => r.model.task.contents[0] === content.id);
    const blocks: Block[] = results.map((r) => ({ kind: 'paragraph', text: taskParagraph(r, model, names, lang) }));
    const figures = figuresSentence(w.figuresOfYear(summary.year), figurePhrases(model, results, lang));
    if (figures) blocks.push({ kind: 'paragraph', text: figures });
    return { title: content.title, blocks };
  });
  const blocks: Block[] = [...paragraphs(e?.overall ? [e.overall] : []), ...bullets(e?.highlights), ...numberSections(areas, 2)];
  const sides = model.programme.parties.length;
  const notYetDue = summary.results.filter((r) => r.standing === 'not_yet_due').length;
  const paused = summary.results.filter((r) => r.standing === 'paused').length;
  blocks.push({ kind: 'paragraph', text: statisticSentence({ when: w.inYear(summary.year), sides, carried: summary.carried, counted: summary.counted, completed: summary.completed, counts: summary.counts, notYetDue, paused }, lang) });
  return { title: w.results, blocks };
}

function nextYearSection(summary: YearSummary, names: AgencyNames, lang: Lang): Section {
  const w = REPORT_WORDS[lang];
  const { model, year } = summary;
  const next = summary.evaluation?.data.next_year;
  if (year >= splitDate(model.programme.period.to).year || !next) return { title: w.nextYear(year + 1), blocks: [] };
  const blocks: Block[] = [];
  if (next.plan) blocks.push({ kind: 'paragraph', text: w.plan(citeDocument({ number: next.plan.number, ...(next.plan.date ? { date: next.plan.date } : {}) }, model.agencies, names, lang), year + 1) });
  blocks.push(...bullets(next.priorities));
  const focus = (next.focus_tasks ?? []).flatMap((id) => model.tasks.filter((t) => t.task.id === id).map((t) => t.task.title));
  if (focus.length) blocks.push({ kind: 'paragraph', text: w.focus(focus) });
  return { title: w.nextYear(year + 1), blocks };
}

/** The opening sentence: the programme, the year's plan when the previous year names one, the parties. */
function openingSentence(summary: YearSummary, names: AgencyNames, lang: Lang): string {
  const { model, year } = summary;
  const plan = model.evaluations.get(year - 1)?.data.next_year?.plan;
  const planText = plan ? citeDocument({ number: plan.number, ...(plan.date ? { date: plan.date } : {}) }, model.agencies, null, lang) : null;
  const parties = joinList(names.names(model.programme.parties.map((p) => p.agency)), lang);
  return REPORT_WORDS[lang].opening(programmeReference(model.programme, lang), planText, year, parties);
}

function drafterNotes(summary: YearSummary, lang: Lang): string[] {
  const w = REPORT_WORDS[lang];
  const e = summary.evaluation?.data;
  const notes: string[] = [];
  if (!summary.evaluation) notes.push(w.noEvaluation(summary.year));
  else if (!summary.final) notes.push(w.draftEvaluation(summary.year));
  // A missing number is the renderers' note (they leave the blank for the clerk).
  const silent = summary.results.filter((r) => r.standing === 'counted' && r.rating === null && r.reports.length === 0);
  if (silent.length) notes.push(w.silentTasks(silent.map((r) => r.model.task.id)));
  for (const p of summary.model.programme.parties) if (!summary.model.agencies.get(p.agency)?.head) notes.push(w.noHead(p.agency));
  return notes;
}

/** The year report (báo cáo kết quả thực hiện năm Y) as one document, from a summary made as of its date. */
export function buildYearReport(summary: YearSummary, options: ReportOptions & { date: IsoDate }): ReportDocument {
  const { lang } = options;
  const w = REPORT_WORDS[lang];
  const { model } = summary;
  const e = summary.evaluation?.data;
  const names = new AgencyNames(model.agencies);
  const opening: Block = { kind: 'paragraph', text: openingSentence(summary, names, lang) };
  const sections: Section[] = [
    { title: w.direction, blocks: paragraphs(e?.direction) },
    resultsSection(summary, names, lang),
    ...(e ? [assessmentSection(e, lang)] : []),
    nextYearSection(summary, names, lang),
    { title: w.recommendations, blocks: bullets(e?.recommendations) },
  ];
  const frame = buildFrame({ model, lang, ...(options.heading ? { heading: options.heading } : {}), ...(options.place ? { place: options.place } : {}), date: options.date, ...(e?.document ? { number: e.document } : {}), ...(e?.recipients ? { recipients: e.recipients } : {}) });
  const year = summary.year;
  return {
    lang,
    ...frame,
    kind: w.kind,
    subject: w.yearSubject(programmeName(model.programme), year),
    draft: !summary.final,
    body: [opening, ...numberSections(sections, 1)],
    notes: drafterNotes(summary, lang),
  };
}

