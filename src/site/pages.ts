import { formatDateShort, formatDue, formatNumber, formatPercent, formatRatio } from '../i18n/format.js';
import { AMENDMENT_KIND_LABELS, CHANGE_LABELS, periodLabel, REPORT_STATE_LABELS, SCHEDULE_LABELS, STATE_LABELS, STATUS_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { amendmentStem, type ProgrammeModel } from '../model/programme-model.js';
import { documentNumber, type Amendment, type Rec, type ReviewKind } from '../records/types.js';
import type { TaskState } from '../schedule/task-state.js';
import { escapeText as escapeHtml } from './escape.js';
import { barChart, timelineChart } from './charts.js';
import { page } from './layout.js';
import { CELL_STATES, type ProgrammeDashboard, type TaskDashboard } from './model.js';
import { CELL_LABELS, CELL_SYMBOLS, SITE_WORDS, type SiteWords } from './words.js';

// The pages of the site, as HTML strings (pure: dashboards in, pages out).

export interface SiteLinks {
  /** Years with a year report, and whether the term review and .docx files exist. */
  reportYears: number[];
  /** The mid-term and final reviews listed in programme.yaml and begun by the as-of date. */
  reviews: ReviewKind[];
  /** The whole-period table review, for a programme that lists no reviews. */
  term: boolean;
  docx: boolean;
}

const e = escapeHtml;
const href = (segment: string) => encodeURIComponent(segment);
export const programmeDir = (model: ProgrammeModel) => model.programme.id;
/** All tasks of a programme are on one page, one section each (a file per task would cost more to write than the rest of the site). */
export const TASKS_FILE = 'nhiem-vu.html';
export const taskLink = (id: string) => `${TASKS_FILE}#${encodeURIComponent(id)}`;
export const yearReportFile = (year: number) => `bao-cao-${year}`;
export const TERM_FILE = 'so-ket-tong-ket';
export const reviewFile = (kind: ReviewKind) => (kind === 'mid-term' ? 'so-ket' : 'tong-ket');

/** An amendment by its document number, else by its file's stem. */
function amendmentName(amendment: Rec<Amendment>): string {
  return amendment.data.document ?? amendmentStem(amendment);
}

function agencyName(model: ProgrammeModel, id: string, short = true): string {
  const agency = model.agencies.get(id);
  return (short ? (agency?.short ?? agency?.name) : agency?.name) ?? id;
}

function progressBar(done: number, due: number, lang: Lang): string {
  const share = due === 0 ? 0 : Math.round((100 * done) / due);
  return `<span class="progress" aria-hidden="true"><span style="width:${share}%"></span></span>${e(formatRatio(done, due, lang))} (${e(formatPercent(done, due, lang))})`;
}

function stateText(state: TaskState, lang: Lang, w: SiteWords): string {
  if (state.state !== 'overdue') return STATE_LABELS[lang][state.state];
  return w.overdueDays(state.overdueCount, state.worstDays, formatNumber(state.overdueCount, lang), formatNumber(state.worstDays, lang));
}

/** One page of the root listing: every programme with its progress, overdue count, next due and last evaluation. */
export function rootPage(dashboards: readonly ProgrammeDashboard[], total: number, pageIndex: number, pageCount: number, lang: Lang, asOf: string): string {
  const w = SITE_WORDS[lang];
  const rows = dashboards.map((d) => {
    const p = d.model.programme;
    const evaluation = d.lastEvaluation ? w.evaluationLabel(d.lastEvaluation.data.year, d.lastEvaluation.data.state === 'final') : w.none;
    const overdue = d.overdue > 0 ? `<span class="bad">${formatNumber(d.overdue, lang)}</span>` : '0';
    return `<tr><th scope="row"><a href="${href(programmeDir(d.model))}/index.html">${e(p.title)}</a></th><td>${formatDateShort(p.period.from)} – ${formatDateShort(p.period.to)}</td><td>${progressBar(d.done, d.due, lang)}</td><td class="num">${overdue}</td><td>${d.nextDue ? formatDateShort(d.nextDue) : w.none}</td><td>${e(evaluation)}</td></tr>`;
  });
  const pager =
    pageCount > 1
      ? `<nav aria-label="${e(w.pages)}" class="no-print"><p>${Array.from({ length: pageCount }, (_, i) => (i === pageIndex ? `<strong>${i + 1}</strong>` : `<a href="${rootPageFile(i)}">${i + 1}</a>`)).join(' ')}</p></nav>`
      : '';
  const body = `<h1>${e(w.rootTitle)}</h1>
<p>${e(w.rootIntro(formatNumber(total, lang)))}${pageCount > 1 ? ` ${e(w.pageOf(String(pageIndex + 1), String(pageCount)))}` : ''}</p>
${pager}
<table class="programmes">
<thead><tr>${w.headRoot.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${pager}`;
  return page({ lang, title: w.rootTitle, asOf, up: '', crumbs: [{ text: w.home }] }, body);
}

export function rootPageFile(index: number): string {
  return index === 0 ? 'index.html' : `index-${index + 1}.html`;
}

function legend(lang: Lang): string {
  const items = CELL_STATES.map((s) => `<li><span class="cell c-${s}" aria-hidden="true">${CELL_SYMBOLS[s]}</span> ${e(CELL_LABELS[lang][s])}</li>`).join('');
  return `<ul class="legend" aria-label="${e(SITE_WORDS[lang].legend)}">${items}</ul>`;
}

function gridRow(d: ProgrammeDashboard, t: TaskDashboard, lang: Lang, w: SiteWords): string {
  const task = t.model.task;
  const cells = d.years.map((year) => {
    const list = t.cells.get(year) ?? [];
    const squares = list.map((c) => {
      const label = `${periodLabel(c.period.id, lang)}${c.period.due ? ` (${formatDateShort(c.period.due)})` : ''}: ${CELL_LABELS[lang][c.state]}`;
      return `<span class="cell c-${c.state}" title="${e(label)}">${CELL_SYMBOLS[c.state]}<span class="visually-hidden"> ${e(label)}</span></span>`;
    });
    return `<td class="cells">${squares.join('')}</td>`;
  });
  return `<tr><th scope="row"><a href="${taskLink(task.id)}">${e(task.id)}</a> ${e(task.title)}</th><td>${e(agencyName(d.model, task.lead))}</td>${cells.join('')}<td>${e(stateText(t.state, lang, w))}</td></tr>`;
}

function grid(d: ProgrammeDashboard, lang: Lang): string {
  const w = SITE_WORDS[lang];
  const head = `<tr><th scope="col">${e(w.task)}</th><th scope="col">${e(w.lead)}</th>${d.years.map((y) => `<th scope="col">${y}</th>`).join('')}<th scope="col">${e(w.state)}</th></tr>`;
  const cols = `<colgroup><col class="task"><col class="lead">${d.years.map(() => '<col>').join('')}<col class="state"></colgroup>`;
  const sections = d.model.programme.contents.map((content) => {
    const tasks = d.tasks.filter((t) => t.model.task.contents[0] === content.id);
    if (tasks.length === 0) return '';
    return `<h3>${e(content.id)}. ${e(content.title)}</h3>\n<table class="grid">\n${cols}\n<thead>${head}</thead>\n<tbody>\n${tasks.map((t) => gridRow(d, t, lang, w)).join('\n')}\n</tbody>\n</table>`;
  });
  return `<h2>${e(w.gridTitle)}</h2>\n<p>${e(w.gridIntro)}</p>\n${legend(lang)}\n${sections.join('\n')}`;
}

function completionChart(d: ProgrammeDashboard, lang: Lang): string {
  const w = SITE_WORDS[lang];
  const bars = d.completion.map((c) => ({ label: String(c.year), value: c.due === 0 ? 0 : (100 * c.done) / c.due, text: formatPercent(c.done, c.due, lang) }));
  const rows = d.completion.map((c) => [String(c.year), formatNumber(c.due, lang), formatNumber(c.done, lang), formatPercent(c.done, c.due, lang)]);
  return `<h2 id="charts">${e(w.completionTitle)}</h2>\n${barChart('completion', w.completionTitle, bars, { caption: w.completionCaption, headers: w.headCompletion, rows }, { lang, max: 100, colour: '#1a7f37', caption: false })}`;
}

function indicatorCharts(d: ProgrammeDashboard, lang: Lang): string {
  const w = SITE_WORDS[lang];
  if (d.indicators.length === 0) return `<h2>${e(w.indicatorsTitle)}</h2>\n<p>${e(w.indicatorsNone)}</p>`;
  const charts = d.indicators.map((series, i) => {
    const name = series.title.charAt(0).toLocaleUpperCase('vi') + series.title.slice(1);
    const title = series.unit ? `${name} (${series.unit})` : name;
    const bars = series.values.map((v) => ({ label: String(v.year), value: v.value }));
    const rows = series.values.map((v) => [String(v.year), formatNumber(v.value, lang)]);
    return barChart(`indicator-${i + 1}`, title, bars, { caption: w.indicatorCaption(series.title), headers: w.headIndicator(series.unit), rows }, { lang });
  });
  return `<h2>${e(w.indicatorsTitle)}</h2>\n<div class="charts">\n${charts.join('\n')}\n</div>`;
}

function amendments(d: ProgrammeDashboard, lang: Lang): string {
  const w = SITE_WORDS[lang];
  const { programme } = d.model;
  if (d.model.amendments.length === 0) return `<h2>${e(w.amendmentsTitle)}</h2>\n<p>${e(w.amendmentsNone)}</p>`;
  const headers = lang === 'vi' ? ['Ngày', 'Loại', 'Văn bản', 'Thay đổi'] : ['Date', 'Kind', 'Document', 'Changes'];
  const rows = d.model.amendments.map((a) => {
    const changes = a.data.changes.map((c) => `${CHANGE_LABELS[lang][c.op]} ${'task' in c && c.task ? c.task : 'content' in c && c.content ? c.content : ''}`.trim()).join('; ');
    return [formatDateShort(a.data.date), AMENDMENT_KIND_LABELS[lang][a.data.kind], amendmentName(a), changes];
  });
  const marks = d.model.amendments.map((a) => ({ date: a.data.date, label: `${formatDateShort(a.data.date)}: ${amendmentName(a)}` }));
  return `<h2>${e(w.amendmentsTitle)}</h2>\n${timelineChart('amendments', w.timelineLabel, programme.period.from, programme.period.to, marks, { caption: w.timelineLabel, headers, rows, numeric: false })}`;
}

function reportLinks(d: ProgrammeDashboard, links: SiteLinks, lang: Lang): string {
  const w = SITE_WORDS[lang];
  const item = (text: string, file: string) =>
    `<li>${e(text)}: <a href="${file}.html">${e(w.asHtml)}</a>${links.docx ? ` · <a href="${file}.docx" download>${e(w.asDocx)}</a>` : ''}</li>`;
  const years = links.reportYears.map((y) => {
    const evaluation = d.model.evaluations.get(y);
    return item(`${w.yearReport(y)}${evaluation?.data.state === 'final' ? '' : ` (${w.draft})`}`, yearReportFile(y));
  });
  for (const kind of links.reviews) years.push(item(w.reviewReport(kind), reviewFile(kind)));
  if (links.term) years.push(item(w.termReport, TERM_FILE));
  return `<h2>${e(w.reportsTitle)}</h2>\n<ul>\n${years.join('\n')}\n</ul>`;
}

/** The page of one programme: cards, the period grid, the charts, amendments and reports. */
export function programmePage(d: ProgrammeDashboard, links: SiteLinks, lang: Lang): string {
  const w = SITE_WORDS[lang];
  const p = d.model.programme;
  const parties = p.parties.map((x) => agencyName(d.model, x.agency, false)).join(', ');
  const live = d.tasks.filter((t) => t.model.task.status !== 'cancelled').length;
  const body = `<h1>${e(p.title)}</h1>
<p class="meta">${e(w.period)}: ${formatDateShort(p.period.from)} – ${formatDateShort(p.period.to)}${p.number ? ` · ${e(w.number)}: ${e(p.number)}` : ''}</p>
<p class="meta">${e(w.parties)}: ${e(parties)}</p>
<ul class="cards">
<li>${e(w.cardProgress)}<strong>${e(formatRatio(d.done, d.due, lang))}</strong>${e(formatPercent(d.done, d.due, lang))}</li>
<li>${e(w.cardOverdue)}<strong${d.overdue > 0 ? ' class="bad"' : ''}>${formatNumber(d.overdue, lang)}</strong></li>
<li>${e(w.cardNext)}<strong>${d.nextDue ? formatDateShort(d.nextDue) : w.none}</strong></li>
<li>${e(w.cardTasks)}<strong>${formatNumber(live, lang)}</strong></li>
</ul>
<p><a href="${TASKS_FILE}">${e(w.allTasks)}</a></p>
${grid(d, lang)}
${completionChart(d, lang)}
${indicatorCharts(d, lang)}
${amendments(d, lang)}
${reportLinks(d, links, lang)}`;
  return page({ lang, title: p.title, asOf: d.asOf, up: '../', crumbs: [{ href: '../index.html', text: w.home }, { text: p.title }] }, body);
}

/** The section of one task: who leads, its state, its periods and every report with the documents cited. */
function taskSection(d: ProgrammeDashboard, t: TaskDashboard, lang: Lang): string {
  const w = SITE_WORDS[lang];
  const task = t.model.task;
  const contents = task.contents.map((id) => d.model.programme.contents.find((c) => c.id === id)?.title ?? id).join('; ');
  const partners = (task.partners ?? []).map((id) => agencyName(d.model, id, false)).join(', ');
  // added_by names the amendment by its file; shown by its document number, as the cancelling one is.
  const adding = task.added_by === undefined ? undefined : d.model.amendments.find((a) => amendmentStem(a) === task.added_by);
  const addedBy = adding ? amendmentName(adding) : task.added_by;
  const facts: [string, string][] = [
    [w.content, contents],
    [w.lead, agencyName(d.model, task.lead, false)],
    ...(partners ? [[w.partners, partners] as [string, string]] : []),
    [w.schedule, `${SCHEDULE_LABELS[lang][task.schedule.every]}${task.schedule.due?.length ? ` (${task.schedule.due.map((due) => formatDue(due, lang)).join(', ')})` : ''}`],
    [w.window, `${formatDateShort(t.model.window.start)} – ${formatDateShort(t.model.window.end)}`],
    [w.recordStatus, STATUS_LABELS[lang][task.status]],
    [w.state, stateText(t.state, lang, w)],
    ...(addedBy ? [[w.addedBy, addedBy] as [string, string]] : []),
    ...(t.model.cancelledBy ? [[w.cancelledBy, amendmentName(t.model.cancelledBy)] as [string, string]] : []),
  ];
  const periods = [...t.cells.values()].flat().map((c) => [periodLabel(c.period.id, lang), c.period.due ? formatDateShort(c.period.due) : w.none, CELL_LABELS[lang][c.state]]);
  const reports = [...(task.reports ?? [])].sort((a, b) => a.on.localeCompare(b.on));
  const indicators = d.model.programme.indicators ?? [];
  const history = reports.map((r) => {
    const figures = Object.entries(r.figures ?? {}).map(([k, value]) => {
      const v = value ?? 0;
      return `${indicators.find((i) => i.id === k)?.title ?? k}: ${formatNumber(v, lang, Number.isInteger(v) ? 0 : 1)}`;
    });
    return [r.period === undefined ? w.none : periodLabel(String(r.period), lang), formatDateShort(r.on), REPORT_STATE_LABELS[lang][r.state], r.note ?? '', (r.documents ?? []).map(documentNumber).join(', '), figures.join('; ')];
  });
  const table = (headers: readonly string[], rows: string[][]) =>
    `<table>\n<thead><tr>${headers.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('\n')}\n</tbody>\n</table>`;
  const id = e(task.id);
  return `<section id="${id}" aria-labelledby="${id}-h" class="task">
<h2 id="${id}-h">${id}. ${e(task.title)}</h2>
<table class="facts"><tbody>
${facts.map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`).join('\n')}
</tbody></table>
<h3>${e(w.periodsTitle)}</h3>
${periods.length ? table(w.headPeriods, periods) : `<p>${w.none}</p>`}
<h3>${e(w.historyTitle)}</h3>
${history.length ? table(w.headHistory, history) : `<p>${e(w.historyNone)}</p>`}
</section>`;
}

/** The tasks page of a programme: a contents list, then one section per task. */
export function tasksPage(d: ProgrammeDashboard, lang: Lang): string {
  const w = SITE_WORDS[lang];
  const p = d.model.programme;
  const toc = d.tasks.map((t) => `<li><a href="#${e(t.model.task.id)}">${e(t.model.task.id)}. ${e(t.model.task.title)}</a></li>`).join('\n');
  const body = `<h1>${e(w.tasksTitle)}</h1>
<p class="meta">${e(p.title)}</p>
<nav aria-label="${e(w.tasksTitle)}" class="no-print"><ul>
${toc}
</ul></nav>
${d.tasks.map((t) => taskSection(d, t, lang)).join('\n')}`;
  return page({ lang, title: `${w.tasksTitle} · ${p.title}`, asOf: d.asOf, up: '../', crumbs: [{ href: '../index.html', text: w.home }, { href: 'index.html', text: p.title }, { text: w.tasksTitle }] }, body);
}
