import { describe } from 'vitest';
import { itSaysEachCase, type RuleCase } from '../helpers/rule-cases.js';

// Findings at the corners of the rules that the third mutation round (issue 19, 28 November) found
// untested: each case is a record that breaks a rule in one way (or looks as if it did), with what
// validate says, word for word, in Vietnamese and English, and where ("file:line:column"). The
// clock says 2024-06-15 in Hanoi; the base root's programme runs 2020-01-10 – 2022-12-31.

const SYMBOLS: [string, string, string] = ['agencies.yaml', '{ id: ban-a, name: Ban A, short: BA }', '{ id: ban-a, name: Ban A, short: BA, symbol: BDVTU }\n  - { id: mttq, name: Ủy ban MTTQ, symbol: MTTQ-BTT }\n  - { id: btt, name: Ban Tổ chức, symbol: BTTU }'];

const CASES: RuleCase[] = [
  {
    name: 'added_by names an amendment that changes the task but does not add it',
    rule: 'amendment-link',
    edits: [
      ['p/amendments/2021-03-01.yaml', '', 'date: 2021-03-01\ndocument: 02-QĐ\nkind: adjustment\nchanges:\n  - { op: change_task, task: T1, note: đổi hạn }\n'],
      ['p/tasks/T1.yaml', 'status: active', 'status: active\nadded_by: 2021-03-01'],
    ],
    vi: [
      "p/tasks/T1.yaml:8:11: văn bản 2021-03-01 không có thao tác add_task cho T1 → thêm \"- { op: add_task, task: T1 }\" vào văn bản, hoặc sửa added_by",
    ],
    en: [
      "p/tasks/T1.yaml:8:11: amendment 2021-03-01 has no add_task for T1 → add \"- { op: add_task, task: T1 }\" to the amendment, or correct added_by",
    ],
  },
  {
    name: 'a number without a slash, a symbol written with a doubled hyphen, and a known symbol of two parts before a misspelt one',
    rule: 'document-symbol',
    edits: [SYMBOLS, ['p/tasks/T1.yaml', '', '    documents:\n      - 12-BDVTƯ\n      - 46-BC/MTTQ--BTT\n      - 49-BC/UBND-MTTQ-BTT-BDVTƯ\n']],
    vi: [
      "p/tasks/T1.yaml:15:9: warning: số, ký hiệu \"49-BC/UBND-MTTQ-BTT-BDVTƯ\": \"BDVTƯ\" gần giống ký hiệu BDVTU của Ban A → nếu là văn bản của cơ quan này, viết 49-BC/UBND-MTTQ-BTT-BDVTU",
    ],
    en: [
      "p/tasks/T1.yaml:15:9: warning: document number \"49-BC/UBND-MTTQ-BTT-BDVTƯ\": \"BDVTƯ\" is close to BDVTU, the symbol of Ban A → if the document is that agency's, write 49-BC/UBND-MTTQ-BTT-BDVTU",
    ],
  },
  {
    name: 'a review document and a plan number point at the number itself',
    rule: 'document-symbol',
    edits: [
      SYMBOLS,
      ['p/programme.yaml', '', 'reviews:\n  - { kind: mid-term, through: 2021, document: 02-BC/BDVTY }\n'],
      ['p/evaluations/2020.yaml', '', 'next_year:\n  plan: { date: 2020-12-30, number: 04-KH/BDVT }\n'],
    ],
    vi: [
      "p/evaluations/2020.yaml:9:37: warning: số, ký hiệu \"04-KH/BDVT\": \"BDVT\" gần giống ký hiệu BDVTU của Ban A → nếu là văn bản của cơ quan này, viết 04-KH/BDVTU",
      "p/programme.yaml:14:48: warning: số, ký hiệu \"02-BC/BDVTY\": \"BDVTY\" gần giống ký hiệu BDVTU của Ban A → nếu là văn bản của cơ quan này, viết 02-BC/BDVTU",
    ],
    en: [
      "p/evaluations/2020.yaml:9:37: warning: document number \"04-KH/BDVT\": \"BDVT\" is close to BDVTU, the symbol of Ban A → if the document is that agency's, write 04-KH/BDVTU",
      "p/programme.yaml:14:48: warning: document number \"02-BC/BDVTY\": \"BDVTY\" is close to BDVTU, the symbol of Ban A → if the document is that agency's, write 02-BC/BDVTU",
    ],
  },
  {
    name: 'a task file saved under a name that holds ".yaml" twice',
    rule: 'file-name',
    edits: [['p/tasks/T2.yaml-cu.yaml', '', 'id: T2\ntitle: Việc 6 tháng\ncontents: [ND2]\nlead: ban-b\nschedule: { every: half-year, due: ["06-30", "12-31"] }\nstatus: cancelled\n']],
    vi: [
      "p/tasks/T2.yaml-cu.yaml:1:5: tệp T2.yaml-cu.yaml chứa nhiệm vụ \"T2\"; tên tệp và mã nhiệm vụ phải trùng nhau → đổi tên tệp thành T2.yaml hoặc sửa thành \"id: T2.yaml-cu\"",
    ],
    en: [
      "p/tasks/T2.yaml-cu.yaml:1:5: the file T2.yaml-cu.yaml holds task \"T2\"; file name and task id must agree → rename the file to T2.yaml or write \"id: T2.yaml-cu\"",
    ],
  },
  {
    name: 'a figure far from each of two indicators lists both',
    rule: 'indicators',
    edits: [
      ['p/programme.yaml', '', 'indicators:\n  - { id: tiep-dan, title: phiên tiếp công dân, unit: phiên }\n  - { id: hoi-nghi, title: hội nghị, unit: cuộc }\n'],
      ['p/tasks/T1.yaml', '', '    figures: { tuyen-truyen: 2 }\n'],
    ],
    vi: [
      "p/tasks/T1.yaml:12:16: số liệu \"tuyen-truyen\" không thuộc chỉ tiêu nào của chương trình → các chỉ tiêu đã khai báo: tiep-dan, hoi-nghi",
    ],
    en: [
      "p/tasks/T1.yaml:12:16: the figure \"tuyen-truyen\" names no indicator of the programme → declared indicators: tiep-dan, hoi-nghi",
    ],
  },
  {
    name: 'a final evaluation missing two tasks names both',
    rule: 'evaluation-results',
    edits: [['p/evaluations/2021.yaml', '', 'year: 2021\nheld_on: 2021-12-14\nstate: final\nresults:\n  - { task: T1, rating: good }\n']],
    vi: [
      "p/evaluations/2021.yaml:4:1: warning: đánh giá năm 2021 đã chốt nhưng thiếu kết quả của: T2, T3 → thêm vào results, ví dụ \"- { task: T2, rating: good, summary: ... }\"",
    ],
    en: [
      "p/evaluations/2021.yaml:4:1: warning: the final evaluation of 2021 has no result for: T2, T3 → add to results, for example \"- { task: T2, rating: good, summary: ... }\"",
    ],
  },
  {
    name: 'a final evaluation without any results names every task due, and nothing else',
    rule: 'evaluation-results',
    edits: [['p/evaluations/2021.yaml', '', 'year: 2021\nheld_on: 2021-12-14\nstate: final\n']],
    vi: [
      "p/evaluations/2021.yaml:1:1: warning: đánh giá năm 2021 đã chốt nhưng thiếu kết quả của: T2, T3 → thêm vào results, ví dụ \"- { task: T2, rating: good, summary: ... }\"",
    ],
    en: [
      "p/evaluations/2021.yaml:1:1: warning: the final evaluation of 2021 has no result for: T2, T3 → add to results, for example \"- { task: T2, rating: good, summary: ... }\"",
    ],
  },
  {
    name: 'Vietnamese text with two signs is not legacy; as many VNI as TCVN3 signs is told as TCVN3',
    rule: 'legacy-encoding',
    edits: [
      ['p/tasks/T1.yaml', 'title: Việc hằng năm', 'title: "Sở Nội vụ © 2020 ® đã đăng ký"'],
      ['p/tasks/T2.yaml', 'title: Việc 6 tháng', 'title: "D©n vËn vaän uûy"'],
    ],
    vi: [
      "p/tasks/T2.yaml:2:8: warning: văn bản \"D©n vËn vaän uûy\" có vẻ được gõ bằng bảng mã TCVN3 cũ, không phải Unicode → chuyển mã sang Unicode dựng sẵn (ví dụ Unikey: Công cụ chuyển mã, nguồn TCVN3, đích Unicode) rồi lưu lại tệp dạng UTF-8",
    ],
    en: [
      "p/tasks/T2.yaml:2:8: warning: the text \"D©n vËn vaän uûy\" looks typed in the legacy TCVN3 encoding, not Unicode → convert it from TCVN3 to composed Unicode (for example with Unikey's converter) and save the file as UTF-8",
    ],
  },
  {
    name: 'decomposed text without a Latin letter is still found',
    rule: 'nfc',
    edits: [['p/tasks/T2.yaml', 'title: Việc 6 tháng', `title: ${'Ώμέγα'.normalize('NFD')}`]],
    vi: [
      "p/tasks/T2.yaml:2:8: warning: văn bản \"Ώμέγα\" dùng Unicode tổ hợp (NFD), không phải dựng sẵn (NFC) → gõ lại bằng bộ gõ Unicode dựng sẵn, hoặc chuyển mã tệp sang \"Unicode dựng sẵn\" (ví dụ bằng Unikey: Công cụ chuyển mã)",
    ],
    en: [
      "p/tasks/T2.yaml:2:8: warning: the text \"Ώμέγα\" is in decomposed Unicode (NFD), not composed (NFC) → retype it with a composed-Unicode input method, or convert the file to composed Unicode (NFC)",
    ],
  },
  {
    name: 'both syllables of a hyphenated word are read for tone marks',
    rule: 'tone-marks',
    edits: [
      ['agencies.yaml', '{ id: ban-a, name: Ban A, short: BA }', '{ id: ban-a, name: Ban Thủy-Hòa, short: BA }'],
      ['agencies.yaml', '{ id: ban-b, name: Ban B }', '{ id: ban-b, name: Ban Thuỷ-Hoà }'],
    ],
    vi: [
      "agencies.yaml:3:24: warning: \"Thuỷ-Hoà\" được viết kiểu khác với \"Thủy-Hòa\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Thủy-Hòa\" như ở các mục khác",
    ],
    en: [
      "agencies.yaml:3:24: warning: \"Thuỷ-Hoà\" is spelt differently from \"Thủy-Hòa\" in an earlier entry; use one tone-mark placement → write \"Thủy-Hòa\" as the other entries do",
    ],
  },
  {
    name: 'text inside a list is read, and an empty value beside it is no text',
    rule: 'nfc',
    edits: [['p/tasks/T2.yaml', 'status: active\n', `status: active\nreports:\n  - period: "2020-H1"\n    on: 2020-06-20\n    state: done\n    note: ${'Đã họp sơ kết'.normalize('NFD')}\n    figures:\n`]],
    vi: [
      "p/tasks/T2.yaml:11:11: warning: văn bản \"Đã họp sơ kết\" dùng Unicode tổ hợp (NFD), không phải dựng sẵn (NFC) → gõ lại bằng bộ gõ Unicode dựng sẵn, hoặc chuyển mã tệp sang \"Unicode dựng sẵn\" (ví dụ bằng Unikey: Công cụ chuyển mã)",
    ],
    en: [
      "p/tasks/T2.yaml:11:11: warning: the text \"Đã họp sơ kết\" is in decomposed Unicode (NFD), not composed (NFC) → retype it with a composed-Unicode input method, or convert the file to composed Unicode (NFC)",
    ],
  },
];

describe('findings at the corners of the rules, word for word', () => itSaysEachCase(CASES));
