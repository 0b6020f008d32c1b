import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine } from '../../src/views/ics.js';
import { runCli } from '../helpers/world.js';

const DATA = ['--root', 'data'];
const work = mkdtempSync(path.join(tmpdir(), 'phoihop-ics-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Expected {
  programme: string;
  kind: 'task' | 'evaluation';
  task: string | null;
  period: string | null;
  due: string;
  lead: string | null;
}

/** Every open occurrence according to `overdue --format json` (overdue and, with a far horizon, all still to come). */
async function openFromOverdue(extra: string[] = []): Promise<Expected[]> {
  const r = await runCli(['overdue', ...DATA, '--as-of', '2021-06-01', '--within', '9999', '--format', 'json', ...extra]);
  expect(r.exitCode).toBe(0);
  const json = JSON.parse(r.stdout) as { overdue: Expected[]; due_soon: Expected[] };
  return [...json.overdue, ...json.due_soon];
}

function uidOf(o: Expected): string {
  return `${o.programme}.${o.kind === 'evaluation' ? 'danh-gia' : o.task}.${o.period ?? 'mot-lan'}@phoihop`;
}

async function calendar(args: string[]): Promise<{ text: string; events: ICAL.Event[] }> {
  const file = path.join(work, `${Math.random().toString(36).slice(2)}.ics`);
  const r = await runCli(['calendar', ...DATA, '--as-of', '2021-06-01', '--output', file, ...args]);
  expect(r.exitCode).toBe(0);
  const text = readFileSync(file, 'utf8');
  const component = new ICAL.Component(ICAL.parse(text));
  return { text, events: component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('phoihop calendar', () => {
  it('has one all-day event per open occurrence, on its due day, as overdue --format json lists them', async () => {
    const expected = await openFromOverdue();
    const { events } = await calendar([]);
    expect(expected.length).toBeGreaterThan(10);
    expect(events.map((e) => e.uid).sort()).toEqual(expected.map(uidOf).sort());
    const byUid = new Map(expected.map((o) => [uidOf(o), o]));
    for (const event of events) {
      const o = byUid.get(event.uid)!;
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(o.due);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
    }
  });

  it('writes the title, lead, partners and period in Vietnamese, and a reminder the root\'s soon days before', async () => {
    const { events } = await calendar([]);
    const nv03 = events.find((e) => e.uid === 'dan-van-2017-2021.NV03.2021-Q3@phoihop')!;
    expect(nv03.summary).toBe('NV03 Thực hiện tiếp công dân định kỳ của Chủ tịch UBND tỉnh; tổ chức đối thoại với nhân dân về những vấn đề bức xúc (quý III/2021)');
    expect(nv03.description).toContain('Chủ trì: Ban cán sự đảng Ủy ban nhân dân tỉnh');
    expect(nv03.description).toContain('Phối hợp: Thanh tra tỉnh, Ban Dân vận Tỉnh ủy');
    expect(nv03.description).toContain('Kỳ: quý III/2021\nHạn: 25/09/2021');
    expect(nv03.component.getFirstPropertyValue('categories')).toBe('dan-van-2017-2021');
    const alarm = nv03.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-P30D');
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('keeps UIDs stable from one export to the next and honours --remind and --lead', async () => {
    const first = await calendar([]);
    const second = await calendar(['--remind', '7', '--lead', 'bdv-tu']);
    const firstUids = new Set(first.events.map((e) => e.uid));
    expect(second.events.length).toBeGreaterThan(0);
    expect(second.events.length).toBeLessThan(first.events.length);
    for (const event of second.events) {
      expect(firstUids.has(event.uid)).toBe(true);
      expect(event.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')!.toString()).toBe('-P7D');
    }
    const expected = (await openFromOverdue()).filter((o) => o.lead === 'bdv-tu' || o.kind === 'evaluation');
    expect(second.events.map((e) => e.uid).sort()).toEqual(expected.map(uidOf).sort());
  });

  it('sets no reminder with --remind 0, and one a day ahead with --remind 1', async () => {
    const none = await calendar(['--remind', '0']);
    expect(none.events.length).toBeGreaterThan(0);
    expect(none.text).not.toContain('BEGIN:VALARM');
    const one = await calendar(['--remind', '1']);
    expect(one.events.every((e) => e.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')!.toString() === '-P1D')).toBe(true);
  });

  it('ends lines with CRLF and folds them at 75 octets without splitting a character', async () => {
    const { text } = await calendar([]);
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    const folded = foldIcsLine('SUMMARY:' + 'ữ'.repeat(60));
    expect(folded.split('\r\n ').join('')).toBe('SUMMARY:' + 'ữ'.repeat(60));
    for (const piece of folded.split('\r\n')) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(75);
  });

  it('escapes text values and drops control characters', () => {
    expect(escapeIcsText('a;b,c\\d\ne\r\nf\u0007')).toBe('a\\;b\\,c\\\\d\\ne\\nf');
  });

  it('refuses an unknown agency with the agencies it knows', async () => {
    const r = await runCli(['calendar', ...DATA, '--lead', 'khong-co']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('không có cơ quan "khong-co"');
    expect(r.stderr).toContain('bdv-tu');
  });
});
