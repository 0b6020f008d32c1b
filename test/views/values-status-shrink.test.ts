import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/lang.js';
import { loadRoot } from '../../src/pipeline.js';
import { fileSystemTree } from '../../src/records/tree.js';
import { programmeStatus, type ProgrammeStatus } from '../../src/schedule/status.js';
import { statusTable } from '../../src/views/status.js';
import { displayWidth } from '../../src/views/text-table.js';
import { baseRoot, editedBaseRoot, writeRoot, type RootFiles } from '../helpers/roots.js';

// The boxed status table a terminal shows, drawn by the view itself (in-process), compared whole,
// line by line. The base root with a long task title (T1) and a long content title (ND2), so that
// every column has to give up width as the screen narrows: at 132 columns the title keeps 36
// columns or more; below 100 the schedule goes under the next due day (the narrow layout); at 40
// every column is at its narrowest and words longer than their column are broken. As of
// 01/07/2021: T1 on track, T3 overdue by 1 day (1 period), T2 by 366 days (3 periods).
const AS_OF = '2021-07-01';

async function statusesOf(files: RootFiles): Promise<ProgrammeStatus[]> {
  const { models, diagnostics } = await loadRoot(fileSystemTree(writeRoot(files)), 'vi');
  expect(diagnostics).toEqual([]);
  // In programme id order, as the command lists them.
  return [...models].sort((a, b) => a.programme.id.localeCompare(b.programme.id)).map((m) => programmeStatus(m, AS_OF, 30));
}

const longTitles = () =>
  editedBaseRoot([
    ['p/tasks/T1.yaml', 'title: Việc hằng năm', 'title: Xây dựng cơ sở dữ liệu dùng chung về hợp tác giữa hai cơ quan'],
    ['p/programme.yaml', 'title: Nội dung hai', 'title: "Nội dung hai, trao đổi thông tin và đào tạo cán bộ của hai bên"'],
  ]);

/** The base programme and a second one (phoi-hop-hai-ben, listed first) whose T2 has a longer title. */
function twoProgrammes(): RootFiles {
  const files = baseRoot();
  for (const [name, text] of Object.entries(baseRoot())) {
    if (!name.startsWith('p/')) continue;
    files[`q/${name.slice(2)}`] = text
      .replace('id: thu-nghiem', 'id: phoi-hop-hai-ben')
      .replace('title: Chương trình thử nghiệm', 'title: Chương trình phối hợp hai bên')
      .replace('title: Việc 6 tháng', 'title: Báo cáo 6 tháng về đào tạo');
  }
  return files;
}

const WIDTHS = [40, 60, 80, 99, 100, 132] as const;
type Width = (typeof WIDTHS)[number];

const TABLES: Record<Lang, Record<Width, string>> = {
  vi: {
    40: `Chương trình thử nghiệm
Giai đoạn: 10/01/2020 – 31/12/2022 ·
Tính đến ngày 01/07/2021
┌────┬──────┬─────┬──────┬──────┬──────┐
│ Mã │ Nhiệ │ Chủ │ Hạn  │ Báo  │ Tình │
│    │ m vụ │ trì │ tới  │ cáo  │ trạn │
│    │      │     │ (lịc │ gần  │ g    │
│    │      │     │ h)   │ nhất │      │
├────┼──────┼─────┼──────┼──────┼──────┤
│ ND1. Nội dung một                    │
├────┼──────┼─────┼──────┼──────┼──────┤
│ T1 │ Xây  │ BA  │ 15/  │ năm  │ đúng │
│    │ dựng │     │ 12/  │ 2020 │ tiến │
│    │ cơ   │     │ 2021 │ :    │ độ   │
│    │ sở   │     │ (hằn │ hoàn │      │
│    │ dữ   │     │ g    │ thàn │      │
│    │ liệu │     │ năm) │ h    │      │
│    │ dùng │     │      │ (10/ │      │
│    │ chun │     │      │ 12/  │      │
│    │ g về │     │      │ 2020 │      │
│    │ hợp  │     │      │ )    │      │
│    │ tác  │     │      │      │      │
│    │ giữa │     │      │      │      │
│    │ hai  │     │      │      │      │
│    │ cơ   │     │      │      │      │
│    │ quan │     │      │      │      │
├────┼──────┼─────┼──────┼──────┼──────┤
│ T3 │ Việc │ BA  │ —    │ hoàn │ quá  │
│    │ một  │     │ (một │ thàn │ hạn  │
│    │ lần  │     │ lần) │ h    │ (1   │
│    │      │     │      │ một  │ kỳ,  │
│    │      │     │      │ phần │ 1    │
│    │      │     │      │ (20/ │ ngày │
│    │      │     │      │ 11/  │ )    │
│    │      │     │      │ 2020 │      │
│    │      │     │      │ )    │      │
├────┼──────┼─────┼──────┼──────┼──────┤
│ ND2. Nội dung hai, trao đổi thông    │
│ tin và đào tạo cán bộ của hai bên    │
├────┼──────┼─────┼──────┼──────┼──────┤
│ T2 │ Việc │ Ban │ 31/  │ —    │ quá  │
│    │ 6    │ B   │ 12/  │      │ hạn  │
│    │ thán │     │ 2021 │      │ (3   │
│    │ g    │     │ (6   │      │ kỳ,  │
│    │      │     │ thán │      │ 366  │
│    │      │     │ g)   │      │ ngày │
│    │      │     │      │      │ )    │
└────┴──────┴─────┴──────┴──────┴──────┘
1/3 nhiệm vụ đúng tiến độ; 2 quá hạn
`,
    60: `Chương trình thử nghiệm
Giai đoạn: 10/01/2020 – 31/12/2022 · Tính đến ngày
01/07/2021
┌────┬───────┬────────┬────────────┬──────────────┬────────┐
│ Mã │ Nhiệm │ Chủ    │ Hạn tới    │ Báo cáo gần  │ Tình   │
│    │ vụ    │ trì    │ (lịch)     │ nhất         │ trạng  │
├────┼───────┼────────┼────────────┼──────────────┼────────┤
│ ND1. Nội dung một                                        │
├────┼───────┼────────┼────────────┼──────────────┼────────┤
│ T1 │ Xây   │ BA     │ 15/12/2021 │ năm 2020:    │ đúng   │
│    │ dựng  │        │ (hằng năm) │ hoàn thành   │ tiến   │
│    │ cơ sở │        │            │ (10/12/2020) │ độ     │
│    │ dữ    │        │            │              │        │
│    │ liệu  │        │            │              │        │
│    │ dùng  │        │            │              │        │
│    │ chung │        │            │              │        │
│    │ về    │        │            │              │        │
│    │ hợp   │        │            │              │        │
│    │ tác   │        │            │              │        │
│    │ giữa  │        │            │              │        │
│    │ hai   │        │            │              │        │
│    │ cơ    │        │            │              │        │
│    │ quan  │        │            │              │        │
├────┼───────┼────────┼────────────┼──────────────┼────────┤
│ T3 │ Việc  │ BA     │ —          │ hoàn thành   │ quá    │
│    │ một   │        │ (một lần)  │ một phần     │ hạn (1 │
│    │ lần   │        │            │ (20/11/2020) │ kỳ, 1  │
│    │       │        │            │              │ ngày)  │
├────┼───────┼────────┼────────────┼──────────────┼────────┤
│ ND2. Nội dung hai, trao đổi thông tin và đào tạo cán bộ  │
│ của hai bên                                              │
├────┼───────┼────────┼────────────┼──────────────┼────────┤
│ T2 │ Việc  │ Ban B  │ 31/12/2021 │ —            │ quá    │
│    │ 6     │        │ (6 tháng)  │              │ hạn (3 │
│    │ tháng │        │            │              │ kỳ,    │
│    │       │        │            │              │ 366    │
│    │       │        │            │              │ ngày)  │
└────┴───────┴────────┴────────────┴──────────────┴────────┘
1/3 nhiệm vụ đúng tiến độ; 2 quá hạn
`,
    80: `Chương trình thử nghiệm
Giai đoạn: 10/01/2020 – 31/12/2022 · Tính đến ngày 01/07/2021
┌────┬────────────────────┬─────────┬────────────┬────────────────┬────────────┐
│ Mã │ Nhiệm vụ           │ Chủ trì │ Hạn tới    │ Báo cáo gần    │ Tình trạng │
│    │                    │         │ (lịch)     │ nhất           │            │
├────┼────────────────────┼─────────┼────────────┼────────────────┼────────────┤
│ ND1. Nội dung một                                                            │
├────┼────────────────────┼─────────┼────────────┼────────────────┼────────────┤
│ T1 │ Xây dựng cơ sở dữ  │ BA      │ 15/12/2021 │ năm 2020: hoàn │ đúng tiến  │
│    │ liệu dùng chung về │         │ (hằng năm) │ thành          │ độ         │
│    │ hợp tác giữa hai   │         │            │ (10/12/2020)   │            │
│    │ cơ quan            │         │            │                │            │
├────┼────────────────────┼─────────┼────────────┼────────────────┼────────────┤
│ T3 │ Việc một lần       │ BA      │ —          │ hoàn thành một │ quá hạn (1 │
│    │                    │         │ (một lần)  │ phần           │ kỳ, 1      │
│    │                    │         │            │ (20/11/2020)   │ ngày)      │
├────┼────────────────────┼─────────┼────────────┼────────────────┼────────────┤
│ ND2. Nội dung hai, trao đổi thông tin và đào tạo cán bộ của hai bên          │
├────┼────────────────────┼─────────┼────────────┼────────────────┼────────────┤
│ T2 │ Việc 6 tháng       │ Ban B   │ 31/12/2021 │ —              │ quá hạn (3 │
│    │                    │         │ (6 tháng)  │                │ kỳ, 366    │
│    │                    │         │            │                │ ngày)      │
└────┴────────────────────┴─────────┴────────────┴────────────────┴────────────┘
1/3 nhiệm vụ đúng tiến độ; 2 quá hạn
`,
    99: `Chương trình thử nghiệm
Giai đoạn: 10/01/2020 – 31/12/2022 · Tính đến ngày 01/07/2021
┌────┬────────────────────────────────────┬─────────┬────────────┬─────────────────┬──────────────┐
│ Mã │ Nhiệm vụ                           │ Chủ trì │ Hạn tới    │ Báo cáo gần     │ Tình trạng   │
│    │                                    │         │ (lịch)     │ nhất            │              │
├────┼────────────────────────────────────┼─────────┼────────────┼─────────────────┼──────────────┤
│ ND1. Nội dung một                                                                               │
├────┼────────────────────────────────────┼─────────┼────────────┼─────────────────┼──────────────┤
│ T1 │ Xây dựng cơ sở dữ liệu dùng chung  │ BA      │ 15/12/2021 │ năm 2020: hoàn  │ đúng tiến độ │
│    │ về hợp tác giữa hai cơ quan        │         │ (hằng năm) │ thành           │              │
│    │                                    │         │            │ (10/12/2020)    │              │
├────┼────────────────────────────────────┼─────────┼────────────┼─────────────────┼──────────────┤
│ T3 │ Việc một lần                       │ BA      │ —          │ hoàn thành một  │ quá hạn (1   │
│    │                                    │         │ (một lần)  │ phần            │ kỳ, 1 ngày)  │
│    │                                    │         │            │ (20/11/2020)    │              │
├────┼────────────────────────────────────┼─────────┼────────────┼─────────────────┼──────────────┤
│ ND2. Nội dung hai, trao đổi thông tin và đào tạo cán bộ của hai bên                             │
├────┼────────────────────────────────────┼─────────┼────────────┼─────────────────┼──────────────┤
│ T2 │ Việc 6 tháng                       │ Ban B   │ 31/12/2021 │ —               │ quá hạn (3   │
│    │                                    │         │ (6 tháng)  │                 │ kỳ, 366      │
│    │                                    │         │            │                 │ ngày)        │
└────┴────────────────────────────────────┴─────────┴────────────┴─────────────────┴──────────────┘
1/3 nhiệm vụ đúng tiến độ; 2 quá hạn
`,
    100: `Chương trình thử nghiệm
Giai đoạn: 10/01/2020 – 31/12/2022 · Tính đến ngày 01/07/2021
┌────┬───────────────────────────┬─────────┬──────────┬────────────┬────────────────┬──────────────┐
│ Mã │ Nhiệm vụ                  │ Chủ trì │ Lịch     │ Hạn tới    │ Báo cáo gần    │ Tình trạng   │
│    │                           │         │          │            │ nhất           │              │
├────┼───────────────────────────┼─────────┼──────────┼────────────┼────────────────┼──────────────┤
│ ND1. Nội dung một                                                                                │
├────┼───────────────────────────┼─────────┼──────────┼────────────┼────────────────┼──────────────┤
│ T1 │ Xây dựng cơ sở dữ liệu    │ BA      │ hằng năm │ 15/12/2021 │ năm 2020: hoàn │ đúng tiến độ │
│    │ dùng chung về hợp tác     │         │          │            │ thành          │              │
│    │ giữa hai cơ quan          │         │          │            │ (10/12/2020)   │              │
├────┼───────────────────────────┼─────────┼──────────┼────────────┼────────────────┼──────────────┤
│ T3 │ Việc một lần              │ BA      │ một lần  │ —          │ hoàn thành một │ quá hạn (1   │
│    │                           │         │          │            │ phần           │ kỳ, 1 ngày)  │
│    │                           │         │          │            │ (20/11/2020)   │              │
├────┼───────────────────────────┼─────────┼──────────┼────────────┼────────────────┼──────────────┤
│ ND2. Nội dung hai, trao đổi thông tin và đào tạo cán bộ của hai bên                              │
├────┼───────────────────────────┼─────────┼──────────┼────────────┼────────────────┼──────────────┤
│ T2 │ Việc 6 tháng              │ Ban B   │ 6 tháng  │ 31/12/2021 │ —              │ quá hạn (3   │
│    │                           │         │          │            │                │ kỳ, 366      │
│    │                           │         │          │            │                │ ngày)        │
└────┴───────────────────────────┴─────────┴──────────┴────────────┴────────────────┴──────────────┘
1/3 nhiệm vụ đúng tiến độ; 2 quá hạn
`,
    132: `Chương trình thử nghiệm
Giai đoạn: 10/01/2020 – 31/12/2022 · Tính đến ngày 01/07/2021
┌────┬────────────────────────────────────┬─────────┬──────────┬────────────┬───────────────────────────────────┬──────────────────┐
│ Mã │ Nhiệm vụ                           │ Chủ trì │ Lịch     │ Hạn tới    │ Báo cáo gần nhất                  │ Tình trạng       │
├────┼────────────────────────────────────┼─────────┼──────────┼────────────┼───────────────────────────────────┼──────────────────┤
│ ND1. Nội dung một                                                                                                                │
├────┼────────────────────────────────────┼─────────┼──────────┼────────────┼───────────────────────────────────┼──────────────────┤
│ T1 │ Xây dựng cơ sở dữ liệu dùng chung  │ BA      │ hằng năm │ 15/12/2021 │ năm 2020: hoàn thành (10/12/2020) │ đúng tiến độ     │
│    │ về hợp tác giữa hai cơ quan        │         │          │            │                                   │                  │
├────┼────────────────────────────────────┼─────────┼──────────┼────────────┼───────────────────────────────────┼──────────────────┤
│ T3 │ Việc một lần                       │ BA      │ một lần  │ —          │ hoàn thành một phần (20/11/2020)  │ quá hạn (1 kỳ, 1 │
│    │                                    │         │          │            │                                   │ ngày)            │
├────┼────────────────────────────────────┼─────────┼──────────┼────────────┼───────────────────────────────────┼──────────────────┤
│ ND2. Nội dung hai, trao đổi thông tin và đào tạo cán bộ của hai bên                                                              │
├────┼────────────────────────────────────┼─────────┼──────────┼────────────┼───────────────────────────────────┼──────────────────┤
│ T2 │ Việc 6 tháng                       │ Ban B   │ 6 tháng  │ 31/12/2021 │ —                                 │ quá hạn (3 kỳ,   │
│    │                                    │         │          │            │                                   │ 366 ngày)        │
└────┴────────────────────────────────────┴─────────┴──────────┴────────────┴───────────────────────────────────┴──────────────────┘
1/3 nhiệm vụ đúng tiến độ; 2 quá hạn
`,
  },
  en: {
    40: `Chương trình thử nghiệm
Period: 10/01/2020 – 31/12/2022 · As of
01/07/2021
┌────┬──────┬─────┬──────┬──────┬──────┐
│ Id │ Task │ Lea │ Next │ Last │ Stat │
│    │      │ d   │ due  │ repo │ e    │
│    │      │     │ (sch │ rt   │      │
│    │      │     │ edul │      │      │
│    │      │     │ e)   │      │      │
├────┼──────┼─────┼──────┼──────┼──────┤
│ ND1. Nội dung một                    │
├────┼──────┼─────┼──────┼──────┼──────┤
│ T1 │ Xây  │ BA  │ 15/  │ 2020 │ on   │
│    │ dựng │     │ 12/  │ :    │ trac │
│    │ cơ   │     │ 2021 │ done │ k    │
│    │ sở   │     │ (yea │ (10/ │      │
│    │ dữ   │     │ rly) │ 12/  │      │
│    │ liệu │     │      │ 2020 │      │
│    │ dùng │     │      │ )    │      │
│    │ chun │     │      │      │      │
│    │ g về │     │      │      │      │
│    │ hợp  │     │      │      │      │
│    │ tác  │     │      │      │      │
│    │ giữa │     │      │      │      │
│    │ hai  │     │      │      │      │
│    │ cơ   │     │      │      │      │
│    │ quan │     │      │      │      │
├────┼──────┼─────┼──────┼──────┼──────┤
│ T3 │ Việc │ BA  │ —    │ part │ over │
│    │ một  │     │ (onc │ ly   │ due  │
│    │ lần  │     │ e)   │ done │ (1,  │
│    │      │     │      │ (20/ │ 1    │
│    │      │     │      │ 11/  │ day) │
│    │      │     │      │ 2020 │      │
│    │      │     │      │ )    │      │
├────┼──────┼─────┼──────┼──────┼──────┤
│ ND2. Nội dung hai, trao đổi thông    │
│ tin và đào tạo cán bộ của hai bên    │
├────┼──────┼─────┼──────┼──────┼──────┤
│ T2 │ Việc │ Ban │ 31/  │ —    │ over │
│    │ 6    │ B   │ 12/  │      │ due  │
│    │ thán │     │ 2021 │      │ (3,  │
│    │ g    │     │ (hal │      │ 366  │
│    │      │     │ f-   │      │ days │
│    │      │     │ year │      │ )    │
│    │      │     │ ly)  │      │      │
└────┴──────┴─────┴──────┴──────┴──────┘
1/3 tasks on schedule; 2 overdue
`,
    60: `Chương trình thử nghiệm
Period: 10/01/2020 – 31/12/2022 · As of 01/07/2021
┌────┬───────┬───────┬────────────┬──────────────┬─────────┐
│ Id │ Task  │ Lead  │ Next due   │ Last report  │ State   │
│    │       │       │ (schedule) │              │         │
├────┼───────┼───────┼────────────┼──────────────┼─────────┤
│ ND1. Nội dung một                                        │
├────┼───────┼───────┼────────────┼──────────────┼─────────┤
│ T1 │ Xây   │ BA    │ 15/12/2021 │ 2020: done   │ on      │
│    │ dựng  │       │ (yearly)   │ (10/12/2020) │ track   │
│    │ cơ sở │       │            │              │         │
│    │ dữ    │       │            │              │         │
│    │ liệu  │       │            │              │         │
│    │ dùng  │       │            │              │         │
│    │ chung │       │            │              │         │
│    │ về    │       │            │              │         │
│    │ hợp   │       │            │              │         │
│    │ tác   │       │            │              │         │
│    │ giữa  │       │            │              │         │
│    │ hai   │       │            │              │         │
│    │ cơ    │       │            │              │         │
│    │ quan  │       │            │              │         │
├────┼───────┼───────┼────────────┼──────────────┼─────────┤
│ T3 │ Việc  │ BA    │ —          │ partly done  │ overdue │
│    │ một   │       │ (once)     │ (20/11/2020) │ (1, 1   │
│    │ lần   │       │            │              │ day)    │
├────┼───────┼───────┼────────────┼──────────────┼─────────┤
│ ND2. Nội dung hai, trao đổi thông tin và đào tạo cán bộ  │
│ của hai bên                                              │
├────┼───────┼───────┼────────────┼──────────────┼─────────┤
│ T2 │ Việc  │ Ban B │ 31/12/2021 │ —            │ overdue │
│    │ 6     │       │ (half-     │              │ (3, 366 │
│    │ tháng │       │ yearly)    │              │ days)   │
└────┴───────┴───────┴────────────┴──────────────┴─────────┘
1/3 tasks on schedule; 2 overdue
`,
    80: `Chương trình thử nghiệm
Period: 10/01/2020 – 31/12/2022 · As of 01/07/2021
┌────┬────────────────────┬───────┬────────────┬────────────────┬──────────────┐
│ Id │ Task               │ Lead  │ Next due   │ Last report    │ State        │
│    │                    │       │ (schedule) │                │              │
├────┼────────────────────┼───────┼────────────┼────────────────┼──────────────┤
│ ND1. Nội dung một                                                            │
├────┼────────────────────┼───────┼────────────┼────────────────┼──────────────┤
│ T1 │ Xây dựng cơ sở dữ  │ BA    │ 15/12/2021 │ 2020: done     │ on track     │
│    │ liệu dùng chung về │       │ (yearly)   │ (10/12/2020)   │              │
│    │ hợp tác giữa hai   │       │            │                │              │
│    │ cơ quan            │       │            │                │              │
├────┼────────────────────┼───────┼────────────┼────────────────┼──────────────┤
│ T3 │ Việc một lần       │ BA    │ —          │ partly done    │ overdue (1,  │
│    │                    │       │ (once)     │ (20/11/2020)   │ 1 day)       │
├────┼────────────────────┼───────┼────────────┼────────────────┼──────────────┤
│ ND2. Nội dung hai, trao đổi thông tin và đào tạo cán bộ của hai bên          │
├────┼────────────────────┼───────┼────────────┼────────────────┼──────────────┤
│ T2 │ Việc 6 tháng       │ Ban B │ 31/12/2021 │ —              │ overdue (3,  │
│    │                    │       │ (half-     │                │ 366 days)    │
│    │                    │       │ yearly)    │                │              │
└────┴────────────────────┴───────┴────────────┴────────────────┴──────────────┘
1/3 tasks on schedule; 2 overdue
`,
    99: `Chương trình thử nghiệm
Period: 10/01/2020 – 31/12/2022 · As of 01/07/2021
┌────┬────────────────────────────────────┬───────┬───────────────┬────────────────┬──────────────┐
│ Id │ Task                               │ Lead  │ Next due      │ Last report    │ State        │
│    │                                    │       │ (schedule)    │                │              │
├────┼────────────────────────────────────┼───────┼───────────────┼────────────────┼──────────────┤
│ ND1. Nội dung một                                                                               │
├────┼────────────────────────────────────┼───────┼───────────────┼────────────────┼──────────────┤
│ T1 │ Xây dựng cơ sở dữ liệu dùng chung  │ BA    │ 15/12/2021    │ 2020: done     │ on track     │
│    │ về hợp tác giữa hai cơ quan        │       │ (yearly)      │ (10/12/2020)   │              │
├────┼────────────────────────────────────┼───────┼───────────────┼────────────────┼──────────────┤
│ T3 │ Việc một lần                       │ BA    │ —             │ partly done    │ overdue (1,  │
│    │                                    │       │ (once)        │ (20/11/2020)   │ 1 day)       │
├────┼────────────────────────────────────┼───────┼───────────────┼────────────────┼──────────────┤
│ ND2. Nội dung hai, trao đổi thông tin và đào tạo cán bộ của hai bên                             │
├────┼────────────────────────────────────┼───────┼───────────────┼────────────────┼──────────────┤
│ T2 │ Việc 6 tháng                       │ Ban B │ 31/12/2021    │ —              │ overdue (3,  │
│    │                                    │       │ (half-yearly) │                │ 366 days)    │
└────┴────────────────────────────────────┴───────┴───────────────┴────────────────┴──────────────┘
1/3 tasks on schedule; 2 overdue
`,
    100: `Chương trình thử nghiệm
Period: 10/01/2020 – 31/12/2022 · As of 01/07/2021
┌────┬──────────────────────────┬───────┬─────────────┬────────────┬────────────────┬──────────────┐
│ Id │ Task                     │ Lead  │ Schedule    │ Next due   │ Last report    │ State        │
├────┼──────────────────────────┼───────┼─────────────┼────────────┼────────────────┼──────────────┤
│ ND1. Nội dung một                                                                                │
├────┼──────────────────────────┼───────┼─────────────┼────────────┼────────────────┼──────────────┤
│ T1 │ Xây dựng cơ sở dữ liệu   │ BA    │ yearly      │ 15/12/2021 │ 2020: done     │ on track     │
│    │ dùng chung về hợp tác    │       │             │            │ (10/12/2020)   │              │
│    │ giữa hai cơ quan         │       │             │            │                │              │
├────┼──────────────────────────┼───────┼─────────────┼────────────┼────────────────┼──────────────┤
│ T3 │ Việc một lần             │ BA    │ once        │ —          │ partly done    │ overdue (1,  │
│    │                          │       │             │            │ (20/11/2020)   │ 1 day)       │
├────┼──────────────────────────┼───────┼─────────────┼────────────┼────────────────┼──────────────┤
│ ND2. Nội dung hai, trao đổi thông tin và đào tạo cán bộ của hai bên                              │
├────┼──────────────────────────┼───────┼─────────────┼────────────┼────────────────┼──────────────┤
│ T2 │ Việc 6 tháng             │ Ban B │ half-yearly │ 31/12/2021 │ —              │ overdue (3,  │
│    │                          │       │             │            │                │ 366 days)    │
└────┴──────────────────────────┴───────┴─────────────┴────────────┴────────────────┴──────────────┘
1/3 tasks on schedule; 2 overdue
`,
    132: `Chương trình thử nghiệm
Period: 10/01/2020 – 31/12/2022 · As of 01/07/2021
┌────┬───────────────────────────────────────┬───────┬─────────────┬────────────┬──────────────────────────┬───────────────────────┐
│ Id │ Task                                  │ Lead  │ Schedule    │ Next due   │ Last report              │ State                 │
├────┼───────────────────────────────────────┼───────┼─────────────┼────────────┼──────────────────────────┼───────────────────────┤
│ ND1. Nội dung một                                                                                                                │
├────┼───────────────────────────────────────┼───────┼─────────────┼────────────┼──────────────────────────┼───────────────────────┤
│ T1 │ Xây dựng cơ sở dữ liệu dùng chung về  │ BA    │ yearly      │ 15/12/2021 │ 2020: done (10/12/2020)  │ on track              │
│    │ hợp tác giữa hai cơ quan              │       │             │            │                          │                       │
├────┼───────────────────────────────────────┼───────┼─────────────┼────────────┼──────────────────────────┼───────────────────────┤
│ T3 │ Việc một lần                          │ BA    │ once        │ —          │ partly done (20/11/2020) │ overdue (1, 1 day)    │
├────┼───────────────────────────────────────┼───────┼─────────────┼────────────┼──────────────────────────┼───────────────────────┤
│ ND2. Nội dung hai, trao đổi thông tin và đào tạo cán bộ của hai bên                                                              │
├────┼───────────────────────────────────────┼───────┼─────────────┼────────────┼──────────────────────────┼───────────────────────┤
│ T2 │ Việc 6 tháng                          │ Ban B │ half-yearly │ 31/12/2021 │ —                        │ overdue (3, 366 days) │
└────┴───────────────────────────────────────┴───────┴─────────────┴────────────┴──────────────────────────┴───────────────────────┘
1/3 tasks on schedule; 2 overdue
`,
  },
};

const VI_WHOLE = `Chương trình phối hợp hai bên
Giai đoạn: 10/01/2020 – 31/12/2022 · Tính đến ngày 01/07/2021
┌────┬────────────────────┬─────────┬────────────┬────────────────┬────────────┐
│ Mã │ Nhiệm vụ           │ Chủ trì │ Hạn tới    │ Báo cáo gần    │ Tình trạng │
│    │                    │         │ (lịch)     │ nhất           │            │
├────┼────────────────────┼─────────┼────────────┼────────────────┼────────────┤
│ ND1. Nội dung một                                                            │
├────┼────────────────────┼─────────┼────────────┼────────────────┼────────────┤
│ T1 │ Việc hằng năm      │ BA      │ 15/12/2021 │ năm 2020: hoàn │ đúng tiến  │
│    │                    │         │ (hằng năm) │ thành          │ độ         │
│    │                    │         │            │ (10/12/2020)   │            │
├────┼────────────────────┼─────────┼────────────┼────────────────┼────────────┤
│ T3 │ Việc một lần       │ BA      │ —          │ hoàn thành một │ quá hạn (1 │
│    │                    │         │ (một lần)  │ phần           │ kỳ, 1      │
│    │                    │         │            │ (20/11/2020)   │ ngày)      │
├────┼────────────────────┼─────────┼────────────┼────────────────┼────────────┤
│ ND2. Nội dung hai                                                            │
├────┼────────────────────┼─────────┼────────────┼────────────────┼────────────┤
│ T2 │ Báo cáo 6 tháng về │ Ban B   │ 31/12/2021 │ —              │ quá hạn (3 │
│    │ đào tạo            │         │ (6 tháng)  │                │ kỳ, 366    │
│    │                    │         │            │                │ ngày)      │
└────┴────────────────────┴─────────┴────────────┴────────────────┴────────────┘
1/3 nhiệm vụ đúng tiến độ; 2 quá hạn

Chương trình thử nghiệm
Giai đoạn: 10/01/2020 – 31/12/2022 · Tính đến ngày 01/07/2021
┌────┬───────────────┬─────────┬────────────┬───────────────────┬──────────────┐
│ Mã │ Nhiệm vụ      │ Chủ trì │ Hạn tới    │ Báo cáo gần nhất  │ Tình trạng   │
│    │               │         │ (lịch)     │                   │              │
├────┼───────────────┼─────────┼────────────┼───────────────────┼──────────────┤
│ ND1. Nội dung một                                                            │
├────┼───────────────┼─────────┼────────────┼───────────────────┼──────────────┤
│ T1 │ Việc hằng năm │ BA      │ 15/12/2021 │ năm 2020: hoàn    │ đúng tiến độ │
│    │               │         │ (hằng năm) │ thành             │              │
│    │               │         │            │ (10/12/2020)      │              │
├────┼───────────────┼─────────┼────────────┼───────────────────┼──────────────┤
│ T3 │ Việc một lần  │ BA      │ —          │ hoàn thành một    │ quá hạn (1   │
│    │               │         │ (một lần)  │ phần (20/11/2020) │ kỳ, 1 ngày)  │
├────┼───────────────┼─────────┼────────────┼───────────────────┼──────────────┤
│ ND2. Nội dung hai                                                            │
├────┼───────────────┼─────────┼────────────┼───────────────────┼──────────────┤
│ T2 │ Việc 6 tháng  │ Ban B   │ 31/12/2021 │ —                 │ quá hạn (3   │
│    │               │         │ (6 tháng)  │                   │ kỳ, 366      │
│    │               │         │            │                   │ ngày)        │
└────┴───────────────┴─────────┴────────────┴───────────────────┴──────────────┘
1/3 nhiệm vụ đúng tiến độ; 2 quá hạn
`;

const EN_WHOLE = `Chương trình phối hợp hai bên
Period: 10/01/2020 – 31/12/2022 · As of 01/07/2021
┌────┬────────────────────┬───────┬────────────┬────────────────┬──────────────┐
│ Id │ Task               │ Lead  │ Next due   │ Last report    │ State        │
│    │                    │       │ (schedule) │                │              │
├────┼────────────────────┼───────┼────────────┼────────────────┼──────────────┤
│ ND1. Nội dung một                                                            │
├────┼────────────────────┼───────┼────────────┼────────────────┼──────────────┤
│ T1 │ Việc hằng năm      │ BA    │ 15/12/2021 │ 2020: done     │ on track     │
│    │                    │       │ (yearly)   │ (10/12/2020)   │              │
├────┼────────────────────┼───────┼────────────┼────────────────┼──────────────┤
│ T3 │ Việc một lần       │ BA    │ —          │ partly done    │ overdue (1,  │
│    │                    │       │ (once)     │ (20/11/2020)   │ 1 day)       │
├────┼────────────────────┼───────┼────────────┼────────────────┼──────────────┤
│ ND2. Nội dung hai                                                            │
├────┼────────────────────┼───────┼────────────┼────────────────┼──────────────┤
│ T2 │ Báo cáo 6 tháng về │ Ban B │ 31/12/2021 │ —              │ overdue (3,  │
│    │ đào tạo            │       │ (half-     │                │ 366 days)    │
│    │                    │       │ yearly)    │                │              │
└────┴────────────────────┴───────┴────────────┴────────────────┴──────────────┘
1/3 tasks on schedule; 2 overdue

Chương trình thử nghiệm
Period: 10/01/2020 – 31/12/2022 · As of 01/07/2021
┌────┬───────────────┬───────┬───────────────┬──────────────────┬──────────────┐
│ Id │ Task          │ Lead  │ Next due      │ Last report      │ State        │
│    │               │       │ (schedule)    │                  │              │
├────┼───────────────┼───────┼───────────────┼──────────────────┼──────────────┤
│ ND1. Nội dung một                                                            │
├────┼───────────────┼───────┼───────────────┼──────────────────┼──────────────┤
│ T1 │ Việc hằng năm │ BA    │ 15/12/2021    │ 2020: done       │ on track     │
│    │               │       │ (yearly)      │ (10/12/2020)     │              │
├────┼───────────────┼───────┼───────────────┼──────────────────┼──────────────┤
│ T3 │ Việc một lần  │ BA    │ —             │ partly done      │ overdue (1,  │
│    │               │       │ (once)        │ (20/11/2020)     │ 1 day)       │
├────┼───────────────┼───────┼───────────────┼──────────────────┼──────────────┤
│ ND2. Nội dung hai                                                            │
├────┼───────────────┼───────┼───────────────┼──────────────────┼──────────────┤
│ T2 │ Việc 6 tháng  │ Ban B │ 31/12/2021    │ —                │ overdue (3,  │
│    │               │       │ (half-yearly) │                  │ 366 days)    │
└────┴───────────────┴───────┴───────────────┴──────────────────┴──────────────┘
1/3 tasks on schedule; 2 overdue
`;

const VI_14 = `Chương trình phối hợp hai bên
Giai đoạn: 10/01/2020 – 31/12/2022 · Tính đến ngày 01/07/2021
┌────┬────────────────────┬─────────┬────────────┬────────────────┬────────────┐
│ Mã │ Nhiệm vụ           │ Chủ trì │ Hạn tới    │ Báo cáo gần    │ Tình trạng │
│    │                    │         │ (lịch)     │ nhất           │            │
├────┼────────────────────┼─────────┼────────────┼────────────────┼────────────┤
│ ND1. Nội dung một                                                            │
├────┼────────────────────┼─────────┼────────────┼────────────────┼────────────┤
│ T1 │ Việc hằng năm      │ BA      │ 15/12/2021 │ năm 2020: hoàn │ đúng tiến  │
│    │                    │         │ (hằng năm) │ thành          │ độ         │
│    │                    │         │            │ (10/12/2020)   │            │
└────┴────────────────────┴─────────┴────────────┴────────────────┴────────────┘
1/3 nhiệm vụ đúng tiến độ; 2 quá hạn
… còn 5 dòng chưa hiện cho vừa màn hình. Xem tất cả: phoihop status --all (trên màn hình sẽ mở bằng trình xem trang; hoặc thêm --format csv, json)
`;

const VI_9 = `… còn 6 dòng chưa hiện cho vừa màn hình. Xem tất cả: phoihop status --all (trên màn hình sẽ mở bằng trình xem trang; hoặc thêm --format csv, json)
`;

const VI46_TAIL = `├────┼───────────────┼─────────┼────────────┼───────────────────┼──────────────┤
│ T1 │ Việc hằng năm │ BA      │ 15/12/2021 │ năm 2020: hoàn    │ đúng tiến độ │
│    │               │         │ (hằng năm) │ thành             │              │
│    │               │         │            │ (10/12/2020)      │              │
├────┼───────────────┼─────────┼────────────┼───────────────────┼──────────────┤
│ T3 │ Việc một lần  │ BA      │ —          │ hoàn thành một    │ quá hạn (1   │
│    │               │         │ (một lần)  │ phần (20/11/2020) │ kỳ, 1 ngày)  │
├────┼───────────────┼─────────┼────────────┼───────────────────┼──────────────┤
│ ND2. Nội dung hai                                                            │
└────┴───────────────┴─────────┴────────────┴───────────────────┴──────────────┘
1/3 nhiệm vụ đúng tiến độ; 2 quá hạn
… còn 1 dòng chưa hiện cho vừa màn hình. Xem tất cả: phoihop status --all (trên màn hình sẽ mở bằng trình xem trang; hoặc thêm --format csv, json)
`;

const EN42_TAIL = `│ ND1. Nội dung một                                                            │
├────┼───────────────┼───────┼───────────────┼──────────────────┼──────────────┤
│ T1 │ Việc hằng năm │ BA    │ 15/12/2021    │ 2020: done       │ on track     │
│    │               │       │ (yearly)      │ (10/12/2020)     │              │
├────┼───────────────┼───────┼───────────────┼──────────────────┼──────────────┤
│ T3 │ Việc một lần  │ BA    │ —             │ partly done      │ overdue (1,  │
│    │               │       │ (once)        │ (20/11/2020)     │ 1 day)       │
├────┼───────────────┼───────┼───────────────┼──────────────────┼──────────────┤
│ ND2. Nội dung hai                                                            │
└────┴───────────────┴───────┴───────────────┴──────────────────┴──────────────┘
1/3 tasks on schedule; 2 overdue
… 1 more row not shown, to fit the screen. See them all: phoihop status --all (opens in a pager on a terminal; or add --format csv, json)
`;

const VI33_TAIL = `1/3 nhiệm vụ đúng tiến độ; 2 quá hạn
… còn 3 dòng chưa hiện cho vừa màn hình. Xem tất cả: phoihop status --all (trên màn hình sẽ mở bằng trình xem trang; hoặc thêm --format csv, json)
`;

const VI34_TAIL = `
Chương trình thử nghiệm
Giai đoạn: 10/01/2020 – 31/12/2022 · Tính đến ngày 01/07/2021
┌────┬───────────────┬─────────┬────────────┬───────────────────┬──────────────┐
│ Mã │ Nhiệm vụ      │ Chủ trì │ Hạn tới    │ Báo cáo gần nhất  │ Tình trạng   │
│    │               │         │ (lịch)     │                   │              │
├────┼───────────────┼─────────┼────────────┼───────────────────┼──────────────┤
│ ND1. Nội dung một                                                            │
└────┴───────────────┴─────────┴────────────┴───────────────────┴──────────────┘
1/3 nhiệm vụ đúng tiến độ; 2 quá hạn
… còn 3 dòng chưa hiện cho vừa màn hình. Xem tất cả: phoihop status --all (trên màn hình sẽ mở bằng trình xem trang; hoặc thêm --format csv, json)
`;

const EN31_TAIL = `1/3 tasks on schedule; 2 overdue
… 3 more rows not shown, to fit the screen. See them all: phoihop status --all (opens in a pager on a terminal; or add --format csv, json)
`;

const EN32_TAIL = `
Chương trình thử nghiệm
Period: 10/01/2020 – 31/12/2022 · As of 01/07/2021
┌────┬───────────────┬───────┬───────────────┬──────────────────┬──────────────┐
│ Id │ Task          │ Lead  │ Next due      │ Last report      │ State        │
│    │               │       │ (schedule)    │                  │              │
├────┼───────────────┼───────┼───────────────┼──────────────────┼──────────────┤
│ ND1. Nội dung một                                                            │
└────┴───────────────┴───────┴───────────────┴──────────────────┴──────────────┘
1/3 tasks on schedule; 2 overdue
… 3 more rows not shown, to fit the screen. See them all: phoihop status --all (opens in a pager on a terminal; or add --format csv, json)
`;

const cases = (['vi', 'en'] as const).flatMap((lang) => WIDTHS.map((width) => [lang, width] as const));

describe('the status table at 40, 60, 80, 99, 100 and 132 columns', () => {
  let statuses: ProgrammeStatus[];
  beforeAll(async () => {
    statuses = await statusesOf(longTitles());
  });
  const draw = (lang: Lang, width?: number, color = false) => statusTable(statuses, AS_OF, { lang, color, width });

  it.each(cases)('%s at %i columns: the whole table, line by line, no line wider than the screen', (lang, width) => {
    const lines = draw(lang, width).split('\n');
    expect(lines).toEqual(TABLES[lang][width].split('\n'));
    expect(lines.filter((line) => displayWidth(line) > width)).toEqual([]);
  });

  it('below 100 columns the schedule goes under the next due day (6 columns); from 100 on it has a column of its own (7)', () => {
    const columns = (lang: Lang, width: number) => draw(lang, width).split('\n').find((line) => line.startsWith('┌'))!.split('┬').length;
    expect(WIDTHS.map((width) => columns('vi', width))).toEqual([6, 6, 6, 6, 7, 7]);
    expect(WIDTHS.map((width) => columns('en', width))).toEqual([6, 6, 6, 6, 7, 7]);
    expect(draw('vi', 99)).toContain('│ Hạn tới    │');
    expect(draw('vi', 99)).toContain('│ (lịch)     │');
    expect(draw('en', 99)).toContain('│ (half-yearly) │');
    expect(draw('en', 100)).toContain('│ Schedule    │ Next due   │');
  });

  it('without a width, the table is drawn for 80 columns', () => {
    expect(draw('vi')).toBe(TABLES.vi[80]);
    expect(draw('en')).toBe(TABLES.en[80]);
  });

  it('in colour, each line of the state is coloured (red overdue, cyan on track) and takes the same columns', () => {
    const coloured = draw('en', 80, true);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(TABLES.en[80]);
    expect(coloured.split('\n').filter((line) => line.includes('\u001b'))).toEqual([
      '│ T1 │ Xây dựng cơ sở dữ  │ BA    │ 15/12/2021 │ 2020: done     │ \u001b[36mon track\u001b[39m     │',
      '│ T3 │ Việc một lần       │ BA    │ —          │ partly done    │ \u001b[31moverdue (1,\u001b[39m  │',
      '│    │                    │       │ (once)     │ (20/11/2020)   │ \u001b[31m1 day)\u001b[39m       │',
      '│ T2 │ Việc 6 tháng       │ Ban B │ 31/12/2021 │ —              │ \u001b[31moverdue (3,\u001b[39m  │',
      '│    │                    │       │ (half-     │                │ \u001b[31m366 days)\u001b[39m    │',
    ]);
  });
});

// The line budget (`maxLines`, a terminal's height less a few lines): a programme's heading, table
// rows and footer count; the table stops at the first row that does not fit; a programme starts
// only with 10 lines or more left; the note says how many rows are not shown and how to see them.
describe('the status table cut to a screen (maxLines), two programmes', () => {
  let statuses: ProgrammeStatus[];
  beforeAll(async () => {
    statuses = await statusesOf(twoProgrammes());
  });
  const draw = (lang: Lang, maxLines?: number) => statusTable(statuses, AS_OF, { lang, color: false, width: 80, maxLines, allCommand: 'phoihop status --all' });
  const tail = (text: string, lines: number) => text.split('\n').slice(-lines).join('\n');

  it('without a budget, everything: both programmes, an empty line between them, no note (vi, en)', () => {
    expect(draw('vi')).toBe(VI_WHOLE);
    expect(draw('en')).toBe(EN_WHOLE);
    expect(VI_WHOLE.split('\n')).toHaveLength(47);
    expect(EN_WHOLE.split('\n')).toHaveLength(43);
  });

  it('a budget that fits exactly (47 lines vi, 43 en) shows everything and no note', () => {
    expect(draw('vi', 47)).toBe(VI_WHOLE);
    expect(draw('en', 43)).toBe(EN_WHOLE);
  });

  it('one line less: the last row is left out and the note says so ("1 dòng", "1 more row")', () => {
    const vi = draw('vi', 46);
    expect(vi.split('\n').slice(0, -13)).toEqual(VI_WHOLE.split('\n').slice(0, 31));
    expect(tail(vi, 13)).toBe(VI46_TAIL);
    const en = draw('en', 42);
    expect(en.split('\n').slice(0, -13)).toEqual(EN_WHOLE.split('\n').slice(0, 28));
    expect(tail(en, 13)).toBe(EN42_TAIL);
  });

  it('14 lines: the first programme stops after its first task; the 5 rows left (3 of them the second programme\'s) are counted', () => {
    expect(draw('vi', 14)).toBe(VI_14);
  });

  it('a programme starts only with 10 lines left: 9 left (vi 33, en 31) skip the second, 10 (vi 34, en 32) start it', () => {
    expect(tail(draw('vi', 33), 3)).toBe(VI33_TAIL);
    expect(draw('vi', 33)).not.toContain('Chương trình thử nghiệm');
    expect(tail(draw('vi', 34), 12)).toBe(VI34_TAIL);
    expect(tail(draw('en', 31), 3)).toBe(EN31_TAIL);
    expect(draw('en', 31)).not.toContain('Chương trình thử nghiệm');
    expect(tail(draw('en', 32), 12)).toBe(EN32_TAIL);
  });

  it('fewer than 10 lines: no programme starts, only the note counts all 6 rows', () => {
    expect(draw('vi', 9)).toBe(VI_9);
  });
});
