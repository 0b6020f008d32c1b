import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdits } from '../../src/edit/text-edit.js';
import { unifiedDiff } from '../../src/edit/unified-diff.js';
import { appendItem, commentText, editable, removeTopLevel, replaceItem, scalarText, setTopLevel } from '../../src/edit/yaml-edits.js';

const report = { period: '"2022"', on: '2022-01-05', state: 'done' };

function edit(text: string, make: (e: ReturnType<typeof editable>) => Parameters<typeof applyEdits>[1]) {
  return applyEdits(text, make(editable(text)));
}

describe('surgical YAML edits', () => {
  it('appends a block item after the last one, keeping comments and spacing', () => {
    const text = 'id: T1 # mã\nreports:\n  # báo cáo năm\n  - period: "2021"\n    on: 2021-12-01\n    state: done   # xong\n\n# cuối tệp\n';
    expect(edit(text, (e) => [appendItem(e, ['reports'], report)])).toBe(
      'id: T1 # mã\nreports:\n  # báo cáo năm\n  - period: "2021"\n    on: 2021-12-01\n    state: done   # xong\n  - period: "2022"\n    on: 2022-01-05\n    state: done\n\n# cuối tệp\n',
    );
  });

  it('appends a flow item to a list of flow items', () => {
    const text = 'reports:\n  - { period: "2021", on: 2021-12-01, state: done }\nstatus: active\n';
    expect(edit(text, (e) => [appendItem(e, ['reports'], report)])).toBe('reports:\n  - { period: "2021", on: 2021-12-01, state: done }\n  - { period: "2022", on: 2022-01-05, state: done }\nstatus: active\n');
  });

  it('turns an empty list into a block list, keeping the comment on its line', () => {
    expect(edit('id: T1\nreports: [] # chưa có\nstatus: active\n', (e) => [appendItem(e, ['reports'], report)])).toBe('id: T1\nreports: # chưa có\n  - period: "2022"\n    on: 2022-01-05\n    state: done\nstatus: active\n');
  });

  it('adds the list at the end when there is none, even without a final line break', () => {
    expect(edit('id: T1\nstatus: active', (e) => [appendItem(e, ['reports'], report)])).toBe('id: T1\nstatus: active\nreports:\n  - period: "2022"\n    on: 2022-01-05\n    state: done\n');
  });

  it('keeps CRLF line endings', () => {
    const text = 'id: T1\r\nreports:\r\n  - { period: "2021", on: 2021-01-01, state: done }\r\nstatus: active\r\ndone_on: 2020-01-01\r\n';
    expect(edit(text, (e) => [appendItem(e, ['reports'], report), removeTopLevel(e, 'done_on')!])).toBe(
      'id: T1\r\nreports:\r\n  - { period: "2021", on: 2021-01-01, state: done }\r\n  - { period: "2022", on: 2022-01-05, state: done }\r\nstatus: active\r\n',
    );
  });

  it('sets a value in place and inserts a missing key after another', () => {
    const text = 'id: T1\nstatus: active   # đang làm\nreports: []\n';
    expect(edit(text, (e) => [setTopLevel(e, 'status', 'done', 'status'), setTopLevel(e, 'done_on', '2022-01-05', 'status')])).toBe('id: T1\nstatus: done   # đang làm\ndone_on: 2022-01-05\nreports: []\n');
  });

  it('replaces one due day keeping its quotes', () => {
    const text = 'schedule:\n  every: half-year\n  due: ["06-30", \'12-31\']\n';
    const e = editable(text);
    expect(applyEdits(text, [replaceItem(e, ['schedule', 'due'], 1, '12-20')!])).toBe('schedule:\n  every: half-year\n  due: ["06-30", \'12-20\']\n');
  });

  it('stores a note with hidden characters on one double-quoted line, in YAML\'s short escapes where it has one, reading back identical', () => {
    const note = 'a\\b"c\nd\te\rf\0g\u0085h\u2028i\u2029j\u0001k\u200bl\ufffem\u{1fffe}n\uffffo\u{10000}p\u061cq';
    const stored = scalarText(note);
    expect(stored).toBe('"a\\\\b\\"c\\nd\\te\\rf\\0g\\Nh\\Li\\Pj\\x01k\\u200bl\\ufffem\\U0001fffen\\uffffo\u{10000}p\\u061cq"');
    expect(parse(`note: ${stored}\n`)).toEqual({ note });
  });

  it('keeps plain only what reads back as the same text everywhere', () => {
    for (const plain of ['Sở Tư pháp', 'ND1', '2021-H1', 'Báo cáo (lần 2) – năm 2021/2022', 'Ngày 5.3', '2021-01-05', 'Sở—Ban']) expect(scalarText(plain)).toBe(plain);
    for (const quoted of ['-a', ' Sở', 'a: b', 'a # b', 'true', '12', 'null', '~', 'a,b', '[a]', '', '\u0301a', 'a\u200b', 'a_b', 'a\'b']) {
      const stored = scalarText(quoted);
      expect(stored.startsWith('"'), quoted).toBe(true);
      expect(parse(`v: ${stored}\n`), quoted).toEqual({ v: quoted });
    }
    expect(scalarText('Sở', true)).toBe('"Sở"');
    expect(scalarText(12)).toBe('12');
  });

  it('edits at the very start and end of a file: empty, or without a final line break', () => {
    expect(edit('', (e) => [setTopLevel(e, 'status', 'done', 'lead')])).toBe('status: done\n');
    expect(edit('id: T1', (e) => [setTopLevel(e, 'status', 'done', 'lead')])).toBe('id: T1\nstatus: done\n');
    expect(edit('id: T1\nlead: a\nstatus: active', (e) => [setTopLevel(e, 'done_on', '2022-01-05', 'id')])).toBe('id: T1\ndone_on: 2022-01-05\nlead: a\nstatus: active');
    expect(edit('id: T1\ndone_on: 2020-01-01', (e) => [removeTopLevel(e, 'done_on')!])).toBe('id: T1\n');
    expect(edit('', (e) => [appendItem(e, ['reports'], report)])).toBe('reports:\n  - period: "2022"\n    on: 2022-01-05\n    state: done\n');
  });

  it('appends after one-letter items and to a list whose key has a space before its colon', () => {
    expect(edit('xs:\n  - a\n', (e) => [appendItem(e, ['xs'], { k: 'v' })])).toBe('xs:\n  - a\n  - k: v\n');
    expect(edit('reports : []\n', (e) => [appendItem(e, ['reports'], { k: 'v' })])).toBe('reports :\n  - k: v\n');
  });

  it('fills a key left empty after its colon, and turns an empty key into a list', () => {
    expect(edit('id: T1\nstatus:\nlead: a\n', (e) => [setTopLevel(e, 'status', 'done', 'id')])).toBe('id: T1\nstatus: done\nlead: a\n');
    expect(edit('reports:\nstatus: active\n', (e) => [appendItem(e, ['reports'], { k: 'v' })])).toBe('reports:\n  - k: v\nstatus: active\n');
    expect(edit('id: T1\nstatus :\nlead: a\n', (e) => [setTopLevel(e, 'status', 'done', 'id')])).toBe('id: T1\nstatus : done\nlead: a\n');
  });

  it('a comment is one line with every run of spaces and line breaks made one space', () => {
    expect(commentText('Báo cáo\n\n  quý 1\t ')).toBe('Báo cáo quý 1 ');
  });
});

describe('the patch of a dry run', () => {
  it('names a new file /dev/null before, and is empty when nothing changed', () => {
    expect(unifiedDiff('p/amendments/a.yaml', null, 'id: A\n').split('\n').slice(0, 2)).toEqual(['--- /dev/null', '+++ b/p/amendments/a.yaml']);
    expect(unifiedDiff('p/tasks/T1.yaml', 'id: T1\n', 'id: T2\n').split('\n').slice(0, 2)).toEqual(['--- a/p/tasks/T1.yaml', '+++ b/p/tasks/T1.yaml']);
    expect(unifiedDiff('p/tasks/T1.yaml', 'id: T1\n', 'id: T1\n')).toBe('');
  });
});
