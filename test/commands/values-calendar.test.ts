import { describe, expect, it } from 'vitest';

// calendar's values (issue 19, sixth round): which occurrences, in which order, for which --lead,
// and the file itself for a small case, in vi and en.

import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

const files = baseRoot();
files['q/programme.yaml'] = files['p/programme.yaml']!.replace('id: thu-nghiem', 'id: a-truoc').replace('Chương trình thử nghiệm', 'Chương trình A').replace('agency: ban-b, signatory: Trần Thị B', 'agency: ban-c, signatory: Lê Văn C').replace('declared: { contents: 2, tasks: 3 }', 'declared: { contents: 2, tasks: 2 }');
files['q/tasks/Q2.yaml'] = files['p/tasks/T1.yaml']!.replace('id: T1', 'id: Q2').replace(/reports:[^]*$/, '');
files['q/tasks/Q1.yaml'] = files['p/tasks/T1.yaml']!.replace('id: T1', 'id: Q1').replace('lead: ban-a', 'lead: ban-b').replace(/reports:[^]*$/, '');
files['agencies.yaml'] += '  - { id: ban-c, name: Ban C }\n';
const root = writeRoot(files);


const uids = (ics: string) => ics.split('\r\n').filter((l) => l.startsWith('UID:')).map((l) => l.slice(4, -'@phoihop'.length));
const calendar = (...args: string[]) => runCli(['calendar', '--root', root, '--as-of', '2022-06-01', ...args]);

describe('calendar', () => {
  it('every open occurrence by due day, then programme, then task (the evaluation first)', async () => {
    const result = await calendar();
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(uids(result.stdout)).toEqual([
      'thu-nghiem.T2.2020-H1',
      'a-truoc.danh-gia.2020',
      'a-truoc.Q1.2020',
      'a-truoc.Q2.2020',
      'thu-nghiem.T2.2020-H2',
      'thu-nghiem.T2.2021-H1',
      'thu-nghiem.T3.mot-lan',
      'a-truoc.danh-gia.2021',
      'a-truoc.Q1.2021',
      'a-truoc.Q2.2021',
      'thu-nghiem.danh-gia.2021',
      'thu-nghiem.T1.2021',
      'thu-nghiem.T2.2021-H2',
      'thu-nghiem.T2.2022-H1',
      'a-truoc.danh-gia.2022',
      'a-truoc.Q1.2022',
      'a-truoc.Q2.2022',
      'thu-nghiem.danh-gia.2022',
      'thu-nghiem.T1.2022',
      'thu-nghiem.T2.2022-H2',
    ]);
    expect(uids((await calendar('--programme', 'a-truoc')).stdout)).toEqual(['a-truoc.danh-gia.2020', 'a-truoc.Q1.2020', 'a-truoc.Q2.2020', 'a-truoc.danh-gia.2021', 'a-truoc.Q1.2021', 'a-truoc.Q2.2021', 'a-truoc.danh-gia.2022', 'a-truoc.Q1.2022', 'a-truoc.Q2.2022']);
  });

  it('--lead keeps what the agency leads and the evaluations of the programmes it signed', async () => {
    // ban-b leads T2 and Q1, and signed thu-nghiem only.
    expect(uids((await calendar('--lead', 'ban-b')).stdout)).toEqual([
      'thu-nghiem.T2.2020-H1',
      'a-truoc.Q1.2020',
      'thu-nghiem.T2.2020-H2',
      'thu-nghiem.T2.2021-H1',
      'a-truoc.Q1.2021',
      'thu-nghiem.danh-gia.2021',
      'thu-nghiem.T2.2021-H2',
      'thu-nghiem.T2.2022-H1',
      'a-truoc.Q1.2022',
      'thu-nghiem.danh-gia.2022',
      'thu-nghiem.T2.2022-H2',
    ]);
    // ban-c leads nothing and signed a-truoc.
    expect(uids((await calendar('--lead', 'ban-c')).stdout)).toEqual(['a-truoc.danh-gia.2020', 'a-truoc.danh-gia.2021', 'a-truoc.danh-gia.2022']);
  });

  it('--lead takes the short or full name, in any case and without tone marks, as status does (before this round: the id only)', async () => {
    const byId = (await calendar('--lead', 'ban-a')).stdout;
    expect(uids(byId)).toEqual(['a-truoc.danh-gia.2020', 'a-truoc.Q2.2020', 'thu-nghiem.T3.mot-lan', 'a-truoc.danh-gia.2021', 'a-truoc.Q2.2021', 'thu-nghiem.danh-gia.2021', 'thu-nghiem.T1.2021', 'a-truoc.danh-gia.2022', 'a-truoc.Q2.2022', 'thu-nghiem.danh-gia.2022', 'thu-nghiem.T1.2022']);
    for (const name of ['BA', 'ba', 'Ban A', 'BAN A']) expect((await calendar('--lead', name)).stdout, name).toBe(byId);
    expect(uids((await calendar('--lead', 'Ban C')).stdout)).toEqual(['a-truoc.danh-gia.2020', 'a-truoc.danh-gia.2021', 'a-truoc.danh-gia.2022']);
  });

  it('an agency that is not there: exit 2, the nearest and the list, in vi and en', async () => {
    expect(await calendar('--lead', 'ban-x')).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'phoihop: không có cơ quan "ban-x"; có phải ý bạn là BA (ban-a)? (các cơ quan: BA (ban-a), Ban B (ban-b), Ban C (ban-c)); có thể ghi mã, tên viết tắt hoặc tên đầy đủ, không cần dấu\n',
    });
    expect(await runCli(['--lang', 'en', 'calendar', '--root', root, '--lead', 'ban-x'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'phoihop: there is no agency "ban-x"; did you mean BA (ban-a)? (agencies: BA (ban-a), Ban B (ban-b), Ban C (ban-c)); an id, short or full name works, tone marks optional\n',
    });
    // "Ban" is in every name: several fit.
    expect(await calendar('--lead', 'Ban')).toEqual({ exitCode: 2, stdout: '', stderr: 'phoihop: "Ban" khớp với nhiều cơ quan: BA (ban-a), Ban B (ban-b), Ban C (ban-c); ghi rõ hơn hoặc dùng mã\n' });
    expect(await runCli(['--lang', 'en', 'calendar', '--root', root, '--lead', 'Ban'])).toEqual({ exitCode: 2, stdout: '', stderr: 'phoihop: "Ban" fits several agencies: BA (ban-a), Ban B (ban-b), Ban C (ban-c); be more precise or use the id\n' });
  });

  it('the whole file for one agency and one programme, with --remind, in vi and en', async () => {
    const event = (year: number, summary: string, description: string[], alarm: string[]) => [
      'BEGIN:VEVENT',
      `UID:a-truoc.danh-gia.${year}@phoihop`,
      'DTSTAMP:20240615T050000Z',
      `DTSTART;VALUE=DATE:${year}1215`,
      `DTEND;VALUE=DATE:${year}1216`,
      `SUMMARY:${summary}`,
      ...description,
      'CATEGORIES:a-truoc',
      'TRANSP:TRANSPARENT',
      ...alarm,
      'END:VEVENT',
    ];
    const vi = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//phoihop//phoihop calendar//VI',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Hạn chương trình phối hợp',
      ...[2020, 2021, 2022].flatMap((y) =>
        event(
          y,
          `Đánh giá chung hằng năm năm ${y}`,
          ['DESCRIPTION:Chương trình: Chương trình A\\nCác bên: Ban A\\, Ban C\\nK', ` ỳ: năm ${y}\\nHạn: 15/12/${y}`],
          ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:Còn 7 ngày đến hạn: Đánh giá chung hằng năm năm ${String(y).slice(0, 1)}`, ` ${String(y).slice(1)}`, 'TRIGGER:-P7D', 'END:VALARM'],
        ),
      ),
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(await calendar('--programme', 'a-truoc', '--lead', 'ban-c', '--remind', '7', '--as-of', '2022-01-01')).toEqual({ exitCode: 0, stdout: vi, stderr: '' });
    // --remind 0: no alarm.
    const en = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//phoihop//phoihop calendar//VI',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Coordination programme due dates',
      ...[2020, 2021, 2022].flatMap((y) => event(y, `Yearly joint evaluation ${y}`, [`DESCRIPTION:Programme: Chương trình A\\nParties: Ban A\\, Ban C\\nPeriod: ${String(y).slice(0, 1)}`, ` ${String(y).slice(1)}\\nDue: 15/12/${y}`], [])),
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(await runCli(['--lang', 'en', 'calendar', '--root', root, '--programme', 'a-truoc', '--lead', 'ban-c', '--remind', '0', '--as-of', '2022-01-01'])).toEqual({ exitCode: 0, stdout: en, stderr: '' });
  });
});
