import type { ReviewSummary, TermSummary } from '../schedule/term-summary.js';
import type { YearSummary } from '../schedule/year-summary.js';
import type { ReportDocument } from './report-document.js';

// The summaries as json: a version 1 envelope ({ version, kind, programmes }) of one entry per
// programme, each built by a function below (the command writes it a piece at a time: json-stream.ts).

/** A year report's facts (version 1 shape) with the report model itself under `document`. */
export function yearEntry({ summary: s, document }: { summary: YearSummary; document: ReportDocument }): object {
    const e = s.evaluation?.data;
    return {
      programme: s.model.programme.id,
      title: s.model.programme.title,
      year: s.year,
      date: s.date,
      final: s.final,
      evaluation: e ? { state: e.state, held_on: e.held_on ?? null, document: e.document ?? null } : null,
      live_tasks: s.results.length,
      rated_tasks: s.rated,
      statistic: { carried: s.carried, counted: s.counted, completed: s.completed },
      ratings: s.counts,
      results: s.results.map((r) => ({
        task: r.model.task.id,
        title: r.model.task.title,
        content: r.model.task.contents[0],
        lead: r.model.task.lead,
        partners: r.model.task.partners ?? [],
        rating: r.rating,
        standing: r.standing,
        figures: r.figures,
        summary: r.summary ?? null,
        documents: r.documents,
        reports: r.reports.map((p) => ({ period: p.period === undefined ? null : String(p.period), on: p.on, state: p.state, note: p.note ?? null })),
      })),
      overall: e?.overall ?? null,
      highlights: e?.highlights ?? [],
      shortcomings: e?.shortcomings ?? [],
      causes: e?.causes ?? [],
      lessons: e?.lessons ?? [],
      next_year: { priorities: e?.next_year?.priorities ?? [], focus_tasks: e?.next_year?.focus_tasks ?? [] },
      document,
    };
}

export function termEntry(t: TermSummary): object {
  return {
    programme: t.model.programme.id,
    title: t.model.programme.title,
    until: t.until,
    years: t.years.map((y) => ({ year: y.year, final: y.final, live_tasks: y.live, rated_tasks: y.rated, ratings: y.counts })),
    tasks: t.tasks.map((k) => ({ task: k.model.task.id, status: k.model.task.status, periods_due: k.due, periods_done: k.done })),
    amendments: t.amendments.map((a) => ({ date: a.data.date, document: a.data.document, kind: a.data.kind, reason: a.data.reason ?? null, changes: a.data.changes })),
  };
}

/** A mid-term or final review: each year's statistic, each task's periods, and the report model. */
export function reviewEntry({ summary: r, document }: { summary: ReviewSummary; document: ReportDocument }): object {
  return {
    programme: r.model.programme.id,
    title: r.model.programme.title,
    review: r.review,
    date: r.date,
    from: r.from,
    through: r.through,
    years: r.years.map((y) => ({ year: y.year, final: y.final, carried: y.carried, counted: y.counted, completed: y.completed, ratings: y.counts })),
    tasks: r.tasks.map((t) => ({ task: t.model.task.id, status: t.model.task.status, periods_due: t.due, periods_done: t.done })),
    document,
  };
}
