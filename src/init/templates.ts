import { VERSION } from '../version.js';
import { githubSiteJob, gitlabPagesJob } from './site-workflow.js';

export interface InitValues {
  year: number;
  /** What CI installs: a pinned git address (see defaultInstallSource). */
  source: string;
}

const agencies = `# Danh sách cơ quan ký kết, chủ trì hoặc phối hợp. Mỗi cơ quan một mã viết thường, không dấu.
agencies:
  - id: ben-a                      # mã dùng trong các hồ sơ khác
    name: Ban cán sự đảng UBND tỉnh # tên đầy đủ
    short: BCSĐ UBND tỉnh          # tên ngắn, dùng trong bảng (tùy chọn)
    # Bốn dòng dưới (tùy chọn) dùng cho tiêu đề và chữ ký của báo cáo:
    kind: party                    # party (cơ quan Đảng) | state (chính quyền) | front (Mặt trận, đoàn thể)
    parent: Tỉnh ủy Tên tỉnh       # cơ quan cấp trên, in phía trên tên cơ quan
    symbol: BCSĐ                   # chữ viết tắt trong số, ký hiệu văn bản: 01-BC/BCSĐ
    head: Bí thư                   # chức danh người ký thay mặt tập thể (T/M ... / BÍ THƯ)
  - id: ben-b
    name: Ban Dân vận Tỉnh ủy
    short: BDV Tỉnh ủy
    kind: party
    parent: Tỉnh ủy Tên tỉnh
    symbol: BDVTU
    head: Trưởng Ban
`;

const settings = `# Thiết lập của kho hồ sơ (mọi dòng đều tùy chọn).
lang: vi                    # ngôn ngữ thông báo: vi hoặc en
timezone: Asia/Ho_Chi_Minh  # múi giờ để tính "hôm nay"
soon: 30                    # số ngày trước hạn được coi là "sắp đến hạn"
place: Tên tỉnh             # địa danh ở dòng ngày tháng của báo cáo
`;

const programme = ({ year }: InitValues) => `# Chương trình phối hợp: sửa các dòng dưới đây theo văn bản đã ký.
# Mỗi nhiệm vụ là một tệp trong tasks/, mỗi năm một tệp đánh giá trong evaluations/,
# mỗi văn bản bổ sung, điều chỉnh một tệp trong amendments/ (xem amendments/README.md).
id: chuong-trinh-mau                      # mã chương trình: chữ thường, không dấu
title: "Chương trình phối hợp về công tác dân vận giai đoạn ${year}–${year + 4}"   # tên có dấu phẩy: giữ trong ngoặc kép
# number: 01-CTr/BCSĐ-BDVTU               # số, ký hiệu của chương trình ("Chương trình phối hợp số ...")
signed_on: ${year}-01-15                  # ngày ký, dạng năm-tháng-ngày
period: { from: ${year}-01-15, to: ${year + 4}-12-31 }
parties:                                  # các bên ký kết (mã trong agencies.yaml)
  - { agency: ben-a, signatory: Họ và tên, position: Chức vụ }
  - { agency: ben-b, signatory: Họ và tên, position: Chức vụ }
bases:                                    # căn cứ: các văn bản chương trình triển khai
  - { number: 114-KL/TW, date: 2015-07-14, issuer: "Ban Bí thư Trung ương Đảng (khóa XI)" }
purpose: "Mục đích, yêu cầu của chương trình."
declared: { contents: 1, tasks: 1 }       # số nội dung và nhiệm vụ ghi trong văn bản ký
contents:                                 # nội dung phối hợp
  - { id: ND1, title: "Tên nội dung phối hợp thứ nhất" }
evaluation: { due: "12-15" }              # hạn đánh giá chung hằng năm (tháng-ngày)
# Các mục dưới (tùy chọn) dùng cho báo cáo năm, sơ kết, tổng kết:
indicators: []                            # chỉ tiêu theo dõi; báo cáo ghi figures theo mã, ví dụ:
#  - { id: tiep-dan, title: "phiên tiếp công dân", unit: phiên }
# reviews:                                # hội nghị sơ kết (mid-term), tổng kết (final)
#   - { kind: mid-term, through: ${year + 2}, held_on: ${year + 2}-12-20, document: 05-BC/BCSĐ-BDVTU }
#   - { kind: final, through: ${year + 4}, held_on: ${year + 5}-01-15 }
# recipients: ["Thường trực Tỉnh ủy (để báo cáo)", "Lưu VT"]   # nơi nhận của các báo cáo
`;

const task = `# Một nhiệm vụ. Tên tệp trùng với mã nhiệm vụ (tasks/NV01.yaml có id: NV01).
id: NV01
title: "Tên nhiệm vụ"           # trong ngoặc kép, để dấu phẩy, dấu hai chấm trong tên không làm hỏng tệp
contents: [ND1]                 # thuộc nội dung nào (mã trong programme.yaml)
lead: ben-a                     # cơ quan chủ trì
partners: [ben-b]               # cơ quan phối hợp (có thể để trống: [])
schedule:
  every: year                   # once (một lần) | year | half-year | quarter | ongoing (thường xuyên)
  due: ["12-10"]                # hạn: một lần thì ghi ngày YYYY-MM-DD; định kỳ ghi "tháng-ngày"
status: active                  # active | done (kèm done_on) | paused | cancelled (qua văn bản điều chỉnh)
reports: []                     # mỗi lần báo cáo thêm một mục, mới nhất ở cuối, ví dụ:
#  - period: "2025"             # kỳ: "2025", "2025-H1" (6 tháng đầu), "2025-Q3" (quý III)
#    on: 2025-12-05             # ngày báo cáo
#    state: done                # done | partial | not_done
#    note: Tóm tắt kết quả.
#    figures: { tiep-dan: 4 }   # số liệu theo chỉ tiêu trong programme.yaml (tùy chọn)
#    documents:                 # văn bản chứng minh: số, ký hiệu, hoặc trích dẫn đầy đủ
#      - 45-BC/BDVTU
#      - { number: 46-BC/BDVTU, date: 2025-12-05, title: "Báo cáo kết quả ..." }
`;

const evaluation = ({ year }: InitValues) => `# Đánh giá chung năm ${year}. Khi đã họp và thống nhất: điền held_on, kết quả từng nhiệm vụ,
# rồi đổi state thành final (sau đó không sửa nữa).
year: ${year}
state: draft                    # draft (dự thảo) | final (chính thức)
# held_on: ${year}-12-20          # ngày họp đánh giá
# document: 01-BC/BCSĐ-BDVTU      # số, ký hiệu báo cáo liên tịch
results: []                     # mỗi nhiệm vụ đã đến hạn một mục, ví dụ:
#  - { task: NV01, rating: good, summary: "Tóm tắt kết quả" }   # excellent | good | done | not_done
direction: []                   # công tác lãnh đạo, chỉ đạo, quán triệt, triển khai
highlights: []                  # kết quả nổi bật
strengths: []                   # ưu điểm
shortcomings: []                # hạn chế
causes:                         # nguyên nhân (hoặc một danh sách: causes: [...])
  objective: []                 # khách quan
  subjective: []                # chủ quan
lessons: []                     # bài học kinh nghiệm
recommendations: []             # kiến nghị, đề xuất
next_year:
  # plan: { number: 01-KH/BCSĐ-BDVTU, date: ${year + 1}-01-10 }   # kế hoạch phối hợp năm sau
  priorities: []                # trọng tâm năm sau
  focus_tasks: []               # mã các nhiệm vụ trọng tâm
# recipients: ["Thường trực Tỉnh ủy (để báo cáo)", "Lưu VT"]   # nơi nhận, khi khác programme.yaml
`;

const evaluationsReadme = (values: InitValues) => `# Đánh giá chung hằng năm

Mỗi năm một tệp \`evaluations/NĂM.yaml\`. Tạo bản dự thảo bằng lệnh (điền sẵn mỗi nhiệm vụ một kết quả,
mức đánh giá gợi ý từ các báo cáo, và các báo cáo trong năm dưới dạng chú thích):

\`\`\`sh
phoihop evaluation new ${values.year}
\`\`\`

Khi đã họp và thống nhất: điền held_on, kết quả từng nhiệm vụ, rồi chạy
\`phoihop evaluation finalise ${values.year}\`. Tệp có dạng:

\`\`\`yaml
${evaluation(values)}\`\`\`
`;

const amendmentsReadme = `# Văn bản bổ sung, điều chỉnh

Mỗi văn bản một tệp, đặt tên theo ngày ký: \`amendments/2026-05-10.yaml\` (hai văn bản cùng ngày:
\`2026-05-10-bo-sung.yaml\`, \`2026-05-10-dieu-chinh.yaml\`). Mẫu:

\`\`\`yaml
date: 2026-05-10
document: 05-QĐ/BCSĐ-BDVTU
kind: supplement          # supplement (bổ sung) | adjustment (điều chỉnh)
reason: Lý do bổ sung, điều chỉnh.
changes:
  - { op: add_task, task: NV02 }            # tệp tasks/NV02.yaml ghi added_by: 2026-05-10
  - { op: cancel_task, task: NV01 }         # tệp tasks/NV01.yaml ghi status: cancelled (không xóa tệp)
  - { op: change_task, task: NV01, note: Nội dung điều chỉnh }
  - { op: add_content, content: ND2 }       # thêm ND2 vào contents trong programme.yaml
\`\`\`
`;

const readme = `# Kho hồ sơ chương trình phối hợp

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
`;

/** Where CI installs phoihop from: a git address pinned to a tag or commit (never a bare npm name). */
export function defaultInstallSource(repository: string | undefined): string {
  const url = repository ? repository.replace(/^(git\+)?/, 'git+').replace(/#.*$/, '') : 'git+https://github.com/OWNER/phoihop.git';
  return `${url}#v${VERSION}`;
}

// A release tag carries the built dist/ and no install-time script (npm run release:tag): npm
// installs it as it is, with any npm, nothing built.
const install = 'npm install --global "$PHOIHOP"';
const sourceComment = '# nơi cài phoihop: địa chỉ git ghim vào thẻ phát hành (#v…) hoặc commit của thẻ; không dùng tên trên npm';

// The validate job: on a pull request only what it changes, counted from the merge base, and a
// summary of the change even when validation failed; on a push to main or master, everything.
const githubValidateJob = `  validate:
    if: github.event_name == 'pull_request' || github.event_name == 'push'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
        with:
          fetch-depth: 0   # --base và diff cần lịch sử để tìm gốc chung (merge base)
      - uses: actions/setup-node@v6
        with:
          node-version: ${'${{ env.NODE_VERSION }}'}
      - name: Cài phoihop
        id: install
        run: ${install}
      - name: Kiểm tra phần thay đổi
        if: github.event_name == 'pull_request'
        env:
          BASE_REF: ${'${{ github.base_ref }}'}
        run: phoihop validate --base "origin/$BASE_REF"
      - name: Tóm tắt thay đổi
        if: ${'${{ !cancelled() && steps.install.outcome == \'success\' && github.event_name == \'pull_request\' }}'}
        env:
          BASE_REF: ${'${{ github.base_ref }}'}
        run: phoihop diff "origin/$BASE_REF" HEAD
      - name: Kiểm tra toàn bộ hồ sơ
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
const githubWorkflow = (source: string, jobs: readonly string[] = [githubValidateJob, githubOverdueJob]) => `# Kiểm tra hồ sơ trên mỗi pull request, tóm tắt thay đổi, và nhắc việc quá hạn hằng tuần.
name: phoihop
on:
  pull_request:
  push:
    branches: [main, master]
  schedule:
    - cron: "0 1 * * 1"   # 08:00 sáng thứ Hai, giờ Việt Nam
  workflow_dispatch:
permissions:
  contents: read
env:
  PHOIHOP: ${source}   ${sourceComment}
  NODE_VERSION: "24"   # Node LTS đang được hỗ trợ
jobs:
${jobs.join('')}`;

const gitlabCi = (source: string) => `# Kiểm tra hồ sơ: trên merge request chỉ phần thay đổi (so với gốc chung), trên nhánh thì toàn bộ;
# kết quả vào báo cáo Code Quality của merge request.
variables:
  PHOIHOP: "${source}"   ${sourceComment}
  GIT_DEPTH: "0"   # --base và diff cần lịch sử để tìm gốc chung (merge base)
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
const preCommitConfig = (source: string) => `# pre-commit: kiểm tra hồ sơ trước mỗi commit. Cài: pip install pre-commit && pre-commit install
# (cần phoihop trong PATH: ${install.replace('"$PHOIHOP"', source)})
repos:
  - repo: local
    hooks:
      - id: phoihop-validate
        name: phoihop validate
        description: Kiểm tra hồ sơ chương trình phối hợp
        entry: phoihop validate
        language: system
        files: \.ya?ml$
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

const codeowners = `# Ví dụ CODEOWNERS: mỗi cơ quan duyệt các nhiệm vụ mình chủ trì.
# Đổi tên tệp thành CODEOWNERS và thay @to-chuc/... bằng nhóm của từng cơ quan.
*                                        @to-chuc/van-phong
/agencies.yaml                           @to-chuc/van-phong
/chuong-trinh-mau/programme.yaml         @to-chuc/ben-a @to-chuc/ben-b
/chuong-trinh-mau/evaluations/           @to-chuc/ben-a @to-chuc/ben-b
/chuong-trinh-mau/tasks/NV01.yaml        @to-chuc/ben-a    # NV01 do ben-a chủ trì
`;

/** Every file `phoihop init` writes, by path; schemas are copied separately. */
export function initFiles(values: InitValues): Record<string, string> {
  return {
    'agencies.yaml': agencies,
    'phoihop.yaml': settings,
    'README.md': readme,
    'chuong-trinh-mau/programme.yaml': programme(values),
    'chuong-trinh-mau/tasks/NV01.yaml': task,
    // Not evaluations/YEAR.yaml itself: "phoihop evaluation new YEAR" writes it, filled from the reports.
    'chuong-trinh-mau/evaluations/README.md': evaluationsReadme(values),
    'chuong-trinh-mau/amendments/README.md': amendmentsReadme,
    '.github/workflows/phoihop.yml': githubWorkflow(values.source, [githubValidateJob, githubOverdueJob, githubSiteJob]),
    '.github/CODEOWNERS.example': codeowners,
    '.gitlab-ci.yml': gitlabCi(values.source) + gitlabPagesJob,
    '.pre-commit-config.yaml': preCommitConfig(values.source),
    '.vscode/settings.json': vscode + '\n',
    '.gitattributes': '*.yaml text eol=lf\n*.yml text eol=lf\n',
    // What phoihop leaves while it writes (temporary files, the lock, the journal of an edit in progress).
    '.gitignore': '*.tmp\n.phoihop.lock\n.phoihop.journal\n',
  };
}
