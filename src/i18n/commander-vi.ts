// Commander prints its own headings, usage words and errors in English; these put them into Vietnamese.
const TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Tham số:',
  'Global Options:': 'Tùy chọn chung:',
};

const ERRORS: [RegExp, string][] = [
  [/^error: unknown option '([^']*)'/, "lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '([^']*)'/, "lỗi: không có lệnh '$1'"],
  [/^error: missing required argument '([^']*)'/, "lỗi: thiếu tham số bắt buộc '$1'"],
  [/^error: required option '([^']*)' not specified/, "lỗi: thiếu tùy chọn bắt buộc '$1'"],
  [/^error: option '([^']*)' argument missing/, "lỗi: tùy chọn '$1' cần một giá trị"],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, 'lỗi: thừa tham số (cần $2, nhận được $3)'],
  [/^error: (.*) cannot be used with (.*)/, 'lỗi: không dùng $1 cùng với $2'],
  [/^error: /, 'lỗi: '],
  [/\(Did you mean ([^?]*)\?\)/, '(có phải ý bạn là $1?)'],
];

// The placeholders commander writes in usage lines and command lists.
const USAGE_WORDS: [RegExp, string][] = [
  [/\[options\]/g, '[tùy chọn]'],
  [/\[command\]/g, '[lệnh]'],
];

export function titleVi(title: string): string {
  return TITLES[title] ?? title;
}

export function errorVi(message: string): string {
  return ERRORS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
}

export function usageVi(text: string): string {
  return USAGE_WORDS.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}

/** Help overrides for Vietnamese: headings, and the usage words in "Cách dùng:" and the command list. */
export const helpVi = { styleTitle: titleVi, styleUsage: usageVi, styleSubcommandTerm: usageVi };
