import { formatDateLong, formatNumber, formatRatio } from '../i18n/format.js';
import { periodLabel, RATING_LABELS, REPORT_STATE_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { RATINGS, type TaskYearResult, type YearSummary } from '../schedule/year-summary.js';
import { agencyShort } from './common.js';
import type { Block } from './report-doc.js';
import { causeList } from '../records/types.js';

export interface YearReportOptions {
  lang: Lang;
  /** For the date line; "..........", to be filled in, when phoihop.yaml has none. */
  place: string;
}

const WORDS = {
  vi: {
    title: (year: number) => `Báo cáo kết quả thực hiện chương trình phối hợp năm ${year}`,
    draft: '(Dự thảo)',
    draftNote: (year: number) => `Đánh giá năm ${year} chưa chốt: kết quả dưới đây tổng hợp từ báo cáo của các nhiệm vụ.`,
    results: 'I. KẾT QUẢ THỰC HIỆN',
    stat: (year: number, ratio: string, parts: string) => `Năm ${year}, hai bên triển khai ${ratio} nhiệm vụ${parts ? `; trong đó ${parts} nhiệm vụ` : ''}.`,
    highlights: 'Kết quả nổi bật:',
    lead: 'chủ trì',
    partners: 'phối hợp',
    documents: 'Văn bản',
    noResult: 'chưa có kết quả',
    limits: 'II. HẠN CHẾ, NGUYÊN NHÂN',
    shortcomings: '1. Hạn chế',
    causes: '2. Nguyên nhân',
    lessons: 'III. BÀI HỌC KINH NGHIỆM',
    next: (year: number) => `IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${year}`,
    focus: 'Nhiệm vụ trọng tâm:',
    none: 'Chưa có nội dung.',
    dateLine: (place: string, date: string) => `${place}, ${date}`,
    blankDate: 'ngày ... tháng ... năm ...',
  },
  en: {
    title: (year: number) => `Report on the results of the coordination programme in ${year}`,
    draft: '(Draft)',
    draftNote: (year: number) => `The ${year} evaluation is not final: the results below are drawn from the tasks' reports.`,
    results: 'I. RESULTS',
    stat: (year: number, ratio: string, parts: string) => `In ${year} the two sides carried out ${ratio} tasks${parts ? `: ${parts}` : ''}.`,
    highlights: 'Highlights:',
    lead: 'lead',
    partners: 'partners',
    documents: 'Documents',
    noResult: 'no result yet',
    limits: 'II. SHORTCOMINGS AND CAUSES',
    shortcomings: '1. Shortcomings',
    causes: '2. Causes',
    lessons: 'III. LESSONS LEARNED',
    next: (year: number) => `IV. DIRECTIONS AND TASKS FOR ${year}`,
    focus: 'Focus tasks:',
    none: 'Nothing recorded.',
    dateLine: (place: string, date: string) => `${place}, ${date}`,
    blankDate: '.......... 20..',
  },
};

/**
 * "Năm 2018, hai bên triển khai 14/14 nhiệm vụ; trong đó hoàn thành xuất sắc 2, ... nhiệm vụ":
 * tasks with a result, of those live in the year, then the count of each rating.
 */
export function statisticSentence(summary: YearSummary, lang: Lang): string {
  const parts = RATINGS.filter((r) => summary.counts[r] > 0).map((r) => `${RATING_LABELS[lang][r]} ${formatNumber(summary.counts[r], lang)}`);
  return WORDS[lang].stat(summary.year, formatRatio(summary.rated, summary.results.length, lang), parts.join(', '));
}

function taskLine(result: TaskYearResult, summary: YearSummary, lang: Lang): string {
  const w = WORDS[lang];
  const { task } = result.model;
  const model = summary.model;
  const partners = (task.partners ?? []).map((p) => agencyShort(model, p));
  const who = `${w.lead}: ${agencyShort(model, task.lead)}${partners.length ? `; ${w.partners}: ${partners.join(', ')}` : ''}`;
  const rating = result.rating ? RATING_LABELS[lang][result.rating] : w.noResult;
  const notes = result.summary ? [result.summary] : result.reports.flatMap((r) => (r.note ? [r.note] : []));
  const reports = summary.final ? '' : result.reports.map((r) => `${r.period === undefined ? '' : periodLabel(String(r.period), lang) + ': '}${REPORT_STATE_LABELS[lang][r.state]}`).join('; ');
  const sentences = [`${task.id}. ${task.title} (${who}): ${rating}.`, ...notes.map((n) => n.replace(/\.?$/, '.'))];
  if (reports) sentences.push(`(${reports})`);
  if (result.documents.length) sentences.push(`${w.documents}: ${result.documents.join(', ')}.`);
  return sentences.join(' ');
}

function listOrNone(items: readonly string[] | undefined, lang: Lang): Block {
  return items?.length ? { kind: 'bullets', items: [...items] } : { kind: 'paragraph', text: WORDS[lang].none };
}

/** The year-end report in the order Vietnamese reports use (I–IV). */
export function yearSummaryBlocks(summary: YearSummary, options: YearReportOptions): Block[] {
  const { lang } = options;
  const w = WORDS[lang];
  const { programme } = summary.model;
  const evaluation = summary.evaluation?.data;
  const heldOn = evaluation?.held_on;
  const blocks: Block[] = [
    { kind: 'title', text: w.title(summary.year) },
    { kind: 'subtitle', text: programme.title },
  ];
  if (!summary.final) blocks.push({ kind: 'mark', text: w.draft });
  blocks.push({ kind: 'dateLine', text: w.dateLine(options.place, heldOn ? formatDateLong(heldOn, lang) : w.blankDate) });
  blocks.push({ kind: 'heading', level: 1, text: w.results });
  if (!summary.final) blocks.push({ kind: 'paragraph', text: w.draftNote(summary.year) });
  if (evaluation?.overall) blocks.push({ kind: 'paragraph', text: evaluation.overall });
  blocks.push({ kind: 'paragraph', text: statisticSentence(summary, lang) });
  if (evaluation?.highlights?.length) blocks.push({ kind: 'paragraph', text: w.highlights }, { kind: 'bullets', items: evaluation.highlights });
  let n = 0;
  for (const content of programme.contents) {
    const results = summary.results.filter((r) => r.model.task.contents[0] === content.id);
    if (!results.length) continue;
    blocks.push({ kind: 'heading', level: 2, text: `${++n}. ${content.title}` });
    blocks.push({ kind: 'bullets', items: results.map((r) => taskLine(r, summary, lang)) });
  }
  blocks.push({ kind: 'heading', level: 1, text: w.limits });
  blocks.push({ kind: 'heading', level: 2, text: w.shortcomings }, listOrNone(evaluation?.shortcomings, lang));
  blocks.push({ kind: 'heading', level: 2, text: w.causes }, listOrNone(causeList(evaluation?.causes), lang));
  blocks.push({ kind: 'heading', level: 1, text: w.lessons }, listOrNone(evaluation?.lessons, lang));
  blocks.push({ kind: 'heading', level: 1, text: w.next(summary.year + 1) }, listOrNone(evaluation?.next_year?.priorities, lang));
  const focus = (evaluation?.next_year?.focus_tasks ?? []).map((id) => {
    const task = summary.model.tasks.find((t) => t.task.id === id);
    return task ? `${id}. ${task.task.title}` : id;
  });
  if (focus.length) blocks.push({ kind: 'paragraph', text: w.focus }, { kind: 'bullets', items: focus });
  return blocks;
}
