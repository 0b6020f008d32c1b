import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/world.js';

// data/ reads like the programme the seed announces (issue 11), and uses every record format 1.1 field.
const DIR = new URL('../../data/dan-van-2017-2021/', import.meta.url);
const load = (file: string) => parse(readFileSync(new URL(file, DIR), 'utf8'));
const programme = load('programme.yaml');
const agencies = parse(readFileSync(new URL('../agencies.yaml', DIR), 'utf8')).agencies as Record<string, unknown>[];
const tasks = readdirSync(new URL('tasks/', DIR)).map((f) => load(`tasks/${f}`));
const evaluations = readdirSync(new URL('evaluations/', DIR)).map((f) => load(`evaluations/${f}`));

describe('the sample programme', () => {
  it('validates without any finding', async () => {
    const r = await runCli(['validate', '--root', 'data', '--format', 'json', '--no-cache', '--strict']);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).diagnostics).toEqual([]);
  });

  it('says what the signing announced: the purpose, 9 contents and 14 tasks, the two focus areas', () => {
    expect(programme.purpose).toContain('thực hiện tốt chức trách, nhiệm vụ được giao, nâng cao trách nhiệm phục vụ nhân dân');
    expect(programme.declared).toEqual({ contents: 9, tasks: 14 });
    const titles = programme.contents.map((c: { title: string }) => c.title).join('\n');
    expect(titles).toMatch(/quyền con người, quyền và nghĩa vụ của công dân phù hợp với Hiến pháp/);
    expect(titles).toMatch(/Lấy ý kiến của nhân dân trước khi ban hành chủ trương, chính sách/);
    expect(programme.title).toContain('Ban cán sự đảng');
    expect(JSON.stringify([programme, agencies])).not.toContain('Ban Cán sự');
  });

  it('uses every record format 1.1 field', () => {
    expect(programme.number).toMatch(/-CTr\//);
    expect(programme.indicators.length).toBeGreaterThan(0);
    expect(programme.reviews.map((r: { kind: string; through: number }) => [r.kind, r.through])).toEqual([['mid-term', 2019], ['final', 2021]]);
    expect(programme.recipients.length).toBeGreaterThan(0);
    for (const agency of agencies) expect(Object.keys(agency)).toEqual(expect.arrayContaining(['kind', 'symbol', 'head']));
    const reports = tasks.flatMap((t) => t.reports ?? []);
    expect(reports.some((r) => r.figures)).toBe(true);
    expect(reports.some((r) => (r.documents ?? []).some((d: unknown) => typeof d === 'object' && d !== null && 'title' in d))).toBe(true);
    const finals = evaluations.filter((e) => e.state === 'final');
    for (const e of finals) {
      for (const key of ['direction', 'strengths', 'recommendations']) expect(e[key], `${e.year} ${key}`).toEqual(expect.any(Array));
      expect(e.causes.objective ?? e.causes.subjective, `${e.year} causes`).toEqual(expect.any(Array));
      expect(e.next_year.plan.number, `${e.year} plan`).toMatch(/-KH\//);
    }
  });

  it('holds every evaluation on or before its due day', () => {
    for (const e of evaluations) expect(e.held_on.slice(5) <= programme.evaluation.due, String(e.year)).toBe(true);
  });
});
