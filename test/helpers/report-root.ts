import type { RootFiles } from './roots.js';

/**
 * A root that uses every version 1.1 field a signed report needs: Party bodies under one parent,
 * a numbered programme with indicators, reviews and recipients, reports with figures and full
 * citations, split causes, a paused task, a once-task due in the last year.
 */
export function reportRoot(): RootFiles {
  return {
    'phoihop.yaml': 'place: Sơn La\n',
    'agencies.yaml': `agencies:
  - { id: bcsd, name: Ban Cán sự đảng Ủy ban nhân dân tỉnh, short: BCSĐ UBND tỉnh, kind: party, parent: Tỉnh ủy Sơn La, symbol: BCSĐ, head: Bí thư }
  - { id: bdv, name: Ban Dân vận Tỉnh ủy, short: BDV Tỉnh ủy, kind: party, parent: Tỉnh ủy Sơn La, symbol: BDVTU, head: Trưởng Ban }
  - { id: thanh-tra, name: Thanh tra tỉnh, kind: state, symbol: TTr }
  - { id: ubnd, name: Ủy ban nhân dân tỉnh, short: UBND tỉnh, kind: state, symbol: UBND }
`,
    'p/programme.yaml': `id: dan-van
title: Chương trình phối hợp giữa Ban Cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận giai đoạn 2019–2021
number: 05-CTr/BCSĐ-BDVTU
signed_on: 2019-03-01
period: { from: 2019-03-01, to: 2021-12-31 }
parties:
  - { agency: bcsd, signatory: Cầm Ngọc Minh }
  - { agency: bdv, signatory: Chá A Của }
declared: { contents: 2, tasks: 3 }
contents:
  - { id: ND1, title: "Tiếp công dân, đối thoại với Nhân dân" }
  - { id: ND2, title: "Đào tạo, bồi dưỡng và tổng kết" }
evaluation: { due: "12-20" }
indicators:
  - { id: tiep-dan, title: phiên tiếp công dân, unit: phiên }
  - { id: doi-thoai, title: cuộc đối thoại với Nhân dân, unit: cuộc }
reviews:
  - { kind: mid-term, through: 2020, held_on: 2020-12-28, document: 12-BC/BCSĐ-BDVTU }
  - { kind: final, through: 2021, held_on: 2022-01-15 }
recipients: [Ban Dân vận Trung ương (b/c), Thường trực Tỉnh ủy (b/c), Lưu VT]
`,
    'p/tasks/T1.yaml': `id: T1
title: Tổ chức tiếp công dân định kỳ và đối thoại với Nhân dân
contents: [ND1]
lead: bcsd
partners: [bdv, thanh-tra]
schedule: { every: year, due: ["12-10"] }
status: active
reports:
  - period: "2019"
    on: 2019-12-05
    state: done
    note: Tiếp 120 lượt công dân
    figures: { tiep-dan: 20, doi-thoai: 4 }
    documents:
      - { number: 41-KH/BDVTU, date: 2019-03-28 }
      - 150/BC-UBND
  - period: "2019"
    on: 2019-12-30
    state: done
    figures: { tiep-dan: 1 }
    documents: [160/BC-UBND]
  - period: "2020"
    on: 2020-12-05
    state: done
    figures: { tiep-dan: 24, doi-thoai: 5 }
  - period: "2021"
    on: 2021-12-05
    state: done
    figures: { tiep-dan: 22 }
`,
    'p/tasks/T2.yaml': `id: T2
title: Mở lớp bồi dưỡng kỹ năng dân vận cho cán bộ, công chức cấp xã
contents: [ND2]
lead: bdv
partners: [bcsd]
schedule: { every: year, due: ["09-30"] }
status: paused
reports:
  - period: "2019"
    on: 2019-09-20
    state: done
`,
    'p/tasks/T3.yaml': `id: T3
title: Tổng kết Chương trình, đề xuất chương trình giai đoạn tiếp theo
contents: [ND2]
lead: bdv
partners: [bcsd]
schedule: { every: once, due: [2021-12-15] }
status: active
`,
    'p/amendments/2020-06-15.yaml': `date: 2020-06-15
document: 09-QĐ/BCSĐ-BDVTU
kind: adjustment
changes:
  - { op: change_task, task: T2, note: Tạm dừng mở lớp bồi dưỡng tập trung do dịch COVID-19 }
`,
    'p/evaluations/2019.yaml': `year: 2019
held_on: 2019-12-12
document: 03-BC/BCSĐ-BDVTU
state: final
results:
  - { task: T1, rating: good }
  - { task: T2, rating: excellent }
direction:
  - Hai bên ban hành kế hoạch triển khai Chương trình, quán triệt đến cán bộ, công chức.
strengths:
  - Phối hợp chặt chẽ, thường xuyên.
shortcomings:
  - Một số cuộc đối thoại chưa đúng kỳ.
causes:
  objective: ["Địa bàn rộng, giao thông khó khăn."]
  subjective: [Một số cơ quan chưa chủ động.]
lessons:
  - Bám sát cơ sở.
recommendations:
  - Đề nghị Ban Dân vận Trung ương hướng dẫn tiêu chí đánh giá.
next_year:
  priorities: [Duy trì đối thoại định kỳ.]
  focus_tasks: [T1]
  plan: { number: 02-KH/BCSĐ-BDVTU, date: 2020-01-10 }
recipients: [Thường trực Tỉnh ủy (b/c), Lưu VT]
`,
    'p/evaluations/2020.yaml': `year: 2020
held_on: 2020-12-18
state: final
results:
  - { task: T1, rating: excellent }
strengths:
  - Đối thoại đúng kỳ.
causes: [Dịch COVID-19 kéo dài.]
`,
    'p/evaluations/2021.yaml': `year: 2021
state: draft
next_year:
  priorities: [Xây dựng chương trình phối hợp giai đoạn 2022–2026.]
`,
  };
}
