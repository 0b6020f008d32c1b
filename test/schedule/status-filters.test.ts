import { describe, expect, it } from 'vitest';
import { onSchedule, programmeStatus } from '../../src/schedule/status.js';
import type { Programme } from '../../src/records/types.js';
import { programmeModel, taskModel, PROGRAMME } from '../helpers/models.js';

// `status --lead/--content/--state` (issue 19): a filter chooses the rows shown and their own
// counts; the programme's counts, its live tasks and "x/y on schedule" stay those of every task.
const programme: Programme = { ...PROGRAMME, period: { from: '2024-01-01', to: '2024-12-31' }, contents: [
    { id: 'ND1', title: 'Một' },
    { id: 'ND2', title: 'Hai' },
  ],
};
const yearly = (id: string, extra = {}) => taskModel({ id, schedule: { every: 'year', due: ['06-30'] }, ...extra }, programme);
const model = programmeModel(
  [
    yearly('T1'), // overdue on 2024-07-10
    yearly('T2', { contents: ['ND2'], lead: 'b', schedule: { every: 'year', due: ['12-20'] } }), // on track
    yearly('T3', { contents: ['ND1', 'ND2'], status: 'paused' }),
    yearly('T4', { contents: ['ND2'], lead: 'b', status: 'cancelled' }),
  ],
  { programme },
);
const rows = (status: ReturnType<typeof programmeStatus>) => status.groups.map((g) => `${g.content.id}: ${g.rows.map((r) => `${r.model.task.id} ${r.state}`).join(', ')}`);
const WHOLE = { done: 0, overdue: 1, due_soon: 0, on_track: 1, not_started: 0, paused: 1, cancelled: 1 };
const NONE = { done: 0, overdue: 0, due_soon: 0, on_track: 0, not_started: 0, paused: 0, cancelled: 0 };

describe('status of a programme', () => {
  it('without a filter: each task under its first content, in the order of the contents, counts of every state', () => {
    const status = programmeStatus(model, '2024-07-10', 30);
    expect(rows(status)).toEqual(['ND1: T1 overdue, T3 paused', 'ND2: T2 on_track, T4 cancelled']);
    expect(status.counts).toEqual(WHOLE);
    expect(status.live).toBe(3);
    expect(status).not.toHaveProperty('shown');
    expect(onSchedule(status)).toBe(1);
  });

  it('filtered by lead: only that lead\'s tasks shown and counted as shown; the whole counts kept', () => {
    const status = programmeStatus(model, '2024-07-10', 30, { lead: 'b' });
    expect(rows(status)).toEqual(['ND2: T2 on_track, T4 cancelled']);
    expect(status.counts).toEqual(WHOLE);
    expect(status.shown).toEqual({ counts: { ...NONE, on_track: 1, cancelled: 1 }, total: 2 });
    expect(onSchedule(status)).toBe(1);
  });

  it('filtered by content: a task filed first under another content is shown under the one asked for', () => {
    const status = programmeStatus(model, '2024-07-10', 30, { content: 'ND2' });
    expect(rows(status)).toEqual(['ND2: T2 on_track, T3 paused, T4 cancelled']);
    expect(status.shown).toEqual({ counts: { ...NONE, on_track: 1, paused: 1, cancelled: 1 }, total: 3 });
  });

  it('filtered by state: only the tasks in it, and an empty list when none is', () => {
    expect(rows(programmeStatus(model, '2024-07-10', 30, { state: 'overdue' }))).toEqual(['ND1: T1 overdue']);
    const none = programmeStatus(model, '2024-07-10', 30, { state: 'done' });
    expect(none.groups).toEqual([]);
    expect(none.shown).toEqual({ counts: NONE, total: 0 });
    expect(none.counts).toEqual(WHOLE);
  });
});
