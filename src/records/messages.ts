import type { Localized } from '../i18n/lang.js';

// What the loader says about files it cannot turn into records.
export const loadMessages: Localized<{
  tooLarge: (limit: string) => string;
  tooLargeHint: string;
  notUtf8: string;
  notUtf8Hint: string;
  utf16: string;
  binary: string;
  unreadable: (reason: string) => string;
  unreadableHint: string;
  syntax: (detail: string) => string;
  syntaxHint: string;
  duplicateKey: (key: string) => string;
  duplicateKeyHint: string;
  tabIndent: string;
  tabIndentHint: string;
  unknownTag: (tag: string) => string;
  unknownTagHint: string;
  aliases: string;
  aliasesHint: string;
  multipleDocuments: string;
  multipleDocumentsHint: string;
  notMapping: (found: string) => string;
  notMappingHint: string;
  empty: string;
  mergeConflict: string;
  mergeConflictHint: string;
  ymlIgnored: string;
  ymlIgnoredHint: (name: string) => string;
  tooDeep: string;
  tooDeepHint: string;
  unclosedQuote: string;
  unclosedQuoteHint: string;
  symlink: string;
  symlinkHint: string;
  yaml: Partial<Record<string, [message: string, hint: string]>>;
}> = {
  vi: {
    tooLarge: (limit) => `tệp lớn hơn giới hạn ${limit} nên không được đọc`,
    tooLargeHint: 'một hồ sơ chỉ vài KB; kiểm tra xem có dán nhầm dữ liệu khác vào tệp không',
    notUtf8: 'tệp không phải văn bản UTF-8',
    notUtf8Hint: 'mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (Unicode)',
    utf16: 'tệp được lưu với bảng mã UTF-16',
    binary: 'tệp là dữ liệu nhị phân, không phải YAML',
    unreadable: (reason) => `không đọc được tệp hoặc thư mục (${reason})`,
    unreadableHint: 'kiểm tra quyền đọc của tệp và thư mục',
    syntax: (detail) => `lỗi cú pháp YAML: ${detail}`,
    syntaxHint: 'sửa dòng được chỉ ra; với văn bản có dấu ":" hoặc "#" hãy đặt trong dấu nháy kép',
    duplicateKey: (key) => `khóa "${key}" xuất hiện hai lần trong cùng một bảng`,
    duplicateKeyHint: 'xóa hoặc gộp một trong hai dòng: mỗi khóa chỉ được ghi một lần',
    tabIndent: 'dòng được thụt lề bằng phím Tab',
    tabIndentHint: 'YAML chỉ cho phép thụt lề bằng dấu cách; thay Tab bằng 2 dấu cách',
    unknownTag: (tag) => `thẻ YAML "${tag}" không được hỗ trợ`,
    unknownTagHint: 'xóa thẻ bắt đầu bằng "!": hồ sơ chỉ chứa văn bản, số, danh sách và bảng',
    aliases: 'tệp dùng quá nhiều tham chiếu (alias) YAML',
    aliasesHint: 'viết thẳng giá trị thay cho "*tên"; hồ sơ không cần alias',
    multipleDocuments: 'tệp chứa nhiều tài liệu YAML (ngăn cách bởi "---")',
    multipleDocumentsHint: 'mỗi tệp chỉ chứa một hồ sơ; tách phần sau "---" ra tệp riêng',
    notMapping: (found) => `nội dung tệp phải là một bảng khóa–giá trị, nhưng đang là ${found}`,
    notMappingHint: 'mỗi dòng cấp ngoài cùng có dạng "khóa: giá trị", ví dụ "id: NV03"',
    empty: 'tệp rỗng (không có nội dung ngoài chú thích)',
    mergeConflict: 'tệp còn dấu xung đột khi gộp nhánh git (<<<<<<<, =======, >>>>>>>)',
    mergeConflictHint: 'giữ lại phiên bản đúng, xóa các dòng đánh dấu rồi lưu lại',
    ymlIgnored: 'tệp có đuôi .yml nên không được đọc',
    ymlIgnoredHint: (name) => `đổi tên thành ${name}`,
    symlink: 'đây là liên kết tượng trưng (symlink) nên không được đọc',
    symlinkHint: 'sao chép tệp thật vào kho hồ sơ thay cho liên kết: phoihop không đọc gì nằm ngoài thư mục hồ sơ',
    tooDeep: 'giá trị lồng nhau quá sâu',
    tooDeepHint: 'hồ sơ chỉ cần vài cấp lồng nhau; kiểm tra các dấu [ { bị thừa',
    unclosedQuote: 'lỗi cú pháp YAML: thiếu dấu nháy đóng cho chuỗi bắt đầu ở đây',
    unclosedQuoteHint: 'thêm dấu nháy đóng ở cuối chuỗi (cùng loại với dấu nháy mở), ví dụ title: "Hội nghị giao ban"',
    yaml: {
      MISSING_CHAR: ['thiếu ký tự đóng (dấu nháy, "]" hoặc "}"), hoặc thiếu dấu cách sau dấu ":"', 'mỗi dòng có dạng "khóa: giá trị" (có dấu cách sau dấu hai chấm); đóng mọi dấu nháy và ngoặc đã mở'],
      BAD_INDENT: ['thụt lề không đúng', 'các khóa cùng cấp phải thẳng cột; danh sách [ ... ] viết trên nhiều dòng phải thụt vào và đóng bằng "]"'],
      BLOCK_AS_IMPLICIT_KEY: ['một dòng có hai dấu ":" hoặc dòng sau thụt lề sai', 'văn bản có dấu ":" phải đặt trong dấu nháy kép; khóa con phải xuống dòng và thụt vào 2 dấu cách'],
      MULTILINE_IMPLICIT_KEY: ['khóa phải nằm trên một dòng', 'kiểm tra thụt lề của dòng tiếp theo'],
      BAD_SCALAR_START: ['giá trị bắt đầu bằng ký tự dành riêng của YAML (như @ ` % | >)', 'đặt giá trị trong dấu nháy kép'],
      BAD_DQ_ESCAPE: ['chuỗi trong dấu nháy kép có ký tự "\\" không hợp lệ', 'viết "\\\\" cho một dấu gạch chéo, hoặc dùng dấu nháy đơn'],
      UNEXPECTED_TOKEN: ['ký tự không mong đợi', 'kiểm tra dấu câu và thụt lề ở dòng được chỉ ra'],
      BLOCK_IN_FLOW: ['không được xuống dòng kiểu khối bên trong [ ] hoặc { }', 'viết danh sách trên một dòng, hoặc dùng dạng "- mục" trên từng dòng'],
    },
  },
  en: {
    tooLarge: (limit) => `the file is larger than the ${limit} limit and was not read`,
    tooLargeHint: 'a record is a few KB; check that nothing else was pasted into the file',
    notUtf8: 'the file is not UTF-8 text',
    notUtf8Hint: 'open it in an editor and save it again as UTF-8 (Unicode)',
    utf16: 'the file is saved as UTF-16',
    binary: 'the file is binary data, not YAML',
    unreadable: (reason) => `the file or folder cannot be read (${reason})`,
    unreadableHint: 'check the read permissions of the file and its folder',
    syntax: (detail) => `YAML syntax error: ${detail}`,
    syntaxHint: 'fix the line shown; put text containing ":" or "#" in double quotes',
    duplicateKey: (key) => `the key "${key}" appears twice in the same mapping`,
    duplicateKeyHint: 'delete or merge one of the two lines: each key may appear once',
    tabIndent: 'the line is indented with a Tab',
    tabIndentHint: 'YAML allows only spaces for indentation; replace the Tab with 2 spaces',
    unknownTag: (tag) => `the YAML tag "${tag}" is not supported`,
    unknownTagHint: 'remove the tag starting with "!": records hold only text, numbers, lists and mappings',
    aliases: 'the file uses too many YAML aliases',
    aliasesHint: 'write the values out instead of "*name"; records need no aliases',
    multipleDocuments: 'the file holds several YAML documents (separated by "---")',
    multipleDocumentsHint: 'one record per file; move the part after "---" to a file of its own',
    notMapping: (found) => `the file must hold a mapping of keys to values, but holds ${found}`,
    notMappingHint: 'each top-level line reads "key: value", for example "id: NV03"',
    empty: 'the file is empty (nothing but comments)',
    mergeConflict: 'the file still holds git merge-conflict markers (<<<<<<<, =======, >>>>>>>)',
    mergeConflictHint: 'keep the right version, delete the marker lines and save',
    ymlIgnored: 'the file ends in .yml and is not read',
    ymlIgnoredHint: (name) => `rename it to ${name}`,
    symlink: 'this is a symbolic link and is not read',
    symlinkHint: 'copy the real file into the records root instead: phoihop reads nothing outside the root',
    tooDeep: 'values are nested too deeply',
    tooDeepHint: 'records need a few levels of nesting; look for stray [ or {',
    unclosedQuote: 'YAML syntax error: missing closing quote for the string that starts here',
    unclosedQuoteHint: 'add the closing quote (the same kind as the opening one) at the end of the string, for example title: "Quarterly meeting"',
    yaml: {
      MISSING_CHAR: ['a closing character is missing (quote, "]" or "}"), or a space after ":"', 'each line reads "key: value" (with a space after the colon); close every quote and bracket'],
      BAD_INDENT: ['the indentation is wrong', 'keys at the same level must line up; a [ ... ] list over several lines must be indented and end with "]"'],
      BLOCK_AS_IMPLICIT_KEY: ['a line has two ":" or the next line is indented wrongly', 'put text containing ":" in double quotes; nested keys go on their own line, indented by 2 spaces'],
      MULTILINE_IMPLICIT_KEY: ['a key must fit on one line', 'check the indentation of the next line'],
      BAD_SCALAR_START: ['the value starts with a character YAML reserves (such as @ ` % | >)', 'put the value in double quotes'],
      BAD_DQ_ESCAPE: ['a double-quoted string has an invalid "\\" escape', 'write "\\\\" for one backslash, or use single quotes'],
      UNEXPECTED_TOKEN: ['unexpected character', 'check the punctuation and indentation of the line shown'],
      BLOCK_IN_FLOW: ['block content inside [ ] or { }', 'write the list on one line, or as "- item" lines'],
    },
  },
};
