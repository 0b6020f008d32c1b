// Escaping at the border: one function per kind of output, applied where record text leaves the
// program. Record text is untrusted (anyone who can open a pull request writes it), so none of it
// may move the officer's cursor, reorder what a reader sees, start a CI workflow command, render
// as a link or image, break an XML document or run as a spreadsheet formula.

/**
 * The characters that are never shown raw: C0 and C1 controls, DEL, format characters (bidi
 * marks, embeddings, overrides and isolates, zero-width characters, the BOM), the line and
 * paragraph separators U+2028/U+2029, noncharacters (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF) and lone
 * surrogates. Tab and line feed are decided by each kind of output.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}\p{Cs}]/gu;
const NONCHARACTER = /[\p{Noncharacter_Code_Point}\p{Cs}]/gu;

/** How a hidden character is shown: `\x1b` below U+0100, `\u202e` in the BMP, `\u{1fffe}` above. */
export function visible(char: string): string {
  const code = char.codePointAt(0)!;
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\u{${code.toString(16)}}`;
}

const ANY_HIDDEN = new RegExp(HIDDEN.source, 'u');
/**
 * Text made only of tab, line feed, printable ASCII, Latin letters with their marks (Vietnamese
 * included) and common punctuation holds nothing hidden. Checking that first is a cheap scan; the
 * exact one, by Unicode property, costs several times more on a long report.
 */
export const PLAIN_TEXT = /^[\t\n\x20-\x7e\xa0-\xac\xae-\u036f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]*$/;

/** Every hidden character shown visibly, but tab and line feed (and, if asked, carriage return). */
function showHidden(text: string, keepReturn = false): string {
  // Most text holds nothing hidden: a scan instead of a replace. The plain-text scan only saves
  // time (the exact one answers the same), so its mutants cannot be told apart by output.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a speed path, same output either way
  if (PLAIN_TEXT.test(text) || !ANY_HIDDEN.test(text)) return text;
  return text.replace(HIDDEN, (c) => (c === '\n' || c === '\t' || (keepReturn && c === '\r') ? c : visible(c)));
}

/** Terminal text that may span lines: every hidden character shown visibly; tab and line feed kept. */
export function terminalText(text: string): string {
  return showHidden(text);
}

/** PLAIN_TEXT without tab and line feed: a line that needs no change at all. */
const PLAIN_LINE = new RegExp(PLAIN_TEXT.source.replace('\\t\\n', ''));

/** Terminal text on one line (a cell, a file name, a list item): line breaks become a visible `\n`. */
export function terminalLine(text: string): string {
  // A task title in every row of every table: one scan when it is plain, not three.
  // Stryker disable next-line ConditionalExpression: a speed path, same output either way
  if (PLAIN_LINE.test(text)) return text;
  return terminalText(text.replace(/\r?\n/g, '\\n').replace(/\t/g, ' '));
}

/**
 * Text printed at the start of lines of a CI log (text summaries, reports on stdout): as
 * terminalText, and a line that would begin with `::` (a GitHub workflow command such as
 * `::add-mask::` or `::warning::`, which the runner recognises after leading blanks) gets a
 * visible backslash so that it stays text.
 */
export function logText(text: string): string {
  const shown = terminalText(text);
  // Stryker disable next-line ConditionalExpression: a speed path (a report is long), same output either way
  return shown.includes('::') ? shown.replace(/^([ \t]*)::/gm, '$1\\::') : shown;
}

/** One line of a CI log: as terminalLine, never starting a workflow command. */
export function logLine(text: string): string {
  return logText(terminalLine(text));
}

// GitHub workflow commands: exactly as @actions/core escapes (toCommandValue/escapeData/
// escapeProperty), after hidden characters are shown visibly (the toolkit lets ESC and RLO through).
/** The message of a workflow command (`::error file=...::MESSAGE`). */
export function githubData(text: string): string {
  return showHidden(text, true).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property of a workflow command (`file=`, `title=`). */
export function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Markdown prose: no emphasis, code, link, image, HTML or heading can come from record text
 * (escaping `[` and `]` is enough to stop links and images; parentheses stay readable).
 */
export function markdownText(text: string): string {
  return logText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#|~]/g, '\\$&')
    // A list or heading mark at a line's start: its last character (`-`, `.` of `12.`) escaped.
    .replace(/^([ \t]*(?:\d+(?=[.)]))?)([-+=]|(?<=\d)[.)])/gm, '$1\\$2');
}

/** One cell of a Markdown table: as markdownText, on one line (`<br>` between lines). */
export function markdownCell(text: string): string {
  return text.split(/\r?\n/).map(markdownText).join('<br>');
}

/**
 * Character data or an attribute value in XML 1.0 (JUnit, docx): noncharacters and lone
 * surrogates (U+FFFF, U+FFFE...: not allowed in XML) are dropped, other hidden characters shown
 * visibly (C0 controls are not allowed either), markup escaped.
 */
export function xmlText(text: string): string {
  return xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Text for a library that escapes markup itself (docx): only the characters XML cannot hold are dealt with. */
export function xmlChars(text: string): string {
  return terminalText(text.replace(NONCHARACTER, ''));
}

/** HTML text or attribute value: markup escaped, hidden characters shown visibly. */
export function htmlText(text: string): string {
  return terminalText(text.replace(/\r\n?/g, '\n')).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma or line break. Text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading `'`.
 * Hidden characters are shown visibly, so CSV printed to a terminal cannot drive it either.
 */
export function csvField(value: string | number | null): string {
  const raw = value === null ? '' : String(value);
  const guarded = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  const text = terminalText(guarded.replace(/\r\n?/g, '\n'));
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
