import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, parse, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/edit/text-edit.js';
import { appendItem, editable, removeTopLevel, replaceItem, scalarText, setTopLevel, setValue, type EditableText } from '../../src/edit/yaml-edits.js';

// Real edits of every kind on every YAML file of the sample data and the fixtures: each edit
// changes only its own span (every other byte is kept), the edited value reads back as written,
// and every other value is unchanged when the result is parsed again.
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : name.endsWith('.yaml') ? [full] : [];
  });
}

const ROOT = new URL('../..', import.meta.url).pathname;
const ALL = [...yamlFiles(path.join(ROOT, 'data')), ...yamlFiles(path.join(ROOT, 'test/fixtures'))].map((f) => path.relative(ROOT, f));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8').replace(/^\uFEFF/, '');
const load = (text: string) => (parse(text, { schema: 'core' }) ?? {}) as Record<string, unknown>;
/** Files the editor edits: one mapping, no parse error or unknown tag, no anchors (an alias would follow an edit). */
const usable = (file: string) => {
  const text = read(file);
  const source = editable(text);
  return !source.doc.errors.length && !source.doc.warnings.length && isMap(source.doc.contents) && !/(^|[\s[{,])[&*][\w-]/m.test(text);
};
const FILES = ALL.filter(usable);
const BROKEN = ALL.filter((f) => !usable(f));

/** Paths (through mappings only) to every scalar value, every sequence of scalars, every sequence of mappings. */
function walk(node: unknown, at: string[] = [], out = { scalars: [] as string[][], scalarSeqs: [] as string[][], mapSeqs: [] as string[][] }) {
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
    const p = [...at, pair.key.value];
    const v = pair.value as Node | null;
    if (isScalar(v) && v.range && v.range[1] > v.range[0] && !v.tag && v.type !== 'BLOCK_LITERAL' && v.type !== 'BLOCK_FOLDED') out.scalars.push(p);
    else if (isSeq(v) && v.items.length && v.items.every((i) => isScalar(i) && !i.tag)) out.scalarSeqs.push(p);
    else if (isSeq(v) && v.items.length && v.items.every((i) => isMap(i))) out.mapSeqs.push(p);
    else if (isMap(v)) walk(v, p, out);
  }
  return out;
}

/** `obj` (a freshly loaded value, changed in place) with the value at `p` set. */
function setIn(obj: unknown, p: readonly (string | number)[], value: unknown): unknown {
  const copy = obj as Record<string | number, unknown>;
  let node = copy;
  for (const k of p.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[p[p.length - 1]!] = value;
  return copy;
}

/** The text is the original with exactly one span [start, end) replaced by `inserted`. */
function expectOneSpan(before: string, after: string, start: number, end: number, inserted: string) {
  expect(after.slice(0, start)).toBe(before.slice(0, start));
  expect(after.slice(start, start + inserted.length)).toBe(inserted);
  expect(after.slice(start + inserted.length)).toBe(before.slice(end));
}

const NEW_VALUES = ['Giá trị đã sửa', 'ghi chú: "có dấu" # không phải chú thích', '42', 'dòng 1\ndòng 2'];

describe('a file with no edit is saved byte for byte', () => {
  it.each(ALL)('%s', (file) => {
    const text = read(file);
    expect(applyEdits(text, [])).toBe(text);
  });
  it('the corpus holds records to edit and broken files', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(BROKEN.length).toBeGreaterThan(0);
  });
});

// Files whose mappings hold scalars (agencies.yaml holds only a list of agencies: it is edited below).
const WITH_SCALARS = FILES.filter((f) => walk(editable(read(f)).doc.contents).scalars.length);
const WITH_LINES = FILES.filter((f) => { const t = read(f); return oneLineKeys(t, editable(t)).length; });
it('nearly every record file has scalars and one-line keys to edit', () => {
  expect(WITH_SCALARS.length).toBeGreaterThan(FILES.length - 10);
  expect(WITH_LINES.length).toBeGreaterThan(FILES.length - 10);
});

describe('setting a scalar to a different value changes only that value', () => {
  it.each(WITH_SCALARS)('%s', (file) => {
    const text = read(file);
    const source = editable(text);
    const original = load(text);
    const { scalars } = walk(source.doc.contents);
    scalars.forEach((p, i) => {
      const value = NEW_VALUES[i % NEW_VALUES.length]!;
      const yaml = scalarText(value);
      const node = source.doc.getIn(p, true) as Node;
      const edit = setValue(source, p, yaml)!;
      const after = applyEdits(text, [edit]);
      expectOneSpan(text, after, node.range![0], node.range![1], yaml);
      expect(load(after)).toEqual(setIn(load(text), p, value));
    });
  });
});

describe('setting every scalar at once (edits applied together) changes only those values', () => {
  it.each(WITH_SCALARS)('%s', (file) => {
    const text = read(file);
    const source: EditableText = editable(text);
    const { scalars } = walk(source.doc.contents);
    const edits = scalars.map((p) => setValue(source, p, scalarText(`mới ${p.join('.')}`))!);
    let expected: unknown = load(text);
    for (const p of scalars) expected = setIn(expected, p, `mới ${p.join('.')}`);
    const after = applyEdits(text, edits);
    expect(load(after)).toEqual(expected);
    // Outside the edited spans, every byte is kept: the result is the text with each value's span replaced.
    const spans = scalars.map((p) => ({ range: (source.doc.getIn(p, true) as Node).range!, yaml: scalarText(`mới ${p.join('.')}`) }));
    let spliced = text;
    for (const { range, yaml } of spans.sort((x, y) => y.range[0] - x.range[0])) spliced = spliced.slice(0, range[0]) + yaml + spliced.slice(range[1]);
    expect(after).toBe(spliced);
  });
});

/** Top-level keys whose value is a one-line scalar: the anchors for added lines and the lines to remove. */
function oneLineKeys(text: string, source: EditableText): string[] {
  return walk(source.doc.contents).scalars.filter((p) => p.length === 1).map((p) => p[0]!).filter((k) => {
    const [s, e] = (source.doc.get(k, true) as Node).range!;
    return !text.slice(s, e).includes('\n') && new RegExp(`^${k}:`, 'm').test(text);
  });
}

/** Offset of the start of the line after the line `key: …` (the end of the text on the last line). */
function afterLineOf(text: string, key: string): number {
  const m = new RegExp(`^${key}:.*(\\r?\\n|$)`, 'm').exec(text)!;
  return m.index + m[0].length;
}

describe('adding a key inserts one line after its anchor and nothing else', () => {
  it.each(WITH_LINES)('%s', (file) => {
    const text = read(file);
    const source = editable(text);
    const original = load(text);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const anchors = oneLineKeys(text, source);
    for (const anchor of anchors) {
      const edit = setTopLevel(source, 'ghi_chu_kiem_thu', scalarText('thêm: "một" dòng'), anchor);
      const after = applyEdits(text, [edit]);
      const at = afterLineOf(text, anchor);
      const line = `ghi_chu_kiem_thu: "thêm: \\"một\\" dòng"${eol}`;
      if (at === text.length && !text.endsWith('\n')) expect(after).toBe(text + eol + line);
      else expectOneSpan(text, after, at, at, line);
      const back = load(after);
      expect(back).toEqual({ ...original, ghi_chu_kiem_thu: 'thêm: "một" dòng' });
      const keys = Object.keys(back);
      expect(keys[keys.indexOf(anchor) + 1]).toBe('ghi_chu_kiem_thu');
    }
  });
});

describe('removing a one-line key removes exactly its line', () => {
  it.each(WITH_LINES)('%s', (file) => {
    const text = read(file);
    const source = editable(text);
    const original = load(text);
    for (const key of oneLineKeys(text, source)) {
      const after = applyEdits(text, [removeTopLevel(source, key)!]);
      const start = new RegExp(`^${key}:`, 'm').exec(text)!.index;
      expectOneSpan(text, after, start, afterLineOf(text, key), '');
      const { [key]: _gone, ...rest } = original;
      expect(load(after)).toEqual(rest);
    }
  });
});

describe('replacing an item of a list of scalars keeps its quoting and the other items', () => {
  const withLists = FILES.filter((f) => walk(editable(read(f)).doc.contents).scalarSeqs.length);
  it('the corpus has lists to edit', () => expect(withLists.length).toBeGreaterThan(20));
  it.each(withLists)('%s', (file) => {
    const text = read(file);
    const source = editable(text);
    const original = load(text);
    for (const p of walk(source.doc.contents).scalarSeqs) {
      const seq = source.doc.getIn(p, true) as { items: Node[] } & Node;
      seq.items.forEach((item, index) => {
        if (!isScalar(item)) return;
        const edit = replaceItem(source, p, index, 'mục mới')!;
        const after = applyEdits(text, [edit]);
        const quote = item.type === 'QUOTE_DOUBLE' ? '"' : item.type === 'QUOTE_SINGLE' ? "'" : '';
        expectOneSpan(text, after, item.range![0], item.range![1], `${quote}mục mới${quote}`);
        expect(load(after)).toEqual(setIn(load(text), [...p, index], 'mục mới'));
      });
    }
  });
});

describe('appending an item to a list of mappings (a report) adds it last and changes nothing else', () => {
  const withLists = FILES.filter((f) => walk(editable(read(f)).doc.contents).mapSeqs.length);
  const tasks = FILES.filter((f) => /\/tasks\//.test(f));
  it('the corpus has lists of mappings and tasks', () => {
    expect(withLists.length).toBeGreaterThan(20);
    expect(tasks.length).toBeGreaterThan(10);
  });
  const report = { period: '"2099-H1"', on: '2099-06-15', state: 'done', note: scalarText('Báo cáo: "thử" #1\nhai dòng') };
  const reportValue = { period: '2099-H1', on: '2099-06-15', state: 'done', note: 'Báo cáo: "thử" #1\nhai dòng' };

  it.each(withLists)('%s', (file) => {
    const text = read(file);
    const source = editable(text);
    const original = load(text);
    for (const p of walk(source.doc.contents).mapSeqs) {
      const edit = appendItem(source, p, report);
      expect(edit.end).toBe(edit.start); // an insertion: no byte of the file is replaced
      const after = applyEdits(text, [edit]);
      // The exact bytes: the item in the style of the list, indented like its first item, after its last.
      const seq = source.doc.getIn(p, true) as { flow?: boolean; items: (Node & { flow?: boolean })[] } & Node;
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      const first = seq.items[0]!.range![0];
      const prefix = text.slice(text.lastIndexOf('\n', first - 1) + 1, first);
      const last = seq.items[seq.items.length - 1]!;
      const flowItem = `{ period: "2099-H1", on: 2099-06-15, state: done, note: ${report.note} }`;
      const blockItem = [`${prefix}period: "2099-H1"`, 'on: 2099-06-15', 'state: done', `note: ${report.note}`].map((l, i) => (i ? ' '.repeat(prefix.length) + l : l)).join(eol) + eol;
      if (seq.flow) expectOneSpan(text, after, text.lastIndexOf(']', seq.range![1]), text.lastIndexOf(']', seq.range![1]), `, ${flowItem}`);
      else {
        const nl = text.indexOf('\n', last.range![1] - 1);
        const at = nl < 0 ? text.length : nl + 1;
        expectOneSpan(text, after, at, at, last.flow ? `${prefix}${flowItem}${eol}` : blockItem);
      }
      const list = source.doc.getIn(p) as { items: unknown[] };
      const items = (p.reduce<any>((o, k) => o[k], original) as unknown[]);
      expect(list.items.length).toBe(items.length);
      expect(load(after)).toEqual(setIn(load(text), p, [...items, reportValue]));
    }
  });

  it.each(tasks)('report added to %s', (file) => {
    const text = read(file);
    const original = load(text);
    const after = applyEdits(text, [appendItem(editable(text), ['reports'], report)]);
    expect(load(after)).toEqual({ ...original, reports: [...((original.reports as unknown[]) ?? []), reportValue] });
    // A non-empty list grows by one inserted span: the original text survives, in order, around it.
    if ((original.reports as unknown[] | undefined)?.length) {
      let p = 0;
      while (p < text.length && after[p] === text[p]) p++;
      expect(after.slice(after.length - (text.length - p))).toBe(text.slice(p));
    }
  });
});
