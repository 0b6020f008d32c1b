import { describe, expect, it } from 'vitest';
import { editedBaseRoot, writeRoot, type RootFiles } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// What the schema check tells an officer, word for word, in Vietnamese and in English, for each
// kind of mistake a record can make against its schema: where ("file:line:column", the value or key
// at fault), what is wrong (with the value as written and what was expected), and how to fix it
// (→ the hint: the date rewritten, the field meant, the form wanted). The schemas describe their
// fields in Vietnamese only, so an English listing gives a description nowhere.

interface Diagnostic { rule: string; file: string; line: number; column: number; message: string; fix?: string }

interface Case {
  name: string;
  /** [file, text to replace ('' appends), replacement] applied to the base root. */
  edits: [string, string, string][];
  vi: string[];
  en: string[];
}

async function schemaFindings(files: RootFiles, lang: 'vi' | 'en'): Promise<string[]> {
  const result = await runCli(['validate', '--root', writeRoot(files), '--format', 'json', '--no-cache', '--lang', lang]);
  return (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}${d.fix ? ` → ${d.fix}` : ''}`);
}

const CASES: Case[] = [
  {
    name: 'a misspelt key nearer another field than the missing one it stands for',
    edits: [['p/tasks/T1.yaml', 'status: active', 'stat: active']],
    vi: ["p/tasks/T1.yaml:7:1: trường \"stat\" không có trong mẫu hồ sơ; có phải ý bạn là \"status\"? → các trường được dùng ở đây: id, title, contents, lead, partners, schedule, start, end, status, done_on, added_by, reports"],
    en: ["p/tasks/T1.yaml:7:1: the field \"stat\" is not part of the record format; did you mean \"status\"? → fields allowed here: id, title, contents, lead, partners, schedule, start, end, status, done_on, added_by, reports"],
  },
  {
    name: 'a misspelt key stands for the missing key of its own mapping only',
    edits: [['p/tasks/T1.yaml', '    state: done\n', '    stat: done\n  - period: "2021"\n    on: 2021-12-10\n']],
    vi: ["p/tasks/T1.yaml:11:5: trường \"stat\" không có trong mẫu hồ sơ; có phải ý bạn là \"state\"? → các trường được dùng ở đây: period, on, state, note, documents, figures", "p/tasks/T1.yaml:12:5: thiếu trường bắt buộc \"state\" → thêm dòng \"state: ...\" — done (hoàn thành), partial (hoàn thành một phần) hoặc not_done (chưa hoàn thành)."],
    en: ["p/tasks/T1.yaml:11:5: the field \"stat\" is not part of the record format; did you mean \"state\"? → fields allowed here: period, on, state, note, documents, figures", "p/tasks/T1.yaml:12:5: the required field \"state\" is missing → add a line \"state: ...\""],
  },
  {
    name: 'a comma inside a flow mapping splits a value',
    edits: [['p/tasks/T3.yaml', 'note: Xây dựng xong dự thảo', 'note: Báo cáo, năm 2019']],
    vi: ["p/tasks/T3.yaml:8:54: trường \"năm 2019\" không có trong mẫu hồ sơ → dấu phẩy trong { ... } tách các trường, nên \"năm 2019\" bị đọc thành một trường: đặt cả giá trị trước nó trong dấu nháy kép, ví dụ title: \"Báo cáo kết quả, năm 2019\""],
    en: ["p/tasks/T3.yaml:8:54: the field \"năm 2019\" is not part of the record format → a comma inside { ... } separates fields, so \"năm 2019\" was read as a field: put the whole value before it in double quotes, for example title: \"Báo cáo kết quả, năm 2019\""],
  },
  {
    name: 'a comma inside a flow mapping that has no value before it',
    edits: [['p/programme.yaml', 'evaluation: { due: "12-15" }', 'evaluation: { due: "12-15", ghi chú }']],
    vi: ["p/programme.yaml:12:29: trường \"ghi chú\" không có trong mẫu hồ sơ → dấu phẩy trong { ... } tách các trường, nên \"ghi chú\" bị đọc thành một trường: đặt cả giá trị trước nó trong dấu nháy kép, ví dụ title: \"Báo cáo kết quả, năm 2019\""],
    en: ["p/programme.yaml:12:29: the field \"ghi chú\" is not part of the record format → a comma inside { ... } separates fields, so \"ghi chú\" was read as a field: put the whole value before it in double quotes, for example title: \"Báo cáo kết quả, năm 2019\""],
  },
  {
    name: 'a comma inside a document citation',
    edits: [['p/tasks/T1.yaml', '    state: done\n', '    state: done\n    documents: [{ number: 45-BC, title: Báo cáo, năm 2019 }]\n']],
    vi: ["p/tasks/T1.yaml:12:17: \"documents\" không khớp với dạng nào được phép → dấu phẩy trong { ... } tách các trường, nên \"năm 2019\" bị đọc thành một trường: đặt cả giá trị trước nó trong dấu nháy kép, ví dụ title: \"Báo cáo kết quả, năm 2019\""],
    en: ["p/tasks/T1.yaml:12:17: \"documents\" matches none of the allowed forms → a comma inside { ... } separates fields, so \"năm 2019\" was read as a field: put the whole value before it in double quotes, for example title: \"Báo cáo kết quả, năm 2019\""],
  },
  {
    name: 'a document citation of neither form',
    edits: [['p/tasks/T1.yaml', '    state: done\n', '    state: done\n    documents: [{ date: 2020-01-01 }]\n']],
    vi: ["p/tasks/T1.yaml:12:17: \"documents\" không khớp với dạng nào được phép → Số, ký hiệu văn bản (ví dụ 41-KH/BDVTU) hoặc trích dẫn đầy đủ { number, date, title, issuer }."],
    en: ["p/tasks/T1.yaml:12:17: \"documents\" matches none of the allowed forms"],
  },
  {
    name: 'causes of neither form',
    edits: [['p/evaluations/2020.yaml', '', 'causes: 5\n']],
    vi: ["p/evaluations/2020.yaml:8:9: \"causes\" không khớp với dạng nào được phép → Nguyên nhân của hạn chế: một danh sách, hoặc tách khách quan (objective) và chủ quan (subjective)."],
    en: ["p/evaluations/2020.yaml:8:9: \"causes\" matches none of the allowed forms"],
  },
  {
    name: 'a fraction where a whole number belongs',
    edits: [['p/programme.yaml', 'contents: 2, tasks: 3', 'contents: 2.5, tasks: 3']],
    vi: ["p/programme.yaml:8:23: \"contents\" phải là số nguyên, nhưng đang là số 2.5"],
    en: ["p/programme.yaml:8:23: \"contents\" must be a whole number, but is a number 2.5"],
  },
  {
    name: 'a fraction where text or a whole number belongs',
    edits: [['p/tasks/T1.yaml', 'period: "2020"', 'period: 2020.5']],
    vi: ["p/tasks/T1.yaml:9:13: \"period\" phải là văn bản / số nguyên, nhưng đang là số 2020.5 → đặt giá trị trong dấu nháy kép: \"2020.5\""],
    en: ["p/tasks/T1.yaml:9:13: \"period\" must be text / a whole number, but is a number 2020.5 → put the value in double quotes: \"2020.5\""],
  },
  {
    name: 'true/false where text belongs',
    edits: [['p/tasks/T2.yaml', 'title: Việc 6 tháng', 'title: true']],
    vi: ["p/tasks/T2.yaml:2:8: \"title\" phải là văn bản, nhưng đang là đúng/sai → đặt giá trị trong dấu nháy kép: \"true\""],
    en: ["p/tasks/T2.yaml:2:8: \"title\" must be text, but is true/false → put the value in double quotes: \"true\""],
  },
  {
    name: 'nothing where text belongs',
    edits: [['p/tasks/T2.yaml', 'title: Việc 6 tháng', 'title:']],
    vi: ["p/tasks/T2.yaml:2:7: \"title\" phải là văn bản, nhưng đang là giá trị rỗng"],
    en: ["p/tasks/T2.yaml:2:7: \"title\" must be text, but is empty"],
  },
  {
    name: 'a mapping where text belongs',
    edits: [['p/tasks/T2.yaml', 'title: Việc 6 tháng', 'title: { a: 1 }']],
    vi: ["p/tasks/T2.yaml:2:8: \"title\" phải là văn bản, nhưng đang là bảng khóa–giá trị"],
    en: ["p/tasks/T2.yaml:2:8: \"title\" must be text, but is a mapping"],
  },
  {
    name: 'a list where text belongs',
    edits: [['p/tasks/T2.yaml', 'title: Việc 6 tháng', 'title: [a]']],
    vi: ["p/tasks/T2.yaml:2:8: \"title\" phải là văn bản, nhưng đang là danh sách"],
    en: ["p/tasks/T2.yaml:2:8: \"title\" must be text, but is a list"],
  },
  {
    name: 'empty text',
    edits: [['p/tasks/T2.yaml', 'title: Việc 6 tháng', 'title: ""']],
    vi: ["p/tasks/T2.yaml:2:8: \"title\" không được để trống"],
    en: ["p/tasks/T2.yaml:2:8: \"title\" must not be empty"],
  },
  {
    name: 'a required field missing',
    edits: [['p/tasks/T2.yaml', 'lead: ban-b\n', '']],
    vi: ["p/tasks/T2.yaml:1:1: thiếu trường bắt buộc \"lead\" → thêm dòng \"lead: ...\" — Mã cơ quan chủ trì trong agencies.yaml."],
    en: ["p/tasks/T2.yaml:1:1: the required field \"lead\" is missing → add a line \"lead: ...\""],
  },
  {
    name: 'a required field missing, without a description',
    edits: [['p/amendments/2021-03-01.yaml', '', 'date: 2021-03-01\ndocument: 02-QĐ\nkind: adjustment\nchanges:\n  - { op: change_task, note: đổi }\n']],
    vi: ["p/amendments/2021-03-01.yaml:5:5: thiếu trường bắt buộc \"task\" → thêm dòng \"task: ...\""],
    en: ["p/amendments/2021-03-01.yaml:5:5: the required field \"task\" is missing → add a line \"task: ...\""],
  },
  {
    name: 'an unknown report state',
    edits: [['p/tasks/T1.yaml', 'state: done', 'state: finished']],
    vi: ["p/tasks/T1.yaml:11:12: giá trị \"finished\" không hợp lệ cho \"state\" → done (hoàn thành), partial (hoàn thành một phần) hoặc not_done (chưa hoàn thành)."],
    en: ["p/tasks/T1.yaml:11:12: \"finished\" is not a valid value for \"state\" → choose one of: done, partial, not_done"],
  },
  {
    name: 'an unknown language',
    edits: [['phoihop.yaml', '', 'lang: fr\n']],
    vi: ["phoihop.yaml:1:7: giá trị \"fr\" không hợp lệ cho \"lang\"; có phải ý bạn là \"vi\"? → Ngôn ngữ mặc định của thông báo và báo cáo: vi (tiếng Việt) hoặc en (tiếng Anh)."],
    en: ["phoihop.yaml:1:7: \"fr\" is not a valid value for \"lang\"; did you mean \"vi\"? → choose one of: vi, en"],
  },
  {
    name: 'a date written with dots',
    edits: [['p/tasks/T1.yaml', 'on: 2020-12-10', 'on: 10.12.2020']],
    vi: ["p/tasks/T1.yaml:10:9: \"10.12.2020\" không phải ngày dạng YYYY-MM-DD → viết 2020-12-10"],
    en: ["p/tasks/T1.yaml:10:9: \"10.12.2020\" is not a date of the form YYYY-MM-DD → write 2020-12-10"],
  },
  {
    name: 'a day/month/year date in 1899',
    edits: [['p/tasks/T1.yaml', 'on: 2020-12-10', 'on: 1/1/1899']],
    vi: ["p/tasks/T1.yaml:10:9: \"1/1/1899\" không phải ngày dạng YYYY-MM-DD → viết năm-tháng-ngày, ví dụ 2017-04-18"],
    en: ["p/tasks/T1.yaml:10:9: \"1/1/1899\" is not a date of the form YYYY-MM-DD → write year-month-day, for example 2017-04-18"],
  },
  {
    name: 'a day/month/year date in 1900',
    edits: [['p/tasks/T1.yaml', 'on: 2020-12-10', 'on: 1/1/1900']],
    vi: ["p/tasks/T1.yaml:10:9: \"1/1/1900\" không phải ngày dạng YYYY-MM-DD → viết 1900-01-01"],
    en: ["p/tasks/T1.yaml:10:9: \"1/1/1900\" is not a date of the form YYYY-MM-DD → write 1900-01-01"],
  },
  {
    name: 'a date in words',
    edits: [['p/tasks/T1.yaml', 'on: 2020-12-10', 'on: hôm qua']],
    vi: ["p/tasks/T1.yaml:10:9: \"hôm qua\" không phải ngày dạng YYYY-MM-DD → viết năm-tháng-ngày, ví dụ 2017-04-18"],
    en: ["p/tasks/T1.yaml:10:9: \"hôm qua\" is not a date of the form YYYY-MM-DD → write year-month-day, for example 2017-04-18"],
  },
  {
    name: 'a once-task due on a day/month/year date',
    edits: [['p/tasks/T3.yaml', 'due: [2021-06-30]', 'due: [30/6/2021]']],
    vi: ["p/tasks/T3.yaml:5:32: \"30/6/2021\" không phải hạn hợp lệ → viết 2021-06-30"],
    en: ["p/tasks/T3.yaml:5:32: \"30/6/2021\" is not a valid due day → write 2021-06-30"],
  },
  {
    name: 'a once-task due on a day that does not exist',
    edits: [['p/tasks/T3.yaml', 'due: [2021-06-30]', 'due: [2021-06-31]']],
    vi: ["p/tasks/T3.yaml:5:32: ngày 2021-06-31 không có trên lịch → viết năm-tháng-ngày, ví dụ 2017-04-18"],
    en: ["p/tasks/T3.yaml:5:32: the date 2021-06-31 does not exist on the calendar → write year-month-day, for example 2017-04-18"],
  },
  {
    name: 'a once-task due in words',
    edits: [['p/tasks/T3.yaml', 'due: [2021-06-30]', 'due: [cuối năm nay]']],
    vi: ["p/tasks/T3.yaml:5:32: \"cuối năm nay\" không phải hạn hợp lệ → nhiệm vụ một lần: 2019-08-31; nhiệm vụ định kỳ: \"12-15\""],
    en: ["p/tasks/T3.yaml:5:32: \"cuối năm nay\" is not a valid due day → once-tasks: 2019-08-31; recurring tasks: \"12-15\""],
  },
  {
    name: 'recurring due days written day/month',
    edits: [['p/tasks/T2.yaml', 'due: ["06-30", "12-31"]', 'due: ["30/6", "1/12"]']],
    vi: ["p/tasks/T2.yaml:5:37: \"30/6\" không phải hạn hợp lệ → viết \"06-30\"", "p/tasks/T2.yaml:5:45: \"1/12\" không phải hạn hợp lệ → viết \"12-01\""],
    en: ["p/tasks/T2.yaml:5:37: \"30/6\" is not a valid due day → write \"06-30\"", "p/tasks/T2.yaml:5:45: \"1/12\" is not a valid due day → write \"12-01\""],
  },
  {
    name: 'a recurring due day in words',
    edits: [['p/tasks/T2.yaml', 'due: ["06-30", "12-31"]', 'due: ["abc", "12-31"]']],
    vi: ["p/tasks/T2.yaml:5:37: \"abc\" không phải hạn hợp lệ → nhiệm vụ một lần: 2019-08-31; nhiệm vụ định kỳ: \"12-15\""],
    en: ["p/tasks/T2.yaml:5:37: \"abc\" is not a valid due day → once-tasks: 2019-08-31; recurring tasks: \"12-15\""],
  },
  {
    name: 'an evaluation day written day/month',
    edits: [['p/programme.yaml', 'evaluation: { due: "12-15" }', 'evaluation: { due: "15/12" }']],
    vi: ["p/programme.yaml:12:20: \"15/12\" không phải ngày trong năm dạng \"MM-DD\" → viết \"12-15\""],
    en: ["p/programme.yaml:12:20: \"15/12\" is not a day of the year of the form \"MM-DD\" → write \"12-15\""],
  },
  {
    name: 'an evaluation day in words',
    edits: [['p/programme.yaml', 'evaluation: { due: "12-15" }', 'evaluation: { due: "Dec" }']],
    vi: ["p/programme.yaml:12:20: \"Dec\" không phải ngày trong năm dạng \"MM-DD\" → viết tháng-ngày trong dấu nháy kép, ví dụ \"12-15\""],
    en: ["p/programme.yaml:12:20: \"Dec\" is not a day of the year of the form \"MM-DD\" → write month-day in double quotes, for example \"12-15\""],
  },
  {
    name: 'an agency id of the wrong form',
    edits: [['p/tasks/T2.yaml', 'lead: ban-b', 'lead: Ban-B']],
    vi: ["p/tasks/T2.yaml:4:7: \"Ban-B\" không đúng dạng quy định cho \"lead\" → Chữ thường không dấu, số và dấu gạch ngang, ví dụ bdv-tu."],
    en: ["p/tasks/T2.yaml:4:7: \"Ban-B\" does not have the form required for \"lead\""],
  },
  {
    name: 'an id of the wrong form and too long, told once',
    edits: [['p/tasks/T2.yaml', 'id: T2', 'id: "T2 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"']],
    vi: ["p/tasks/T2.yaml:1:5: \"id\" dài quá 32 ký tự"],
    en: ["p/tasks/T2.yaml:1:5: \"id\" is longer than 32 characters"],
  },
  {
    name: 'no contents',
    edits: [['p/tasks/T1.yaml', 'contents: [ND1]', 'contents: []']],
    vi: ["p/tasks/T1.yaml:3:11: \"contents\" cần ít nhất 1 mục → Mã các nội dung phối hợp mà nhiệm vụ phục vụ (ít nhất một)."],
    en: ["p/tasks/T1.yaml:3:11: \"contents\" needs at least 1 item"],
  },
  {
    name: 'one party',
    edits: [['p/programme.yaml', '  - { agency: ban-b, signatory: Trần Thị B }\n', '']],
    vi: ["p/programme.yaml:6:3: \"parties\" cần ít nhất 2 mục → Hai bên ký kết trở lên."],
    en: ["p/programme.yaml:6:3: \"parties\" needs at least 2 items"],
  },
  {
    name: 'a number of days too large',
    edits: [['phoihop.yaml', '', 'soon: 400\n']],
    vi: ["phoihop.yaml:1:7: \"soon\" không được lớn hơn 366"],
    en: ["phoihop.yaml:1:7: \"soon\" must not be more than 366"],
  },
  {
    name: 'a number of days below zero',
    edits: [['phoihop.yaml', '', 'soon: -1\n']],
    vi: ["phoihop.yaml:1:7: \"soon\" phải từ 0 trở lên"],
    en: ["phoihop.yaml:1:7: \"soon\" must be 0 or more"],
  },
  {
    name: 'figures under names with a slash and a digit',
    edits: [['p/tasks/T1.yaml', '    state: done\n', '    state: done\n    figures:\n      a/b: nhiều\n      k1: mười\n']],
    vi: ["p/tasks/T1.yaml:13:7: \"a/b\" không đúng dạng quy định cho \"figures\" → Chữ thường không dấu, số và dấu gạch ngang, ví dụ bdv-tu.", "p/tasks/T1.yaml:13:12: \"a/b\" phải là số, nhưng đang là văn bản \"nhiều\"", "p/tasks/T1.yaml:14:11: \"k1\" phải là số, nhưng đang là văn bản \"mười\""],
    en: ["p/tasks/T1.yaml:13:7: \"a/b\" does not have the form required for \"figures\"", "p/tasks/T1.yaml:13:12: \"a/b\" must be a number, but is text \"nhiều\"", "p/tasks/T1.yaml:14:11: \"k1\" must be a number, but is text \"mười\""],
  },];

describe('schema findings, word for word', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const files = editedBaseRoot(c.edits);
    expect(await schemaFindings(files, 'vi')).toEqual(c.vi);
    expect(await schemaFindings(files, 'en')).toEqual(c.en);
  });
});
