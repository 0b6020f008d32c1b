import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The edge days of --as-of (issue 19, sixth round): a report, a finish, an evaluation or a due
// day that falls on the as-of day itself. On its day a report and a finish count, an evaluation
// held that day is final, and a due day is not yet passed (due, not overdue).

const files = baseRoot();
files['p/tasks/T2.yaml'] = files['p/tasks/T2.yaml']!.replace('status: active', 'status: done\ndone_on: 2021-03-01');
const root = writeRoot(files);

/** The root page's row of the site built as of `day`: progress, overdue, next due, last evaluation. */
async function siteRow(day: string, lang = 'vi'): Promise<string> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-site-')), 'site');
  const result = await runCli(['--lang', lang, 'site', '--root', root, '--as-of', day, '--no-docx', out]);
  expect(result.exitCode).toBe(0);
  const row = readFileSync(path.join(out, 'index.html'), 'utf8').match(/<tr><th scope="row">.*<\/tr>/)![0];
  return row.replace(/^.*?<\/td><td>/, '').replace(/<span class="progress" aria-hidden="true"><span style="width:(\d+)%"><\/span><\/span>/, '[$1%] ');
}

describe('the site as of an edge day', () => {
  it('a due day on the as-of day is not yet counted nor overdue, and is the next due; the day after, it is', async () => {
    // T2's first half-year is due on 30/06/2020, with no report.
    expect(await siteRow('2020-06-29')).toBe('[0%] 0/0 (—)</td><td class="num">0</td><td>30/06/2020</td><td>năm 2020 (dự thảo)</td></tr>');
    expect(await siteRow('2020-06-30')).toBe('[0%] 0/0 (—)</td><td class="num">0</td><td>30/06/2020</td><td>năm 2020 (dự thảo)</td></tr>');
    expect(await siteRow('2020-07-01')).toBe('[0%] 0/1 (0%)</td><td class="num"><span class="bad">1</span></td><td>15/12/2020</td><td>năm 2020 (dự thảo)</td></tr>');
  });

  it('the evaluation held on 14/12/2020 is final from that day, and no longer due', async () => {
    expect(await siteRow('2020-12-13')).toBe('[0%] 0/1 (0%)</td><td class="num"><span class="bad">1</span></td><td>15/12/2020</td><td>năm 2020 (dự thảo)</td></tr>');
    expect(await siteRow('2020-12-14')).toBe('[0%] 0/1 (0%)</td><td class="num"><span class="bad">1</span></td><td>31/12/2020</td><td>năm 2020</td></tr>');
    expect(await siteRow('2020-12-14', 'en')).toBe('[0%] 0/1 (0%)</td><td class="num"><span class="bad">1</span></td><td>31/12/2020</td><td>2020</td></tr>');
  });

  it('T1\'s 2020 (due 15/12, reported done on 10/12) counts as due and done from the day after its due day', async () => {
    expect(await siteRow('2020-12-15')).toBe('[0%] 0/1 (0%)</td><td class="num"><span class="bad">1</span></td><td>31/12/2020</td><td>năm 2020</td></tr>');
    expect(await siteRow('2020-12-16')).toBe('[50%] 1/2 (50%)</td><td class="num"><span class="bad">1</span></td><td>31/12/2020</td><td>năm 2020</td></tr>');
    expect(await siteRow('2020-12-16', 'en')).toBe('[50%] 1/2 (50%)</td><td class="num"><span class="bad">1</span></td><td>31/12/2020</td><td>2020</td></tr>');
  });
});

async function tasks(day: string) {
  const result = await runCli(['status', '--root', root, '--as-of', day, '--format', 'json']);
  expect(result.exitCode).toBe(0);
  return (JSON.parse(result.stdout).programmes[0].tasks as { id: string; state: string; last_report: { on: string } | null; next_due: string | null }[]).map((t) => `${t.id} ${t.state} ${t.last_report?.on ?? '-'} ${t.next_due ?? '-'}`);
}

describe('status as of an edge day (task, state, last report, next due)', () => {
  it('a report made on the as-of day is there; the day before it is not', async () => {
    expect(await tasks('2020-11-19')).toEqual(['T1 due_soon - 2020-12-15', 'T3 on_track - 2021-06-30', 'T2 overdue - 2020-12-31']);
    expect(await tasks('2020-11-20')).toEqual(['T1 due_soon - 2020-12-15', 'T3 on_track 2020-11-20 2021-06-30', 'T2 overdue - 2020-12-31']);
    expect(await tasks('2020-12-09')).toEqual(['T1 due_soon - 2020-12-15', 'T3 on_track 2020-11-20 2021-06-30', 'T2 overdue - 2020-12-31']);
    expect(await tasks('2020-12-10')).toEqual(['T1 on_track 2020-12-10 2021-12-15', 'T3 on_track 2020-11-20 2021-06-30', 'T2 overdue - 2020-12-31']);
  });

  it('a task done on the as-of day is done; the day before it is still active', async () => {
    expect(await tasks('2021-02-28')).toEqual(['T1 on_track 2020-12-10 2021-12-15', 'T3 on_track 2020-11-20 2021-06-30', 'T2 overdue - 2021-06-30']);
    expect(await tasks('2021-03-01')).toEqual(['T1 on_track 2020-12-10 2021-12-15', 'T3 on_track 2020-11-20 2021-06-30', 'T2 done - -']);
  });
});
