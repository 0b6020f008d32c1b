import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot, type RootFiles } from '../helpers/roots.js';
import { gitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/world.js';

// What `validate` says about dates and reviews at the edges of each rule (issue 19): the last day
// or year that is still fine, the first that is not, and each kind of date a rule looks at. The
// base root's programme is signed 2020-01-10 and runs 2020-01-10 – 2022-12-31; the clock says
// 2024-06-15 in Hanoi.

interface Diagnostic { rule: string; file: string; line: number; severity: string; message: string; fix?: string }

/** The findings of one rule, as "file:line: message → fix" ("file:line: warning: …" for a warning). */
async function said(files: RootFiles, rule: string, lang: 'vi' | 'en' = 'en'): Promise<string[]> {
  const result = await runCli(['validate', '--root', writeRoot(files), '--format', 'json', '--no-cache', '--lang', lang]);
  const diagnostics = (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
  return diagnostics.filter((d) => d.rule === rule).map((d) => `${d.file}:${d.line}: ${d.severity === 'error' ? '' : `${d.severity}: `}${d.message}${d.fix ? ` → ${d.fix}` : ''}`);
}

/** Where each finding of one rule points, as "file:line:column". */
async function placed(files: RootFiles, rule: string): Promise<string[]> {
  const result = await runCli(['validate', '--root', writeRoot(files), '--format', 'json', '--no-cache']);
  return (JSON.parse(result.stdout) as { diagnostics: (Diagnostic & { column: number })[] }).diagnostics.filter((d) => d.rule === rule).map((d) => `${d.file}:${d.line}:${d.column}`);
}

function root(change: (files: RootFiles) => void): RootFiles {
  const files = baseRoot();
  change(files);
  return files;
}

const T2 = (extra: string) => (f: RootFiles) => void (f['p/tasks/T2.yaml'] = f['p/tasks/T2.yaml']!.replace('status: active\n', `status: active\n${extra}`));
const OUTSIDE_HINT = 'correct the date, or change the period in programme.yaml through an amendment';

describe('date-range', () => {
  it('a period that runs backwards is the only date-range finding of its programme', async () => {
    const files = root((f) => {
      f['p/programme.yaml'] = f['p/programme.yaml']!.replace('period: { from: 2020-01-10, to: 2022-12-31 }', 'period: { from: 2022-12-31, to: 2020-01-10 }');
      T2('start: 2019-01-01\n')(f);
    });
    expect(await said(files, 'date-range')).toEqual(['p/programme.yaml:4: the period starts (2022-12-31) after it ends (2020-01-10) → check period.from and period.to']);
    expect(await said(files, 'date-range', 'vi')).toEqual(['p/programme.yaml:4: giai đoạn bắt đầu (2022-12-31) sau khi kết thúc (2020-01-10) → kiểm tra lại period.from và period.to']);
  });

  it('a programme of one day does not run backwards', async () => {
    const files = root((f) => (f['p/programme.yaml'] = f['p/programme.yaml']!.replace('period: { from: 2020-01-10, to: 2022-12-31 }', 'period: { from: 2020-12-31, to: 2020-12-31 }')));
    expect(await said(files, 'date-range')).toEqual([`p/tasks/T3.yaml:5: the due date 2021-06-30 lies outside the task's dates (2020-12-31–2020-12-31) → ${OUTSIDE_HINT}`]);
  });

  it('a task may start on the first day and end on the last day of the period, not a day beyond', async () => {
    expect(await said(root(T2('start: 2020-01-10\nend: 2022-12-31\n')), 'date-range')).toEqual([]);
    expect(await said(root(T2('start: 2020-01-09\nend: 2023-01-01\n')), 'date-range')).toEqual([
      `p/tasks/T2.yaml:7: the start date 2020-01-09 lies outside the programme period (10/01/2020–31/12/2022) → ${OUTSIDE_HINT}`,
      `p/tasks/T2.yaml:8: the end date 2023-01-01 lies outside the programme period (10/01/2020–31/12/2022) → ${OUTSIDE_HINT}`,
    ]);
    expect(await said(root(T2('end: 2023-01-01\n')), 'date-range', 'vi')).toEqual([
      'p/tasks/T2.yaml:7: ngày kết thúc 2023-01-01 nằm ngoài giai đoạn của chương trình (10/01/2020–31/12/2022) → sửa ngày cho đúng, hoặc sửa giai đoạn trong programme.yaml qua văn bản điều chỉnh',
    ]);
  });

  it('a task that starts after it ends, told at its start, or at its end when it has no start', async () => {
    expect(await said(root(T2('start: 2021-06-01\nend: 2021-05-31\n')), 'date-range')).toEqual(['p/tasks/T2.yaml:7: the task starts (2021-06-01) after it ends (2021-05-31)']);
    expect(await said(root(T2('start: 2021-06-01\nend: 2021-06-01\n')), 'date-range')).toEqual([]);
    expect(await said(root(T2('end: 2020-01-09\n')), 'date-range', 'vi')).toEqual([
      'p/tasks/T2.yaml:7: ngày kết thúc 2020-01-09 nằm ngoài giai đoạn của chương trình (10/01/2020–31/12/2022) → sửa ngày cho đúng, hoặc sửa giai đoạn trong programme.yaml qua văn bản điều chỉnh',
      'p/tasks/T2.yaml:7: nhiệm vụ bắt đầu (2020-01-10) sau khi kết thúc (2020-01-09)',
    ]);
  });

  it('done_on on the last day of the period or the task\'s first day is fine; a day off either way is not', async () => {
    const done = (on: string, start = '') => root((f) => (f['p/tasks/T3.yaml'] = f['p/tasks/T3.yaml']!.replace('status: active', `status: done\ndone_on: ${on}${start}`)));
    expect(await said(done('2022-12-31'), 'date-range')).toEqual([]);
    expect(await said(done('2023-01-01'), 'date-range')).toEqual([`p/tasks/T3.yaml:7: the done_on date 2023-01-01 lies outside the programme period (10/01/2020–31/12/2022) → ${OUTSIDE_HINT}`]);
    expect(await said(done('2023-01-01'), 'date-range', 'vi')).toEqual(['p/tasks/T3.yaml:7: ngày hoàn thành 2023-01-01 nằm ngoài giai đoạn của chương trình (10/01/2020–31/12/2022) → sửa ngày cho đúng, hoặc sửa giai đoạn trong programme.yaml qua văn bản điều chỉnh']);
    expect(await said(done('2020-06-01', '\nstart: 2020-06-01'), 'date-range')).toEqual([]);
    expect(await said(done('2020-05-31', '\nstart: 2020-06-01'), 'date-range')).toEqual(['p/tasks/T3.yaml:7: done_on 2020-05-31 is before the task starts (2020-06-01)']);
    expect(await said(done('2020-05-31', '\nstart: 2020-06-01'), 'date-range', 'vi')).toEqual(['p/tasks/T3.yaml:7: ngày hoàn thành 2020-05-31 trước ngày bắt đầu nhiệm vụ 2020-06-01']);
  });

  it('a report on the day the programme was signed is fine, the day before is not', async () => {
    const report = (on: string) =>
      root((f) => {
        f['p/programme.yaml'] = f['p/programme.yaml']!.replace('period: { from: 2020-01-10', 'period: { from: 2019-01-01');
        f['p/tasks/T3.yaml'] = f['p/tasks/T3.yaml']!.replace('{ on: 2020-11-20,', `{ on: ${on},`);
      });
    expect(await said(report('2020-01-10'), 'date-range')).toEqual([]);
    expect(await said(report('2020-01-09'), 'date-range', 'vi')).toEqual(['p/tasks/T3.yaml:8: báo cáo ghi ngày 2020-01-09, trước ngày ký chương trình (10/01/2020) → sửa ngày báo cáo (on: YYYY-MM-DD) cho đúng ngày ban hành văn bản báo cáo']);
    expect(await said(report('2020-01-09'), 'date-range')).toEqual(['p/tasks/T3.yaml:8: the report is dated 2020-01-09, before the programme was signed (10/01/2020) → correct the report date (on: YYYY-MM-DD) to the day the report was issued']);
  });

  it('a once-task due on its task\'s first or last day is fine', async () => {
    const due = (day: string) => root((f) => (f['p/tasks/T3.yaml'] = f['p/tasks/T3.yaml']!.replace('due: [2021-06-30]', `due: [${day}]`).replace('status: active', 'status: active\nstart: 2020-06-01\nend: 2021-06-30')));
    expect(await said(due('2021-06-30'), 'date-range')).toEqual([]);
    expect(await said(due('2020-06-01'), 'date-range')).toEqual([]);
    expect(await said(due('2021-07-01'), 'date-range')).toEqual([`p/tasks/T3.yaml:5: the due date 2021-07-01 lies outside the task's dates (2020-06-01–2021-06-30) → ${OUTSIDE_HINT}`]);
    expect(await said(due('2021-07-01'), 'date-range', 'vi')).toEqual(['p/tasks/T3.yaml:5: hạn 2021-07-01 nằm ngoài thời gian thực hiện nhiệm vụ (2020-06-01–2021-06-30) → sửa ngày cho đúng, hoặc sửa giai đoạn trong programme.yaml qua văn bản điều chỉnh']);
    // At the due day itself: "schedule: { every: once, due: [2021-07-01] }".
    expect(await placed(due('2021-07-01'), 'date-range')).toEqual(['p/tasks/T3.yaml:5:32']);
  });

  it('an amendment dated on the first day of the period is fine, the day before is not', async () => {
    const amendment = (date: string) => root((f) => (f[`p/amendments/${date}.yaml`] = `date: ${date}\ndocument: 01-QĐ\nkind: adjustment\nchanges:\n  - { op: change_task, task: T1, note: đổi }\n`));
    expect(await said(amendment('2020-01-10'), 'date-range')).toEqual([]);
    expect(await placed(amendment('2020-01-09'), 'date-range')).toEqual(['p/amendments/2020-01-09.yaml:1:7']);
    expect(await said(amendment('2020-01-09'), 'date-range', 'vi')).toEqual([
      'p/amendments/2020-01-09.yaml:1: ngày văn bản 2020-01-09 nằm ngoài giai đoạn của chương trình (10/01/2020–31/12/2022) → sửa ngày cho đúng, hoặc sửa giai đoạn trong programme.yaml qua văn bản điều chỉnh',
    ]);
  });

  it('an evaluation of the first or last year of the period is fine, of a year outside it is not', async () => {
    const evaluation = (year: number) => root((f) => (f[`p/evaluations/${year}.yaml`] = `year: ${year}\nheld_on: ${year}-12-14\nstate: draft\n`));
    expect(await said(evaluation(2022), 'date-range')).toEqual([]);
    expect(await placed(evaluation(2019), 'date-range')).toEqual(['p/evaluations/2019.yaml:1:7']);
    expect(await said(evaluation(2019), 'date-range')).toEqual([`p/evaluations/2019.yaml:1: the evaluation year 2019 lies outside the programme period (10/01/2020–31/12/2022) → ${OUTSIDE_HINT}`]);
    expect(await said(evaluation(2023), 'date-range', 'vi')).toEqual([
      'p/evaluations/2023.yaml:1: năm đánh giá 2023 nằm ngoài giai đoạn của chương trình (10/01/2020–31/12/2022) → sửa ngày cho đúng, hoặc sửa giai đoạn trong programme.yaml qua văn bản điều chỉnh',
    ]);
  });
});

describe('unknown-reference', () => {
  const amendment = (changes: string) => (f: RootFiles) => void (f['p/amendments/2021-03-01.yaml'] = `date: 2021-03-01\ndocument: 02-QĐ\nkind: adjustment\nchanges:\n${changes}`);

  it('an amendment naming a task or a content the programme does not have', async () => {
    const files = root(amendment('  - { op: change_task, task: T9, note: đổi }\n  - { op: add_content, content: ND9 }\n'));
    expect(await said(files, 'unknown-reference')).toEqual([
      'p/amendments/2021-03-01.yaml:5: there is no task "T9"; did you mean "T1"? → known ids: T1, T2, T3',
      'p/amendments/2021-03-01.yaml:6: there is no content "ND9"; did you mean "ND1"? → known ids: ND1, ND2',
    ]);
    expect(await said(files, 'unknown-reference', 'vi')).toEqual([
      'p/amendments/2021-03-01.yaml:5: không có nhiệm vụ "T9"; có phải ý bạn là "T1"? → các mã hiện có: T1, T2, T3',
      'p/amendments/2021-03-01.yaml:6: không có nội dung "ND9"; có phải ý bạn là "ND1"? → các mã hiện có: ND1, ND2',
    ]);
  });

  it('a task added by an amendment whose file is broken is not blamed for naming it', async () => {
    const files = root((f) => {
      amendment('  - { op: add_task, task: T1 }\n')(f);
      f['p/amendments/2021-03-01.yaml'] = f['p/amendments/2021-03-01.yaml']!.replace('kind: adjustment', 'kind: adjusment');
      f['p/tasks/T1.yaml'] = f['p/tasks/T1.yaml']!.replace('status: active', 'status: active\nadded_by: 2021-03-01');
    });
    expect(await said(files, 'unknown-reference')).toEqual([]);
    expect(await said(files, 'schema')).toHaveLength(1);
  });

  it('lists at most twenty known ids in its hint', async () => {
    const files = root((f) => {
      const more = Array.from({ length: 21 }, (_, i) => `  - { id: ND${i + 3}, title: Nội dung ${i + 3} }\n`).join('');
      f['p/programme.yaml'] = f['p/programme.yaml']!.replace('  - { id: ND2, title: Nội dung hai }\n', `  - { id: ND2, title: Nội dung hai }\n${more}`);
      f['p/tasks/T2.yaml'] = f['p/tasks/T2.yaml']!.replace('contents: [ND2]', 'contents: [XYZW]');
    });
    expect(await said(files, 'unknown-reference')).toEqual([
      'p/tasks/T2.yaml:3: there is no content "XYZW" → known ids: ND1, ND2, ND3, ND4, ND5, ND6, ND7, ND8, ND9, ND10, ND11, ND12, ND13, ND14, ND15, ND16, ND17, ND18, ND19, ND20',
    ]);
  });
});

describe('reviews', () => {
  const reviews = (list: string) => root((f) => (f['p/programme.yaml'] += `reviews:\n${list}`));

  it('a review held before its through year is a warning only, in both languages', async () => {
    const files = reviews('  - { kind: final, through: 2022, held_on: 2021-12-31 }\n');
    expect(await said(files, 'reviews')).toEqual(['p/programme.yaml:14: warning: the review is held on 2021-12-31, before 2022 begins → check held_on or through']);
    expect(await said(files, 'reviews', 'vi')).toEqual(['p/programme.yaml:14: warning: hội nghị họp ngày 2021-12-31, trước khi năm 2022 bắt đầu → kiểm tra lại held_on hoặc through']);
    expect((await runCli(['validate', '--root', writeRoot(files), '--no-cache'])).exitCode).toBe(0);
  });

  it('a mid-term review not before the final one is told at the mid-term review, wherever it is listed', async () => {
    const files = reviews('  - { kind: final, through: 2021 }\n  - { kind: mid-term, through: 2022 }\n');
    expect(await said(files, 'reviews')).toEqual([
      'p/programme.yaml:15: the mid-term review through 2022 does not come before the final review through 2021 → the mid-term review covers part of the period, the final review runs to its last year',
    ]);
  });

  it('a second review of a kind is told at its kind, and the first one counts for the order', async () => {
    const files = reviews('  - { kind: mid-term, through: 2020 }\n  - { kind: final, through: 2022 }\n  - { kind: mid-term, through: 2022 }\n');
    expect(await said(files, 'reviews', 'vi')).toEqual([
      'p/programme.yaml:16: chương trình đã có một sơ kết (mid-term) ở trên → mỗi chương trình có một sơ kết (mid-term) và một tổng kết (final); xóa hoặc gộp mục trùng',
    ]);
    expect(await said(files, 'reviews')).toEqual([
      'p/programme.yaml:16: the programme already has a mid-term review above → a programme has one mid-term and one final review; delete or merge the repeated entry',
    ]);
  });
});

describe('plan-date', () => {
  it('a plan dated outside the evaluated year and the next is a warning', async () => {
    const files = root((f) => (f['p/evaluations/2020.yaml'] += 'next_year:\n  plan: { number: 03-KH/BA-BB, date: 2019-12-31 }\n'));
    expect(await said(files, 'plan-date')).toEqual([
      'p/evaluations/2020.yaml:9: warning: the plan 03-KH/BA-BB is dated 31/12/2019, in neither 2020 nor 2021 → next_year.plan in the 2020 evaluation is the joint plan for 2021, issued late in 2020 or early in 2021; check its date or number',
    ]);
    expect((await runCli(['validate', '--root', writeRoot(files), '--no-cache'])).exitCode).toBe(0);
  });
});

describe('schedule-due', () => {
  const quarterly = (due: string) => root((f) => (f['p/tasks/T2.yaml'] = f['p/tasks/T2.yaml']!.replace('schedule: { every: half-year, due: ["06-30", "12-31"] }', `schedule: { every: quarter, due: ${due} }`)));

  it('a quarterly task needs four due days, and is shown an example of them', async () => {
    expect(await said(quarterly('["03-31", "06-30", "09-30", "12-31"]'), 'schedule-due')).toEqual([]);
    expect(await said(quarterly('["03-31", "06-30", "09-30"]'), 'schedule-due')).toEqual(['p/tasks/T2.yaml:5: "every: quarter" needs 4 due days, but has 3 → for example: due: ["03-25", "06-25", "09-25", "12-25"]']);
    expect(await said(quarterly('["03-31", "06-30", "09-30"]'), 'schedule-due', 'vi')).toEqual(['p/tasks/T2.yaml:5: lịch "every: quarter" cần 4 hạn, nhưng có 3 → ví dụ: due: ["03-25", "06-25", "09-25", "12-25"]']);
  });
  it('a once-task without a due day, or a recurring task with a full date, is told once, by schedule-due', async () => {
    const noDue = root((f) => (f['p/tasks/T3.yaml'] = f['p/tasks/T3.yaml']!.replace('schedule: { every: once, due: [2021-06-30] }', 'schedule: { every: once }')));
    const fullDate = root((f) => (f['p/tasks/T2.yaml'] = f['p/tasks/T2.yaml']!.replace('due: ["06-30", "12-31"]', 'due: ["06-30", 2023-12-31]')));
    const rules = async (files: RootFiles) => JSON.parse((await runCli(['validate', '--root', writeRoot(files), '--format', 'json', '--no-cache', '--lang', 'en'])).stdout).diagnostics.map((d: Diagnostic) => `${d.rule} ${d.file}:${d.line}: ${d.message}`);
    expect(await rules(noDue)).toEqual(['schedule-due p/tasks/T3.yaml:5: "every: once" needs 1 due day, but has 0']);
    expect(await rules(fullDate)).toEqual(['schedule-due p/tasks/T2.yaml:5: a recurring task needs "MM-DD" due days (repeating every year), not "2023-12-31"']);
  });
});

describe('unique-id', () => {
  it('two programmes with one id, and two task files with one id', async () => {
    const files = root((f) => {
      for (const name of ['programme.yaml', 'tasks/T1.yaml', 'tasks/T2.yaml', 'tasks/T3.yaml', 'evaluations/2020.yaml']) f[`q/${name}`] = f[`p/${name}`]!;
      f['q/tasks/T4.yaml'] = f['q/tasks/T3.yaml']!;
    });
    expect(await said(files, 'unique-id')).toEqual([
      'q/programme.yaml:1: the programme id "thu-nghiem" is already used in p/programme.yaml → use each id once; change the id or merge the two entries',
      'q/tasks/T4.yaml:1: the task id "T3" is already used in q/tasks/T3.yaml → use each id once; change the id or merge the two entries',
    ]);
    expect(await said(files, 'unique-id', 'vi')).toEqual([
      'q/programme.yaml:1: mã chương trình "thu-nghiem" đã có ở p/programme.yaml → mỗi mã chỉ dùng một lần; đổi mã hoặc gộp hai mục',
      'q/tasks/T4.yaml:1: mã nhiệm vụ "T3" đã có ở q/tasks/T3.yaml → mỗi mã chỉ dùng một lần; đổi mã hoặc gộp hai mục',
    ]);
  });
});

describe('document-symbol', () => {
  it('looks at every document number a programme holds', async () => {
    const files = root((f) => {
      f['agencies.yaml'] = f['agencies.yaml']!.replace('{ id: ban-a, name: Ban A, short: BA }', '{ id: ban-a, name: Ban A, short: BA, symbol: BDVTU }');
      f['p/programme.yaml'] = f['p/programme.yaml']!.replace('signed_on: 2020-01-10', 'signed_on: 2020-01-10\nnumber: 01-CTr/BDVTƯ') + 'reviews:\n  - { kind: mid-term, through: 2021, document: 02-BC/BDVTY }\n';
      f['p/evaluations/2020.yaml'] += 'document: 03-BC/BDVTV\nnext_year:\n  plan: { number: 04-KH/BDVT, date: 2020-12-30 }\n';
      f['p/amendments/2021-03-01.yaml'] = 'date: 2021-03-01\ndocument: 05-QĐ/BDVTUU\nkind: adjustment\nchanges:\n  - { op: change_task, task: T1, note: đổi }\n';
    });
    expect(await said(files, 'document-symbol')).toEqual([
      'p/amendments/2021-03-01.yaml:2: warning: document number "05-QĐ/BDVTUU": "BDVTUU" is close to BDVTU, the symbol of Ban A → if the document is that agency\'s, write 05-QĐ/BDVTU',
      'p/evaluations/2020.yaml:8: warning: document number "03-BC/BDVTV": "BDVTV" is close to BDVTU, the symbol of Ban A → if the document is that agency\'s, write 03-BC/BDVTU',
      'p/evaluations/2020.yaml:10: warning: document number "04-KH/BDVT": "BDVT" is close to BDVTU, the symbol of Ban A → if the document is that agency\'s, write 04-KH/BDVTU',
      'p/programme.yaml:4: warning: document number "01-CTr/BDVTƯ": "BDVTƯ" is close to BDVTU, the symbol of Ban A → if the document is that agency\'s, write 01-CTr/BDVTU',
      'p/programme.yaml:15: warning: document number "02-BC/BDVTY": "BDVTY" is close to BDVTU, the symbol of Ban A → if the document is that agency\'s, write 02-BC/BDVTU',
    ]);
  });

  it('a three-letter symbol one keystroke off is still caught', async () => {
    const files = root((f) => {
      f['agencies.yaml'] = f['agencies.yaml']!.replace('{ id: ban-a, name: Ban A, short: BA }', '{ id: ban-a, name: Ban A, short: BA, symbol: BDT }');
      f['p/tasks/T1.yaml'] += '    documents: ["45-BC/BDX", "46-BC/BD"]\n';
    });
    expect(await said(files, 'document-symbol')).toEqual(['p/tasks/T1.yaml:12: warning: document number "45-BC/BDX": "BDX" is close to BDT, the symbol of Ban A → if the document is that agency\'s, write 45-BC/BDT']);
  });
});

describe('rules that wait for a complete programme folder, or for a final evaluation', () => {
  it('a task cancelled by an amendment whose file is broken is not blamed: only the broken file is', async () => {
    const files = root((f) => {
      f['p/amendments/2021-03-01.yaml'] = 'date: 2021-03-01\ndocument: 02-QĐ\nkind: adjusment\nchanges:\n  - { op: cancel_task, task: T3 }\n';
      f['p/tasks/T3.yaml'] = f['p/tasks/T3.yaml']!.replace('status: active', 'status: cancelled');
    });
    const result = await runCli(['validate', '--root', writeRoot(files), '--format', 'json', '--no-cache', '--lang', 'en']);
    expect((JSON.parse(result.stdout).diagnostics as Diagnostic[]).map((d) => `${d.rule} ${d.file}:${d.line}`)).toEqual(['schema p/amendments/2021-03-01.yaml:3']);
  });

  it('a draft evaluation may lack results and ratings; the same evaluation made final may not', async () => {
    const evaluation = (state: string) => root((f) => (f['p/evaluations/2021.yaml'] = `year: 2021\nheld_on: 2021-12-14\nstate: ${state}\nresults:\n  - { task: T1 }\n`));
    expect(await said(evaluation('draft'), 'evaluation-results')).toEqual([]);
    expect(await said(evaluation('final'), 'evaluation-results')).toEqual([
      'p/evaluations/2021.yaml:4: warning: the final evaluation of 2021 has no result for: T2, T3 → add to results, for example "- { task: T2, rating: good, summary: ... }"',
      'p/evaluations/2021.yaml:5: warning: the evaluation is final but the result for T1 has no rating → add rating: excellent, good, done or not_done',
    ]);
  });
});

describe('report-period and file-name', () => {
  it('a report of an ongoing task needs no period', async () => {
    const files = root((f) => (f['p/tasks/T2.yaml'] = f['p/tasks/T2.yaml']!.replace('schedule: { every: half-year, due: ["06-30", "12-31"] }', 'schedule: { every: ongoing }').replace('status: active\n', 'status: active\nreports:\n  - { on: 2020-12-10, state: partial }\n')));
    expect(await said(files, 'report-period')).toEqual([]);
  });

  it('an amendment file named for its day and more digits is not named for its day', async () => {
    const files = root((f) => (f['p/amendments/2021-03-012.yaml'] = 'date: 2021-03-01\ndocument: 02-QĐ\nkind: adjustment\nchanges:\n  - { op: change_task, task: T1, note: đổi }\n'));
    expect(await said(files, 'file-name')).toEqual(["p/amendments/2021-03-012.yaml:1: the file name 2021-03-012.yaml does not start with the amendment's date (2021-03-01) → name the file 2021-03-01.yaml or 2021-03-01-short-name.yaml"]);
  });
});

describe('future-date', () => {
  it('a task done today, and a final evaluation held today, are not in the future', async () => {
    const files = root((f) => {
      f['p/programme.yaml'] = f['p/programme.yaml']!.replace('to: 2022-12-31', 'to: 2025-12-31');
      f['p/tasks/T3.yaml'] = f['p/tasks/T3.yaml']!.replace('status: active', 'status: done\ndone_on: 2024-06-15');
      f['p/evaluations/2024.yaml'] = 'year: 2024\nheld_on: 2024-06-15\nstate: final\nresults:\n  - { task: T1, rating: good }\n  - { task: T2, rating: done }\n';
    });
    expect(await said(files, 'future-date')).toEqual([]);
    const tomorrow = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, text.replaceAll('2024-06-15', '2024-06-16')]));
    expect(await said(tomorrow, 'future-date')).toEqual([
      'p/evaluations/2024.yaml:2: the evaluation is final (state: final) but held_on 2024-06-16 is in the future (today is 15/06/2024) → set held_on to the day of the meeting; if it has not been held, keep "state: draft"',
      'p/tasks/T3.yaml:7: done_on 2024-06-16 is in the future (today is 15/06/2024) → write the day the task was really finished; if it is not, keep "status: active" and delete the done_on line',
    ]);
  });
});

describe('the rules described where code-scanning tools show them', () => {
  it('SARIF output describes each rule it reports with the line the README lists', async () => {
    const files = root((f) => {
      f['agencies.yaml'] = f['agencies.yaml']!.replace('{ id: ban-a, name: Ban A, short: BA }', '{ id: ban-a, name: Ban A, short: BA, symbol: BDVTU }');
      f['p/programme.yaml'] += 'reviews:\n  - { kind: final, through: 2023 }\n';
      f['p/evaluations/2020.yaml'] += 'next_year:\n  plan: { number: 03-KH/BDVTƯ, date: 2023-01-10 }\n';
      f['p/tasks/T2.yaml'] = f['p/tasks/T2.yaml']!.replace('lead: ban-b', 'lead: ban-c').replace('status: active', 'status: active\nstart: 2019-01-01\n').replace('due: ["06-30", "12-31"]', 'due: ["06-30"]');
      f['q/programme.yaml'] = f['p/programme.yaml']!;
    });
    const sarif = JSON.parse((await runCli(['validate', '--root', writeRoot(files), '--format', 'sarif', '--no-cache'])).stdout) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }[] };
    const described = Object.fromEntries(sarif.runs[0]!.tool.driver.rules.map((r) => [r.id, r.shortDescription.text]));
    expect(described).toMatchObject({
      'date-range': 'Dates lie inside the period: the period runs forwards; task start and end, once-task due dates, done_on, amendment dates and evaluation years fall within the programme period; no report is dated before the programme was signed.',
      reviews: "Reviews: through is a year of the programme's period, one review of each kind, the mid-term before the final; a review is not held before its through year begins (warning).",
      'plan-date': 'The next year\'s plan (next_year.plan) in the evaluation of year Y is dated in Y or Y+1 (warning).',
      'unknown-reference': 'Every reference resolves: agencies (parties, lead, partners), contents, tasks (in results, focus_tasks and amendment changes) and added_by.',
      'unique-id': 'Ids are unique: agencies, programmes (across the root), contents and tasks (within a programme), evaluation results (one per task).',
      'document-symbol': "An issuer's symbol in a document number (45-BC/BDVTU) is not one character off an agency's symbol in agencies.yaml (warning).",
      'schedule-due': 'Due days match the schedule: once has one YYYY-MM-DD date; year 1, half-year 2, quarter 4 "MM-DD" days; ongoing has none.',
    });
  });
});

describe('where a finding points', () => {
  // An editor or a CI annotation jumps to file:line:column: the value at fault, not the mapping
  // around it (the flow mappings below hold several values on one line).
  it('reviews, plan-date, unique-id and unknown-reference point at the value at fault', async () => {
    const files = root((f) => {
      f['agencies.yaml'] += '  - { id: ban-a, name: Ban A lặp }\n';
      f['p/programme.yaml'] = f['p/programme.yaml']!.replace('  - { agency: ban-b, signatory: Trần Thị B }', '  - { agency: ban-x, signatory: Trần Thị B }').replace('{ id: ND2, title: Nội dung hai }', '{ id: ND1, title: Nội dung hai }');
      f['p/programme.yaml'] += 'reviews:\n  - { kind: mid-term, through: 2023 }\n  - { kind: final, through: 2021, held_on: 2020-12-01 }\n  - { kind: final, through: 2022 }\n';
      f['p/evaluations/2020.yaml'] = f['p/evaluations/2020.yaml']!.replace('  - { task: T3, rating: excellent }\n', '  - { task: T3, rating: excellent }\n  - { task: T3, rating: good }\n  - { task: T7, rating: good }\n');
      f['p/evaluations/2020.yaml'] += 'next_year:\n  focus_tasks: [T1, T8]\n  plan: { number: 03-KH/BA, date: 2023-01-10 }\n';
      f['p/tasks/T4.yaml'] = f['p/tasks/T3.yaml']!;
      f['p/amendments/2021-03-01.yaml'] = 'date: 2021-03-01\ndocument: 02-QĐ\nkind: adjustment\nchanges:\n  - { op: change_task, task: T9, note: đổi }\n  - { op: add_content, content: ND9 }\n';
    });
    const at = async (rule: string) => placed(files, rule);
    expect(await at('reviews')).toEqual(['p/programme.yaml:14:32', 'p/programme.yaml:14:32', 'p/programme.yaml:15:44', 'p/programme.yaml:16:13']);
    expect(await at('plan-date')).toEqual(['p/evaluations/2020.yaml:12:35']);
    expect(await at('unique-id')).toEqual(['agencies.yaml:4:11', 'p/evaluations/2020.yaml:8:13', 'p/programme.yaml:11:11', 'p/tasks/T4.yaml:1:5']);
    expect(await at('unknown-reference')).toEqual(['p/amendments/2021-03-01.yaml:5:30', 'p/amendments/2021-03-01.yaml:6:33', 'p/evaluations/2020.yaml:9:13', 'p/evaluations/2020.yaml:11:21', 'p/programme.yaml:7:15', 'p/tasks/T2.yaml:3:12', 'p/tasks/T3.yaml:3:17', 'p/tasks/T4.yaml:3:17']);
  });
});

describe('unique-id across the root, before and after a change', () => {
  it('a programme id repeated before a change to both programmes is told as already there (--base)', async () => {
    const files = baseRoot();
    for (const [name, text] of Object.entries(baseRoot())) if (name.startsWith('p/')) files[name.replace(/^p\//, 'q/')] = text;
    const repo = gitRepo(files);
    repo.git('checkout', '-q', '-b', 'pr');
    // A change in both programmes: both are checked together (the rule's own root-wide part).
    for (const dir of ['p', 'q']) repo.write(`${dir}/tasks/T2.yaml`, files['p/tasks/T2.yaml']!.replace('title: Việc 6 tháng', 'title: Việc sáu tháng'));
    repo.commit('đổi tên nhiệm vụ');
    const result = await runCli(['validate', '--root', repo.dir, '--base', 'main', '--format', 'json', '--no-cache']);
    const found = (JSON.parse(result.stdout) as { diagnostics: (Diagnostic & { column: number; baseline?: boolean })[] }).diagnostics.filter((d) => d.rule === 'unique-id');
    // One finding, already there before the change (which of the two files it names is the order of the run).
    expect(found.map((d) => [d.line, d.column, d.baseline, d.message.replace(/[pq]\/programme\.yaml/, 'X')])).toEqual([[1, 5, true, 'mã chương trình "thu-nghiem" đã có ở X']]);
  });
});
