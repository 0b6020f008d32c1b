// Writes synthetic records roots that follow docs/records.md: N programmes, each with 9 contents,
// 15 tasks of every schedule kind with realistic reports, 5 final evaluations and an amendment
// that adds a 16th task. Deterministic from the seed: the same call writes the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENCIES = Array.from({ length: 20 }, (_, i) => ({ id: `co-quan-${i + 1}`, name: `Cơ quan số ${i + 1} của tỉnh`, short: `CQ ${i + 1}` }));
const WORDS = ['tuyên truyền', 'vận động', 'nhân dân', 'cơ sở', 'dân chủ', 'đối thoại', 'cải cách', 'hành chính', 'kiểm tra', 'giám sát', 'đồng bào', 'dân tộc', 'tôn giáo', 'bồi dưỡng', 'cán bộ', 'phong trào', 'thi đua', 'nông thôn mới'];
const SCHEDULES = [
  ['year', ['12-15']], ['year', ['11-30']], ['year', ['10-31']], ['year', ['03-31']],
  ['half-year', ['06-20', '12-20']], ['half-year', ['06-30', '12-31']], ['half-year', ['06-15', '12-05']],
  ['quarter', ['03-25', '06-25', '09-25', '12-25']], ['quarter', ['03-31', '06-30', '09-30', '12-31']], ['quarter', ['03-20', '06-20', '09-20', '12-20']],
  ['once', ['2021-09-30']], ['once', ['2022-12-31']], ['once', ['2024-12-15']],
  ['ongoing', []], ['ongoing', []],
];
const YEARS = [2020, 2021, 2022, 2023, 2024];

const pad = (n) => String(n).padStart(2, '0');
const sentence = (rnd, n) => Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
const capital = (s) => s[0].toUpperCase() + s.slice(1);

function periodsOf(every) {
  if (every === 'year') return YEARS.map((y) => [`${y}`, `${y}-12-10`]);
  if (every === 'half-year') return YEARS.flatMap((y) => [[`${y}-H1`, `${y}-06-12`], [`${y}-H2`, `${y}-12-02`]]);
  if (every === 'quarter') return YEARS.flatMap((y) => [1, 2, 3, 4].map((q) => [`${y}-Q${q}`, `${y}-${pad(q * 3)}-18`]));
  return [];
}

function taskText(rnd, id, content, every, due, extra = '', from = 2020) {
  const lead = AGENCIES[Math.floor(rnd() * AGENCIES.length)].id;
  const partner = AGENCIES[Math.floor(rnd() * AGENCIES.length)].id;
  const lines = [
    `id: ${id}`,
    `title: ${capital(sentence(rnd, 8))}`,
    `contents: [${content}]`,
    `lead: ${lead}`,
    `partners: [${partner === lead ? '' : partner}]`,
    'schedule:',
    `  every: ${every}`,
    ...(due.length ? [`  due: [${due.map((d) => (every === 'once' ? d : `"${d}"`)).join(', ')}]`] : []),
  ];
  const reports = [];
  for (const [period, on] of periodsOf(every).filter(([p]) => Number(p.slice(0, 4)) >= from)) {
    const roll = rnd();
    if (roll < 0.05) continue; // a missing report now and then
    const state = roll < 0.12 ? 'partial' : roll < 0.15 ? 'not_done' : 'done';
    reports.push(`  - period: "${period}"`, `    on: ${on}`, `    state: ${state}`, `    note: ${capital(sentence(rnd, 10))}.`, `    documents: ["${Math.floor(rnd() * 900) + 10}-BC/CQ"]`);
  }
  const done = every === 'once' && due[0] < '2024-01-01' && rnd() < 0.8;
  if (done) reports.push(`  - on: ${due[0]}`, '    state: done', `    note: ${capital(sentence(rnd, 6))}.`);
  lines.push(`status: ${done ? 'done' : 'active'}`);
  if (done) lines.push(`done_on: ${due[0]}`);
  if (extra) lines.push(extra);
  if (reports.length) lines.push('reports:', ...reports);
  return lines.join('\n') + '\n';
}

function writeProgramme(root, dir, n, rnd) {
  const files = {};
  const contents = Array.from({ length: 9 }, (_, i) => `  - { id: ND${i + 1}, title: "Nội dung ${i + 1}: ${sentence(rnd, 6)}" }`);
  files['programme.yaml'] = [
    `id: chuong-trinh-${n}`,
    `title: Chương trình phối hợp số ${n} về ${sentence(rnd, 4)} giai đoạn 2020–2024`,
    'signed_on: 2020-01-15',
    'period: { from: 2020-01-15, to: 2024-12-31 }',
    'parties:',
    `  - { agency: ${AGENCIES[0].id}, signatory: Người ký A, position: Chủ tịch }`,
    `  - { agency: ${AGENCIES[1].id}, signatory: Người ký B, position: Trưởng ban }`,
    'bases:',
    '  - { number: 114-KL/TW, date: 2015-07-14, issuer: Ban Bí thư Trung ương Đảng (khóa XI) }',
    `purpose: ${capital(sentence(rnd, 20))}.`,
    'declared: { contents: 9, tasks: 15 }',
    'contents:',
    ...contents,
    'evaluation: { due: "12-20" }',
  ].join('\n') + '\n';
  SCHEDULES.forEach(([every, due], i) => {
    files[`tasks/NV${pad(i + 1)}.yaml`] = taskText(rnd, `NV${pad(i + 1)}`, `ND${(i % 9) + 1}`, every, due);
  });
  files['tasks/NV16.yaml'] = taskText(rnd, 'NV16', 'ND9', 'year', ['12-15'], 'start: 2022-03-01\nadded_by: 2022-03-01', 2022);
  files['amendments/2022-03-01.yaml'] = `date: 2022-03-01\ndocument: ${n}-QĐ/BS\nkind: supplement\nreason: ${capital(sentence(rnd, 8))}.\nchanges:\n  - { op: add_task, task: NV16 }\n`;
  for (const year of YEARS) {
    // A once-task due in a later year is "chưa đến hạn": not rated (validate warns on such a rating).
    const notYetDue = (i) => SCHEDULES[i]?.[0] === 'once' && SCHEDULES[i][1][0] > `${year}-12-18`;
    const live = Array.from({ length: 16 }, (_, i) => i)
      .filter((i) => !notYetDue(i))
      .map((i) => `NV${pad(i + 1)}`)
      .filter((id) => id !== 'NV16' || year >= 2022);
    const results = live.map((id) => `  - { task: ${id}, rating: ${['excellent', 'good', 'good', 'done'][Math.floor(rnd() * 4)]}, summary: ${capital(sentence(rnd, 6))} }`);
    files[`evaluations/${year}.yaml`] = [`year: ${year}`, `held_on: ${year}-12-18`, `document: ${year}-BC/LT`, 'state: final', `overall: ${capital(sentence(rnd, 15))}.`, 'results:', ...results, 'highlights:', `  - ${capital(sentence(rnd, 8))}.`, 'shortcomings:', `  - ${capital(sentence(rnd, 8))}.`, 'next_year:', '  priorities:', `    - ${capital(sentence(rnd, 6))}.`, '  focus_tasks: [NV01, NV08]'].join('\n') + '\n';
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, dir, file)), { recursive: true });
    writeFileSync(path.join(root, dir, file), text);
  }
  return Object.keys(files).length;
}

/** Writes a root with `count` programmes under province folders; returns the number of files. */
export function generateRoot(root, count, seed = 20170418) {
  const rnd = random(seed + count);
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'agencies.yaml'), 'agencies:\n' + AGENCIES.map((a) => `  - { id: ${a.id}, name: ${a.name}, short: ${a.short} }`).join('\n') + '\n');
  writeFileSync(path.join(root, 'phoihop.yaml'), 'lang: vi\ntimezone: Asia/Ho_Chi_Minh\nsoon: 30\n');
  let files = 2;
  for (let n = 1; n <= count; n++) files += writeProgramme(root, `tinh-${pad((n % 63) + 1)}/chuong-trinh-${n}`, n, rnd);
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root, count] = process.argv.slice(2);
  console.log(generateRoot(root, Number(count)));
}
