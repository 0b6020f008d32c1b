import { baseRoot, type RootFiles } from '../helpers/roots.js';

export interface Scenario {
  name: string;
  files: RootFiles;
  exitCode: number;
  /** Every finding expected, as "rule file:line" (severity implied by the rule). */
  expected: string[];
}

function edit(change: (files: RootFiles) => void): RootFiles {
  const files = baseRoot();
  change(files);
  return files;
}

function replace(file: string, from: string | RegExp, to: string): RootFiles {
  return edit((f) => {
    const before = f[file]!;
    f[file] = before.replace(from, to);
    if (f[file] === before) throw new Error(`scenario edit did nothing in ${file}`);
  });
}

/** Broken roots, each with exactly what validate must say. */
export const SCENARIOS: Scenario[] = [
  { name: 'clean root', files: baseRoot(), exitCode: 0, expected: [] },
  { name: 'misspelt key', files: replace('p/tasks/T1.yaml', 'status: active', 'stauts: active'), exitCode: 1, expected: ['schema p/tasks/T1.yaml:7'] },
  { name: 'Vietnamese-style date', files: replace('p/programme.yaml', 'signed_on: 2020-01-10', 'signed_on: 10/1/2020'), exitCode: 1, expected: ['schema p/programme.yaml:3'] },
  { name: 'impossible date', files: replace('p/tasks/T1.yaml', 'on: 2020-12-10', 'on: 2019-02-29'), exitCode: 1, expected: ['schema p/tasks/T1.yaml:10'] },
  { name: 'unknown enum value', files: replace('p/tasks/T2.yaml', 'status: active', 'status: actve'), exitCode: 1, expected: ['schema p/tasks/T2.yaml:6'] },
  { name: 'number where text expected', files: replace('p/tasks/T2.yaml', 'title: Việc 6 tháng', 'title: 2020'), exitCode: 1, expected: ['schema p/tasks/T2.yaml:2'] },
  { name: 'YAML syntax error', files: replace('p/tasks/T2.yaml', 'title: Việc 6 tháng', 'title: "Việc 6 tháng'), exitCode: 1, expected: ['yaml-syntax p/tasks/T2.yaml:2'] },
  { name: 'duplicate key', files: replace('p/tasks/T2.yaml', 'status: active', 'status: active\nstatus: paused'), exitCode: 1, expected: ['duplicate-key p/tasks/T2.yaml:7'] },
  { name: 'file is a list', files: edit((f) => (f['p/tasks/T2.yaml'] = '- id: T2\n')), exitCode: 1, expected: ['not-a-mapping p/tasks/T2.yaml:1'] },
  { name: 'task file name disagrees', files: replace('p/tasks/T2.yaml', 'id: T2', 'id: T9'), exitCode: 1, expected: ['file-name p/tasks/T2.yaml:1', 'unknown-reference p/evaluations/2020.yaml:6', 'evaluation-results p/evaluations/2020.yaml:4'] },
  { name: 'evaluation year disagrees', files: replace('p/evaluations/2020.yaml', 'year: 2020', 'year: 2021'), exitCode: 1, expected: ['file-name p/evaluations/2020.yaml:1'] },
  { name: 'duplicate content id', files: replace('p/programme.yaml', '{ id: ND2, title: Nội dung hai }', '{ id: ND1, title: Nội dung hai }'), exitCode: 1, expected: ['unique-id p/programme.yaml:11', 'unknown-reference p/tasks/T2.yaml:3', 'unknown-reference p/tasks/T3.yaml:3'] },
  { name: 'duplicate agency id', files: replace('agencies.yaml', 'id: ban-b', 'id: ban-a'), exitCode: 1, expected: ['unique-id agencies.yaml:3', 'unknown-reference p/programme.yaml:7', 'unknown-reference p/tasks/T1.yaml:5', 'unknown-reference p/tasks/T2.yaml:4'] },
  { name: 'unknown lead agency', files: replace('p/tasks/T2.yaml', 'lead: ban-b', 'lead: ban-c'), exitCode: 1, expected: ['unknown-reference p/tasks/T2.yaml:4'] },
  { name: 'unknown content', files: replace('p/tasks/T1.yaml', 'contents: [ND1]', 'contents: [ND3]'), exitCode: 1, expected: ['unknown-reference p/tasks/T1.yaml:3'] },
  { name: 'unknown task in results', files: replace('p/evaluations/2020.yaml', '{ task: T3, rating: excellent }', '{ task: T4, rating: excellent }'), exitCode: 1, expected: ['unknown-reference p/evaluations/2020.yaml:7', 'evaluation-results p/evaluations/2020.yaml:4'] },
  { name: 'unknown focus task', files: edit((f) => (f['p/evaluations/2020.yaml'] += 'next_year:\n  focus_tasks: [T1, T7]\n')), exitCode: 1, expected: ['unknown-reference p/evaluations/2020.yaml:9'] },
  { name: 'task start outside the period', files: replace('p/tasks/T2.yaml', 'status: active', 'status: active\nstart: 2019-01-01'), exitCode: 1, expected: ['date-range p/tasks/T2.yaml:7'] },
  { name: 'amendment outside the period', files: edit((f) => (f['p/amendments/2023-01-05.yaml'] = 'date: 2023-01-05\ndocument: 01-QĐ\nkind: adjustment\nchanges:\n  - { op: change_task, task: T1, note: đổi }\n')), exitCode: 1, expected: ['date-range p/amendments/2023-01-05.yaml:1'] },
  { name: 'wrong number of due days', files: replace('p/tasks/T2.yaml', 'due: ["06-30", "12-31"]', 'due: ["06-30"]'), exitCode: 1, expected: ['schedule-due p/tasks/T2.yaml:5'] },
  { name: 'report period of the wrong kind', files: replace('p/tasks/T1.yaml', 'period: "2020"', 'period: "2020-H1"'), exitCode: 1, expected: ['report-period p/tasks/T1.yaml:9'] },
  { name: 'report period outside the task', files: replace('p/tasks/T1.yaml', 'period: "2020"', 'period: "2019"'), exitCode: 1, expected: ['report-period p/tasks/T1.yaml:9', 'rating-before-due p/evaluations/2020.yaml:5'] },
  { name: 'done without done_on', files: replace('p/tasks/T3.yaml', 'status: active', 'status: done'), exitCode: 1, expected: ['done-on p/tasks/T3.yaml:6'] },
  { name: 'done_on without done', files: replace('p/tasks/T3.yaml', 'status: active', 'status: active\ndone_on: 2021-05-01'), exitCode: 1, expected: ['done-on p/tasks/T3.yaml:7'] },
  {
    name: 'cancelled without an amendment',
    files: edit((f) => {
      f['p/tasks/T3.yaml'] = f['p/tasks/T3.yaml']!.replace('status: active', 'status: cancelled');
      f['p/programme.yaml'] = f['p/programme.yaml']!.replace('tasks: 3', 'tasks: 2');
    }),
    exitCode: 1,
    expected: ['amendment-link p/tasks/T3.yaml:6'],
  },
  { name: 'live count disagrees', files: replace('p/programme.yaml', 'tasks: 3', 'tasks: 4'), exitCode: 1, expected: ['declared-count p/programme.yaml:8'] },
  {
    name: 'added task without its amendment change',
    files: edit((f) => {
      f['p/amendments/2021-03-01.yaml'] = 'date: 2021-03-01\ndocument: 02-QĐ\nkind: supplement\nchanges:\n  - { op: change_task, task: T1, note: bổ sung nội dung }\n';
      f['p/tasks/T1.yaml'] = f['p/tasks/T1.yaml']!.replace('status: active', 'status: active\nadded_by: 2021-03-01');
    }),
    exitCode: 1,
    expected: ['amendment-link p/tasks/T1.yaml:8'],
  },
  { name: 'added_by names no amendment', files: replace('p/tasks/T1.yaml', 'status: active', 'status: active\nadded_by: 2021-03-01'), exitCode: 1, expected: ['unknown-reference p/tasks/T1.yaml:8'] },
  { name: 'final evaluation misses a task (warning)', files: replace('p/evaluations/2020.yaml', '  - { task: T3, rating: excellent }\n', ''), exitCode: 0, expected: ['evaluation-results p/evaluations/2020.yaml:4'] },
  { name: 'NFD text (warning)', files: replace('p/tasks/T2.yaml', 'title: Việc 6 tháng', 'title: ' + 'Việc 6 tháng'.normalize('NFD')), exitCode: 0, expected: ['nfc p/tasks/T2.yaml:2'] },
  { name: 'no agencies file', files: edit((f) => delete f['agencies.yaml']), exitCode: 1, expected: ['unknown-reference p/programme.yaml:5'] },
  { name: 'unknown time zone', files: edit((f) => (f['phoihop.yaml'] = 'timezone: Asia/Hanoi\n')), exitCode: 1, expected: ['settings phoihop.yaml:1'] },
  { name: '.yml file is not read', files: edit((f) => (f['p/tasks/T4.yml'] = 'id: T4\n')), exitCode: 1, expected: ['file-name p/tasks/T4.yml:1'] },
  { name: 'merge conflict markers', files: replace('p/tasks/T2.yaml', 'status: active', '<<<<<<< HEAD\nstatus: active\n=======\nstatus: paused\n>>>>>>> branch'), exitCode: 1, expected: ['yaml-syntax p/tasks/T2.yaml:6'] },
  { name: 'two documents in one file', files: edit((f) => (f['p/tasks/T2.yaml'] += '---\nid: T5\n')), exitCode: 1, expected: ['multiple-documents p/tasks/T2.yaml:7'] },
  { name: 'empty file', files: edit((f) => (f['p/tasks/T2.yaml'] = '# chưa viết\n')), exitCode: 1, expected: ['not-a-mapping p/tasks/T2.yaml:1'] },
  // Record format 1.1 and the time-correct rules of issue 11.
  { name: 'rating before the task was due (warning)', files: replace('p/tasks/T3.yaml', /reports:\n.*\n/, ''), exitCode: 0, expected: ['rating-before-due p/evaluations/2020.yaml:7'] },
  {
    name: 'a task not yet due needs no rating in a final evaluation',
    files: edit((f) => {
      f['p/tasks/T3.yaml'] = f['p/tasks/T3.yaml']!.replace(/reports:\n.*\n/, '');
      f['p/evaluations/2020.yaml'] = f['p/evaluations/2020.yaml']!.replace('  - { task: T3, rating: excellent }\n', '');
    }),
    exitCode: 0,
    expected: [],
  },
  { name: 'report dated after the evaluation (warning)', files: replace('p/tasks/T2.yaml', 'status: active\n', 'status: active\nreports:\n  - { period: "2020-H2", on: 2020-12-20, state: done }\n'), exitCode: 0, expected: ['report-after-evaluation p/tasks/T2.yaml:8'] },
  { name: 'a catch-up report in the next year is only late', files: replace('p/tasks/T2.yaml', 'status: active\n', 'status: active\nreports:\n  - { period: "2020-H2", on: 2021-01-05, state: done }\n'), exitCode: 0, expected: [] },
  {
    name: 'figure naming an unknown indicator',
    files: edit((f) => {
      f['p/programme.yaml'] += 'indicators:\n  - { id: tiep-dan, title: phiên tiếp công dân, unit: phiên }\n  - { id: tiep-dan, title: lượt tiếp công dân, unit: lượt }\n';
      f['p/tasks/T1.yaml'] += '    figures: { tiep-dan: 4, tiepdan: 2 }\n';
    }),
    exitCode: 1,
    expected: ['indicators p/programme.yaml:15', 'indicators p/tasks/T1.yaml:12'],
  },
  { name: 'figures without any indicator', files: edit((f) => (f['p/tasks/T1.yaml'] += '    figures: { tiep-dan: 4 }\n')), exitCode: 1, expected: ['indicators p/tasks/T1.yaml:12'] },
  {
    name: 'reviews outside the period, twice, held early',
    files: edit((f) => (f['p/programme.yaml'] += 'reviews:\n  - { kind: mid-term, through: 2019 }\n  - { kind: final, through: 2022 }\n  - { kind: final, through: 2022, held_on: 2021-12-01 }\n')),
    exitCode: 1,
    expected: ['reviews p/programme.yaml:14', 'reviews p/programme.yaml:16', 'reviews p/programme.yaml:16'],
  },
  { name: 'mid-term review not before the final one', files: edit((f) => (f['p/programme.yaml'] += 'reviews:\n  - { kind: mid-term, through: 2022 }\n  - { kind: final, through: 2021 }\n')), exitCode: 1, expected: ['reviews p/programme.yaml:14'] },
  { name: 'plan dated outside its year (warning)', files: edit((f) => (f['p/evaluations/2020.yaml'] += 'next_year:\n  plan: { number: 03-KH/BA-BB, date: 2023-01-10 }\n')), exitCode: 0, expected: ['plan-date p/evaluations/2020.yaml:9'] },
  {
    name: 'document symbol one character off an agency (warning)',
    files: edit((f) => {
      f['agencies.yaml'] = f['agencies.yaml']!.replace('{ id: ban-a, name: Ban A, short: BA }', '{ id: ban-a, name: Ban A, short: BA, symbol: BDVTU }');
      f['p/tasks/T1.yaml'] += '    documents: ["45-BC/BDVTƯ", "46-BC/BDVTU", "150/BC-UBND"]\n';
    }),
    exitCode: 0,
    expected: ['document-symbol p/tasks/T1.yaml:12'],
  },
  // The edges of each rule (issue 19): the last day or year that is still fine, and the first that is not.
  { name: 'reviews through the first and the last year, held in the last', files: edit((f) => (f['p/programme.yaml'] += 'reviews:\n  - { kind: mid-term, through: 2020 }\n  - { kind: final, through: 2022, held_on: 2022-12-20 }\n')), exitCode: 0, expected: [] },
  { name: 'mid-term and final review through the same year', files: edit((f) => (f['p/programme.yaml'] += 'reviews:\n  - { kind: mid-term, through: 2021 }\n  - { kind: final, through: 2021 }\n')), exitCode: 1, expected: ['reviews p/programme.yaml:14'] },
  { name: 'plan dated in the evaluated year', files: edit((f) => (f['p/evaluations/2020.yaml'] += 'next_year:\n  plan: { number: 03-KH/BA-BB, date: 2020-12-30 }\n')), exitCode: 0, expected: [] },
  { name: 'plan dated in the year it plans', files: edit((f) => (f['p/evaluations/2020.yaml'] += 'next_year:\n  plan: { number: 03-KH/BA-BB, date: 2021-12-31 }\n')), exitCode: 0, expected: [] },
  { name: 'a report filed today (in-process the clock says 2024-06-15; the real bin sees a past day)', files: edit((f) => (f['p/tasks/T1.yaml'] += '  - { period: "2022", on: 2024-06-15, state: done }\n')), exitCode: 0, expected: [] },
  { name: 'a report on the day of the evaluation meeting', files: replace('p/tasks/T2.yaml', 'status: active\n', 'status: active\nreports:\n  - { period: "2020-H2", on: 2020-12-14, state: done }\n'), exitCode: 0, expected: [] },
  {
    name: 'a task added by an amendment is counted',
    files: edit((f) => {
      f['p/amendments/2021-03-01.yaml'] = 'date: 2021-03-01\ndocument: 02-QĐ\nkind: supplement\nchanges:\n  - { op: add_task, task: T4 }\n  - { op: add_content, content: ND3 }\n';
      f['p/tasks/T4.yaml'] = 'id: T4\ntitle: Việc bổ sung\ncontents: [ND3]\nlead: ban-a\nschedule: { every: ongoing }\nstatus: active\nstart: 2021-03-01\nadded_by: 2021-03-01\n';
      f['p/programme.yaml'] = f['p/programme.yaml']!.replace('  - { id: ND2, title: Nội dung hai }\n', '  - { id: ND2, title: Nội dung hai }\n  - { id: ND3, title: Nội dung ba }\n');
    }),
    exitCode: 0,
    expected: [],
  },
  {
    name: 'a task cancelled by an amendment is not counted',
    files: edit((f) => {
      f['p/amendments/2021-03-01.yaml'] = 'date: 2021-03-01\ndocument: 02-QĐ\nkind: adjustment\nchanges:\n  - { op: cancel_task, task: T3 }\n';
      f['p/tasks/T3.yaml'] = f['p/tasks/T3.yaml']!.replace('status: active', 'status: cancelled');
    }),
    exitCode: 0,
    expected: [],
  },
  {
    name: 'an amendment cancels a task still active, another adds a task that does not name it',
    files: edit((f) => {
      f['p/amendments/2021-03-01.yaml'] = 'date: 2021-03-01\ndocument: 02-QĐ\nkind: adjustment\nchanges:\n  - { op: cancel_task, task: T3 }\n  - { op: add_task, task: T2 }\n';
      f['p/programme.yaml'] = f['p/programme.yaml']!.replace('tasks: 3', 'tasks: 3');
    }),
    exitCode: 1,
    expected: ['amendment-link p/tasks/T3.yaml:6', 'amendment-link p/amendments/2021-03-01.yaml:6'],
  },
  { name: 'a result without a rating in a final evaluation', files: replace('p/evaluations/2020.yaml', '{ task: T3, rating: excellent }', '{ task: T3 }'), exitCode: 0, expected: ['evaluation-results p/evaluations/2020.yaml:7'] },
  { name: 'a result given twice', files: replace('p/evaluations/2020.yaml', '  - { task: T3, rating: excellent }\n', '  - { task: T3, rating: excellent }\n  - { task: T3, rating: good }\n'), exitCode: 1, expected: ['unique-id p/evaluations/2020.yaml:8'] },
  {
    name: 'a figure far from every indicator',
    files: edit((f) => {
      f['p/programme.yaml'] += 'indicators:\n  - { id: tiep-dan, title: phiên tiếp công dân, unit: phiên }\n';
      f['p/tasks/T1.yaml'] += '    figures: { hoi-nghi: 2, tiep-dan: 3 }\n';
    }),
    exitCode: 1,
    expected: ['indicators p/tasks/T1.yaml:12'],
  },
  { name: 'an ongoing task with a due day', files: replace('p/tasks/T2.yaml', 'schedule: { every: half-year, due: ["06-30", "12-31"] }', 'schedule: { every: ongoing, due: ["12-31"] }'), exitCode: 1, expected: ['schedule-due p/tasks/T2.yaml:5'] },
  { name: 'a once-task due on a day of every year', files: replace('p/tasks/T3.yaml', 'due: [2021-06-30]', 'due: ["06-30"]'), exitCode: 1, expected: ['schedule-due p/tasks/T3.yaml:5'] },
  { name: 'a half-yearly task due on a full date', files: replace('p/tasks/T2.yaml', 'due: ["06-30", "12-31"]', 'due: ["06-30", 2020-12-31]'), exitCode: 1, expected: ['schedule-due p/tasks/T2.yaml:5'] },
  { name: 'a yearly task without due days', files: replace('p/tasks/T1.yaml', 'schedule: { every: year, due: ["12-15"] }', 'schedule: { every: year }'), exitCode: 1, expected: ['schedule-due p/tasks/T1.yaml:6'] },
  { name: 'a report of a recurring task without a period', files: replace('p/tasks/T1.yaml', '  - period: "2020"\n    on: 2020-12-10', '  - on: 2020-12-10'), exitCode: 1, expected: ['report-period p/tasks/T1.yaml:9'] },
  { name: 'a once-task report with a period', files: replace('p/tasks/T3.yaml', '{ on: 2020-11-20,', '{ period: "2020", on: 2020-11-20,'), exitCode: 1, expected: ['report-period p/tasks/T3.yaml:8'] },
  { name: 'an amendment file named for another day', files: edit((f) => (f['p/amendments/2021-03-02-bo-sung.yaml'] = 'date: 2021-03-01\ndocument: 02-QĐ\nkind: adjustment\nchanges:\n  - { op: change_task, task: T1, note: đổi }\n')), exitCode: 1, expected: ['file-name p/amendments/2021-03-02-bo-sung.yaml:1'] },
  { name: 'an amendment file named for its day with words after', files: edit((f) => (f['p/amendments/2021-03-01-bo-sung.yaml'] = 'date: 2021-03-01\ndocument: 02-QĐ\nkind: adjustment\nchanges:\n  - { op: change_task, task: T1, note: đổi }\n')), exitCode: 0, expected: [] },
  { name: 'a control character in a title', files: replace('p/tasks/T2.yaml', 'title: Việc 6 tháng', 'title: "Việc \\e[31m6 tháng"'), exitCode: 1, expected: ['control-character p/tasks/T2.yaml:2'] },
  { name: 'a title typed in TCVN3', files: replace('p/tasks/T2.yaml', 'title: Việc 6 tháng', 'title: "D©n vËn TØnh ñy"'), exitCode: 0, expected: ['legacy-encoding p/tasks/T2.yaml:2'] },
  { name: 'one agency word with two tone-mark placements', files: replace('agencies.yaml', '{ id: ban-b, name: Ban B }', '{ id: ban-b, name: Ủy ban B, short: Uỷ ban B }'), exitCode: 0, expected: ['tone-marks agencies.yaml:3'] },
  { name: 'a known time zone', files: edit((f) => (f['phoihop.yaml'] = 'timezone: Asia/Tokyo\n')), exitCode: 0, expected: [] },
  {
    name: 'document symbols differing only in case, and short tokens left alone (warning)',
    files: edit((f) => {
      f['agencies.yaml'] = f['agencies.yaml']!.replace('{ id: ban-a, name: Ban A, short: BA }', '{ id: ban-a, name: Ban A, short: BA, symbol: BDVTU }');
      f['p/tasks/T1.yaml'] += '    documents: ["45-BC/bdvtu", "46-BC/BD"]\n';
    }),
    exitCode: 0,
    expected: ['document-symbol p/tasks/T1.yaml:12'],
  },
  { name: 'an evaluation held before its own year is no rating\'s fault', files: edit((f) => { f['p/tasks/T3.yaml'] = f['p/tasks/T3.yaml']!.replace(/reports:\n.*\n/, ''); f['p/tasks/T1.yaml'] = f['p/tasks/T1.yaml']!.replace(/reports:[\s\S]*$/, ''); f['p/evaluations/2020.yaml'] = f['p/evaluations/2020.yaml']!.replace('held_on: 2020-12-14', 'held_on: 2019-12-14'); }), exitCode: 0, expected: [] },
];
