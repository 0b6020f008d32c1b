// What `validate` tells an officer for each broken root of scenarios.ts, word for word, in
// Vietnamese and in English: "rule file:line: message → how to fix it". Checked by messages.test.ts.
export const SCENARIO_MESSAGES: Record<string, { vi: string[]; en: string[] }> = {
  "misspelt key": {
    vi: [
      "schema p/tasks/T1.yaml:7: trường \"stauts\" không có trong mẫu hồ sơ; có phải ý bạn là \"status\"? → các trường được dùng ở đây: id, title, contents, lead, partners, schedule, start, end, status, done_on, added_by, reports",
    ],
    en: [
      "schema p/tasks/T1.yaml:7: the field \"stauts\" is not part of the record format; did you mean \"status\"? → fields allowed here: id, title, contents, lead, partners, schedule, start, end, status, done_on, added_by, reports",
    ],
  },
  "Vietnamese-style date": {
    vi: [
      "schema p/programme.yaml:3: \"10/1/2020\" không phải ngày dạng YYYY-MM-DD → viết 2020-01-10",
    ],
    en: [
      "schema p/programme.yaml:3: \"10/1/2020\" is not a date of the form YYYY-MM-DD → write 2020-01-10",
    ],
  },
  "impossible date": {
    vi: [
      "schema p/tasks/T1.yaml:10: ngày 2019-02-29 không có trên lịch → viết năm-tháng-ngày, ví dụ 2017-04-18",
    ],
    en: [
      "schema p/tasks/T1.yaml:10: the date 2019-02-29 does not exist on the calendar → write year-month-day, for example 2017-04-18",
    ],
  },
  "unknown enum value": {
    vi: [
      "schema p/tasks/T2.yaml:6: giá trị \"actve\" không hợp lệ cho \"status\"; có phải ý bạn là \"active\"? → active (đang thực hiện), done (hoàn thành), paused (tạm dừng) hoặc cancelled (đã hủy, qua văn bản điều chỉnh).",
    ],
    en: [
      "schema p/tasks/T2.yaml:6: \"actve\" is not a valid value for \"status\"; did you mean \"active\"? → choose one of: active, done, paused, cancelled",
    ],
  },
  "number where text expected": {
    vi: [
      "schema p/tasks/T2.yaml:2: \"title\" phải là văn bản, nhưng đang là số nguyên 2020 → đặt giá trị trong dấu nháy kép: \"2020\"",
    ],
    en: [
      "schema p/tasks/T2.yaml:2: \"title\" must be text, but is a whole number 2020 → put the value in double quotes: \"2020\"",
    ],
  },
  "YAML syntax error": {
    vi: [
      "yaml-syntax p/tasks/T2.yaml:2: lỗi cú pháp YAML: thiếu dấu nháy đóng cho chuỗi bắt đầu ở đây → thêm dấu nháy đóng ở cuối chuỗi (cùng loại với dấu nháy mở), ví dụ title: \"Hội nghị giao ban\"",
    ],
    en: [
      "yaml-syntax p/tasks/T2.yaml:2: YAML syntax error: missing closing quote for the string that starts here → add the closing quote (the same kind as the opening one) at the end of the string, for example title: \"Quarterly meeting\"",
    ],
  },
  "duplicate key": {
    vi: [
      "duplicate-key p/tasks/T2.yaml:7: khóa \"status\" xuất hiện hai lần trong cùng một bảng → xóa hoặc gộp một trong hai dòng: mỗi khóa chỉ được ghi một lần",
    ],
    en: [
      "duplicate-key p/tasks/T2.yaml:7: the key \"status\" appears twice in the same mapping → delete or merge one of the two lines: each key may appear once",
    ],
  },
  "file is a list": {
    vi: [
      "not-a-mapping p/tasks/T2.yaml:1: nội dung tệp phải là một bảng khóa–giá trị, nhưng đang là một danh sách → mỗi dòng cấp ngoài cùng có dạng \"khóa: giá trị\", ví dụ \"id: NV03\"",
    ],
    en: [
      "not-a-mapping p/tasks/T2.yaml:1: the file must hold a mapping of keys to values, but holds a list → each top-level line reads \"key: value\", for example \"id: NV03\"",
    ],
  },
  "task file name disagrees": {
    vi: [
      "evaluation-results p/evaluations/2020.yaml:4: đánh giá năm 2020 đã chốt nhưng thiếu kết quả của: T9 → thêm vào results, ví dụ \"- { task: T9, rating: good, summary: ... }\"",
      "unknown-reference p/evaluations/2020.yaml:6: không có nhiệm vụ \"T2\"; có phải ý bạn là \"T1\"? → các mã hiện có: T1, T9, T3",
      "file-name p/tasks/T2.yaml:1: tệp T2.yaml chứa nhiệm vụ \"T9\"; tên tệp và mã nhiệm vụ phải trùng nhau → đổi tên tệp thành T9.yaml hoặc sửa thành \"id: T2\"",
    ],
    en: [
      "evaluation-results p/evaluations/2020.yaml:4: the final evaluation of 2020 has no result for: T9 → add to results, for example \"- { task: T9, rating: good, summary: ... }\"",
      "unknown-reference p/evaluations/2020.yaml:6: there is no task \"T2\"; did you mean \"T1\"? → known ids: T1, T9, T3",
      "file-name p/tasks/T2.yaml:1: the file T2.yaml holds task \"T9\"; file name and task id must agree → rename the file to T9.yaml or write \"id: T2\"",
    ],
  },
  "evaluation year disagrees": {
    vi: [
      "file-name p/evaluations/2020.yaml:1: tệp 2020.yaml chứa đánh giá năm 2021 → đổi tên tệp thành 2021.yaml hoặc sửa thành \"year: 2020\"",
    ],
    en: [
      "file-name p/evaluations/2020.yaml:1: the file 2020.yaml holds the evaluation of 2021 → rename the file to 2021.yaml or write \"year: 2020\"",
    ],
  },
  "duplicate content id": {
    vi: [
      "unique-id p/programme.yaml:11: mã nội dung \"ND1\" đã có ở p/programme.yaml → mỗi mã chỉ dùng một lần; đổi mã hoặc gộp hai mục",
      "unknown-reference p/tasks/T2.yaml:3: không có nội dung \"ND2\"; có phải ý bạn là \"ND1\"? → các mã hiện có: ND1",
      "unknown-reference p/tasks/T3.yaml:3: không có nội dung \"ND2\"; có phải ý bạn là \"ND1\"? → các mã hiện có: ND1",
    ],
    en: [
      "unique-id p/programme.yaml:11: the content id \"ND1\" is already used in p/programme.yaml → use each id once; change the id or merge the two entries",
      "unknown-reference p/tasks/T2.yaml:3: there is no content \"ND2\"; did you mean \"ND1\"? → known ids: ND1",
      "unknown-reference p/tasks/T3.yaml:3: there is no content \"ND2\"; did you mean \"ND1\"? → known ids: ND1",
    ],
  },
  "duplicate agency id": {
    vi: [
      "unique-id agencies.yaml:3: mã cơ quan \"ban-a\" đã có ở agencies.yaml → mỗi mã chỉ dùng một lần; đổi mã hoặc gộp hai mục",
      "unknown-reference p/programme.yaml:7: không có cơ quan \"ban-b\"; có phải ý bạn là \"ban-a\"? → thêm cơ quan vào agencies.yaml: \"- { id: ban-b, name: ... }\"",
      "unknown-reference p/tasks/T1.yaml:5: không có cơ quan \"ban-b\"; có phải ý bạn là \"ban-a\"? → thêm cơ quan vào agencies.yaml: \"- { id: ban-b, name: ... }\"",
      "unknown-reference p/tasks/T2.yaml:4: không có cơ quan \"ban-b\"; có phải ý bạn là \"ban-a\"? → thêm cơ quan vào agencies.yaml: \"- { id: ban-b, name: ... }\"",
    ],
    en: [
      "unique-id agencies.yaml:3: the agency id \"ban-a\" is already used in agencies.yaml → use each id once; change the id or merge the two entries",
      "unknown-reference p/programme.yaml:7: there is no agency \"ban-b\"; did you mean \"ban-a\"? → add the agency to agencies.yaml: \"- { id: ban-b, name: ... }\"",
      "unknown-reference p/tasks/T1.yaml:5: there is no agency \"ban-b\"; did you mean \"ban-a\"? → add the agency to agencies.yaml: \"- { id: ban-b, name: ... }\"",
      "unknown-reference p/tasks/T2.yaml:4: there is no agency \"ban-b\"; did you mean \"ban-a\"? → add the agency to agencies.yaml: \"- { id: ban-b, name: ... }\"",
    ],
  },
  "unknown lead agency": {
    vi: [
      "unknown-reference p/tasks/T2.yaml:4: không có cơ quan \"ban-c\"; có phải ý bạn là \"ban-a\"? → thêm cơ quan vào agencies.yaml: \"- { id: ban-c, name: ... }\"",
    ],
    en: [
      "unknown-reference p/tasks/T2.yaml:4: there is no agency \"ban-c\"; did you mean \"ban-a\"? → add the agency to agencies.yaml: \"- { id: ban-c, name: ... }\"",
    ],
  },
  "unknown content": {
    vi: [
      "unknown-reference p/tasks/T1.yaml:3: không có nội dung \"ND3\"; có phải ý bạn là \"ND1\"? → các mã hiện có: ND1, ND2",
    ],
    en: [
      "unknown-reference p/tasks/T1.yaml:3: there is no content \"ND3\"; did you mean \"ND1\"? → known ids: ND1, ND2",
    ],
  },
  "unknown task in results": {
    vi: [
      "evaluation-results p/evaluations/2020.yaml:4: đánh giá năm 2020 đã chốt nhưng thiếu kết quả của: T3 → thêm vào results, ví dụ \"- { task: T3, rating: good, summary: ... }\"",
      "unknown-reference p/evaluations/2020.yaml:7: không có nhiệm vụ \"T4\"; có phải ý bạn là \"T1\"? → các mã hiện có: T1, T2, T3",
    ],
    en: [
      "evaluation-results p/evaluations/2020.yaml:4: the final evaluation of 2020 has no result for: T3 → add to results, for example \"- { task: T3, rating: good, summary: ... }\"",
      "unknown-reference p/evaluations/2020.yaml:7: there is no task \"T4\"; did you mean \"T1\"? → known ids: T1, T2, T3",
    ],
  },
  "unknown focus task": {
    vi: [
      "unknown-reference p/evaluations/2020.yaml:9: không có nhiệm vụ \"T7\"; có phải ý bạn là \"T1\"? → các mã hiện có: T1, T2, T3",
    ],
    en: [
      "unknown-reference p/evaluations/2020.yaml:9: there is no task \"T7\"; did you mean \"T1\"? → known ids: T1, T2, T3",
    ],
  },
  "task start outside the period": {
    vi: [
      "date-range p/tasks/T2.yaml:7: ngày bắt đầu 2019-01-01 nằm ngoài giai đoạn của chương trình (10/01/2020–31/12/2022) → sửa ngày cho đúng, hoặc sửa giai đoạn trong programme.yaml qua văn bản điều chỉnh",
    ],
    en: [
      "date-range p/tasks/T2.yaml:7: the start date 2019-01-01 lies outside the programme period (10/01/2020–31/12/2022) → correct the date, or change the period in programme.yaml through an amendment",
    ],
  },
  "amendment outside the period": {
    vi: [
      "date-range p/amendments/2023-01-05.yaml:1: ngày văn bản 2023-01-05 nằm ngoài giai đoạn của chương trình (10/01/2020–31/12/2022) → sửa ngày cho đúng, hoặc sửa giai đoạn trong programme.yaml qua văn bản điều chỉnh",
    ],
    en: [
      "date-range p/amendments/2023-01-05.yaml:1: the amendment date 2023-01-05 lies outside the programme period (10/01/2020–31/12/2022) → correct the date, or change the period in programme.yaml through an amendment",
    ],
  },
  "wrong number of due days": {
    vi: [
      "schedule-due p/tasks/T2.yaml:5: lịch \"every: half-year\" cần 2 hạn, nhưng có 1 → ví dụ: due: [\"06-20\", \"12-20\"]",
    ],
    en: [
      "schedule-due p/tasks/T2.yaml:5: \"every: half-year\" needs 2 due days, but has 1 → for example: due: [\"06-20\", \"12-20\"]",
    ],
  },
  "report period of the wrong kind": {
    vi: [
      "report-period p/tasks/T1.yaml:9: kỳ \"2020-H1\" không thuộc lịch \"every: year\" của nhiệm vụ → kỳ hợp lệ có dạng \"2018\"",
    ],
    en: [
      "report-period p/tasks/T1.yaml:9: the period \"2020-H1\" does not belong to the task's \"every: year\" schedule → valid periods look like \"2018\"",
    ],
  },
  "report period outside the task": {
    vi: [
      "rating-before-due p/evaluations/2020.yaml:5: T1 được xếp loại trong đánh giá năm 2020 nhưng đến ngày họp (14/12/2020) nhiệm vụ chưa đến hạn và chưa có báo cáo nào của năm 2020 → bỏ rating (báo cáo sẽ ghi nhiệm vụ \"chưa đến hạn\"), hoặc ghi báo cáo của nhiệm vụ nếu đã làm trước hạn",
      "report-period p/tasks/T1.yaml:9: kỳ \"2019\" nằm ngoài thời gian thực hiện nhiệm vụ (2020-01-10–2022-12-31) → kỳ hợp lệ có dạng \"2018\"",
    ],
    en: [
      "rating-before-due p/evaluations/2020.yaml:5: T1 is rated in the 2020 evaluation, but on the day it was held (14/12/2020) nothing of the task was due yet and it had no report of 2020 → remove the rating (reports will say the task is \"not yet due\"), or record the report if the work was done early",
      "report-period p/tasks/T1.yaml:9: the period \"2019\" lies outside the task's dates (2020-01-10–2022-12-31) → valid periods look like \"2018\"",
    ],
  },
  "done without done_on": {
    vi: [
      "done-on p/tasks/T3.yaml:6: nhiệm vụ đã hoàn thành (status: done) nhưng chưa ghi ngày hoàn thành → thêm dòng \"done_on: YYYY-MM-DD\", ví dụ done_on: 2019-10-02",
    ],
    en: [
      "done-on p/tasks/T3.yaml:6: the task is done (status: done) but has no done_on date → add a line \"done_on: YYYY-MM-DD\", for example done_on: 2019-10-02",
    ],
  },
  "done_on without done": {
    vi: [
      "done-on p/tasks/T3.yaml:7: có ngày hoàn thành (done_on) nhưng trạng thái là \"active\" → nếu nhiệm vụ đã xong, sửa thành \"status: done\"; nếu chưa, xóa dòng done_on",
    ],
    en: [
      "done-on p/tasks/T3.yaml:7: done_on is set but the status is \"active\" → if the task is finished, write \"status: done\"; if not, delete the done_on line",
    ],
  },
  "cancelled without an amendment": {
    vi: [
      "amendment-link p/tasks/T3.yaml:6: nhiệm vụ có \"status: cancelled\" nhưng không văn bản nào hủy nó → thêm văn bản điều chỉnh trong amendments/ với \"- { op: cancel_task, task: T3 }\"",
    ],
    en: [
      "amendment-link p/tasks/T3.yaml:6: the task has \"status: cancelled\" but no amendment cancels it → add an amendment under amendments/ with \"- { op: cancel_task, task: T3 }\"",
    ],
  },
  "live count disagrees": {
    vi: [
      "declared-count p/programme.yaml:8: theo văn bản ký và các văn bản bổ sung, điều chỉnh phải có 4 nhiệm vụ chưa hủy (4 khi ký + 0 bổ sung − 0 hủy), nhưng có 3 tệp nhiệm vụ chưa hủy → thiếu tệp nhiệm vụ thì thêm vào tasks/; nhiệm vụ mới phải có văn bản bổ sung (add_task), nhiệm vụ bỏ phải có văn bản điều chỉnh (cancel_task)",
    ],
    en: [
      "declared-count p/programme.yaml:8: the signed programme and its amendments give 4 live tasks (4 signed + 0 added − 0 cancelled), but 3 task files are not cancelled → add missing task files under tasks/; a new task needs an amendment with add_task, a dropped one an amendment with cancel_task",
    ],
  },
  "added task without its amendment change": {
    vi: [
      "amendment-link p/tasks/T1.yaml:8: văn bản 2021-03-01 không có thao tác add_task cho T1 → thêm \"- { op: add_task, task: T1 }\" vào văn bản, hoặc sửa added_by",
    ],
    en: [
      "amendment-link p/tasks/T1.yaml:8: amendment 2021-03-01 has no add_task for T1 → add \"- { op: add_task, task: T1 }\" to the amendment, or correct added_by",
    ],
  },
  "added_by names no amendment": {
    vi: [
      "unknown-reference p/tasks/T1.yaml:8: không có văn bản bổ sung, điều chỉnh \"2021-03-01\" → chương trình chưa có văn bản bổ sung, điều chỉnh nào; kiểm tra lại mã",
    ],
    en: [
      "unknown-reference p/tasks/T1.yaml:8: there is no amendment \"2021-03-01\" → the programme has no amendment yet; check the id",
    ],
  },
  "final evaluation misses a task (warning)": {
    vi: [
      "evaluation-results p/evaluations/2020.yaml:4: đánh giá năm 2020 đã chốt nhưng thiếu kết quả của: T3 → thêm vào results, ví dụ \"- { task: T3, rating: good, summary: ... }\"",
    ],
    en: [
      "evaluation-results p/evaluations/2020.yaml:4: the final evaluation of 2020 has no result for: T3 → add to results, for example \"- { task: T3, rating: good, summary: ... }\"",
    ],
  },
  "NFD text (warning)": {
    vi: [
      "nfc p/tasks/T2.yaml:2: văn bản \"Việc 6 tháng\" dùng Unicode tổ hợp (NFD), không phải dựng sẵn (NFC) → gõ lại bằng bộ gõ Unicode dựng sẵn, hoặc chuyển mã tệp sang \"Unicode dựng sẵn\" (ví dụ bằng Unikey: Công cụ chuyển mã)",
    ],
    en: [
      "nfc p/tasks/T2.yaml:2: the text \"Việc 6 tháng\" is in decomposed Unicode (NFD), not composed (NFC) → retype it with a composed-Unicode input method, or convert the file to composed Unicode (NFC)",
    ],
  },
  "no agencies file": {
    vi: [
      "unknown-reference p/programme.yaml:5: kho hồ sơ chưa có tệp agencies.yaml nên không kiểm tra được mã cơ quan → tạo agencies.yaml ở thư mục gốc, liệt kê mọi cơ quan với id và name",
    ],
    en: [
      "unknown-reference p/programme.yaml:5: the records root has no agencies.yaml, so agency ids cannot be checked → create agencies.yaml in the root, listing every agency with id and name",
    ],
  },
  "unknown time zone": {
    vi: [
      "settings phoihop.yaml:1: múi giờ \"Asia/Hanoi\" không có → dùng tên IANA, ví dụ \"timezone: Asia/Ho_Chi_Minh\"",
    ],
    en: [
      "settings phoihop.yaml:1: there is no time zone \"Asia/Hanoi\" → use an IANA name, for example \"timezone: Asia/Ho_Chi_Minh\"",
    ],
  },
  ".yml file is not read": {
    vi: [
      "file-name p/tasks/T4.yml:1: tệp có đuôi .yml nên không được đọc → đổi tên thành T4.yaml",
    ],
    en: [
      "file-name p/tasks/T4.yml:1: the file ends in .yml and is not read → rename it to T4.yaml",
    ],
  },
  "merge conflict markers": {
    vi: [
      "yaml-syntax p/tasks/T2.yaml:6: tệp còn dấu xung đột khi gộp nhánh git (<<<<<<<, =======, >>>>>>>) → giữ lại phiên bản đúng, xóa các dòng đánh dấu rồi lưu lại",
    ],
    en: [
      "yaml-syntax p/tasks/T2.yaml:6: the file still holds git merge-conflict markers (<<<<<<<, =======, >>>>>>>) → keep the right version, delete the marker lines and save",
    ],
  },
  "two documents in one file": {
    vi: [
      "multiple-documents p/tasks/T2.yaml:7: tệp chứa nhiều tài liệu YAML (ngăn cách bởi \"---\") → mỗi tệp chỉ chứa một hồ sơ; tách phần sau \"---\" ra tệp riêng",
    ],
    en: [
      "multiple-documents p/tasks/T2.yaml:7: the file holds several YAML documents (separated by \"---\") → one record per file; move the part after \"---\" to a file of its own",
    ],
  },
  "empty file": {
    vi: [
      "not-a-mapping p/tasks/T2.yaml:1: tệp rỗng (không có nội dung ngoài chú thích) → mỗi dòng cấp ngoài cùng có dạng \"khóa: giá trị\", ví dụ \"id: NV03\"",
    ],
    en: [
      "not-a-mapping p/tasks/T2.yaml:1: the file is empty (nothing but comments) → each top-level line reads \"key: value\", for example \"id: NV03\"",
    ],
  },
  "rating before the task was due (warning)": {
    vi: [
      "rating-before-due p/evaluations/2020.yaml:7: T3 được xếp loại trong đánh giá năm 2020 nhưng đến ngày họp (14/12/2020) nhiệm vụ chưa đến hạn và chưa có báo cáo nào của năm 2020 → bỏ rating (báo cáo sẽ ghi nhiệm vụ \"chưa đến hạn\"), hoặc ghi báo cáo của nhiệm vụ nếu đã làm trước hạn",
    ],
    en: [
      "rating-before-due p/evaluations/2020.yaml:7: T3 is rated in the 2020 evaluation, but on the day it was held (14/12/2020) nothing of the task was due yet and it had no report of 2020 → remove the rating (reports will say the task is \"not yet due\"), or record the report if the work was done early",
    ],
  },
  "report dated after the evaluation (warning)": {
    vi: [
      "report-after-evaluation p/tasks/T2.yaml:8: báo cáo kỳ 2020-H2 ghi ngày 20/12/2020, sau ngày họp đánh giá năm 2020 (14/12/2020): báo cáo năm 2020 sẽ không nêu báo cáo này → kiểm tra lại ngày báo cáo (on), hoặc ngày họp (held_on) trong evaluations/2020.yaml; hạn các kỳ cuối năm nên trước ngày họp đánh giá",
    ],
    en: [
      "report-after-evaluation p/tasks/T2.yaml:8: the report for 2020-H2 is dated 20/12/2020, after the 2020 evaluation was held (14/12/2020): the 2020 report will leave it out → check the report's date (on), or held_on in evaluations/2020.yaml; due days at the end of the year should come before the evaluation",
    ],
  },
  "figure naming an unknown indicator": {
    vi: [
      "indicators p/programme.yaml:15: mã chỉ tiêu \"tiep-dan\" đã dùng ở trên → mỗi mã chỉ dùng một lần; đổi mã hoặc gộp hai chỉ tiêu",
      "indicators p/tasks/T1.yaml:12: số liệu \"tiepdan\" không thuộc chỉ tiêu nào của chương trình → có phải ý bạn là \"tiep-dan\"?",
    ],
    en: [
      "indicators p/programme.yaml:15: the indicator id \"tiep-dan\" is already used above → use each id once; change the id or merge the two indicators",
      "indicators p/tasks/T1.yaml:12: the figure \"tiepdan\" names no indicator of the programme → did you mean \"tiep-dan\"?",
    ],
  },
  "figures without any indicator": {
    vi: [
      "indicators p/tasks/T1.yaml:12: số liệu \"tiep-dan\" không thuộc chỉ tiêu nào của chương trình → chương trình chưa khai báo chỉ tiêu; thêm vào programme.yaml, ví dụ \"indicators: [{ id: tiep-dan, title: phiên tiếp công dân, unit: phiên }]\"",
    ],
    en: [
      "indicators p/tasks/T1.yaml:12: the figure \"tiep-dan\" names no indicator of the programme → the programme declares no indicators; add them to programme.yaml, for example \"indicators: [{ id: tiep-dan, title: phiên tiếp công dân, unit: phiên }]\"",
    ],
  },
  "reviews outside the period, twice, held early": {
    vi: [
      "reviews p/programme.yaml:14: năm 2019 nằm ngoài giai đoạn của chương trình (2020–2022) → through là năm cuối được sơ kết, tổng kết, trong khoảng 2020–2022",
      "reviews p/programme.yaml:16: chương trình đã có một tổng kết (final) ở trên → mỗi chương trình có một sơ kết (mid-term) và một tổng kết (final); xóa hoặc gộp mục trùng",
      "reviews p/programme.yaml:16: hội nghị họp ngày 2021-12-01, trước khi năm 2022 bắt đầu → kiểm tra lại held_on hoặc through",
    ],
    en: [
      "reviews p/programme.yaml:14: the year 2019 lies outside the programme period (2020–2022) → through is the last year reviewed, between 2020 and 2022",
      "reviews p/programme.yaml:16: the programme already has a final review above → a programme has one mid-term and one final review; delete or merge the repeated entry",
      "reviews p/programme.yaml:16: the review is held on 2021-12-01, before 2022 begins → check held_on or through",
    ],
  },
  "mid-term review not before the final one": {
    vi: [
      "reviews p/programme.yaml:14: sơ kết đến năm 2022 không trước tổng kết đến năm 2021 → sơ kết (mid-term) đánh giá giữa giai đoạn, tổng kết (final) đến năm cuối",
    ],
    en: [
      "reviews p/programme.yaml:14: the mid-term review through 2022 does not come before the final review through 2021 → the mid-term review covers part of the period, the final review runs to its last year",
    ],
  },
  "plan dated outside its year (warning)": {
    vi: [
      "plan-date p/evaluations/2020.yaml:9: kế hoạch 03-KH/BA-BB ghi ngày 10/01/2023, không thuộc năm 2020 hoặc 2021 → next_year.plan của đánh giá năm 2020 là kế hoạch phối hợp năm 2021, thường ban hành cuối năm 2020 hoặc đầu năm 2021; kiểm tra lại ngày (date) hoặc số",
    ],
    en: [
      "plan-date p/evaluations/2020.yaml:9: the plan 03-KH/BA-BB is dated 10/01/2023, in neither 2020 nor 2021 → next_year.plan in the 2020 evaluation is the joint plan for 2021, issued late in 2020 or early in 2021; check its date or number",
    ],
  },
  "document symbol one character off an agency (warning)": {
    vi: [
      "document-symbol p/tasks/T1.yaml:12: số, ký hiệu \"45-BC/BDVTƯ\": \"BDVTƯ\" gần giống ký hiệu BDVTU của Ban A → nếu là văn bản của cơ quan này, viết 45-BC/BDVTU",
    ],
    en: [
      "document-symbol p/tasks/T1.yaml:12: document number \"45-BC/BDVTƯ\": \"BDVTƯ\" is close to BDVTU, the symbol of Ban A → if the document is that agency's, write 45-BC/BDVTU",
    ],
  },
  "mid-term and final review through the same year": {
    vi: [
      "reviews p/programme.yaml:14: sơ kết đến năm 2021 không trước tổng kết đến năm 2021 → sơ kết (mid-term) đánh giá giữa giai đoạn, tổng kết (final) đến năm cuối",
    ],
    en: [
      "reviews p/programme.yaml:14: the mid-term review through 2021 does not come before the final review through 2021 → the mid-term review covers part of the period, the final review runs to its last year",
    ],
  },
  "an amendment cancels a task still active, another adds a task that does not name it": {
    vi: [
      "amendment-link p/amendments/2021-03-01.yaml:6: văn bản bổ sung nhiệm vụ T2 nhưng tệp nhiệm vụ không ghi added_by tương ứng → thêm dòng \"added_by: 2021-03-01\" vào tệp nhiệm vụ",
      "amendment-link p/tasks/T3.yaml:6: văn bản 2021-03-01 đã hủy nhiệm vụ này nhưng trạng thái vẫn là \"active\" → sửa thành \"status: cancelled\" (giữ nguyên tệp: lịch sử không bị xóa)",
    ],
    en: [
      "amendment-link p/amendments/2021-03-01.yaml:6: an amendment adds task T2 but the task file has no matching added_by → add a line \"added_by: 2021-03-01\" to the task file",
      "amendment-link p/tasks/T3.yaml:6: amendment 2021-03-01 cancels this task but its status is still \"active\" → write \"status: cancelled\" (keep the file: history is never deleted)",
    ],
  },
  "a result without a rating in a final evaluation": {
    vi: [
      "evaluation-results p/evaluations/2020.yaml:7: đánh giá đã chốt nhưng kết quả của T3 chưa xếp loại (rating) → thêm rating: excellent, good, done hoặc not_done",
    ],
    en: [
      "evaluation-results p/evaluations/2020.yaml:7: the evaluation is final but the result for T3 has no rating → add rating: excellent, good, done or not_done",
    ],
  },
  "a result given twice": {
    vi: [
      "unique-id p/evaluations/2020.yaml:8: kết quả của nhiệm vụ \"T3\" đã có ở p/evaluations/2020.yaml → mỗi mã chỉ dùng một lần; đổi mã hoặc gộp hai mục",
    ],
    en: [
      "unique-id p/evaluations/2020.yaml:8: a result for task \"T3\" is already used in p/evaluations/2020.yaml → use each id once; change the id or merge the two entries",
    ],
  },
  "a figure far from every indicator": {
    vi: [
      "indicators p/tasks/T1.yaml:12: số liệu \"hoi-nghi\" không thuộc chỉ tiêu nào của chương trình → các chỉ tiêu đã khai báo: tiep-dan",
    ],
    en: [
      "indicators p/tasks/T1.yaml:12: the figure \"hoi-nghi\" names no indicator of the programme → declared indicators: tiep-dan",
    ],
  },
  "an ongoing task with a due day": {
    vi: [
      "schedule-due p/tasks/T2.yaml:5: nhiệm vụ thường xuyên (ongoing) không có hạn; kết quả được đánh giá hằng năm → xóa dòng due",
    ],
    en: [
      "schedule-due p/tasks/T2.yaml:5: ongoing tasks have no due days; they are judged in the yearly evaluation → delete the due line",
    ],
  },
  "a once-task due on a day of every year": {
    vi: [
      "schedule-due p/tasks/T3.yaml:5: nhiệm vụ một lần cần hạn là một ngày YYYY-MM-DD, không phải \"06-30\" → ví dụ: due: [2019-08-31]",
    ],
    en: [
      "schedule-due p/tasks/T3.yaml:5: a once-task needs a YYYY-MM-DD date as its due day, not \"06-30\" → for example: due: [2019-08-31]",
    ],
  },
  "a half-yearly task due on a full date": {
    vi: [
      "schedule-due p/tasks/T2.yaml:5: nhiệm vụ định kỳ cần hạn dạng \"MM-DD\" (lặp lại hằng năm), không phải \"2020-12-31\" → ví dụ: due: [\"06-20\", \"12-20\"]",
    ],
    en: [
      "schedule-due p/tasks/T2.yaml:5: a recurring task needs \"MM-DD\" due days (repeating every year), not \"2020-12-31\" → for example: due: [\"06-20\", \"12-20\"]",
    ],
  },
  "a yearly task without due days": {
    vi: [
      "schedule-due p/tasks/T1.yaml:6: lịch \"every: year\" cần 1 hạn, nhưng có 0 → ví dụ: due: [\"12-15\"]",
    ],
    en: [
      "schedule-due p/tasks/T1.yaml:6: \"every: year\" needs 1 due day, but has 0 → for example: due: [\"12-15\"]",
    ],
  },
  "a report of a recurring task without a period": {
    vi: [
      "report-period p/tasks/T1.yaml:9: báo cáo của nhiệm vụ định kỳ phải ghi kỳ (period) → kỳ hợp lệ có dạng \"2018\"",
    ],
    en: [
      "report-period p/tasks/T1.yaml:9: a recurring task's report needs a period → valid periods look like \"2018\"",
    ],
  },
  "a once-task report with a period": {
    vi: [
      "report-period p/tasks/T3.yaml:8: nhiệm vụ một lần không chia kỳ; báo cáo không ghi period → xóa dòng period",
    ],
    en: [
      "report-period p/tasks/T3.yaml:8: once-tasks have no periods; leave period out of their reports → delete the period line",
    ],
  },
  "an amendment file named for another day": {
    vi: [
      "file-name p/amendments/2021-03-02-bo-sung.yaml:1: tên tệp 2021-03-02-bo-sung.yaml không bắt đầu bằng ngày của văn bản (2021-03-01) → đặt tên tệp là 2021-03-01.yaml hoặc 2021-03-01-ten-ngan.yaml",
    ],
    en: [
      "file-name p/amendments/2021-03-02-bo-sung.yaml:1: the file name 2021-03-02-bo-sung.yaml does not start with the amendment's date (2021-03-01) → name the file 2021-03-01.yaml or 2021-03-01-short-name.yaml",
    ],
  },
  "a control character in a title": {
    vi: [
      "control-character p/tasks/T2.yaml:2: văn bản chứa ký tự điều khiển vô hình: \"Việc \\x1b[31m6 tháng\" → xóa và gõ lại đoạn văn bản này",
    ],
    en: [
      "control-character p/tasks/T2.yaml:2: the text holds invisible control characters: \"Việc \\x1b[31m6 tháng\" → delete and retype this text",
    ],
  },
  "a title typed in TCVN3": {
    vi: [
      "legacy-encoding p/tasks/T2.yaml:2: văn bản \"D©n vËn TØnh ñy\" có vẻ được gõ bằng bảng mã TCVN3 cũ, không phải Unicode → chuyển mã sang Unicode dựng sẵn (ví dụ Unikey: Công cụ chuyển mã, nguồn TCVN3, đích Unicode) rồi lưu lại tệp dạng UTF-8",
    ],
    en: [
      "legacy-encoding p/tasks/T2.yaml:2: the text \"D©n vËn TØnh ñy\" looks typed in the legacy TCVN3 encoding, not Unicode → convert it from TCVN3 to composed Unicode (for example with Unikey's converter) and save the file as UTF-8",
    ],
  },
  "one agency word with two tone-mark placements": {
    vi: [
      "tone-marks agencies.yaml:3: \"Uỷ\" được viết kiểu khác với \"Ủy\" ở mục trước; nên thống nhất một kiểu đặt dấu → viết \"Ủy\" như ở các mục khác",
    ],
    en: [
      "tone-marks agencies.yaml:3: \"Uỷ\" is spelt differently from \"Ủy\" in an earlier entry; use one tone-mark placement → write \"Ủy\" as the other entries do",
    ],
  },
  "document symbols differing only in case, and short tokens left alone (warning)": {
    vi: [
      "document-symbol p/tasks/T1.yaml:12: số, ký hiệu \"45-BC/bdvtu\": \"bdvtu\" gần giống ký hiệu BDVTU của Ban A → nếu là văn bản của cơ quan này, viết 45-BC/BDVTU",
    ],
    en: [
      "document-symbol p/tasks/T1.yaml:12: document number \"45-BC/bdvtu\": \"bdvtu\" is close to BDVTU, the symbol of Ban A → if the document is that agency's, write 45-BC/BDVTU",
    ],
  },
};
