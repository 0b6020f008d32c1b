import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// What the editing commands write, byte for byte, and what they say, in vi and en (issue 19, sixth
// round). Each expected file was read against README's "Editing records" and the record contract.

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');
const LANGS = [
  ['vi', 'đã ghi'],
  ['en', 'written'],
] as const;

describe('task status', () => {
  it.each(LANGS)('%s: done adds done_on after status, paused removes it, the same status again writes nothing', async (lang, written) => {
    const root = writeRoot(baseRoot());
    const head = 'id: T2\ntitle: Việc 6 tháng\ncontents: [ND2]\nlead: ban-b\nschedule: { every: half-year, due: ["06-30", "12-31"] }\n';
    expect(await runCli(['--lang', lang, 'task', 'status', 'T2', 'done', '--root', root, '--on', '2021-07-01'])).toEqual({ exitCode: 0, stdout: `${written}: p/tasks/T2.yaml\n`, stderr: '' });
    expect(read(root, 'p/tasks/T2.yaml')).toBe(`${head}status: done\ndone_on: 2021-07-01\n`);
    expect(await runCli(['--lang', lang, 'task', 'status', 'T2', 'paused', '--root', root])).toEqual({ exitCode: 0, stdout: `${written}: p/tasks/T2.yaml\n`, stderr: '' });
    expect(read(root, 'p/tasks/T2.yaml')).toBe(`${head}status: paused\n`);
    const again = await runCli(['--lang', lang, 'task', 'status', 'T2', 'paused', '--root', root]);
    expect(again).toEqual({ exitCode: 0, stdout: '', stderr: lang === 'vi' ? 'T2 đã ở trạng thái tạm dừng; không có gì để sửa\n' : 'T2 is already paused; nothing to change\n' });
    expect(read(root, 'p/tasks/T2.yaml')).toBe(`${head}status: paused\n`);
  });
});

describe('report add', () => {
  it.each(LANGS)('%s: a report with a note and a cited document joins a flow list in the same style', async (lang, written) => {
    const root = writeRoot(baseRoot());
    const result = await runCli(['--lang', lang, 'report', 'add', 'T3', '--root', root, '--state', 'done', '--on', '2021-06-20', '--note', 'Xong', '--document', '5/BC', '--document-date', '2021-06-18', '--document-title', 'Báo cáo kết quả', '--document-issuer', 'Ban A']);
    expect(result).toEqual({ exitCode: 0, stdout: `${written}: p/tasks/T3.yaml\n`, stderr: '' });
    expect(read(root, 'p/tasks/T3.yaml')).toBe(
      'id: T3\ntitle: Việc một lần\ncontents: [ND1, ND2]\nlead: ban-a\nschedule: { every: once, due: [2021-06-30] }\nstatus: active\nreports:\n' +
        '  - { on: 2020-11-20, state: partial, note: Xây dựng xong dự thảo }\n' +
        '  - { on: 2021-06-20, state: done, note: Xong, documents: [{ number: "5/BC", date: 2021-06-18, title: "Báo cáo kết quả", issuer: "Ban A" }] }\n',
    );
  });
});

describe('evaluation new and finalise', () => {
  // 2021: T1 and T3 reported not done, T2 nothing; 2022: T1 reported not done, in the programme's last year.
  const files = baseRoot();
  files['p/tasks/T1.yaml'] += '  - period: "2021"\n    on: 2021-12-01\n    state: not_done\n    note: Chưa làm được\n  - period: "2022"\n    on: 2022-12-01\n    state: not_done\n';
  files['p/tasks/T3.yaml'] += '  - { on: 2021-06-29, state: not_done }\n';
  const DRAFTS: Record<string, Record<string, string>> = {
    vi: { 2021: "year: 2021\nstate: draft\n# held_on: 2021-12-15  # ngày họp đánh giá (hạn 12-15); báo cáo năm mang ngày này\nresults:\n  - task: T1\n    rating: not_done  # gợi ý từ báo cáo: chưa hoàn thành; hai bên thống nhất rồi sửa\n    # summary: ...\n    # Báo cáo năm 2021:\n    #   năm 2021, 2021-12-01: chưa hoàn thành — Chưa làm được\n  - task: T2\n    # rating: chưa có báo cáo nào trong năm\n    # summary: ...\n  - task: T3\n    rating: not_done  # gợi ý từ báo cáo: chưa hoàn thành; hai bên thống nhất rồi sửa\n    # summary: ...\n    # Báo cáo năm 2021:\n    #   2021-06-29: chưa hoàn thành\ndirection: []  # công tác lãnh đạo, chỉ đạo, quán triệt, triển khai\nhighlights: []\nstrengths: []  # ưu điểm\nshortcomings: []\ncauses:  # nguyên nhân hạn chế: khách quan (objective), chủ quan (subjective)\n  objective: []\n  subjective: []\nlessons: []\nrecommendations: []  # kiến nghị, đề xuất\nnext_year:\n  # kế hoạch phối hợp năm sau: plan: { number: 01-KH/..., date: YYYY-MM-DD }\n  priorities: []\n  focus_tasks: [T1, T3]\n# nơi nhận, khi khác với programme.yaml: recipients: [Thường trực Tỉnh ủy (để báo cáo), Lưu VT]\n", 2022: "year: 2022\nstate: draft\n# held_on: 2022-12-15  # ngày họp đánh giá (hạn 12-15); báo cáo năm mang ngày này\nresults:\n  - task: T1\n    rating: not_done  # gợi ý từ báo cáo: chưa hoàn thành; hai bên thống nhất rồi sửa\n    # summary: ...\n    # Báo cáo năm 2022:\n    #   năm 2022, 2022-12-01: chưa hoàn thành\n  - task: T2\n    # rating: chưa có báo cáo nào trong năm\n    # summary: ...\n  - task: T3\n    # rating: chưa có báo cáo nào trong năm\n    # summary: ...\ndirection: []  # công tác lãnh đạo, chỉ đạo, quán triệt, triển khai\nhighlights: []\nstrengths: []  # ưu điểm\nshortcomings: []\ncauses:  # nguyên nhân hạn chế: khách quan (objective), chủ quan (subjective)\n  objective: []\n  subjective: []\nlessons: []\nrecommendations: []  # kiến nghị, đề xuất\nnext_year:\n  # kế hoạch phối hợp năm sau: plan: { number: 01-KH/..., date: YYYY-MM-DD }\n  priorities: []\n  focus_tasks: []\n# nơi nhận, khi khác với programme.yaml: recipients: [Thường trực Tỉnh ủy (để báo cáo), Lưu VT]\n" },
    en: { 2021: "year: 2021\nstate: draft\n# held_on: 2021-12-15  # the day the evaluation is held (due 12-15); the year report carries this date\nresults:\n  - task: T1\n    rating: not_done  # suggested from the reports: not done; agree on it, then edit\n    # summary: ...\n    # Reports of 2021:\n    #   2021, 2021-12-01: not done — Chưa làm được\n  - task: T2\n    # rating: no report in the year\n    # summary: ...\n  - task: T3\n    rating: not_done  # suggested from the reports: not done; agree on it, then edit\n    # summary: ...\n    # Reports of 2021:\n    #   2021-06-29: not done\ndirection: []  # leadership and direction: briefings, plans, instructions\nhighlights: []\nstrengths: []  # strengths\nshortcomings: []\ncauses:  # causes of the shortcomings: objective and subjective\n  objective: []\n  subjective: []\nlessons: []\nrecommendations: []  # recommendations\nnext_year:\n  # next year's joint plan: plan: { number: 01-KH/..., date: YYYY-MM-DD }\n  priorities: []\n  focus_tasks: [T1, T3]\n# recipients, when not those of programme.yaml: recipients: [Thường trực Tỉnh ủy (để báo cáo), Lưu VT]\n", 2022: "year: 2022\nstate: draft\n# held_on: 2022-12-15  # the day the evaluation is held (due 12-15); the year report carries this date\nresults:\n  - task: T1\n    rating: not_done  # suggested from the reports: not done; agree on it, then edit\n    # summary: ...\n    # Reports of 2022:\n    #   2022, 2022-12-01: not done\n  - task: T2\n    # rating: no report in the year\n    # summary: ...\n  - task: T3\n    # rating: no report in the year\n    # summary: ...\ndirection: []  # leadership and direction: briefings, plans, instructions\nhighlights: []\nstrengths: []  # strengths\nshortcomings: []\ncauses:  # causes of the shortcomings: objective and subjective\n  objective: []\n  subjective: []\nlessons: []\nrecommendations: []  # recommendations\nnext_year:\n  # next year's joint plan: plan: { number: 01-KH/..., date: YYYY-MM-DD }\n  priorities: []\n  focus_tasks: []\n# recipients, when not those of programme.yaml: recipients: [Thường trực Tỉnh ủy (để báo cáo), Lưu VT]\n" },
  };

  it.each(LANGS)('%s: the draft suggests ratings from the reports, and the tasks not done that go on next year are its focus', async (lang, written) => {
    const root = writeRoot(files);
    for (const year of ['2021', '2022']) {
      expect(await runCli(['--lang', lang, 'evaluation', 'new', year, '--root', root])).toEqual({ exitCode: 0, stdout: `${written}: p/evaluations/${year}.yaml\n`, stderr: '' });
      expect(read(root, `p/evaluations/${year}.yaml`), year).toBe(DRAFTS[lang]![year]);
    }
    // The drafts are valid records as they stand.
    expect((await runCli(['validate', '--root', root, '--no-cache'])).exitCode).toBe(0);
  });

  it.each(LANGS)('%s: finalise changes the one word, keeps the comment, and refuses a second time', async (lang, written) => {
    const root = writeRoot(files);
    const draft = 'year: 2021\nheld_on: 2021-12-15\nstate: draft  # dự thảo\nresults:\n  - { task: T1, rating: not_done, summary: Chưa xong }\n  - { task: T2, rating: done, summary: Xong }\n  - { task: T3, rating: not_done, summary: Chưa xong }\n';
    writeFileSync(path.join(root, 'p/evaluations/2021.yaml'), draft);
    expect(await runCli(['--lang', lang, 'evaluation', 'finalise', '2021', '--root', root])).toEqual({ exitCode: 0, stdout: `${written}: p/evaluations/2021.yaml\n`, stderr: '' });
    const final = draft.replace('state: draft', 'state: final');
    expect(read(root, 'p/evaluations/2021.yaml')).toBe(final);
    expect(await runCli(['--lang', lang, 'evaluation', 'finalize', '2021', '--root', root])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: lang === 'vi' ? 'phoihop: p/evaluations/2021.yaml đã chốt (state: final); hồ sơ đã chốt không được sửa\n' : 'phoihop: p/evaluations/2021.yaml is final; final records are not edited\n',
    });
    expect(read(root, 'p/evaluations/2021.yaml')).toBe(final);
  });
});
