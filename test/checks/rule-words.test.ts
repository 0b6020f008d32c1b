import { describe } from 'vitest';
import { itSaysEachCase, type RuleCase } from '../helpers/rule-cases.js';

// The findings no scenario of scenarios.ts makes, word for word in Vietnamese and in English, with
// the place each points at ("file:line:column") and, for a warning, its severity. The clock says
// 2024-06-15 in Hanoi; the base root's programme runs 2020-01-10 – 2022-12-31.

const CASES: RuleCase[] = [
  {
    name: 'done, reported and held on days still to come',
    rule: 'future-date',
    edits: [
    ['p/programme.yaml', 'to: 2022-12-31', 'to: 2025-12-31'],
    ['p/tasks/T3.yaml', 'status: active', 'status: done\ndone_on: 2024-06-16'],
    ['p/tasks/T1.yaml', '', '  - period: "2024"\n    on: 2024-06-16\n    state: partial\n'],
    ['p/evaluations/2024.yaml', '', 'year: 2024\nheld_on: 2024-06-16\nstate: final\nresults:\n  - { task: T1, rating: good }\n  - { task: T2, rating: done }\n'],
    ['p/evaluations/2023.yaml', '', 'year: 2023\nheld_on: 2024-06-20\nstate: draft\n'],
  ],
    vi: [
      "p/evaluations/2024.yaml:2:10: đánh giá đã chốt (state: final) nhưng ngày họp 2024-06-16 ở tương lai (hôm nay là 15/06/2024) → sửa held_on thành ngày đã họp; nếu chưa họp, để \"state: draft\"",
      "p/tasks/T1.yaml:13:9: báo cáo ghi ngày 2024-06-16, ở tương lai (hôm nay là 15/06/2024) → ghi ngày của văn bản báo cáo đã ban hành (on: YYYY-MM-DD); báo cáo chưa có thì chưa thêm",
      "p/tasks/T3.yaml:7:10: ngày hoàn thành 2024-06-16 ở tương lai (hôm nay là 15/06/2024) → ghi ngày nhiệm vụ thực sự hoàn thành; nếu chưa xong, để \"status: active\" và xóa dòng done_on",
    ],
    en: [
      "p/evaluations/2024.yaml:2:10: the evaluation is final (state: final) but held_on 2024-06-16 is in the future (today is 15/06/2024) → set held_on to the day of the meeting; if it has not been held, keep \"state: draft\"",
      "p/tasks/T1.yaml:13:9: the report is dated 2024-06-16, in the future (today is 15/06/2024) → write the date of the report as issued (on: YYYY-MM-DD); add a report only once it exists",
      "p/tasks/T3.yaml:7:10: done_on 2024-06-16 is in the future (today is 15/06/2024) → write the day the task was really finished; if it is not, keep \"status: active\" and delete the done_on line",
    ],
  },
  {
    name: 'contents added by an amendment, one too few listed',
    rule: 'declared-count',
    edits: [
    ['p/amendments/2021-03-01.yaml', '', 'date: 2021-03-01\ndocument: 02-QĐ\nkind: supplement\nchanges:\n  - { op: add_content, content: ND2 }\n'],
  ],
    vi: [
      "p/programme.yaml:8:23: phải có 3 nội dung (2 khi ký + 1 bổ sung), nhưng programme.yaml liệt kê 2 → nội dung mới phải có văn bản bổ sung với \"- { op: add_content, content: ND10 }\"",
    ],
    en: [
      "p/programme.yaml:8:23: there should be 3 contents (2 signed + 1 added), but programme.yaml lists 2 → a new content needs an amendment with \"- { op: add_content, content: ND10 }\"",
    ],
  },
  {
    name: 'a title typed in VNI',
    rule: 'legacy-encoding',
    edits: [['p/tasks/T2.yaml', 'title: Việc 6 tháng', 'title: Ban Daân vaän Tænh uûy']],
    vi: [
      "p/tasks/T2.yaml:2:8: warning: văn bản \"Ban Daân vaän Tænh uûy\" có vẻ được gõ bằng bảng mã VNI cũ, không phải Unicode → chuyển mã sang Unicode dựng sẵn (ví dụ Unikey: Công cụ chuyển mã, nguồn VNI, đích Unicode) rồi lưu lại tệp dạng UTF-8",
    ],
    en: [
      "p/tasks/T2.yaml:2:8: warning: the text \"Ban Daân vaän Tænh uûy\" looks typed in the legacy VNI encoding, not Unicode → convert it from VNI to composed Unicode (for example with Unikey's converter) and save the file as UTF-8",
    ],
  },
  {
    name: 'an ongoing task without due days',
    rule: 'schedule-due',
    edits: [['p/tasks/T2.yaml', 'schedule: { every: half-year, due: ["06-30", "12-31"] }', 'schedule: { every: ongoing }']],
    vi: [],
    en: [],
  },
  {
    name: 'a half-yearly task reported for a whole year',
    rule: 'report-period',
    edits: [['p/tasks/T2.yaml', 'status: active\n', 'status: active\nreports:\n  - { period: "2020", on: 2020-12-20, state: done }\n']],
    vi: [
      "p/tasks/T2.yaml:8:15: kỳ \"2020\" không thuộc lịch \"every: half-year\" của nhiệm vụ → kỳ hợp lệ có dạng \"2018-H1\", \"2018-H2\"",
    ],
    en: [
      "p/tasks/T2.yaml:8:15: the period \"2020\" does not belong to the task's \"every: half-year\" schedule → valid periods look like \"2018-H1\", \"2018-H2\"",
    ],
  },
  {
    name: 'a quarterly task reported for a half-year',
    rule: 'report-period',
    edits: [['p/tasks/T2.yaml', 'schedule: { every: half-year, due: ["06-30", "12-31"] }\nstatus: active\n', 'schedule: { every: quarter, due: ["03-31", "06-30", "09-30", "12-31"] }\nstatus: active\nreports:\n  - { period: "2020-H1", on: 2020-06-20, state: done }\n']],
    vi: [
      "p/tasks/T2.yaml:8:15: kỳ \"2020-H1\" không thuộc lịch \"every: quarter\" của nhiệm vụ → kỳ hợp lệ có dạng \"2018-Q1\" … \"2018-Q4\"",
    ],
    en: [
      "p/tasks/T2.yaml:8:15: the period \"2020-H1\" does not belong to the task's \"every: quarter\" schedule → valid periods look like \"2018-Q1\" … \"2018-Q4\"",
    ],
  },
  {
    name: 'an ongoing task reported for any period of its years, not another',
    rule: 'report-period',
    edits: [['p/tasks/T2.yaml', 'schedule: { every: half-year, due: ["06-30", "12-31"] }\nstatus: active\n', 'schedule: { every: ongoing }\nstatus: active\nreports:\n  - { period: "2020-Q2", on: 2020-06-20, state: done }\n  - { period: "2021-H1", on: 2021-06-20, state: done }\n  - { period: "2019", on: 2020-01-20, state: done }\n']],
    vi: [
      "p/tasks/T2.yaml:10:15: kỳ \"2019\" nằm ngoài thời gian thực hiện nhiệm vụ (2020-01-10–2022-12-31) → kỳ hợp lệ có dạng \"2018\"",
    ],
    en: [
      "p/tasks/T2.yaml:10:15: the period \"2019\" lies outside the task's dates (2020-01-10–2022-12-31) → valid periods look like \"2018\"",
    ],
  },
  {
    name: 'a document cited in full, and symbols that hold a hyphen',
    rule: 'document-symbol',
    edits: [
      ['agencies.yaml', '{ id: ban-a, name: Ban A, short: BA }', '{ id: ban-a, name: Ban A, short: BA, symbol: BDVTU }\n  - { id: mttq, name: Ủy ban MTTQ, symbol: MTTQ-BTT }\n  - { id: btt, name: Ban Tổ chức, symbol: BTTU }'],
      // A number cited in full, a symbol that holds a hyphen (read whole: "BTT" alone is one keystroke
      // from BTTU), the same before a misspelt one, and a number whose figure was left out.
      ['p/tasks/T1.yaml', '', '    documents:\n      - { number: 45-BC/BDVTƯ, date: 2020-12-01 }\n      - 46-BC/MTTQ-BTT\n      - 47/BC-MTTQ-BTT-BDVTƯ\n      - /BC-BDVTƯ\n'],
    ],
    vi: [
      "p/tasks/T1.yaml:13:19: warning: số, ký hiệu \"45-BC/BDVTƯ\": \"BDVTƯ\" gần giống ký hiệu BDVTU của Ban A → nếu là văn bản của cơ quan này, viết 45-BC/BDVTU",
      "p/tasks/T1.yaml:15:9: warning: số, ký hiệu \"47/BC-MTTQ-BTT-BDVTƯ\": \"BDVTƯ\" gần giống ký hiệu BDVTU của Ban A → nếu là văn bản của cơ quan này, viết 47/BC-MTTQ-BTT-BDVTU",
      "p/tasks/T1.yaml:16:9: warning: số, ký hiệu \"/BC-BDVTƯ\": \"BDVTƯ\" gần giống ký hiệu BDVTU của Ban A → nếu là văn bản của cơ quan này, viết /BC-BDVTU",
    ],
    en: [
      "p/tasks/T1.yaml:13:19: warning: document number \"45-BC/BDVTƯ\": \"BDVTƯ\" is close to BDVTU, the symbol of Ban A → if the document is that agency's, write 45-BC/BDVTU",
      "p/tasks/T1.yaml:15:9: warning: document number \"47/BC-MTTQ-BTT-BDVTƯ\": \"BDVTƯ\" is close to BDVTU, the symbol of Ban A → if the document is that agency's, write 47/BC-MTTQ-BTT-BDVTU",
      "p/tasks/T1.yaml:16:9: warning: document number \"/BC-BDVTƯ\": \"BDVTƯ\" is close to BDVTU, the symbol of Ban A → if the document is that agency's, write /BC-BDVTU",
    ],
  },
  {
    name: "a report dated today",
    rule: 'future-date',
    edits: [['p/programme.yaml', 'to: 2022-12-31', 'to: 2025-12-31'], ['p/tasks/T1.yaml', '', '  - period: "2024"\n    on: 2024-06-15\n    state: partial\n']],
    vi: [],
    en: [],
  },
  {
    name: "two signs of TCVN3 in a text, one sign alone, and a long text",
    rule: 'legacy-encoding',
    edits: [
    ['p/tasks/T2.yaml', 'title: Việc 6 tháng', 'title: "D©n vËn"'],
    ['p/tasks/T1.yaml', 'title: Việc hằng năm', 'title: "Bản quyền © 2020"'],
    ['p/tasks/T3.yaml', 'title: Việc một lần', 'title: "Ban D©n vËn TØnh ñy vµ Uû ban MÆt trËn Tæ quèc tØnh"'],
  ],
    vi: [
      "p/tasks/T2.yaml:2:8: warning: văn bản \"D©n vËn\" có vẻ được gõ bằng bảng mã TCVN3 cũ, không phải Unicode → chuyển mã sang Unicode dựng sẵn (ví dụ Unikey: Công cụ chuyển mã, nguồn TCVN3, đích Unicode) rồi lưu lại tệp dạng UTF-8",
      "p/tasks/T3.yaml:2:8: warning: văn bản \"Ban D©n vËn TØnh ñy vµ Uû ban MÆt trËn T…\" có vẻ được gõ bằng bảng mã TCVN3 cũ, không phải Unicode → chuyển mã sang Unicode dựng sẵn (ví dụ Unikey: Công cụ chuyển mã, nguồn TCVN3, đích Unicode) rồi lưu lại tệp dạng UTF-8",
    ],
    en: [
      "p/tasks/T2.yaml:2:8: warning: the text \"D©n vËn\" looks typed in the legacy TCVN3 encoding, not Unicode → convert it from TCVN3 to composed Unicode (for example with Unikey's converter) and save the file as UTF-8",
      "p/tasks/T3.yaml:2:8: warning: the text \"Ban D©n vËn TØnh ñy vµ Uû ban MÆt trËn T…\" looks typed in the legacy TCVN3 encoding, not Unicode → convert it from TCVN3 to composed Unicode (for example with Unikey's converter) and save the file as UTF-8",
    ],
  },
  {
    name: "every syllable spelt both ways, in names and short names; capitals alone are no other spelling",
    rule: 'tone-marks',
    edits: [
    ['agencies.yaml', '{ id: ban-a, name: Ban A, short: BA }', '{ id: ban-a, name: Hòa Hóa Hỏa Hõa Họa Hòe Hóe Hỏe Hõe Họe Hùy Húy Hủy Hũy Hụy, short: ỦY BAN }'],
    ['agencies.yaml', '{ id: ban-b, name: Ban B }', '{ id: ban-b, name: Hoà Hoá Hoả Hoã Hoạ Hoè Hoé Hoẻ Hoẽ Hoẹ Huỳ Huý Huỷ Huỹ Huỵ, short: Ủy ban Uỷ }'],
  ],
    vi: [
      "agencies.yaml:3:24: warning: \"Hoá\" được viết kiểu khác với \"Hóa\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Hóa\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Hoà\" được viết kiểu khác với \"Hòa\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Hòa\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Hoã\" được viết kiểu khác với \"Hõa\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Hõa\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Hoả\" được viết kiểu khác với \"Hỏa\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Hỏa\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Hoạ\" được viết kiểu khác với \"Họa\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Họa\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Hoé\" được viết kiểu khác với \"Hóe\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Hóe\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Hoè\" được viết kiểu khác với \"Hòe\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Hòe\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Hoẽ\" được viết kiểu khác với \"Hõe\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Hõe\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Hoẻ\" được viết kiểu khác với \"Hỏe\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Hỏe\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Hoẹ\" được viết kiểu khác với \"Họe\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Họe\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Huý\" được viết kiểu khác với \"Húy\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Húy\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Huỳ\" được viết kiểu khác với \"Hùy\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Hùy\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Huỹ\" được viết kiểu khác với \"Hũy\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Hũy\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Huỷ\" được viết kiểu khác với \"Hủy\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Hủy\" như ở các mục khác",
      "agencies.yaml:3:24: warning: \"Huỵ\" được viết kiểu khác với \"Hụy\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Hụy\" như ở các mục khác",
      "agencies.yaml:3:92: warning: \"Uỷ\" được viết kiểu khác với \"ỦY\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"ỦY\" như ở các mục khác",
    ],
    en: [
      "agencies.yaml:3:24: warning: \"Hoá\" is spelt differently from \"Hóa\" in an earlier entry; use one tone-mark placement → write \"Hóa\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Hoà\" is spelt differently from \"Hòa\" in an earlier entry; use one tone-mark placement → write \"Hòa\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Hoã\" is spelt differently from \"Hõa\" in an earlier entry; use one tone-mark placement → write \"Hõa\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Hoả\" is spelt differently from \"Hỏa\" in an earlier entry; use one tone-mark placement → write \"Hỏa\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Hoạ\" is spelt differently from \"Họa\" in an earlier entry; use one tone-mark placement → write \"Họa\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Hoé\" is spelt differently from \"Hóe\" in an earlier entry; use one tone-mark placement → write \"Hóe\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Hoè\" is spelt differently from \"Hòe\" in an earlier entry; use one tone-mark placement → write \"Hòe\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Hoẽ\" is spelt differently from \"Hõe\" in an earlier entry; use one tone-mark placement → write \"Hõe\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Hoẻ\" is spelt differently from \"Hỏe\" in an earlier entry; use one tone-mark placement → write \"Hỏe\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Hoẹ\" is spelt differently from \"Họe\" in an earlier entry; use one tone-mark placement → write \"Họe\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Huý\" is spelt differently from \"Húy\" in an earlier entry; use one tone-mark placement → write \"Húy\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Huỳ\" is spelt differently from \"Hùy\" in an earlier entry; use one tone-mark placement → write \"Hùy\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Huỹ\" is spelt differently from \"Hũy\" in an earlier entry; use one tone-mark placement → write \"Hũy\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Huỷ\" is spelt differently from \"Hủy\" in an earlier entry; use one tone-mark placement → write \"Hủy\" as the other entries do",
      "agencies.yaml:3:24: warning: \"Huỵ\" is spelt differently from \"Hụy\" in an earlier entry; use one tone-mark placement → write \"Hụy\" as the other entries do",
      "agencies.yaml:3:92: warning: \"Uỷ\" is spelt differently from \"ỦY\" in an earlier entry; use one tone-mark placement → write \"ỦY\" as the other entries do",
    ],
  },
  {
    name: "a key in decomposed Unicode, and texts of 40 and 41 letters",
    rule: 'nfc',
    edits: [
    ['p/tasks/T2.yaml', 'title: Việc 6 tháng', `title: ${'Việc '.repeat(7)}Việc1\nGhi chú: x`.normalize('NFD')],
    ['p/tasks/T1.yaml', 'title: Việc hằng năm', `title: ${'Việc '.repeat(7)}Việc1A`.normalize('NFD')],
  ],
    vi: [
      "p/tasks/T1.yaml:2:8: warning: văn bản \"Việc Việc Việc Việc Việc Việc Việc Việc1…\" dùng Unicode tổ hợp (NFD), không phải dựng sẵn (NFC) → gõ lại bằng bộ gõ Unicode dựng sẵn, hoặc chuyển mã tệp sang \"Unicode dựng sẵn\" (ví dụ bằng Unikey: Công cụ chuyển mã)",
      "p/tasks/T2.yaml:2:8: warning: văn bản \"Việc Việc Việc Việc Việc Việc Việc Việc1\" dùng Unicode tổ hợp (NFD), không phải dựng sẵn (NFC) → gõ lại bằng bộ gõ Unicode dựng sẵn, hoặc chuyển mã tệp sang \"Unicode dựng sẵn\" (ví dụ bằng Unikey: Công cụ chuyển mã)",
      "p/tasks/T2.yaml:3:1: warning: văn bản \"Ghi chú\" dùng Unicode tổ hợp (NFD), không phải dựng sẵn (NFC) → gõ lại bằng bộ gõ Unicode dựng sẵn, hoặc chuyển mã tệp sang \"Unicode dựng sẵn\" (ví dụ bằng Unikey: Công cụ chuyển mã)",
    ],
    en: [
      "p/tasks/T1.yaml:2:8: warning: the text \"Việc Việc Việc Việc Việc Việc Việc Việc1…\" is in decomposed Unicode (NFD), not composed (NFC) → retype it with a composed-Unicode input method, or convert the file to composed Unicode (NFC)",
      "p/tasks/T2.yaml:2:8: warning: the text \"Việc Việc Việc Việc Việc Việc Việc Việc1\" is in decomposed Unicode (NFD), not composed (NFC) → retype it with a composed-Unicode input method, or convert the file to composed Unicode (NFC)",
      "p/tasks/T2.yaml:3:1: warning: the text \"Ghi chú\" is in decomposed Unicode (NFD), not composed (NFC) → retype it with a composed-Unicode input method, or convert the file to composed Unicode (NFC)",
    ],
  },
  {
    name: "a task cancelled before the year is not asked for",
    rule: 'evaluation-results',
    edits: [
    ['p/amendments/2020-06-01.yaml', '', 'date: 2020-06-01\ndocument: 02-QĐ\nkind: adjustment\nchanges:\n  - { op: cancel_task, task: T2 }\n'],
    ['p/tasks/T2.yaml', 'status: active', 'status: cancelled'],
    ['p/evaluations/2021.yaml', '', 'year: 2021\nheld_on: 2021-12-14\nstate: final\nresults:\n  - { task: T1, rating: good }\n'],
  ],
    vi: [
      "p/evaluations/2021.yaml:4:1: warning: đánh giá năm 2021 đã chốt nhưng thiếu kết quả của: T3 → thêm vào results, ví dụ \"- { task: T3, rating: good, summary: ... }\"",
    ],
    en: [
      "p/evaluations/2021.yaml:4:1: warning: the final evaluation of 2021 has no result for: T3 → add to results, for example \"- { task: T3, rating: good, summary: ... }\"",
    ],
  },
];

describe('rule findings no scenario makes, word for word', () => itSaysEachCase(CASES));
