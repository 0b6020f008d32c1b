import type { Localized } from './lang.js';

// Every string the command line itself shows (help, option descriptions, fatal errors).
export interface CliMessages {
  description: string;
  optRoot: string;
  optLang: string;
  optVersion: string;
  optHelp: string;
  optAsOf: string;
  optProgramme: string;
  optFormat: (formats: string) => string;
  optStrict: string;
  optLead: string;
  optContent: string;
  optState: (states: string) => string;
  optWithin: string;
  optFailOnOverdue: string;
  optAll: string;
  optYear: string;
  optTerm: string;
  optReview: string;
  cmdValidate: string;
  cmdStatus: string;
  cmdOverdue: string;
  cmdSummary: string;
  cmdExplain: string;
  argTask: string;
  rootMissing: (root: string) => string;
  rootEmpty: (root: string) => string;
  badDate: (value: string) => string;
  badLang: (value: string) => string;
  badNumber: (value: string) => string;
  badFormat: (value: string, allowed: string) => string;
  badState: (value: string, allowed: string) => string;
  unknownProgramme: (id: string, known: string) => string;
  unknownTask: (id: string, known: string) => string;
  ambiguousTask: (id: string, programmes: string) => string;
  recordsHaveErrors: (n: number) => string;
  usageHint: string;
  internalError: string;
  optAt: string;
  optOutput: string;
  optBase: string;
  optNoCache: string;
  optReportOutput: string;
  needsOutput: (format: string) => string;
  wrote: (file: string) => string;
  drafterNote: (note: string) => string;
  csvNeedsTerm: string;
  cmdDiff: string;
  argBase: string;
  argHead: string;
  cmdInit: string;
  argDir: string;
  cmdCompletion: string;
  argShell: string;
  badShell: (shell: string, allowed: string) => string;
  initExists: (files: string) => string;
  initDone: (dir: string) => string;
  notARepository: (dir: string) => string;
  badRevision: (ref: string) => string;
  /** Standard output, named in a message when it cannot be written (a full disk). */
  stdoutName: string;
}

export const cliMessages: Localized<CliMessages> = {
  get vi(): CliMessages {
    return {
      description: 'Theo dõi chương trình phối hợp: kiểm tra hồ sơ YAML, báo cáo tiến độ, quá hạn và tổng kết năm.',
      optRoot: 'thư mục hồ sơ (mặc định: $PHOIHOP_ROOT, ./data nếu có hồ sơ, hoặc thư mục hiện tại)',
      optLang: 'ngôn ngữ: vi hoặc en (mặc định theo phoihop.yaml, nếu không có thì vi)',
      optVersion: 'in số phiên bản',
      optHelp: 'hiện hướng dẫn',
      optAsOf: 'tính đến ngày YYYY-MM-DD (mặc định: hôm nay theo múi giờ của kho hồ sơ)',
      optProgramme: 'chỉ một chương trình (mã)',
      optFormat: (formats) => `định dạng: ${formats}`,
      optStrict: 'coi cảnh báo là lỗi',
      optLead: 'chỉ nhiệm vụ do cơ quan này chủ trì (mã, tên viết tắt hoặc tên đầy đủ; không phân biệt hoa thường, dấu)',
      optContent: 'chỉ nhiệm vụ thuộc nội dung này (mã hoặc tên)',
      optState: (states) => `chỉ nhiệm vụ ở trạng thái: ${states}`,
      optWithin: 'số ngày tới được coi là sắp đến hạn (mặc định: soon trong phoihop.yaml, nếu không có thì 30)',
      optFailOnOverdue: 'thoát với mã 1 khi có việc quá hạn (dùng cho CI nhắc việc)',
      optAll: 'in mọi dòng, kể cả khi dài hơn màn hình (trên màn hình thì mở bằng trình xem trang)',
      optYear: 'năm báo cáo (mặc định: năm của ngày tính đến, hoặc năm cuối của chương trình đã kết thúc)',
      optTerm: 'báo cáo sơ kết/tổng kết cả giai đoạn',
      optReview: 'báo cáo sơ kết (mid-term) hoặc tổng kết (final) theo hội nghị ghi trong programme.yaml',
      cmdValidate: 'kiểm tra hồ sơ theo mẫu và các quy tắc liên hồ sơ',
      cmdStatus: 'bảng tình hình thực hiện từng nhiệm vụ',
      cmdOverdue: 'danh sách việc quá hạn và sắp đến hạn',
      cmdSummary: 'báo cáo kết quả năm (hoặc cả giai đoạn với --term)',
      cmdExplain: 'giải thích vì sao nhiệm vụ ở trạng thái hiện tại',
      argTask: 'mã nhiệm vụ, ví dụ NV03 (hoặc chương-trình/NV03)',
      rootMissing: (root) => `không tìm thấy thư mục hồ sơ ${root}`,
      rootEmpty: (root) => `thư mục ${root} không có hồ sơ nào (không có agencies.yaml hay programme.yaml)`,
      badDate: (value) => `ngày "${value}" không hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2024-12-31`,
      badLang: (value) => `ngôn ngữ "${value}" không được hỗ trợ; dùng vi hoặc en`,
      badNumber: (value) => `"${value}" không phải số ngày hợp lệ; viết một số nguyên không âm, ví dụ 30`,
      badFormat: (value, allowed) => `định dạng "${value}" không được hỗ trợ; dùng một trong: ${allowed}`,
      badState: (value, allowed) => `trạng thái "${value}" không có; dùng một trong: ${allowed}`,
      unknownProgramme: (id, known) => `không có chương trình "${id}"; các chương trình hiện có: ${known}`,
      unknownTask: (id, known) => `không có nhiệm vụ "${id}"; các nhiệm vụ hiện có: ${known}`,
      ambiguousTask: (id, programmes) => `nhiệm vụ "${id}" có trong nhiều chương trình (${programmes}); chọn bằng --programme hoặc viết chương-trình/${id}`,
      recordsHaveErrors: (n) => `cảnh báo: hồ sơ còn ${n} lỗi nên báo cáo có thể thiếu; chạy "phoihop validate" để xem chi tiết`,
      usageHint: 'xem "phoihop --help"',
      internalError: 'lỗi nội bộ của phoihop (không phải lỗi của hồ sơ); vui lòng báo lại kèm nội dung dưới đây',
      optAt: 'đọc hồ sơ như tại phiên bản git REV (ví dụ một thẻ, nhánh hoặc mã commit)',
      optReportOutput: 'ghi ra tệp (ghi trọn vẹn hoặc không ghi); CSV kèm BOM để Excel đọc đúng tiếng Việt',
      needsOutput: (format) => `định dạng ${format} cần --output TỆP, ví dụ --output bao-cao.${format}`,
      wrote: (file) => `đã ghi ${file}`,
      drafterNote: (note) => `ghi chú cho người soạn thảo: ${note}`,
      csvNeedsTerm: 'báo cáo năm không có dạng bảng; dùng --format csv cùng --term (bảng từng nhiệm vụ theo các năm)',
      optNoCache: 'không dùng bộ nhớ đệm kết quả (thư mục ~/.cache/phoihop, xóa lúc nào cũng được)',
      optOutput: 'ghi kết quả theo --format (mặc định json) vào tệp, đồng thời in bản dễ đọc ra màn hình',
      cmdDiff: 'tóm tắt thay đổi của hồ sơ giữa hai phiên bản git (dùng cho bình luận pull request)',
      argBase: 'phiên bản gốc (nhánh, thẻ hoặc commit)',
      argHead: 'phiên bản mới (mặc định: bản đang sửa trong thư mục)',
      cmdInit: 'tạo kho hồ sơ mới với mẫu các loại hồ sơ và cấu hình CI',
      argDir: 'thư mục kho hồ sơ mới',
      cmdCompletion: 'in tập lệnh tự hoàn thành (Tab) cho shell: mã nhiệm vụ, chương trình, cơ quan, năm, kỳ',
      argShell: 'bash, zsh, fish hoặc powershell',
      badShell: (shell, allowed) => `không hỗ trợ shell "${shell}"; dùng một trong: ${allowed}`,
      initExists: (files) => `không ghi đè tệp đã có: ${files}; chọn thư mục khác hoặc xóa các tệp đó`,
      initDone: (dir) => `đã tạo kho hồ sơ ở ${dir}; tiếp theo: cd ${dir} && git init && phoihop validate`,
      optBase: 'so với phiên bản git REF (nhánh gốc của pull request): chỉ kiểm tra phần thay đổi, lỗi cũ không làm hỏng lần chạy',
      notARepository: (dir) => `thư mục ${dir} không nằm trong kho git; các tùy chọn --at, --base và lệnh diff cần kho git (chạy "git init" hoặc dùng đúng thư mục)`,
      badRevision: (ref) => `không có phiên bản git "${ref}"; kiểm tra tên nhánh, thẻ hoặc mã commit (git log --oneline)`,
      stdoutName: 'đầu ra chuẩn (stdout)',
    };
  },
  get en(): CliMessages {
    return {
      description: 'Track coordination programmes: validate YAML records, report progress, overdue work and year-end summaries.',
      optRoot: 'records folder (default: $PHOIHOP_ROOT, ./data when it holds records, else the current folder)',
      optLang: 'language: vi or en (default from phoihop.yaml, else vi)',
      optVersion: 'print the version',
      optHelp: 'show help',
      optAsOf: 'as of the date YYYY-MM-DD (default: today in the root\'s time zone)',
      optProgramme: 'only one programme (id)',
      optFormat: (formats) => `format: ${formats}`,
      optStrict: 'treat warnings as errors',
      optLead: 'only tasks this agency leads (id, short or full name; case and tone marks do not matter)',
      optContent: 'only tasks serving this content (id or title)',
      optState: (states) => `only tasks in state: ${states}`,
      optWithin: 'days ahead that count as due soon (default: soon in phoihop.yaml, else 30)',
      optFailOnOverdue: 'exit 1 when anything is overdue (for a CI reminder)',
      optAll: 'print every row, even when longer than the screen (in a pager on a terminal)',
      optYear: 'year of the report (default: the year of the as-of date, or the last year of a programme that has ended)',
      optTerm: 'whole-period review (interim or final)',
      optReview: 'the mid-term (mid-term) or final (final) review recorded in programme.yaml',
      cmdValidate: 'check records against the schemas and the cross-record rules',
      cmdStatus: 'where every task stands',
      cmdOverdue: 'what is overdue and what is due soon',
      cmdSummary: 'the year-end report (or the whole period with --term)',
      cmdExplain: 'why a task stands where it does',
      argTask: 'task id, for example NV03 (or programme/NV03)',
      rootMissing: (root) => `the records folder ${root} does not exist`,
      rootEmpty: (root) => `the folder ${root} holds no records (no agencies.yaml or programme.yaml)`,
      badDate: (value) => `"${value}" is not a valid date; write YYYY-MM-DD, for example 2024-12-31`,
      badLang: (value) => `the language "${value}" is not supported; use vi or en`,
      badNumber: (value) => `"${value}" is not a valid number of days; write a whole number, for example 30`,
      badFormat: (value, allowed) => `the format "${value}" is not supported; use one of: ${allowed}`,
      badState: (value, allowed) => `there is no state "${value}"; use one of: ${allowed}`,
      unknownProgramme: (id, known) => `there is no programme "${id}"; programmes: ${known}`,
      unknownTask: (id, known) => `there is no task "${id}"; tasks: ${known}`,
      ambiguousTask: (id, programmes) => `task "${id}" exists in several programmes (${programmes}); choose with --programme or write programme/${id}`,
      recordsHaveErrors: (n) => `warning: the records have ${n} errors, so this report may be incomplete; run "phoihop validate" for details`,
      usageHint: 'see "phoihop --help"',
      internalError: 'internal error in phoihop (not a problem with the records); please report it with the text below',
      optAt: 'read the records as they were at git revision REV (a tag, branch or commit)',
      optReportOutput: 'write to a file (whole or not at all); CSV gets a byte-order mark so that Excel reads Vietnamese right',
      needsOutput: (format) => `the ${format} format needs --output FILE, for example --output report.${format}`,
      wrote: (file) => `wrote ${file}`,
      drafterNote: (note) => `note for the drafter: ${note}`,
      csvNeedsTerm: 'the year report is not a table; use --format csv with --term (each task across the years)',
      optNoCache: 'do not use the result cache (~/.cache/phoihop, safe to delete at any time)',
      optOutput: 'write the --format output (default json) to a file, and the readable form to the terminal',
      cmdDiff: 'summarise what changed in the records between two git revisions (for pull request comments)',
      argBase: 'the base revision (branch, tag or commit)',
      argHead: 'the new revision (default: the working tree)',
      cmdInit: 'create a new records repository with templates of every record kind and CI set-up',
      argDir: 'folder of the new records repository',
      cmdCompletion: 'print the shell completion script (Tab): task, programme and agency ids, years, periods',
      argShell: 'bash, zsh, fish or powershell',
      badShell: (shell, allowed) => `the shell "${shell}" is not supported; use one of: ${allowed}`,
      initExists: (files) => `will not overwrite existing files: ${files}; choose another folder or remove them`,
      initDone: (dir) => `created a records repository in ${dir}; next: cd ${dir} && git init && phoihop validate`,
      optBase: 'compare with git revision REF (the pull request base): check what changed; old findings do not fail the run',
      notARepository: (dir) => `the folder ${dir} is not inside a git repository; --at, --base and diff need one (run "git init" or use the right folder)`,
      badRevision: (ref) => `there is no git revision "${ref}"; check the branch, tag or commit id (git log --oneline)`,
      stdoutName: 'standard output (stdout)',
    };
  },
};
