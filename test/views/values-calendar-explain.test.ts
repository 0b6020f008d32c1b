import { beforeAll, describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { quietStdout } from '../helpers/world.js';

// The calendar, explain and the due-soon title compared whole, at the edges of the base root's
// due days: English singulars ("1 day"), due days ON the as-of day, the day after.
let root: string;
beforeAll(() => {
  root = writeRoot(baseRoot());
});

const out = quietStdout(() => root);

describe('calendar (iCalendar)', () => {
  it('en, one agency\'s open due days and the evaluations of its programme, reminded "1 day" before; lines folded at 75 octets, CRLF', async () => {
    const ics = await out('calendar', '--as-of', '2022-12-15', '--lead', 'ban-a', '--remind', '1', '--lang', 'en');
    expect(ics.split('\r\n')).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//phoihop//phoihop calendar//VI",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Coordination programme due dates",
      "BEGIN:VEVENT",
      "UID:thu-nghiem.T3.mot-lan@phoihop",
      "DTSTAMP:20240615T050000Z",
      "DTSTART;VALUE=DATE:20210630",
      "DTEND;VALUE=DATE:20210701",
      "SUMMARY:T3 Việc một lần (once)",
      "DESCRIPTION:Programme: Chương trình thử nghiệm\\nLead: Ban A\\nPeriod:",
      "  once\\nDue: 30/06/2021",
      "CATEGORIES:thu-nghiem",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "DESCRIPTION:Due in 1 day: T3 Việc một lần (once)",
      "TRIGGER:-P1D",
      "END:VALARM",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:thu-nghiem.danh-gia.2021@phoihop",
      "DTSTAMP:20240615T050000Z",
      "DTSTART;VALUE=DATE:20211215",
      "DTEND;VALUE=DATE:20211216",
      "SUMMARY:Yearly joint evaluation 2021",
      "DESCRIPTION:Programme: Chương trình thử nghiệm\\nParties: Ban A\\, Ban",
      "  B\\nPeriod: 2021\\nDue: 15/12/2021",
      "CATEGORIES:thu-nghiem",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "DESCRIPTION:Due in 1 day: Yearly joint evaluation 2021",
      "TRIGGER:-P1D",
      "END:VALARM",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:thu-nghiem.T1.2021@phoihop",
      "DTSTAMP:20240615T050000Z",
      "DTSTART;VALUE=DATE:20211215",
      "DTEND;VALUE=DATE:20211216",
      "SUMMARY:T1 Việc hằng năm (2021)",
      "DESCRIPTION:Programme: Chương trình thử nghiệm\\nLead: Ban A\\nPartner",
      " s: Ban B\\nPeriod: 2021\\nDue: 15/12/2021",
      "CATEGORIES:thu-nghiem",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "DESCRIPTION:Due in 1 day: T1 Việc hằng năm (2021)",
      "TRIGGER:-P1D",
      "END:VALARM",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:thu-nghiem.danh-gia.2022@phoihop",
      "DTSTAMP:20240615T050000Z",
      "DTSTART;VALUE=DATE:20221215",
      "DTEND;VALUE=DATE:20221216",
      "SUMMARY:Yearly joint evaluation 2022",
      "DESCRIPTION:Programme: Chương trình thử nghiệm\\nParties: Ban A\\, Ban",
      "  B\\nPeriod: 2022\\nDue: 15/12/2022",
      "CATEGORIES:thu-nghiem",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "DESCRIPTION:Due in 1 day: Yearly joint evaluation 2022",
      "TRIGGER:-P1D",
      "END:VALARM",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:thu-nghiem.T1.2022@phoihop",
      "DTSTAMP:20240615T050000Z",
      "DTSTART;VALUE=DATE:20221215",
      "DTEND;VALUE=DATE:20221216",
      "SUMMARY:T1 Việc hằng năm (2022)",
      "DESCRIPTION:Programme: Chương trình thử nghiệm\\nLead: Ban A\\nPartner",
      " s: Ban B\\nPeriod: 2022\\nDue: 15/12/2022",
      "CATEGORIES:thu-nghiem",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "DESCRIPTION:Due in 1 day: T1 Việc hằng năm (2022)",
      "TRIGGER:-P1D",
      "END:VALARM",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('vi: the reminder says "Còn 1 ngày đến hạn"', async () => {
    const ics = await out('calendar', '--as-of', '2022-12-15', '--lead', 'ban-a', '--remind', '1');
    expect(ics).toContain('\r\nX-WR-CALNAME:Hạn chương trình phối hợp\r\n');
    expect(ics).toContain('\r\nDESCRIPTION:Còn 1 ngày đến hạn: T1 Việc hằng năm (năm 2022)\r\n');
  });
});

describe('explain', () => {
  it('en, the day after a due day: "overdue by 1 day", and days left counted to each due day', async () => {
    expect(await out('explain', 'T2', '--as-of', '2021-07-01', '--lang', 'en')).toBe(`T2 — Việc 6 tháng (thu-nghiem)

Lead: Ban B
Schedule: half-yearly (30 Jun, 31 Dec)
Dates: 10/01/2020 – 31/12/2022
Status in the record: active

As of 01/07/2021: overdue (3)

Period   Due         Reports    Verdict
-------  ----------  ---------  -------------------------------
H1 2020  30/06/2020  no report  overdue by 366 days (no report)
H2 2020  31/12/2020  no report  overdue by 182 days (no report)
H1 2021  30/06/2021  no report  overdue by 1 day (no report)
H2 2021  31/12/2021  no report  in progress, 183 days left
H1 2022  30/06/2022  no report  not started, 364 days left
H2 2022  31/12/2022  no report  not started, 548 days left

No amendment touches it.
`);
  });

  it('vi, ON the due day: still in its period with 0 days left, the report with its file and line', async () => {
    expect(await out('explain', 'T3', '--as-of', '2021-06-30')).toBe(`T3 — Việc một lần (thu-nghiem)

Chủ trì: BA
Lịch: một lần (30/06/2021)
Thời gian: 10/01/2020 – 31/12/2022
Trạng thái ghi trong hồ sơ: đang thực hiện

Tính đến ngày 30/06/2021: sắp đến hạn

Kỳ       Hạn         Báo cáo                           Kết luận
-------  ----------  --------------------------------  -------------------------
một lần  30/06/2021  hoàn thành một phần 20/11/2020    đang trong kỳ, còn 0 ngày
                     (p/tasks/T3.yaml:8)

Không có văn bản bổ sung, điều chỉnh nào liên quan.
`);
  });
});

describe('overdue, the due-soon window of one day', () => {
  it('en: "Due in the next 1 day"', async () => {
    expect(await out('overdue', '--as-of', '2022-12-14', '--within', '1', '--lang', 'en', '--format', 'markdown')).toBe(`## Overdue as of 14/12/2022: 8

| Item | Period | Due | Days overdue | Lead | Why |
| --- | --- | --- | --- | --- | --- |
| T2 Việc 6 tháng | H1 2020 | 30/06/2020 | 897 | Ban B | no report |
| T2 Việc 6 tháng | H2 2020 | 31/12/2020 | 713 | Ban B | no report |
| T2 Việc 6 tháng | H1 2021 | 30/06/2021 | 532 | Ban B | no report |
| T3 Việc một lần | once | 30/06/2021 | 532 | BA | partly done |
| Yearly joint evaluation | 2021 | 15/12/2021 | 364 | — | no evaluation |
| T1 Việc hằng năm | 2021 | 15/12/2021 | 364 | BA | no report |
| T2 Việc 6 tháng | H2 2021 | 31/12/2021 | 348 | Ban B | no report |
| T2 Việc 6 tháng | H1 2022 | 30/06/2022 | 167 | Ban B | no report |

## Due in the next 1 day: 2

| Item | Period | Due | Days left | Lead |
| --- | --- | --- | --- | --- |
| Yearly joint evaluation | 2022 | 15/12/2022 | 1 | — |
| T1 Việc hằng năm | 2022 | 15/12/2022 | 1 | BA |
`);
  });
});
