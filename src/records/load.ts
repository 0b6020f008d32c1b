import { isUtf8 } from 'node:buffer';
import { CORE_SCHEMA, load as fastLoad } from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from '../diagnostic.js';
import { formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { FoundFile } from './discover.js';
import type { Tree } from './tree.js';
import { intern, parseBlockYaml } from './block-yaml.js';
import { loadMessages } from './messages.js';
import type { SourceFile } from './types.js';
import { yaml } from './yaml-lib.js';

export const MAX_FILE_BYTES = 1024 * 1024;
const MAX_ALIASES = 50;

export interface LoadedFile {
  found: FoundFile;
  /** The decoded text of a file that did not parse (for the caret view); parsed files keep it in `source`. */
  text?: string;
  /** Present when the file parsed into a mapping. */
  source?: SourceFile;
  /** True when the text holds nothing the text rules look for (see `isPlainText`). */
  plain?: boolean;
  value?: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

/** Reads one file's bytes; returns null when the file exceeds `limit` (never read whole). */
export type ReadBytes = Tree['read'];

/** The text of UTF-8 bytes (anything else decoded with replacement characters). */
function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
const MERGE_MARKER = /^(<{7}|={7}|>{7})( |$)/m;

/** Reads and parses one record file; every problem becomes a diagnostic with its line and column. */
export async function loadFile(found: FoundFile, readBytes: ReadBytes, lang: Lang, readAgain?: Tree['readAgain']): Promise<LoadedFile> {
  const msg = loadMessages[lang];
  const at = (line: number, column: number, rule: string, message: string, hint?: string): LoadedFile => ({
    found,
    diagnostics: [{ file: found.path, line, column, rule, severity: 'error', message, ...(hint ? { hint } : {}) }],
  });
  let bytes: Uint8Array | null;
  try {
    bytes = await readBytes(found.path, MAX_FILE_BYTES);
  } catch (error) {
    return at(1, 1, 'file-unreadable', msg.unreadable((error as NodeJS.ErrnoException).code ?? String(error)), msg.unreadableHint);
  }
  if (bytes === null) return at(1, 1, 'file-encoding', msg.tooLarge(`${formatNumber(MAX_FILE_BYTES / 1024 / 1024, lang)} MB`), msg.tooLargeHint);
  const { text, problem } = decodeRecord(bytes, lang);
  if (text === undefined) return at(1, 1, 'file-encoding', problem, msg.notUtf8Hint);
  // A folder can be read again when a message needs a position: then not even the bytes are kept.
  return parseText(found, text, lang, readAgain ? () => stripBom(readAgain(found.path)) : bytes);
}

function stripBom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** A record's text, or what is wrong with its bytes: UTF-16, binary (a NUL early on), not UTF-8. */
function decodeRecord(bytes: Uint8Array, lang: Lang): { text: string; problem?: undefined } | { text?: undefined; problem: string } {
  const msg = loadMessages[lang];
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: msg.utf16 };
  // Decoded first: text with no replacement character and no NUL came from UTF-8 bytes without
  // a NUL, so only the rare other text needs its bytes looked at.
  const text = utf8Text(bytes);
  if (!text.includes('\uFFFD') && !text.includes('\0')) return { text };
  if (bytes.subarray(0, 8000).includes(0)) return { problem: msg.binary };
  return isUtf8(bytes) ? { text } : { problem: msg.notUtf8 };
}

// Text that only the full parser reads right: anchors, aliases, tags, several documents, tabs,
// merge-conflict markers. Anything else takes the fast path first.
const NEEDS_FULL_PARSE = /(^|[\s\[{,:-])[&*!][^\s]|^(---|\.\.\.)(\s|$)|\t|^(<{7}|={7}|>{7})/m;
// Most records hold none of & * ! or a tab: then only the line starts need a look (a third of the time).
const NEEDS_FULL_PARSE_AT_LINE_START = /^(---|\.\.\.)(\s|$)|^(<{7}|={7}|>{7})/m;

function needsFullParse(text: string): boolean {
  const marks = text.includes('&') || text.includes('*') || text.includes('!') || text.includes('\t');
  return (marks ? NEEDS_FULL_PARSE : NEEDS_FULL_PARSE_AT_LINE_START).test(text);
}

/**
 * Parses text already decoded. Most records take the fast path (js-yaml, core schema, no
 * positions); the document with positions is built only when a message needs one. Anything the
 * fast path does not accept goes through `yaml`, which says exactly what is wrong and where.
 */
export function parseText(found: FoundFile, rawText: string, lang: Lang, content?: Uint8Array | (() => Uint8Array)): LoadedFile {
  const bom = rawText.startsWith('\uFEFF');
  const text = bom ? rawText.slice(1) : rawText;
  const plain = isPlainText(text);
  const value = fastParse(text, plain);
  if (value === undefined) return parseFully(found, text, lang);
  // Keep the UTF-8 bytes (or a way to read them again), not the twice as large string: most
  // files never need their text again.
  const kept = typeof content === 'function' ? content : content ? stripBom(content) : text;
  return { found, source: new LazySource(found, kept), value, plain, diagnostics: [] };
}

// Printable ASCII without the backslash (so no escape sequence can make another character), tab
// and line breaks, and the letters and punctuation of composed Vietnamese, as a table by code.
const PLAIN = new Uint8Array(0x1b1);
for (const [from, to] of [[0x09, 0x0a], [0x0d, 0x0d], [0x20, 0x5b], [0x5d, 0x7e], [0xc0, 0xc3], [0xc8, 0xca], [0xcc, 0xcd], [0xd2, 0xd5], [0xd9, 0xda], [0xdd, 0xdd], [0xe0, 0xe3], [0xe8, 0xea], [0xec, 0xed], [0xf2, 0xf5], [0xf9, 0xfa], [0xfd, 0xfd], [0x102, 0x103], [0x110, 0x111], [0x128, 0x129], [0x168, 0x169], [0x1a0, 0x1a1], [0x1af, 0x1b0]] as const) PLAIN.fill(1, from, to + 1);
const PLAIN_PUNCTUATION = new Set([0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);
// VNI writes a tone as a Latin-1 letter after the vowel; ù and õ are also Vietnamese letters.
const VOWELS = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)));

/**
 * Whether a file's text can be passed over by the rules about text itself (control-character,
 * nfc, legacy-encoding): one pass over the whole text instead of a test per string, for the
 * common case.
 */
export function isPlainText(text: string): boolean {
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x1b1 ? PLAIN[c] === 0 : !((c >= 0x1ea0 && c <= 0x1ef9) || PLAIN_PUNCTUATION.has(c))) return false;
    if ((c === 0xf9 || c === 0xf5) && VOWELS.has(previous)) return false;
    previous = c;
  }
  return true;
}

/** Each short string of a value parsed by js-yaml replaced by its one shared copy. */
function internAll(value: unknown): unknown {
  if (typeof value === 'string') return intern(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = internAll(value[i]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = internAll(record[key]);
  }
  return value;
}

/**
 * The fast path: a mapping read in the records' own shape (`block-yaml.ts`), else by js-yaml
 * (core schema), or undefined when the full parser must look. `plain`: see `isPlainText`; only
 * such text (no control character, no backslash) is read without js-yaml.
 */
export function fastParse(text: string, plain = isPlainText(text)): Record<string, unknown> | undefined {
  if (needsFullParse(text)) return undefined;
  const block = plain ? parseBlockYaml(text) : undefined;
  if (block !== undefined) return block;
  try {
    const value = fastLoad(text, { schema: CORE_SCHEMA });
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (internAll(value) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A source whose text is decoded, and YAML document (with positions) parsed, on first use. A class,
 * not closures: one small object per file read, and most files never need either.
 */
class LazySource implements SourceFile {
  readonly path: string;
  readonly kind: FoundFile['kind'];
  #content: string | Uint8Array | (() => Uint8Array);
  #parsed: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;

  constructor(found: FoundFile, content: string | Uint8Array | (() => Uint8Array)) {
    this.path = found.path;
    this.kind = found.kind;
    this.#content = content;
  }

  get text(): string {
    const content = this.#content;
    return typeof content === 'string' ? content : utf8Text(typeof content === 'function' ? content() : content);
  }

  get doc(): Document.Parsed {
    return this.#parse().doc;
  }

  get lineCounter(): LineCounter {
    return this.#parse().lineCounter;
  }

  #parse(): { doc: Document.Parsed; lineCounter: LineCounter } {
    if (!this.#parsed) {
      const { LineCounter, parseAllDocuments } = yaml();
      const lineCounter = new LineCounter();
      // js-yaml already refused duplicate keys; yaml's own check is quadratic in a mapping's size.
      this.#parsed = { doc: parseAllDocuments(this.text, { ...PARSE_OPTIONS, uniqueKeys: false, lineCounter })[0] as Document.Parsed, lineCounter };
    }
    return this.#parsed;
  }
}

const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core', strict: true } as const;

/** The full parse with `yaml`: every problem becomes a diagnostic with its line and column. */
function parseFully(found: FoundFile, text: string, lang: Lang): LoadedFile {
  const msg = loadMessages[lang];
  const { LineCounter, isMap, isScalar, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  const tooDeep = flowDepthOverflow(text);
  // Too deep for any record: refused before the parser recurses, so the answer never depends on the stack size.
  const docs = tooDeep < 0 ? parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter }) : [];
  if (tooDeep >= 0) for (const start of [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)]) lineCounter.addNewLine(start);
  const diagnostics: Diagnostic[] = [];
  const source = (doc: Document.Parsed): SourceFile => ({ path: found.path, kind: found.kind, text, doc, lineCounter });
  const lines = new Set<number>();
  const push = (offset: number, rule: string, message: string, hint?: string) => {
    const { line, col } = lineCounter.linePos(offset);
    // One message per line: the parser often reports a single slip several ways.
    if (lines.has(line)) return;
    lines.add(line);
    diagnostics.push({ file: found.path, line, column: col, rule, severity: 'error', message, ...(hint ? { hint } : {}) });
  };
  if (tooDeep >= 0) {
    push(tooDeep, 'yaml-syntax', msg.tooDeep, msg.tooDeepHint);
    return { found, text, diagnostics };
  }
  const conflict = MERGE_MARKER.exec(text);
  if (conflict) {
    push(conflict.index, 'yaml-syntax', msg.mergeConflict, msg.mergeConflictHint);
    return { found, text, diagnostics };
  }
  if (!Array.isArray(docs) || docs.length === 0) {
    push(0, 'not-a-mapping', msg.empty, msg.notMappingHint);
    return { found, text, diagnostics };
  }
  const doc = docs[0]!;
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  for (const problem of problems) reportYamlProblem(problem.code, problem.message, text, problem.pos[0], push, lang);
  if (problems.length === 0) for (const { tag, offset } of findForeignTags(doc)) push(offset, 'yaml-syntax', msg.unknownTag(tag), msg.unknownTagHint);
  const second = docs[1];
  if (second) push(second.range[0], 'multiple-documents', msg.multipleDocuments, msg.multipleDocumentsHint);
  if (diagnostics.length > 0) return { found, text, diagnostics };

  const contents = doc.contents;
  if (!isMap(contents)) {
    if (contents === null || (isScalar(contents) && contents.value === null)) push(0, 'not-a-mapping', msg.empty, msg.notMappingHint);
    else push(contents.range?.[0] ?? 0, 'not-a-mapping', msg.notMapping(describeNode(contents, lang)), msg.notMappingHint);
    return { found, text, diagnostics };
  }
  try {
    const value = doc.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>;
    return { found, source: source(doc), value, diagnostics };
  } catch {
    push(0, 'yaml-syntax', msg.aliases, msg.aliasesHint);
    return { found, text, diagnostics };
  }
}

function describeNode(node: unknown, lang: Lang): string {
  const { isScalar, isSeq } = yaml();
  if (isSeq(node)) return lang === 'vi' ? 'một danh sách' : 'a list';
  const value = isScalar(node) ? String(node.value) : '';
  const shown = value.length > 30 ? value.slice(0, 30) + '…' : value;
  return lang === 'vi' ? `một giá trị đơn "${shown}"` : `a single value "${shown}"`;
}

const MAX_FLOW_DEPTH = 64;

/** Where flow collections ([ {) open deeper than any record needs, or -1. Quoted text and comments do not count. */
export function flowDepthOverflow(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = c === '"' ? /(?<!\\)(?:\\\\)*"/g : /'/g;
      close.lastIndex = i + 1;
      const end = close.exec(text);
      if (!end) return -1;
      i = end.index + end[0].length - 1;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const eol = text.indexOf('\n', i);
      if (eol < 0) return -1;
      i = eol;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return -1;
}

type Push = (offset: number, rule: string, message: string, hint?: string) => void;

function reportYamlProblem(code: string, detail: string, text: string, offset: number, push: Push, lang: Lang): void {
  const msg = loadMessages[lang];
  if (code === 'DUPLICATE_KEY') {
    push(offset, 'duplicate-key', msg.duplicateKey(keyAt(text, offset)), msg.duplicateKeyHint);
  } else if (code === 'TAB_AS_INDENT') {
    push(offset, 'yaml-syntax', msg.tabIndent, msg.tabIndentHint);
  } else if (code === 'TAG_RESOLVE_FAILED') {
    push(offset, 'yaml-syntax', msg.unknownTag(shortTag(/tag: ?(\S+)/.exec(detail)?.[1] ?? '!')), msg.unknownTagHint);
  } else if (code === 'MISSING_CHAR' && /closing ["']quote/.test(detail)) {
    // Reported where the quote opens, as PyYAML does: the parser only notices at the end of the file.
    const opened = unclosedQuote(text) ?? offset;
    push(opened, 'yaml-syntax', msg.unclosedQuote, msg.unclosedQuoteHint);
  } else if (/call stack/i.test(detail)) {
    push(offset, 'yaml-syntax', msg.tooDeep, msg.tooDeepHint);
  } else {
    const [message, hint] = msg.yaml[code] ?? [firstLine(detail), msg.syntaxHint];
    push(offset, 'yaml-syntax', msg.syntax(message), hint);
  }
}

/** The offset of the first quoted scalar that is never closed, from yaml's concrete syntax tree. */
function unclosedQuote(text: string): number | undefined {
  const closed = { 'double-quoted-scalar': /^"(?:[^"\\]|\\[\s\S])*"$/, 'single-quoted-scalar': /^'(?:[^']|'')*'$/ } as Record<string, RegExp>;
  let found: number | undefined;
  const walk = (node: unknown): void => {
    if (found !== undefined || typeof node !== 'object' || node === null) return;
    const token = node as { type?: string; source?: string; offset?: number };
    if (token.type && closed[token.type] && typeof token.source === 'string' && !closed[token.type]!.test(token.source)) {
      found = token.offset;
      return;
    }
    for (const value of Object.values(node)) walk(value);
  };
  for (const token of new (yaml().Parser)().parse(text)) walk(token);
  return found;
}

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** "tag:yaml.org,2002:js/function" → "!!js/function", as the officer wrote it. */
function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!').replace(/:$/, '');
}

/** Explicit tags other than the core ones (!!binary, !!set, !!js/function, !custom) are refused. */
function findForeignTags(doc: Document.Parsed): { tag: string; offset: number }[] {
  const found: { tag: string; offset: number }[] = [];
  const { isNode, visit } = yaml();
  visit(doc, (_key, node) => {
    if (isNode(node) && node.tag && !CORE_TAGS.has(node.tag)) found.push({ tag: shortTag(node.tag), offset: node.range?.[0] ?? 0 });
  });
  return found;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function keyAt(text: string, offset: number): string {
  return /^["']?([^"':\n]*)/.exec(text.slice(offset, offset + 100))?.[1]?.trim() || '?';
}
