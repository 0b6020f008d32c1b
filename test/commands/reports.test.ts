import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/world.js';

const DATA = ['--root', 'data'];

describe('status on the sample', () => {
  it('groups by content and ends with the counts', async () => {
    const r = await runCli(['status', ...DATA, '--as-of', '2021-12-20', '--format', 'markdown']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('### ND5. Tiếp công dân, đối thoại với nhân dân, giải quyết khiếu nại, tố cáo');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('7/14 nhiệm vụ đúng tiến độ; 6 quá hạn; 1 tạm dừng; 1 đã hủy');
  });

  it('filters by lead and state, in English', async () => {
    const r = await runCli(['status', ...DATA, '--as-of', '2021-12-20', '--format', 'json', '--lead', 'bdv-tu', '--state', 'overdue']);
    const tasks = JSON.parse(r.stdout).programmes[0].tasks;
    expect(tasks.map((t: { id: string }) => t.id)).toEqual(['NV11', 'NV10', 'NV14']);
    expect(tasks[1]).toMatchObject({ state: 'overdue', overdue_count: 1, worst_days_overdue: 766, last_report: { period: '2021', state: 'done', on: '2021-11-15' } });
  });

  it('writes CSV by RFC 4180', async () => {
    const r = await runCli(['status', ...DATA, '--as-of', '2021-12-20', '--format', 'csv', '--lang', 'en']);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('programme,content,task,title,lead,schedule,next_due,last_report_period,last_report_state,last_report_on,state,overdue_count,worst_days_overdue');
    expect(lines.find((l) => l.includes(',NV05,'))).toContain('"Phát động, hướng dẫn và đánh giá phong trào thi đua ""Dân vận khéo"" trong cơ quan nhà nước các cấp"');
  });

  it('fits a narrow terminal without cutting words', async () => {
    const r = await runCli(['status', ...DATA, '--as-of', '2021-12-20'], { columns: 90 });
    const widths = r.stdout.split('\n').filter((l) => l.startsWith('│') || l.startsWith('┌')).map((l) => [...l].length);
    expect(Math.max(...widths)).toBeLessThanOrEqual(90);
    expect(r.stdout).not.toContain('…');
  });

  it('defaults the as-of date to today in Hanoi, not in UTC', async () => {
    // 2021-12-15 20:00 UTC is already 16 December in Hanoi: the evaluation due 12-15 is 1 day late.
    const r = await runCli(['overdue', ...DATA, '--format', 'json'], { now: new Date('2021-12-15T20:00:00Z') });
    const report = JSON.parse(r.stdout);
    expect(report.as_of).toBe('2021-12-16');
  });

  it('rejects a bad state, date or format with exit 2', async () => {
    expect((await runCli(['status', ...DATA, '--state', 'late'])).exitCode).toBe(2);
    expect((await runCli(['status', ...DATA, '--as-of', '2021-02-30'])).stderr).toContain('2021-02-30');
    expect((await runCli(['overdue', ...DATA, '--format', 'xml'])).exitCode).toBe(2);
  });
});

describe('overdue on the sample', () => {
  it('lists the documented json, most overdue first, with due soon', async () => {
    const r = await runCli(['overdue', ...DATA, '--as-of', '2021-12-12', '--within', '10', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.as_of).toBe('2021-12-12');
    expect(report.overdue[0]).toEqual({ programme: 'dan-van-2017-2021', kind: 'task', task: 'NV10', period: '2019', due: '2019-11-15', days_overdue: 758, lead: 'bdv-tu', reason: 'partial' });
    expect(report.overdue).toContainEqual(expect.objectContaining({ task: 'NV15', period: '2021', days_overdue: 2, reason: 'not_done' }));
    expect(report.due_soon).toEqual([
      { programme: 'dan-van-2017-2021', kind: 'evaluation', task: null, period: '2021', due: '2021-12-15', days_left: 3, lead: null },
      { programme: 'dan-van-2017-2021', kind: 'task', task: 'NV14', period: null, due: '2021-12-15', days_left: 3, lead: 'bdv-tu' },
    ]);
  });

  it('exits 1 with --fail-on-overdue only when something is overdue', async () => {
    expect((await runCli(['overdue', ...DATA, '--as-of', '2021-12-20', '--fail-on-overdue', '--format', 'json'])).exitCode).toBe(1);
    expect((await runCli(['overdue', ...DATA, '--as-of', '2017-05-01', '--fail-on-overdue', '--format', 'json'])).exitCode).toBe(0);
  });
});

describe('summary on the sample', () => {
  it('writes the year report with the statistic sentence and the date line', async () => {
    const r = await runCli(['summary', ...DATA, '--year', '2018', '--as-of', '2019-01-10']);
    // Text is the body to paste: the heading, number, date and signatures belong to Word and HTML.
    expect(r.stdout.startsWith('Thực hiện Chương trình phối hợp số 01-CTr/BCSĐ-BDVTU ngày 18/4/2017 giữa Ban cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận giai đoạn 2017–2021, Kế hoạch số 02-KH/BCSĐ-BDVTU ngày 14/12/2017 thực hiện Chương trình năm 2018, Ban cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy báo cáo kết quả thực hiện năm 2018 như sau:\n')).toBe(true);
    expect(r.stdout).toContain('Năm 2018, hai bên triển khai 11/11 nhiệm vụ, hoàn thành 11 nhiệm vụ (100%), trong đó hoàn thành xuất sắc 2, hoàn thành tốt 9 nhiệm vụ; 2 nhiệm vụ chưa đến hạn.');
    expect(r.stdout).toContain('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2019');
    expect(r.stdout).not.toMatch(/[*#|]|\u001b|\bNV\d\d\b/);
  });

  it('defaults to the programme\'s last year once it has ended', async () => {
    const r = await runCli(['summary', ...DATA, '--as-of', '2026-11-27', '--format', 'json']);
    expect(JSON.parse(r.stdout).programmes[0].document.subject).toMatch(/ năm 2021$/);
  });

  it('marks a year without a final evaluation as a draft built from the reports', async () => {
    const r = await runCli(['summary', ...DATA, '--year', '2021', '--as-of', '2022-01-10']);
    expect(r.stdout).not.toContain('(Dự thảo)');
    expect(r.stdout).toContain('Năm 2021, hai bên triển khai 10/12 nhiệm vụ, hoàn thành 6 nhiệm vụ (50%); 4 nhiệm vụ chưa hoàn thành; 1 nhiệm vụ tạm dừng.');
    expect(r.stderr).toContain('ghi chú cho người soạn thảo: Đánh giá năm 2021 còn là dự thảo');
  });

  it('reviews the whole period with --term', async () => {
    const r = await runCli(['summary', ...DATA, '--term', '--as-of', '2022-01-10', '--format', 'json']);
    const term = JSON.parse(r.stdout).programmes[0];
    expect(term.years.map((y: { year: number; final: boolean }) => [y.year, y.final])).toEqual([[2017, true], [2018, true], [2019, true], [2020, true], [2021, false]]);
    expect(term.tasks.find((t: { task: string }) => t.task === 'NV03')).toEqual({ task: 'NV03', status: 'active', periods_due: 19, periods_done: 18 });
    expect(term.amendments.map((a: { document: string }) => a.document)).toEqual(['05-QĐ/BCSĐ-BDVTU', '06-QĐ/BCSĐ-BDVTU', '09-QĐ/BCSĐ-BDVTU']);
  });
});

describe('explain', () => {
  it('shows each period with its report and line, and the amendments', async () => {
    const r = await runCli(['explain', 'NV15', ...DATA, '--as-of', '2021-12-20', '--lang', 'en'], { env: { COLUMNS: '200' } });
    expect(r.stdout).toContain('2019    10/12/2019  done 06/12/2019 (dan-van-2017-2021/tasks/NV15.yaml:13)');
    expect(r.stdout).toContain('overdue by 10 days (reported not done)');
    expect(r.stdout).toContain('2019-05-10-bo-sung (05-QĐ/BCSĐ-BDVTU, 10/05/2019): adds task NV15');
  });

  it('says which tasks exist when the id is unknown', async () => {
    const r = await runCli(['explain', 'NV99', ...DATA]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('NV01, NV02');
  });
});
