import type { Lang } from '../i18n/lang.js';

export interface SchemaMessages {
  typeName: (type: string) => string;
  required: (field: string) => string;
  requiredHint: (field: string, description: string) => string;
  unknownField: (field: string) => string;
  moreUnknownFields: (count: string, first: string) => string;
  moreUnknownHint: (shown: number) => string;
  didYouMean: (name: string) => string;
  knownFields: (names: string) => string;
  wrongType: (field: string, expected: string, actual: string) => string;
  quoteHint: (value: string) => string;
  badEnum: (field: string, value: string) => string;
  chooseOne: (values: string) => string;
  badDate: (value: string) => string;
  impossibleDate: (value: string) => string;
  writeDate: (iso: string) => string;
  dateForm: string;
  badMonthDay: (value: string) => string;
  monthDayForm: string;
  badDueDay: (value: string) => string;
  dueDayForm: string;
  badPattern: (field: string, value: string) => string;
  tooFewItems: (field: string, n: number) => string;
  emptyText: (field: string) => string;
  tooLong: (field: string, n: number) => string;
  tooSmall: (field: string, n: number) => string;
  tooLarge: (field: string, n: number) => string;
  noMatch: (field: string) => string;
  commaInFlow: (fragment: string) => string;
  other: (field: string, detail: string) => string;
}

/**
 * The schema check's messages in one language. Made on each call (a few dozen small functions, only
 * for a file that breaks its schema) rather than once when the module loads, so that every message
 * is code a test reaches: a mutation run credits each one to the tests that read it (issue 19;
 * a table built at load time was reported "survived" whatever the tests checked).
 */
export function schemaMessages(lang: Lang): SchemaMessages {
  return lang === 'en' ? english() : vietnamese();
}

function vietnamese(): SchemaMessages {
  const names: Record<string, string> = { string: 'văn bản', integer: 'số nguyên', number: 'số', array: 'danh sách', object: 'bảng khóa–giá trị', boolean: 'đúng/sai', null: 'giá trị rỗng' };
  return {
    typeName: (type) => names[type] ?? type,
    required: (field) => `thiếu trường bắt buộc "${field}"`,
    requiredHint: (field, description) => `thêm dòng "${field}: ..."${description ? ` — ${description}` : ''}`,
    unknownField: (field) => `trường "${field}" không có trong mẫu hồ sơ`,
    moreUnknownFields: (count, first) => `còn ${count} trường khác không có trong mẫu hồ sơ ở cùng chỗ này, từ "${first}"`,
    moreUnknownHint: (shown) => `chỉ nêu riêng ${shown} trường đầu; tệp có lẽ bị ghép nhầm hoặc sinh tự động: xem lại cả đoạn từ dòng này`,
    didYouMean: (name) => `có phải ý bạn là "${name}"?`,
    knownFields: (names) => `các trường được dùng ở đây: ${names}`,
    wrongType: (field, expected, actual) => `"${field}" phải là ${expected}, nhưng đang là ${actual}`,
    quoteHint: (value) => `đặt giá trị trong dấu nháy kép: "${value}"`,
    badEnum: (field, value) => `giá trị "${value}" không hợp lệ cho "${field}"`,
    chooseOne: (values) => `chọn một trong: ${values}`,
    badDate: (value) => `"${value}" không phải ngày dạng YYYY-MM-DD`,
    impossibleDate: (value) => `ngày ${value} không có trên lịch`,
    writeDate: (iso) => `viết ${iso}`,
    dateForm: 'viết năm-tháng-ngày, ví dụ 2017-04-18',
    badMonthDay: (value) => `"${value}" không phải ngày trong năm dạng "MM-DD"`,
    monthDayForm: 'viết tháng-ngày trong dấu nháy kép, ví dụ "12-15"',
    badDueDay: (value) => `"${value}" không phải hạn hợp lệ`,
    dueDayForm: 'nhiệm vụ một lần: 2019-08-31; nhiệm vụ định kỳ: "12-15"',
    badPattern: (field, value) => `"${value}" không đúng dạng quy định cho "${field}"`,
    tooFewItems: (field, n) => `"${field}" cần ít nhất ${n} mục`,
    emptyText: (field) => `"${field}" không được để trống`,
    tooLong: (field, n) => `"${field}" dài quá ${n} ký tự`,
    tooSmall: (field, n) => `"${field}" phải từ ${n} trở lên`,
    tooLarge: (field, n) => `"${field}" không được lớn hơn ${n}`,
    noMatch: (field) => `"${field}" không khớp với dạng nào được phép`,
    commaInFlow: (fragment) => `dấu phẩy trong { ... } tách các trường, nên "${fragment}" bị đọc thành một trường: đặt cả giá trị trước nó trong dấu nháy kép, ví dụ title: "Báo cáo kết quả, năm 2019"`,
    other: (field, detail) => `"${field}": ${detail}`,
  };
}

function english(): SchemaMessages {
  const names: Record<string, string> = { string: 'text', integer: 'a whole number', number: 'a number', array: 'a list', object: 'a mapping', boolean: 'true/false', null: 'empty' };
  return {
    typeName: (type) => names[type] ?? type,
    required: (field) => `the required field "${field}" is missing`,
    // No description: the schemas' descriptions are Vietnamese, so an English listing leaves them out.
    requiredHint: (field) => `add a line "${field}: ..."`,
    unknownField: (field) => `the field "${field}" is not part of the record format`,
    moreUnknownFields: (count, first) => `${count} more fields here are not part of the record format, from "${first}" on`,
    moreUnknownHint: (shown) => `only the first ${shown} are listed one by one; the file was probably pasted or generated by mistake: look over it from this line`,
    didYouMean: (name) => `did you mean "${name}"?`,
    knownFields: (names) => `fields allowed here: ${names}`,
    wrongType: (field, expected, actual) => `"${field}" must be ${expected}, but is ${actual}`,
    quoteHint: (value) => `put the value in double quotes: "${value}"`,
    badEnum: (field, value) => `"${value}" is not a valid value for "${field}"`,
    chooseOne: (values) => `choose one of: ${values}`,
    badDate: (value) => `"${value}" is not a date of the form YYYY-MM-DD`,
    impossibleDate: (value) => `the date ${value} does not exist on the calendar`,
    writeDate: (iso) => `write ${iso}`,
    dateForm: 'write year-month-day, for example 2017-04-18',
    badMonthDay: (value) => `"${value}" is not a day of the year of the form "MM-DD"`,
    monthDayForm: 'write month-day in double quotes, for example "12-15"',
    badDueDay: (value) => `"${value}" is not a valid due day`,
    dueDayForm: 'once-tasks: 2019-08-31; recurring tasks: "12-15"',
    badPattern: (field, value) => `"${value}" does not have the form required for "${field}"`,
    tooFewItems: (field, n) => `"${field}" needs at least ${n} item${n === 1 ? '' : 's'}`,
    emptyText: (field) => `"${field}" must not be empty`,
    tooLong: (field, n) => `"${field}" is longer than ${n} characters`,
    tooSmall: (field, n) => `"${field}" must be ${n} or more`,
    tooLarge: (field, n) => `"${field}" must not be more than ${n}`,
    noMatch: (field) => `"${field}" matches none of the allowed forms`,
    commaInFlow: (fragment) => `a comma inside { ... } separates fields, so "${fragment}" was read as a field: put the whole value before it in double quotes, for example title: "Báo cáo kết quả, năm 2019"`,
    other: (field, detail) => `"${field}": ${detail}`,
  };
}
