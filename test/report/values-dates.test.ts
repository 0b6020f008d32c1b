import { beforeAll, describe, expect, it } from 'vitest';
import { reportRoot } from '../helpers/report-root.js';
import { writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Dates at the edges of the sample programme (period 01/03/2019 – 31/12/2021; mid-term review
// held 28/12/2020): the day before, the day itself.
let root: string;
beforeAll(() => {
  root = writeRoot(reportRoot());
});

const summary = (...args: string[]) => runCli(['summary', '--root', root, ...args]);

describe('the year report at the start of the programme', () => {
  it('the day before it starts is refused, in vi and en, with exit 2', async () => {
    const vi = await summary('--as-of', '2019-02-28');
    expect([vi.exitCode, vi.stdout, vi.stderr]).toEqual([2, '', 'phoihop: Chương trình dan-van bắt đầu từ ngày 2019-03-01, sau ngày tính: chọn --as-of từ ngày đó trở đi.\n']);
    const en = await summary('--as-of', '2019-02-28', '--lang', 'en');
    expect([en.exitCode, en.stderr]).toEqual([2, 'phoihop: Programme dan-van starts on 2019-03-01, after the as-of date: choose --as-of from then on.\n']);
  });

  it('ON its first day the report is of that year, dated that day', async () => {
    const r = await summary('--as-of', '2019-03-01', '--format', 'json');
    expect(r.exitCode).toBe(0);
    const p = JSON.parse(r.stdout).programmes[0];
    expect([p.year, p.date, p.document.date, p.document.draft]).toEqual([2019, '2019-03-01', '2019-03-01', true]);
  });

  it('a year outside what has begun names the valid years', async () => {
    expect((await summary('--as-of', '2019-03-01', '--year', '2020')).stderr).toBe('phoihop: Năm 2020 không có trong chương trình dan-van: chọn --year từ 2019 đến 2019.\n');
    expect((await summary('--as-of', '2022-05-01', '--year', '2018', '--lang', 'en')).stderr).toBe('phoihop: 2018 is not a year of programme dan-van: choose --year from 2019 to 2021.\n');
    const last = await summary('--as-of', '2022-05-01', '--year', '2022');
    expect([last.exitCode, last.stderr]).toEqual([2, 'phoihop: Năm 2022 không có trong chương trình dan-van: chọn --year từ 2019 đến 2021.\n']);
    expect((await summary('--as-of', '2022-05-01', '--year', '2021')).exitCode).toBe(0);
  });
});

describe('the mid-term review and its conference day', () => {
  const doc = async (asOf: string, lang: 'vi' | 'en') => {
    const r = await summary('--review', 'mid-term', '--as-of', asOf, '--format', 'json', '--lang', lang);
    expect(r.exitCode).toBe(0);
    const { date, draft, notes, number } = JSON.parse(r.stdout).programmes[0].document;
    return { date, draft, notes, number };
  };

  it('ON the conference day it is dated by it and final', async () => {
    expect(await doc('2020-12-28', 'vi')).toEqual({ date: '2020-12-28', draft: false, notes: [], number: '12-BC/BCSĐ-BDVTU' });
    expect(await doc('2020-12-28', 'en')).toEqual({ date: '2020-12-28', draft: false, notes: [], number: '12-BC/BCSĐ-BDVTU' });
  });

  it('the day before it is an undated draft that says why, in vi and en', async () => {
    expect(await doc('2020-12-27', 'vi')).toEqual({ date: undefined, draft: true, notes: ['Hội nghị được ghi ngày 2020-12-28, sau ngày tính: báo cáo là dự thảo, chưa ghi ngày.'], number: '12-BC/BCSĐ-BDVTU' });
    expect(await doc('2020-12-27', 'en')).toEqual({ date: undefined, draft: true, notes: ['The conference is recorded on 2020-12-28, after the as-of date: this is an undated draft.'], number: '12-BC/BCSĐ-BDVTU' });
  });
});

describe('the final review\'s note on evaluations not yet final', () => {
  const notes = async (dir: string, lang: 'vi' | 'en') => {
    const r = await runCli(['summary', '--root', dir, '--review', 'final', '--as-of', '2022-02-01', '--format', 'json', '--lang', lang]);
    expect(r.exitCode).toBe(0);
    return JSON.parse(r.stdout).programmes[0].document.notes;
  };

  it('one year: "The evaluation of 2021 is not final" (en, singular), and the vi words', async () => {
    expect(await notes(root, 'en')).toEqual(["The evaluation of 2021 is not final: that year's ratings come from the reports."]);
    expect(await notes(root, 'vi')).toEqual(['Đánh giá các năm 2021 chưa chốt: xếp loại của các năm này lấy từ báo cáo.']);
  });

  it('two years: "Evaluations of 2020, 2021 are not final" (en, plural)', async () => {
    const files = reportRoot();
    files['p/evaluations/2020.yaml'] = files['p/evaluations/2020.yaml']!.replace('state: final', 'state: draft');
    expect(await notes(writeRoot(files), 'en')).toEqual(["Evaluations of 2020, 2021 are not final: those years' ratings come from the reports."]);
  });
});
