import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editedBaseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The base root with 2021's reports: T1 done on its due day 15/12, which is also the evaluation's
// meeting day; T2's first half only partly done (so not done, and live in 2022: a focus task);
// T3, due once on 30/06/2021, only partly done (not done, and still to finish in 2022: a focus task).
const root = () =>
  writeRoot(
    editedBaseRoot([
      ['p/tasks/T1.yaml', '', `  - period: "2021"\n    on: 2021-12-15\n    state: done\n`],
      ['p/tasks/T2.yaml', 'status: active\n', `status: active\nreports:\n  - { period: 2021-H1, on: 2021-06-20, state: partial, note: Mới xong một nửa }\n`],
      ['p/tasks/T3.yaml', '', `  - { on: 2021-05-04, state: partial }\n`],
    ]),
  );

async function draft(lang: 'vi' | 'en'): Promise<string> {
  const dir = root();
  const r = await runCli(['evaluation', 'new', '2021', '--root', dir, '--lang', lang]);
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return readFileSync(path.join(dir, 'p/evaluations/2021.yaml'), 'utf8');
}

describe('the evaluation draft (evaluation new)', () => {
  it('vi: suggests ratings from the reports, and proposes as focus tasks the ones not done that go on next year (T2, T3; not T1, done on the meeting day)', async () => {
    expect(await draft('vi')).toBe(`year: 2021
state: draft
# held_on: 2021-12-15  # ngày họp đánh giá (hạn 12-15); báo cáo năm mang ngày này
results:
  - task: T1
    rating: done  # gợi ý từ báo cáo: hoàn thành; hai bên thống nhất rồi sửa
    # summary: ...
    # Báo cáo năm 2021:
    #   năm 2021, 2021-12-15: hoàn thành
  - task: T2
    rating: not_done  # gợi ý từ báo cáo: chưa hoàn thành; hai bên thống nhất rồi sửa
    # summary: ...
    # Báo cáo năm 2021:
    #   6 tháng đầu năm 2021, 2021-06-20: hoàn thành một phần — Mới xong một nửa
  - task: T3
    rating: not_done  # gợi ý từ báo cáo: chưa hoàn thành; hai bên thống nhất rồi sửa
    # summary: ...
    # Báo cáo năm 2021:
    #   2021-05-04: hoàn thành một phần
direction: []  # công tác lãnh đạo, chỉ đạo, quán triệt, triển khai
highlights: []
strengths: []  # ưu điểm
shortcomings: []
causes:  # nguyên nhân hạn chế: khách quan (objective), chủ quan (subjective)
  objective: []
  subjective: []
lessons: []
recommendations: []  # kiến nghị, đề xuất
next_year:
  # kế hoạch phối hợp năm sau: plan: { number: 01-KH/..., date: YYYY-MM-DD }
  priorities: []
  focus_tasks: [T2, T3]
# nơi nhận, khi khác với programme.yaml: recipients: [Thường trực Tỉnh ủy (để báo cáo), Lưu VT]
`);
  });

  it('en: the same draft in English', async () => {
    expect(await draft('en')).toBe(`year: 2021
state: draft
# held_on: 2021-12-15  # the day the evaluation is held (due 12-15); the year report carries this date
results:
  - task: T1
    rating: done  # suggested from the reports: done; agree on it, then edit
    # summary: ...
    # Reports of 2021:
    #   2021, 2021-12-15: done
  - task: T2
    rating: not_done  # suggested from the reports: not done; agree on it, then edit
    # summary: ...
    # Reports of 2021:
    #   H1 2021, 2021-06-20: partly done — Mới xong một nửa
  - task: T3
    rating: not_done  # suggested from the reports: not done; agree on it, then edit
    # summary: ...
    # Reports of 2021:
    #   2021-05-04: partly done
direction: []  # leadership and direction: briefings, plans, instructions
highlights: []
strengths: []  # strengths
shortcomings: []
causes:  # causes of the shortcomings: objective and subjective
  objective: []
  subjective: []
lessons: []
recommendations: []  # recommendations
next_year:
  # next year's joint plan: plan: { number: 01-KH/..., date: YYYY-MM-DD }
  priorities: []
  focus_tasks: [T2, T3]
# recipients, when not those of programme.yaml: recipients: [Thường trực Tỉnh ủy (để báo cáo), Lưu VT]
`);
  });
});

describe('the evaluation draft, a meeting the day before a due day', () => {
  it('leaves that task, with no report yet, unrated as not yet due, in vi and en', async () => {
    for (const [lang, said] of [['vi', 'chưa đến hạn: không xếp loại'], ['en', 'not yet due: no rating']] as const) {
      const files = editedBaseRoot([
        ['p/programme.yaml', 'evaluation: { due: "12-15" }', 'evaluation: { due: "12-14" }'],
      ]);
      const dir = writeRoot(files);
      const r = await runCli(['evaluation', 'new', '2021', '--root', dir, '--lang', lang]);
      expect(r.exitCode).toBe(0);
      const text = readFileSync(path.join(dir, 'p/evaluations/2021.yaml'), 'utf8');
      expect(text).toContain('# held_on: 2021-12-14');
      const t1 = text.slice(text.indexOf('  - task: T1'), text.indexOf('  - task: T2'));
      expect(t1.split('\n')[1]).toBe(`    # rating: ${said}`);
    }
  });
});

describe('the evaluation draft, a meeting ON a due day', () => {
  it('counts that task as due: with no report, it says so rather than "not yet due"', async () => {
    const dir = writeRoot(editedBaseRoot([]));
    expect((await runCli(['evaluation', 'new', '2021', '--root', dir])).exitCode).toBe(0);
    const text = readFileSync(path.join(dir, 'p/evaluations/2021.yaml'), 'utf8');
    expect(text.split('\n').slice(2, 7)).toEqual([
      '# held_on: 2021-12-15  # ngày họp đánh giá (hạn 12-15); báo cáo năm mang ngày này',
      'results:',
      '  - task: T1',
      '    # rating: chưa có báo cáo nào trong năm',
      '    # summary: ...',
    ]);
  });
});
