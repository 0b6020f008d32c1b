import { describe, expect, it } from 'vitest';
import { loadFile, parseText } from '../../src/records/load.js';
import { locate } from '../../src/records/positions.js';

// What a file's bytes are found to be, whichever way they are looked at first.
async function load(bytes: Uint8Array) {
  const found = { path: 'p/tasks/T1.yaml', kind: 'task' as const, programmeDir: 'p' };
  return loadFile(found, async () => bytes, 'en');
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const YAML = 'id: T1\ntitle: Việc\n';

describe('a record file’s encoding', () => {
  it.each([
    ['UTF-16 (little-endian mark)', new Uint8Array([0xff, 0xfe, 0x69, 0x00]), 'the file is saved as UTF-16'],
    ['UTF-16 (big-endian mark)', new Uint8Array([0xfe, 0xff, 0x00, 0x69]), 'the file is saved as UTF-16'],
    ['binary (a NUL early on)', new Uint8Array([...utf8('id: T1\n'), 0, 1, 2]), 'the file is binary data, not YAML'],
    ['binary even when also not UTF-8', new Uint8Array([0xc3, 0x28, 0]), 'the file is binary data, not YAML'],
    ['not UTF-8 (Windows-1258 "Việc")', new Uint8Array([...utf8('title: Vi'), 0xea, 0xf2, 0x63, 0x0a]), 'the file is not UTF-8 text'],
    ['not UTF-8 (an encoded surrogate)', new Uint8Array([...utf8('a: '), 0xed, 0xa0, 0x80]), 'the file is not UTF-8 text'],
    // Only the two-byte marks say UTF-16: a lone 0xFF or 0xFE first is just not UTF-8.
    ['not UTF-8 (0xFF, then not 0xFE)', new Uint8Array([0xff, 0x69, 0x64, 0x3a]), 'the file is not UTF-8 text'],
    ['not UTF-8 (0xFE, then not 0xFF)', new Uint8Array([0xfe, 0x69, 0x64, 0x3a]), 'the file is not UTF-8 text'],
    ['not UTF-8 (0xFE 0xFE)', new Uint8Array([0xfe, 0xfe, 0x69, 0x64]), 'the file is not UTF-8 text'],
    ['not UTF-8 (0xFF second, after no 0xFE)', new Uint8Array([0x69, 0xff, 0x64, 0x3a]), 'the file is not UTF-8 text'],
  ])('%s is said plainly, at 1:1', async (_name, bytes, message) => {
    const loaded = await load(bytes);
    expect(loaded.source).toBeUndefined();
    expect(loaded.diagnostics).toEqual([expect.objectContaining({ rule: 'file-encoding', line: 1, column: 1, message })]);
  });

  it('reads UTF-8 text that holds a replacement character of its own', async () => {
    const loaded = await load(utf8(`${YAML}note: "mất chữ \uFFFD ở đây"\n`));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.value).toEqual({ id: 'T1', title: 'Việc', note: 'mất chữ \uFFFD ở đây' });
  });

  it('does not call a file binary for a NUL after its first 8,000 bytes: its text is read (the rules say what is wrong)', async () => {
    const loaded = await load(utf8(`${YAML}note: "${'x'.repeat(8000)}\0"\n`));
    expect(loaded.diagnostics).toEqual([]);
    expect((loaded.value as { note: string }).note).toBe(`${'x'.repeat(8000)}\0`);
  });

  it('refuses a file over the 1 MB limit unread, saying the limit in each language\'s numbers', async () => {
    const found = { path: 'p/tasks/T1.yaml', kind: 'task' as const, programmeDir: 'p' };
    expect((await loadFile(found, async () => null, 'vi')).diagnostics).toEqual([
      { file: 'p/tasks/T1.yaml', line: 1, column: 1, rule: 'file-encoding', severity: 'error', message: 'tệp lớn hơn giới hạn 1 MB nên không được đọc', hint: 'một hồ sơ chỉ vài KB; kiểm tra xem có dán nhầm dữ liệu khác vào tệp không' },
    ]);
    expect((await loadFile(found, async () => null, 'en')).diagnostics[0]!.message).toMatch(/ 1 MB /);
  });

  it('reads a UTF-8 mark and the text after it', async () => {
    const loaded = await load(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(YAML)]));
    expect(loaded.value).toEqual({ id: 'T1', title: 'Việc' });
  });
});

describe('a record’s source, kept after the fast parse', () => {
  const found = { path: 'p/tasks/T1.yaml', kind: 'task' as const, programmeDir: 'p' };

  it('is the text itself when parseText is given no bytes, its UTF-8 mark left out', () => {
    const loaded = parseText(found, `\uFEFF${YAML}contents: [ND1, ND2]\n`, 'en');
    expect(loaded.value).toEqual({ id: 'T1', title: 'Việc', contents: ['ND1', 'ND2'] });
    expect(loaded.source!.text).toBe(`${YAML}contents: [ND1, ND2]\n`);
    expect(locate(loaded.source!, ['contents', 1])).toEqual({ line: 3, column: 17 });
  });

  it('parses its document with positions once, on first use: the same document and line counter each time', async () => {
    const { source } = await load(utf8(`${YAML}contents: [ND1]\n`));
    const doc = source!.doc;
    expect(source!.doc).toBe(doc);
    expect(source!.lineCounter).toBe(source!.lineCounter);
    expect(doc.toJS()).toEqual({ id: 'T1', title: 'Việc', contents: ['ND1'] });
  });
});
