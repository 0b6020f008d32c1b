// Commander prints its own headings and errors in English; these put them into Vietnamese.
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
  [/^error: option '([^']*)' argument missing/, "lỗi: tùy chọn '$1' cần một giá trị"],
  [/^error: too many arguments.*/, 'lỗi: thừa tham số'],
  [/\(Did you mean ([^?]*)\?\)/, '(có phải ý bạn là $1?)'],
];

export function titleVi(title: string): string {
  return TITLES[title] ?? title;
}

export function errorVi(message: string): string {
  return ERRORS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
}
