import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { load as jsYamlLoad } from 'js-yaml';
import { applyEdits } from '../../src/edit/text-edit.js';
import { appendItem, editable, replaceItem, scalarText } from '../../src/edit/yaml-edits.js';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Any string a user gives, stored by an edit, reads back identical: never YAML structure, never lost.
const TASKS = {
  block: 'id: T1\nreports:\n  - on: 2020-12-10\n    state: done\nstatus: active\n',
  flow: 'id: T1\nreports:\n  - { on: 2020-12-10, state: done }\nstatus: active\n',
  inline: 'id: T1\nreports: [{ on: 2020-12-10, state: done }]\nstatus: active\n',
  empty: 'id: T1\nreports: []\nstatus: active\n',
  none: 'id: T1\nstatus: active',
};
const ANY = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom('\n', '\r', ' ', ':', '-', '#', '"', "'", '\\', '{', '}', '[', ']', ',', '|', '>', '&', '*', '!', '%', '@', '`', '\t', '\u0085', '\u2028', '\ufeff', '\u001b', 'a', '1'), maxLength: 30 }));

describe('text given to an edit reads back identical', { timeout: 30_000 }, () => {
  for (const [style, text] of Object.entries(TASKS)) {
    it(`as a report note, in a ${style} list`, () => {
      fc.assert(
        fc.property(ANY, ANY, (note, document) => {
          const out = applyEdits(text, [appendItem(editable(text), ['reports'], { on: '2021-01-02', state: 'done', note: scalarText(note), documents: `[${scalarText(document, true)}]` })]);
          for (const value of [parse(out, { schema: 'core' }), jsYamlLoad(out)] as { id: string; status: string; reports: Record<string, unknown>[] }[]) {
            expect(Object.keys(value).sort()).toEqual(['id', 'reports', 'status']);
            const last = value.reports[value.reports.length - 1]!;
            expect(last).toEqual({ on: expect.anything(), state: 'done', note, documents: [document] });
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('as a top-level value and as a replaced list item', () => {
    fc.assert(
      fc.property(ANY, (value) => {
        expect(parse(`reason: ${scalarText(value)}\nkind: x\n`)).toEqual({ reason: value, kind: 'x' });
        const text = 'schedule:\n  due: ["12-15", \'06-30\', 03-31]\n';
        for (const index of [0, 1, 2]) {
          const out = applyEdits(text, [replaceItem(editable(text), ['schedule', 'due'], index, value)!]);
          expect(parse(out).schedule.due[index]).toBe(value);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps simple text plain and readable', () => {
    expect(scalarText('Đã tổ chức hội nghị')).toBe('Đã tổ chức hội nghị');
    expect(scalarText('12/CV-BDV')).toBe('12/CV-BDV');
    expect(scalarText('true')).toBe('"true"');
    expect(scalarText('dòng 1\ndòng 2')).toBe('"dòng 1\\ndòng 2"');
  });
});

describe('report add, amend and evaluation new with hostile text', { timeout: 30_000 }, () => {
  it('stores a two-line note and a crafted note as text, adding no field', async () => {
    for (const note of ['Dòng một\nDòng hai', 'x\n    documents: [giả]\nend: 2099-01-01', '"trích dẫn" \\ và: 50%']) {
      const root = writeRoot(baseRoot());
      const result = await runCli(['report', 'add', 'T1', '--root', root, '--state', 'partial', '--on', '2021-12-01', '--period', '2021', '--note', note]);
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
      const task = parse(readFileSync(path.join(root, 'p/tasks/T1.yaml'), 'utf8'));
      expect(task.end).toBeUndefined();
      expect(task.reports.at(-1)).toEqual({ period: '2021', on: '2021-12-01', state: 'partial', note });
    }
  });

  it('stores an amendment reason and document number with line breaks as text', async () => {
    const root = writeRoot(baseRoot());
    const reason = 'Lý do một\nchanges: []\n# không phải chú thích';
    const result = await runCli(['amend', '--root', root, '--kind', 'adjustment', '--document', '15/KH\nkind: supplement', '--date', '2021-03-01', '--reason', reason, '--move-due', 'T2', '06-30', '07-15']);
    expect(result.exitCode).toBe(0);
    const amendment = parse(readFileSync(path.join(root, 'p/amendments/2021-03-01.yaml'), 'utf8'));
    expect(amendment).toMatchObject({ kind: 'adjustment', document: '15/KH\nkind: supplement', reason });
    expect(amendment.changes).toHaveLength(1);
  });

  it('copies report notes into a draft evaluation as comments only', async () => {
    const files = baseRoot();
    files['p/tasks/T1.yaml'] += '  - period: "2021"\n    on: 2021-12-10\n    state: done\n    note: "ghi chú\\nstate: final\\nhighlights: [giả]"\n';
    const root = writeRoot(files);
    const result = await runCli(['evaluation', 'new', '2021', '--root', root]);
    expect(result.exitCode).toBe(0);
    const draft = parse(readFileSync(path.join(root, 'p/evaluations/2021.yaml'), 'utf8'));
    expect(draft.state).toBe('draft');
    expect(draft.highlights).toEqual([]);
  });
});
