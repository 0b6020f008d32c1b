import type { Localized } from './lang.js';

// What the editing commands say (report add, task status, evaluation, amend).
export interface EditMessages {
  cmdReport: string;
  cmdReportAdd: string;
  cmdTask: string;
  cmdTaskStatus: string;
  cmdEvaluation: string;
  cmdEvaluationNew: string;
  cmdEvaluationFinalise: string;
  cmdAmend: string;
  optPeriod: string;
  optState: string;
  optOn: string;
  optNote: string;
  optDocument: string;
  optDryRun: string;
  optKind: string;
  optDate: string;
  optReason: string;
  optAddTask: string;
  optCancelTask: string;
  optMoveDue: string;
  argStatus: string;
  argYear: string;
  atRefused: string;
  badState: (value: string) => string;
  badStatus: (value: string) => string;
  badKind: (value: string) => string;
  periodRequired: (every: string) => string;
  periodNotOfTask: (period: string, task: string, every: string, examples: string) => string;
  periodForOnce: string;
  noPeriodForDate: (date: string, task: string) => string;
  sameStatus: (task: string, status: string) => string;
  cancelViaAmend: (task: string) => string;
  evaluationExists: (file: string) => string;
  evaluationMissing: (file: string) => string;
  evaluationFinal: (file: string) => string;
  evaluationIncomplete: (year: number, problems: string) => string;
  missingHeldOn: string;
  missingResult: (task: string) => string;
  missingSummary: (task: string) => string;
  yearOutside: (year: number) => string;
  noChanges: string;
  taskFileUnreadable: (file: string) => string;
  taskExists: (id: string) => string;
  unknownDue: (task: string, due: string, known: string) => string;
  amendmentExists: (file: string) => string;
  refused: string;
  conflicts: (files: string) => string;
  written: (files: string) => string;
  dryRun: string;
  suggestion: (rating: string) => string;
  reportsHeader: (year: number) => string;
  noReports: string;
}

export const editMessages: Localized<EditMessages> = {
  get vi(): EditMessages {
    return {
      cmdReport: 'báo cáo kết quả của nhiệm vụ',
      cmdReportAdd: 'thêm một báo cáo vào nhiệm vụ',
      cmdTask: 'thao tác với nhiệm vụ',
      cmdTaskStatus: 'đổi trạng thái nhiệm vụ (active, done, paused)',
      cmdEvaluation: 'đánh giá hằng năm',
      cmdEvaluationNew: 'tạo dự thảo đánh giá năm từ các báo cáo',
      cmdEvaluationFinalise: 'kiểm tra đủ nội dung rồi chốt đánh giá năm (state: final)',
      cmdAmend: 'ghi văn bản bổ sung, điều chỉnh và áp dụng vào các hồ sơ liên quan',
      optPeriod: 'kỳ báo cáo: 2024, 2024-H1, 2024-Q3 (mặc định: kỳ chứa ngày báo cáo)',
      optState: 'kết quả: done, partial hoặc not_done',
      optOn: 'ngày YYYY-MM-DD (mặc định: hôm nay)',
      optNote: 'tóm tắt kết quả',
      optDocument: 'số, ký hiệu văn bản (lặp lại được)',
      optDryRun: 'chỉ in phần thay đổi (diff), không ghi tệp',
      optKind: 'loại văn bản: supplement (bổ sung) hoặc adjustment (điều chỉnh)',
      optDate: 'ngày ký văn bản YYYY-MM-DD',
      optReason: 'lý do bổ sung, điều chỉnh',
      optAddTask: 'thêm nhiệm vụ từ tệp YAML (lặp lại được)',
      optCancelTask: 'hủy nhiệm vụ (lặp lại được)',
      optMoveDue: 'dời hạn: MÃ HẠN-CŨ HẠN-MỚI (lặp lại được)',
      argStatus: 'trạng thái mới: active, done hoặc paused',
      argYear: 'năm đánh giá',
      atRefused: 'không sửa được hồ sơ của một phiên bản git cũ (--at); bỏ --at để sửa bản hiện tại',
      badState: (v) => `kết quả "${v}" không hợp lệ; dùng done, partial hoặc not_done`,
      badStatus: (v) => `trạng thái "${v}" không hợp lệ; dùng active, done hoặc paused`,
      badKind: (v) => `loại văn bản "${v}" không hợp lệ; dùng supplement hoặc adjustment`,
      periodRequired: (every) => `nhiệm vụ định kỳ (${every}) cần --period`,
      periodNotOfTask: (p, t, every, ex) => `kỳ "${p}" không thuộc lịch "${every}" của ${t} hoặc nằm ngoài thời gian thực hiện; kỳ hợp lệ: ${ex}`,
      periodForOnce: 'nhiệm vụ một lần không có kỳ; bỏ --period',
      noPeriodForDate: (date, t) => `ngày ${date} không thuộc kỳ nào của ${t}; ghi rõ --period`,
      sameStatus: (t, s) => `${t} đã ở trạng thái ${s}; không có gì để sửa`,
      cancelViaAmend: (t) => `hủy nhiệm vụ phải qua văn bản điều chỉnh: phoihop amend --kind adjustment --document SỐ --date NGÀY --cancel-task ${t}`,
      evaluationExists: (f) => `đã có ${f}; không ghi đè (sửa trực tiếp tệp đó)`,
      evaluationMissing: (f) => `chưa có ${f}; tạo bằng "phoihop evaluation new"`,
      evaluationFinal: (f) => `${f} đã chốt (state: final); hồ sơ đã chốt không được sửa`,
      evaluationIncomplete: (y, p) => `đánh giá năm ${y} chưa đủ để chốt:\n${p}`,
      missingHeldOn: 'thiếu ngày họp đánh giá (held_on)',
      missingResult: (t) => `thiếu kết quả của ${t}`,
      missingSummary: (t) => `kết quả của ${t} chưa có tóm tắt (summary)`,
      yearOutside: (y) => `năm ${y} nằm ngoài giai đoạn của chương trình`,
      noChanges: 'cần ít nhất một thay đổi: --add-task, --cancel-task hoặc --move-due',
      taskFileUnreadable: (f) => `không đọc được tệp nhiệm vụ ${f}`,
      taskExists: (id) => `đã có nhiệm vụ ${id} trong chương trình`,
      unknownDue: (t, d, k) => `${t} không có hạn "${d}"; các hạn hiện có: ${k}`,
      amendmentExists: (f) => `đã có ${f}; đặt tên khác bằng cách thêm hậu tố (ví dụ NGÀY-bo-sung)`,
      refused: 'không ghi gì: thay đổi này làm hồ sơ có lỗi mới',
      conflicts: (f) => `không ghi gì: tệp đã bị sửa trong lúc chạy lệnh (${f}); chạy lại lệnh`,
      written: (f) => `đã ghi: ${f}`,
      dryRun: '(chạy thử: không ghi tệp nào)',
      suggestion: (r) => `gợi ý từ báo cáo: ${r}; hai bên thống nhất rồi sửa`,
      reportsHeader: (y) => `Báo cáo năm ${y}:`,
      noReports: 'chưa có báo cáo nào trong năm',
    };
  },
  get en(): EditMessages {
    return {
      cmdReport: 'task reports',
      cmdReportAdd: 'add a report to a task',
      cmdTask: 'task operations',
      cmdTaskStatus: 'set a task status (active, done, paused)',
      cmdEvaluation: 'yearly evaluations',
      cmdEvaluationNew: "draft a year's evaluation from the reports",
      cmdEvaluationFinalise: "check a year's evaluation is complete, then make it final",
      cmdAmend: 'record an amendment and apply it to the records it touches',
      optPeriod: 'report period: 2024, 2024-H1, 2024-Q3 (default: the period the date falls in)',
      optState: 'result: done, partial or not_done',
      optOn: 'date YYYY-MM-DD (default: today)',
      optNote: 'summary of the result',
      optDocument: 'document number (repeatable)',
      optDryRun: 'print the diff only, write nothing',
      optKind: 'kind: supplement or adjustment',
      optDate: 'date the amendment was signed, YYYY-MM-DD',
      optReason: 'reason for the amendment',
      optAddTask: 'add the task in a YAML file (repeatable)',
      optCancelTask: 'cancel a task (repeatable)',
      optMoveDue: 'move a due day: ID OLD NEW (repeatable)',
      argStatus: 'new status: active, done or paused',
      argYear: 'evaluation year',
      atRefused: 'records at an old git revision (--at) cannot be edited; drop --at to edit the current ones',
      badState: (v) => `"${v}" is not a valid result; use done, partial or not_done`,
      badStatus: (v) => `"${v}" is not a valid status; use active, done or paused`,
      badKind: (v) => `"${v}" is not a valid kind; use supplement or adjustment`,
      periodRequired: (every) => `a recurring task (${every}) needs --period`,
      periodNotOfTask: (p, t, every, ex) => `the period "${p}" is not in ${t}'s "${every}" schedule or lies outside its dates; valid periods: ${ex}`,
      periodForOnce: 'once-tasks have no periods; drop --period',
      noPeriodForDate: (date, t) => `${date} falls in no period of ${t}; give --period`,
      sameStatus: (t, s) => `${t} is already ${s}; nothing to change`,
      cancelViaAmend: (t) => `tasks are cancelled by an amendment: phoihop amend --kind adjustment --document NUMBER --date DATE --cancel-task ${t}`,
      evaluationExists: (f) => `${f} already exists; it is not overwritten (edit it directly)`,
      evaluationMissing: (f) => `${f} does not exist; create it with "phoihop evaluation new"`,
      evaluationFinal: (f) => `${f} is final; final records are not edited`,
      evaluationIncomplete: (y, p) => `the ${y} evaluation is not complete enough to be final:\n${p}`,
      missingHeldOn: 'the meeting date (held_on) is missing',
      missingResult: (t) => `no result for ${t}`,
      missingSummary: (t) => `the result for ${t} has no summary`,
      yearOutside: (y) => `${y} lies outside the programme period`,
      noChanges: 'give at least one change: --add-task, --cancel-task or --move-due',
      taskFileUnreadable: (f) => `cannot read the task file ${f}`,
      taskExists: (id) => `the programme already has a task ${id}`,
      unknownDue: (t, d, k) => `${t} has no due day "${d}"; its due days: ${k}`,
      amendmentExists: (f) => `${f} already exists; add a suffix to the name (for example DATE-supplement)`,
      refused: 'nothing written: the change would add errors to the records',
      conflicts: (f) => `nothing written: files changed on disk while the command ran (${f}); run it again`,
      written: (f) => `written: ${f}`,
      dryRun: '(dry run: no file written)',
      suggestion: (r) => `suggested from the reports: ${r}; agree on it, then edit`,
      reportsHeader: (y) => `Reports of ${y}:`,
      noReports: 'no report in the year',
    };
  },
};
