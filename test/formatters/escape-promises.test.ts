import { describe, expect, it } from 'vitest';
import { csvField, githubData, htmlText, markdownText, terminalText, visible, xmlText } from '../../src/formatters/escape.js';

// Promises of the escaping that a mutation run (docs/testing.md) found no test holding.
describe('escaping keeps its promises at the edges', () => {
  it('HTML: an apostrophe cannot close a single-quoted attribute, and a lone CR becomes a line break', () => {
    expect(htmlText("it's")).toBe('it&#39;s');
    expect(htmlText('a\rb')).toBe('a\nb');
    expect(htmlText('a\r\nb')).toBe('a\nb');
  });

  it('XML: an apostrophe is escaped; noncharacters and lone surrogates are dropped, every other character kept', () => {
    expect(xmlText("O'Neil")).toBe('O&apos;Neil');
    expect(xmlText('Việt\uffffNam\ufffe\ud800')).toBe('ViệtNam');
  });

  it('CSV: an empty value is an empty field; CR and CRLF inside a field are one line feed, quoted', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('a\rb')).toBe('"a\nb"');
    expect(csvField('a\r\nb')).toBe('"a\nb"');
  });

  it('Markdown: a numbered line of any length is not turned into a list', () => {
    expect(markdownText('10. mục')).toBe('10\\. mục');
    expect(markdownText('2021) năm')).toBe('2021\\) năm');
    expect(markdownText('x 10. y')).toBe('x 10. y');
    expect(markdownText('Sở A & Sở B <b>')).toBe('Sở A &amp; Sở B &lt;b&gt;');
  });

  it('Markdown: a list marker is escaped at the start of a line, indented too, and nowhere else', () => {
    expect(markdownText('  - dòng thụt lề\n\t+ dòng sau tab')).toBe('  \\- dòng thụt lề\n\t\\+ dòng sau tab');
    expect(markdownText('2020-2025 và Sở A-B')).toBe('2020-2025 và Sở A-B');
    expect(markdownText('  3) mục')).toBe('  3\\) mục');
    expect(markdownText('= tiêu đề\n. không phải danh sách\n) cũng không')).toBe('\\= tiêu đề\n. không phải danh sách\n) cũng không');
  });

  it('a hidden character is shown by its code, in the form that fits its size', () => {
    expect(visible('\u00ad')).toBe('\\xad');
    expect(visible('\u0100')).toBe('\\u0100');
    expect(visible('\uffff')).toBe('\\uffff');
    expect(visible('\u{1fffe}')).toBe('\\u{1fffe}');
  });

  it('a text holding only a bidi override is still caught', () => {
    expect(terminalText('\u202e')).toBe('\\u202e');
    expect(htmlText('x\u2066y')).toBe('x\\u2066y');
  });

  it('GitHub command data: CR is encoded, tab kept', () => {
    expect(githubData('a\rb\tc')).toBe('a%0Db\tc');
  });
});
