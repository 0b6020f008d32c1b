import type { Lang } from '../i18n/lang.js';
import { VERSION } from '../version.js';
import { githubSiteJob, gitlabPagesJob } from './site-workflow.js';

export interface InitValues {
  year: number;
  /** What CI installs: a pinned git address (see defaultInstallSource). */
  source: string;
  /** The language of the files' comments and of the settings' `lang` (default vi). */
  lang?: Lang;
}

/** The Vietnamese or the English of a comment or a line, by the language init was run in. */
export type Say = (vi: string, en: string) => string;
const sayIn = (lang: Lang | undefined): Say => (vi, en) => (lang === 'en' ? en : vi);

const agencies = (say: Say) => `# ${say('Danh sách cơ quan ký kết, chủ trì hoặc phối hợp. Mỗi cơ quan một mã viết thường, không dấu.', 'The agencies that sign, lead or take part. Each has an id in lower case, without diacritics.')}
agencies:
  - id: ben-a                      # ${say('mã dùng trong các hồ sơ khác', 'the id the other records use')}
    name: Ban cán sự đảng UBND tỉnh # ${say('tên đầy đủ', 'full name, as in the documents')}
    short: BCSĐ UBND tỉnh          # ${say('tên ngắn, dùng trong bảng (tùy chọn)', 'short name, used in tables (optional)')}
    # ${say('Bốn dòng dưới (tùy chọn) dùng cho tiêu đề và chữ ký của báo cáo:', 'The four lines below (optional) make the heading and signature of reports:')}
    kind: party                    # ${say('party (cơ quan Đảng) | state (chính quyền) | front (Mặt trận, đoàn thể)', 'party (Party body) | state (government) | front (the Front, mass organisations)')}
    parent: Tỉnh ủy Tên tỉnh       # ${say('cơ quan cấp trên, in phía trên tên cơ quan', 'the body above it, printed over its name')}
    symbol: BCSĐ                   # ${say('chữ viết tắt trong số, ký hiệu văn bản: 01-BC/BCSĐ', 'the abbreviation in document numbers: 01-BC/BCSĐ')}
    head: Bí thư                   # ${say('chức danh người ký thay mặt tập thể (T/M ... / BÍ THƯ)', 'title of who signs for the body (T/M ... / BÍ THƯ)')}
  - id: ben-b
    name: Ban Dân vận Tỉnh ủy
    short: BDV Tỉnh ủy
    kind: party
    parent: Tỉnh ủy Tên tỉnh
    symbol: BDVTU
    head: Trưởng Ban
`;

const settings = (say: Say) => `# ${say('Thiết lập của kho hồ sơ (mọi dòng đều tùy chọn).', 'Settings of this records repository (every line is optional).')}
lang: ${say('vi', 'en')}                    # ${say('ngôn ngữ thông báo: vi hoặc en', 'language of messages and reports: vi or en')}
timezone: Asia/Ho_Chi_Minh  # ${say('múi giờ để tính "hôm nay"', 'time zone that decides "today"')}
soon: 30                    # ${say('số ngày trước hạn được coi là "sắp đến hạn"', 'days before a due day that count as "due soon"')}
place: Tên tỉnh             # ${say('địa danh ở dòng ngày tháng của báo cáo', 'place name on the date line of reports')}
`;

const programme = ({ year }: InitValues, say: Say) => `# ${say('Chương trình phối hợp: sửa các dòng dưới đây theo văn bản đã ký.', 'The coordination programme: edit the lines below to match the signed document.')}
# ${say('Mỗi nhiệm vụ là một tệp trong tasks/, mỗi năm một tệp đánh giá trong evaluations/,', 'Each task is a file in tasks/, each year\'s evaluation a file in evaluations/,')}
# ${say('mỗi văn bản bổ sung, điều chỉnh một tệp trong amendments/ (xem amendments/README.md).', 'each supplement or adjustment a file in amendments/ (see amendments/README.md).')}
id: chuong-trinh-mau                      # ${say('mã chương trình: chữ thường, không dấu', 'programme id: lower case, no diacritics')}
title: "Chương trình phối hợp về công tác dân vận giai đoạn ${year}–${year + 4}"   # ${say('tên có dấu phẩy: giữ trong ngoặc kép', 'a title with commas: keep the quotes')}
# number: 01-CTr/BCSĐ-BDVTU               # ${say('số, ký hiệu của chương trình ("Chương trình phối hợp số ...")', 'the programme\'s number ("Chương trình phối hợp số ...")')}
signed_on: ${year}-01-15                  # ${say('ngày ký, dạng năm-tháng-ngày', 'day signed, as year-month-day')}
period: { from: ${year}-01-15, to: ${year + 4}-12-31 }
parties:                                  # ${say('các bên ký kết (mã trong agencies.yaml)', 'the signing parties (ids from agencies.yaml)')}
  - { agency: ben-a, signatory: Họ và tên, position: Chức vụ }
  - { agency: ben-b, signatory: Họ và tên, position: Chức vụ }
bases:                                    # ${say('căn cứ: các văn bản chương trình triển khai', 'bases: the documents the programme carries out')}
  - { number: 114-KL/TW, date: 2015-07-14, issuer: "Ban Bí thư Trung ương Đảng (khóa XI)" }
purpose: "Mục đích, yêu cầu của chương trình."
declared: { contents: 1, tasks: 1 }       # ${say('số nội dung và nhiệm vụ ghi trong văn bản ký', 'contents and tasks as counted in the signed document')}
contents:                                 # ${say('nội dung phối hợp', 'content areas')}
  - { id: ND1, title: "Tên nội dung phối hợp thứ nhất" }
evaluation: { due: "12-15" }              # ${say('hạn đánh giá chung hằng năm (tháng-ngày)', 'due day of the yearly joint evaluation (month-day)')}
# ${say('Các mục dưới (tùy chọn) dùng cho báo cáo năm, sơ kết, tổng kết:', 'The entries below (optional) feed the year reports and the mid-term and final reviews:')}
indicators: []                            # ${say('chỉ tiêu theo dõi; báo cáo ghi figures theo mã, ví dụ:', 'indicators followed; reports give figures by id, for example:')}
#  - { id: tiep-dan, title: "phiên tiếp công dân", unit: phiên }
# reviews:                                # ${say('hội nghị sơ kết (mid-term), tổng kết (final)', 'mid-term (sơ kết) and final (tổng kết) review meetings')}
#   - { kind: mid-term, through: ${year + 2}, held_on: ${year + 2}-12-20, document: 05-BC/BCSĐ-BDVTU }
#   - { kind: final, through: ${year + 4}, held_on: ${year + 5}-01-15 }
# recipients: ["Thường trực Tỉnh ủy (để báo cáo)", "Lưu VT"]   # ${say('nơi nhận của các báo cáo', 'recipients of the reports (Nơi nhận)')}
`;

const task = (say: Say) => `# ${say('Một nhiệm vụ. Tên tệp trùng với mã nhiệm vụ (tasks/NV01.yaml có id: NV01).', 'One task. The file is named after the task\'s id (tasks/NV01.yaml holds id: NV01).')}
id: NV01
title: "Tên nhiệm vụ"           # ${say('trong ngoặc kép, để dấu phẩy, dấu hai chấm trong tên không làm hỏng tệp', 'in quotes, so that commas and colons in the title do not break the file')}
contents: [ND1]                 # ${say('thuộc nội dung nào (mã trong programme.yaml)', 'its content areas (ids from programme.yaml)')}
lead: ben-a                     # ${say('cơ quan chủ trì', 'the leading agency')}
partners: [ben-b]               # ${say('cơ quan phối hợp (có thể để trống: [])', 'partner agencies (may be empty: [])')}
schedule:
  every: year                   # ${say('once (một lần) | year | half-year | quarter | ongoing (thường xuyên)', 'once | year | half-year | quarter | ongoing')}
  due: ["12-10"]                # ${say('hạn: một lần thì ghi ngày YYYY-MM-DD; định kỳ ghi "tháng-ngày"', 'due: a date YYYY-MM-DD for once; "month-day" for a recurring task')}
status: active                  # ${say('active | done (kèm done_on) | paused | cancelled (qua văn bản điều chỉnh)', 'active | done (with done_on) | paused | cancelled (through an adjustment)')}
reports: []                     # ${say('mỗi lần báo cáo thêm một mục, mới nhất ở cuối, ví dụ:', 'one entry per report, the newest last, for example:')}
#  - period: "2025"             # ${say('kỳ: "2025", "2025-H1" (6 tháng đầu), "2025-Q3" (quý III)', 'period: "2025", "2025-H1" (first half), "2025-Q3" (third quarter)')}
#    on: 2025-12-05             # ${say('ngày báo cáo', 'day of the report')}
#    state: done                # done | partial | not_done
#    note: Tóm tắt kết quả.
#    figures: { tiep-dan: 4 }   # ${say('số liệu theo chỉ tiêu trong programme.yaml (tùy chọn)', 'figures by the indicators of programme.yaml (optional)')}
#    documents:                 # ${say('văn bản chứng minh: số, ký hiệu, hoặc trích dẫn đầy đủ', 'documents that show it: a number, or a full citation')}
#      - 45-BC/BDVTU
#      - { number: 46-BC/BDVTU, date: 2025-12-05, title: "Báo cáo kết quả ..." }
`;

const evaluation = ({ year }: InitValues, say: Say) => `# ${say(`Đánh giá chung năm ${year}. Khi đã họp và thống nhất: điền held_on, kết quả từng nhiệm vụ,`, `The joint evaluation of ${year}. Once the meeting has agreed it: fill in held_on and each task's result,`)}
# ${say('rồi đổi state thành final (sau đó không sửa nữa).', 'then set state to final (it is not edited after that).')}
year: ${year}
state: draft                    # ${say('draft (dự thảo) | final (chính thức)', 'draft | final')}
# held_on: ${year}-12-20          # ${say('ngày họp đánh giá', 'day of the evaluation meeting')}
# document: 01-BC/BCSĐ-BDVTU      # ${say('số, ký hiệu báo cáo liên tịch', 'number of the joint report')}
results: []                     # ${say('mỗi nhiệm vụ đã đến hạn một mục, ví dụ:', 'one entry per task that fell due, for example:')}
#  - { task: NV01, rating: good, summary: "Tóm tắt kết quả" }   # excellent | good | done | not_done
direction: []                   # ${say('công tác lãnh đạo, chỉ đạo, quán triệt, triển khai', 'leadership and direction: plans, dissemination, roll-out')}
highlights: []                  # ${say('kết quả nổi bật', 'outstanding results')}
strengths: []                   # ${say('ưu điểm', 'strengths')}
shortcomings: []                # ${say('hạn chế', 'shortcomings')}
causes:                         # ${say('nguyên nhân (hoặc một danh sách: causes: [...])', 'causes (or one list: causes: [...])')}
  objective: []                 # ${say('khách quan', 'objective')}
  subjective: []                # ${say('chủ quan', 'subjective')}
lessons: []                     # ${say('bài học kinh nghiệm', 'lessons learnt')}
recommendations: []             # ${say('kiến nghị, đề xuất', 'recommendations and proposals')}
next_year:
  # plan: { number: 01-KH/BCSĐ-BDVTU, date: ${year + 1}-01-10 }   # ${say('kế hoạch phối hợp năm sau', 'next year\'s coordination plan')}
  priorities: []                # ${say('trọng tâm năm sau', 'next year\'s priorities')}
  focus_tasks: []               # ${say('mã các nhiệm vụ trọng tâm', 'ids of the focus tasks')}
# recipients: ["Thường trực Tỉnh ủy (để báo cáo)", "Lưu VT"]   # ${say('nơi nhận, khi khác programme.yaml', 'recipients, when not those of programme.yaml')}
`;

const evaluationsReadme = (values: InitValues, say: Say) =>
  say(
    `# Đánh giá chung hằng năm

Mỗi năm một tệp \`evaluations/NĂM.yaml\`. Tạo bản dự thảo bằng lệnh (điền sẵn mỗi nhiệm vụ một kết quả,
mức đánh giá gợi ý từ các báo cáo, và các báo cáo trong năm dưới dạng chú thích):
`,
    `# Yearly joint evaluations

One file a year, \`evaluations/YEAR.yaml\`. Make a draft with this command (one result per task filled
in, a rating suggested from the reports, and the year's reports as comments):
`,
  ) +
  `
\`\`\`sh
phoihop evaluation new ${values.year}
\`\`\`

` +
  say(
    `Khi đã họp và thống nhất: điền held_on, kết quả từng nhiệm vụ, rồi chạy
\`phoihop evaluation finalise ${values.year}\`. Tệp có dạng:`,
    `Once the meeting has agreed it: fill in held_on and each task's result, then run
\`phoihop evaluation finalise ${values.year}\`. The file looks like this:`,
  ) +
  `

\`\`\`yaml
${evaluation(values, say)}\`\`\`
`;

const amendmentsReadme = (say: Say) => `${say(
  `# Văn bản bổ sung, điều chỉnh

Mỗi văn bản một tệp, đặt tên theo ngày ký: \`amendments/2026-05-10.yaml\` (hai văn bản cùng ngày:
\`2026-05-10-bo-sung.yaml\`, \`2026-05-10-dieu-chinh.yaml\`). Mẫu:`,
  `# Supplements and adjustments

One file per document, named by the day it was signed: \`amendments/2026-05-10.yaml\` (two documents of
one day: \`2026-05-10-bo-sung.yaml\`, \`2026-05-10-dieu-chinh.yaml\`). A model:`,
)}

\`\`\`yaml
date: 2026-05-10
document: 05-QĐ/BCSĐ-BDVTU
kind: supplement          # supplement (bổ sung) | adjustment (điều chỉnh)
reason: ${say('Lý do bổ sung, điều chỉnh.', 'Why the programme is supplemented or adjusted.')}
changes:
  - { op: add_task, task: NV02 }            # ${say('tệp tasks/NV02.yaml ghi added_by: 2026-05-10', 'tasks/NV02.yaml says added_by: 2026-05-10')}
  - { op: cancel_task, task: NV01 }         # ${say('tệp tasks/NV01.yaml ghi status: cancelled (không xóa tệp)', 'tasks/NV01.yaml says status: cancelled (the file stays)')}
  - { op: change_task, task: NV01, note: ${say('Nội dung điều chỉnh', 'What is adjusted')} }
  - { op: add_content, content: ND2 }       # ${say('thêm ND2 vào contents trong programme.yaml', 'add ND2 to contents in programme.yaml')}
\`\`\`
`;

const readme = (say: Say) =>
  say(
    `# Kho hồ sơ chương trình phối hợp

Kho này lưu các chương trình phối hợp dưới dạng tệp YAML, được kiểm tra bằng \`phoihop\`.

- \`agencies.yaml\`: các cơ quan; \`phoihop.yaml\`: thiết lập.
- Mỗi chương trình một thư mục (\`chuong-trinh-mau/\`): \`programme.yaml\`, \`tasks/\` (mỗi nhiệm vụ
  một tệp), \`evaluations/\` (mỗi năm một tệp), \`amendments/\` (văn bản bổ sung, điều chỉnh).

Các lệnh thường dùng:

\`\`\`sh
phoihop validate                 # kiểm tra hồ sơ: chỉ rõ tệp, dòng và cách sửa
phoihop status                   # tình hình thực hiện từng nhiệm vụ
phoihop overdue                  # việc quá hạn và sắp đến hạn
phoihop summary --year 2026      # báo cáo kết quả năm, dán thẳng vào văn bản
\`\`\`

Quy tắc: không xóa tệp nhiệm vụ (hủy bằng văn bản điều chỉnh); không sửa đánh giá đã chốt
(\`state: final\`). Mỗi thay đổi gửi qua pull request: CI kiểm tra và tóm tắt thay đổi.
Mở thư mục bằng VS Code (cài tiện ích YAML của Red Hat) để có gợi ý và giải thích tiếng Việt.
`,
    `# Coordination programme records

This repository keeps coordination programmes as YAML files, checked by \`phoihop\`.

- \`agencies.yaml\`: the agencies; \`phoihop.yaml\`: settings.
- One folder per programme (\`chuong-trinh-mau/\`): \`programme.yaml\`, \`tasks/\` (one file per
  task), \`evaluations/\` (one file per year), \`amendments/\` (supplements and adjustments).

Commands used most:

\`\`\`sh
phoihop validate                 # check the records: file, line and how to fix
phoihop status                   # where every task stands
phoihop overdue                  # what is overdue and what is due soon
phoihop summary --year 2026      # the year report, to paste into the document
\`\`\`

Rules: never delete a task file (cancel it through an adjustment); never edit a finalised evaluation
(\`state: final\`). Every change goes through a pull request: CI checks it and summarises it.
Open the folder in VS Code (with Red Hat's YAML extension) for hints and explanations (in Vietnamese) as you type.
`,
  );

/** Where CI installs phoihop from: a git address pinned to a tag or commit (never a bare npm name). */
export function defaultInstallSource(repository: string | undefined): string {
  const url = repository ? repository.replace(/^(git\+)?/, 'git+').replace(/#.*$/, '') : 'git+https://github.com/OWNER/phoihop.git';
  return `${url}#v${VERSION}`;
}

// A release tag carries the built dist/ and no install-time script (npm run release:tag): npm
// installs it as it is, with any npm, nothing built.
const install = 'npm install --global "$PHOIHOP"';
const sourceComment = (say: Say) => say('# nơi cài phoihop: địa chỉ git ghim vào thẻ phát hành (#v…) hoặc commit của thẻ; không dùng tên trên npm', '# where phoihop is installed from: a git address pinned to a release tag (#v…) or its commit; never a name on npm');

// The validate job: on a pull request only what it changes, counted from the merge base, and a
// summary of the change even when validation failed; on a push to main or master, everything.
const githubValidateJob = (say: Say) => `  validate:
    if: github.event_name == 'pull_request' || github.event_name == 'push'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
        with:
          fetch-depth: 0   # ${say('--base và diff cần lịch sử để tìm gốc chung (merge base)', '--base and diff need the history to find the merge base')}
      - uses: actions/setup-node@v6
        with:
          node-version: ${'${{ env.NODE_VERSION }}'}
      - name: ${say('Cài phoihop', 'Install phoihop')}
        id: install
        run: ${install}
      - name: ${say('Kiểm tra phần thay đổi', 'Check what the change touches')}
        if: github.event_name == 'pull_request'
        env:
          BASE_REF: ${'${{ github.base_ref }}'}
        run: phoihop validate --base "origin/$BASE_REF"
      - name: ${say('Tóm tắt thay đổi', 'Summarise the change')}
        if: ${'${{ !cancelled() && steps.install.outcome == \'success\' && github.event_name == \'pull_request\' }}'}
        env:
          BASE_REF: ${'${{ github.base_ref }}'}
        run: phoihop diff "origin/$BASE_REF" HEAD
      - name: ${say('Kiểm tra toàn bộ hồ sơ', 'Check every record')}
        if: github.event_name == 'push'
        run: phoihop validate
`;

const githubOverdueJob = `  overdue:
    if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - uses: actions/setup-node@v6
        with:
          node-version: ${'${{ env.NODE_VERSION }}'}
      - run: ${install}
      - run: phoihop overdue --format markdown >> "$GITHUB_STEP_SUMMARY"
      - run: phoihop overdue --fail-on-overdue
`;

/** The GitHub workflow: one job per concern, so that more jobs (a Pages site) slot in after these. */
const githubWorkflow = (source: string, jobs: readonly string[], say: Say) => `# ${say('Kiểm tra hồ sơ trên mỗi pull request, tóm tắt thay đổi, và nhắc việc quá hạn hằng tuần.', 'Checks the records on every pull request, summarises the change, and lists overdue work every week.')}
name: phoihop
on:
  pull_request:
  push:
    branches: [main, master]
  schedule:
    - cron: "0 1 * * 1"   # ${say('08:00 sáng thứ Hai, giờ Việt Nam', 'Monday 08:00, Vietnam time')}
  workflow_dispatch:
permissions:
  contents: read
env:
  PHOIHOP: ${source}   ${sourceComment(say)}
  NODE_VERSION: "24"   # ${say('Node LTS đang được hỗ trợ', 'a supported Node LTS')}
jobs:
${jobs.join('')}`;

const gitlabCi = (source: string, say: Say) => `# ${say('Kiểm tra hồ sơ: trên merge request chỉ phần thay đổi (so với gốc chung), trên nhánh thì toàn bộ;', 'Checks the records: on a merge request what the change touches (against the merge base), on a branch all;')}
# ${say('kết quả vào báo cáo Code Quality của merge request.', 'the findings go to the merge request\'s Code Quality report.')}
variables:
  PHOIHOP: "${source}"   ${sourceComment(say)}
  GIT_DEPTH: "0"   # ${say('--base và diff cần lịch sử để tìm gốc chung (merge base)', '--base and diff need the history to find the merge base')}
workflow:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS
      when: never
    - if: $CI_COMMIT_BRANCH
default:
  image: node:24
  before_script:
    - ${install}
phoihop-merge-request:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  script:
    - git fetch origin "+refs/heads/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME:refs/remotes/origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - phoihop diff "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" HEAD --format text || true
    - phoihop validate --base "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" --format gitlab --output gl-code-quality-report.json
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
phoihop:
  rules:
    - if: $CI_COMMIT_BRANCH
  script:
    - phoihop validate --format gitlab --output gl-code-quality-report.json
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
`;

// For pre-commit (https://pre-commit.com): a hook that runs the phoihop already installed.
const preCommitConfig = (source: string, say: Say) => `# ${say('pre-commit: kiểm tra hồ sơ trước mỗi commit. Cài: pip install pre-commit && pre-commit install', 'pre-commit: checks the records before each commit. Set up: pip install pre-commit && pre-commit install')}
# (${say('cần phoihop trong PATH', 'needs phoihop on the PATH')}: ${install.replace('"$PHOIHOP"', source)})
repos:
  - repo: local
    hooks:
      - id: phoihop-validate
        name: phoihop validate
        description: ${say('Kiểm tra hồ sơ chương trình phối hợp', 'Check the coordination programme records')}
        entry: phoihop validate
        language: system
        files: \\.ya?ml$
        pass_filenames: false
`;

const vscode = JSON.stringify(
  {
    'yaml.schemas': {
      './schemas/agencies.schema.json': ['agencies.yaml'],
      './schemas/settings.schema.json': ['phoihop.yaml'],
      './schemas/programme.schema.json': ['**/programme.yaml'],
      './schemas/task.schema.json': ['**/tasks/*.yaml'],
      './schemas/evaluation.schema.json': ['**/evaluations/*.yaml'],
      './schemas/amendment.schema.json': ['**/amendments/*.yaml'],
    },
    'files.encoding': 'utf8',
    'files.eol': '\n',
    '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2 },
  },
  null,
  2,
);

const codeowners = (say: Say) => `# ${say('Ví dụ CODEOWNERS: mỗi cơ quan duyệt các nhiệm vụ mình chủ trì.', 'A CODEOWNERS example: each agency reviews the tasks it leads.')}
# ${say('Đổi tên tệp thành CODEOWNERS và thay @to-chuc/... bằng nhóm của từng cơ quan.', 'Rename the file to CODEOWNERS and replace @to-chuc/... with each agency\'s team.')}
*                                        @to-chuc/van-phong
/agencies.yaml                           @to-chuc/van-phong
/chuong-trinh-mau/programme.yaml         @to-chuc/ben-a @to-chuc/ben-b
/chuong-trinh-mau/evaluations/           @to-chuc/ben-a @to-chuc/ben-b
/chuong-trinh-mau/tasks/NV01.yaml        @to-chuc/ben-a    # ${say('NV01 do ben-a chủ trì', 'ben-a leads NV01')}
`;

/** Every file `phoihop init` writes, by path; schemas are copied separately. */
export function initFiles(values: InitValues): Record<string, string> {
  const say = sayIn(values.lang);
  return {
    'agencies.yaml': agencies(say),
    'phoihop.yaml': settings(say),
    'README.md': readme(say),
    'chuong-trinh-mau/programme.yaml': programme(values, say),
    'chuong-trinh-mau/tasks/NV01.yaml': task(say),
    // Not evaluations/YEAR.yaml itself: "phoihop evaluation new YEAR" writes it, filled from the reports.
    'chuong-trinh-mau/evaluations/README.md': evaluationsReadme(values, say),
    'chuong-trinh-mau/amendments/README.md': amendmentsReadme(say),
    '.github/workflows/phoihop.yml': githubWorkflow(values.source, [githubValidateJob(say), githubOverdueJob, githubSiteJob(say)], say),
    '.github/CODEOWNERS.example': codeowners(say),
    '.gitlab-ci.yml': gitlabCi(values.source, say) + gitlabPagesJob(say),
    '.pre-commit-config.yaml': preCommitConfig(values.source, say),
    '.vscode/settings.json': vscode + '\n',
    '.gitattributes': '*.yaml text eol=lf\n*.yml text eol=lf\n',
    // What phoihop leaves while it writes (temporary files, the lock, the journal of an edit in progress).
    '.gitignore': '*.tmp\n.phoihop.lock\n.phoihop.journal\n',
  };
}
