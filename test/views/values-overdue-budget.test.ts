import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/lang.js';
import { programmeHead } from '../../src/model/programme-head.js';
import type { ProgrammeModel } from '../../src/model/programme-model.js';
import { loadRoot } from '../../src/pipeline.js';
import { fileSystemTree } from '../../src/records/tree.js';
import { classifyOccurrences } from '../../src/schedule/occurrences.js';
import { laidList, layOutOccurrences, overdueTableParts } from '../../src/views/overdue.js';
import { displayWidth } from '../../src/views/text-wrap.js';
import { piecesAsText } from '../helpers/pieces.js';
import { twoProgrammes, writeRoot } from '../helpers/roots.js';

// The overdue tables fitted to 80 columns, drawn by the view itself (in-process) and compared
// whole: the budget's workings with the period in a column of its own (the layout of a terminal of
// 100 columns or more), and at the end the narrow layout a terminal of 80 columns shows (the period
// under the due day). As of 20/06/2021, 30 days ahead: each programme has T2's two half-years of
// 2020 overdue (355 and 171 days, no report) and T2's first half of 2021 and T3 due in 10 days.
const AS_OF = '2021-06-20';
const WITHIN = 30;


let models: ProgrammeModel[];
beforeAll(async () => {
  const loaded = await loadRoot(fileSystemTree(writeRoot(twoProgrammes())), 'vi');
  expect(loaded.diagnostics).toEqual([]);
  // In programme id order, as the command lays them out (rows tied on days keep that order).
  models = [...loaded.models].sort((a, b) => a.programme.id.localeCompare(b.programme.id));
});

/** The tables as the command draws them: each programme's rows laid out on its own, then merged. */
async function draw(lang: Lang, programmes: 'one' | 'both', maxLines?: number, narrow = false): Promise<string> {
  const chosen = programmes === 'one' ? models.filter((m) => m.programme.id === 'thu-nghiem') : models;
  const laid = laidList(
    { asOf: AS_OF, within: WITHIN, programmes: chosen.length },
    chosen.map((m) => layOutOccurrences(classifyOccurrences([m], AS_OF, WITHIN), programmeHead(m), AS_OF, lang, 'table', narrow)),
  );
  return (await piecesAsText(overdueTableParts(laid, { lang, color: false, width: 80, maxLines, allCommand: 'phoihop overdue --all' }))).join('');
}

/** Lines wider than 80 columns, but for the note under a cut table (a sentence the terminal wraps). */
const tooWide = (text: string) => text.split('\n').filter((line) => !line.startsWith('… ') && displayWidth(line) > 80);

const VI1_UNDEFINED = `Quá hạn tính đến ngày 20/06/2021: 2
┌─────────────────┬──────────────┬────────────┬─────────┬─────────┬────────────┐
│ Việc            │ Kỳ           │ Hạn        │ Quá hạn │ Chủ trì │ Lý do      │
│                 │              │            │ (ngày)  │         │            │
├─────────────────┼──────────────┼────────────┼─────────┼─────────┼────────────┤
│ T2 Việc 6 tháng │ 6 tháng đầu  │ 30/06/2020 │ 355     │ Ban B   │ chưa báo   │
│                 │ năm 2020     │            │         │         │ cáo        │
├─────────────────┼──────────────┼────────────┼─────────┼─────────┼────────────┤
│ T2 Việc 6 tháng │ 6 tháng cuối │ 31/12/2020 │ 171     │ Ban B   │ chưa báo   │
│                 │ năm 2020     │            │         │         │ cáo        │
└─────────────────┴──────────────┴────────────┴─────────┴─────────┴────────────┘

Sắp đến hạn trong 30 ngày tới: 2
┌─────────────────┬──────────────────────┬────────────┬────────────┬─────────┐
│ Việc            │ Kỳ                   │ Hạn        │ Còn (ngày) │ Chủ trì │
├─────────────────┼──────────────────────┼────────────┼────────────┼─────────┤
│ T2 Việc 6 tháng │ 6 tháng đầu năm 2021 │ 30/06/2021 │ 10         │ Ban B   │
├─────────────────┼──────────────────────┼────────────┼────────────┼─────────┤
│ T3 Việc một lần │ một lần              │ 30/06/2021 │ 10         │ BA      │
└─────────────────┴──────────────────────┴────────────┴────────────┴─────────┘
`;

const EN1_UNDEFINED = `Overdue as of 20/06/2021: 2
┌─────────────────┬─────────┬────────────┬──────────────┬───────┬───────────┐
│ Item            │ Period  │ Due        │ Days overdue │ Lead  │ Why       │
├─────────────────┼─────────┼────────────┼──────────────┼───────┼───────────┤
│ T2 Việc 6 tháng │ H1 2020 │ 30/06/2020 │ 355          │ Ban B │ no report │
├─────────────────┼─────────┼────────────┼──────────────┼───────┼───────────┤
│ T2 Việc 6 tháng │ H2 2020 │ 31/12/2020 │ 171          │ Ban B │ no report │
└─────────────────┴─────────┴────────────┴──────────────┴───────┴───────────┘

Due in the next 30 days: 2
┌─────────────────┬─────────┬────────────┬───────────┬───────┐
│ Item            │ Period  │ Due        │ Days left │ Lead  │
├─────────────────┼─────────┼────────────┼───────────┼───────┤
│ T2 Việc 6 tháng │ H1 2021 │ 30/06/2021 │ 10        │ Ban B │
├─────────────────┼─────────┼────────────┼───────────┼───────┤
│ T3 Việc một lần │ once    │ 30/06/2021 │ 10        │ BA    │
└─────────────────┴─────────┴────────────┴───────────┴───────┘
`;

const VI2_UNDEFINED = `Quá hạn tính đến ngày 20/06/2021: 4
┌───────────┬───────────┬──────────┬────────────┬─────────┬─────────┬──────────┐
│ Chương    │ Việc      │ Kỳ       │ Hạn        │ Quá hạn │ Chủ trì │ Lý do    │
│ trình     │           │          │            │ (ngày)  │         │          │
├───────────┼───────────┼──────────┼────────────┼─────────┼─────────┼──────────┤
│ phoi-hop- │ T2 Báo    │ 6 tháng  │ 30/06/2020 │ 355     │ Ban B   │ chưa báo │
│ hai-ben   │ cáo 6     │ đầu năm  │            │         │         │ cáo      │
│           │ tháng về  │ 2020     │            │         │         │          │
│           │ đào tạo   │          │            │         │         │          │
├───────────┼───────────┼──────────┼────────────┼─────────┼─────────┼──────────┤
│ thu-      │ T2 Việc 6 │ 6 tháng  │ 30/06/2020 │ 355     │ Ban B   │ chưa báo │
│ nghiem    │ tháng     │ đầu năm  │            │         │         │ cáo      │
│           │           │ 2020     │            │         │         │          │
├───────────┼───────────┼──────────┼────────────┼─────────┼─────────┼──────────┤
│ phoi-hop- │ T2 Báo    │ 6 tháng  │ 31/12/2020 │ 171     │ Ban B   │ chưa báo │
│ hai-ben   │ cáo 6     │ cuối năm │            │         │         │ cáo      │
│           │ tháng về  │ 2020     │            │         │         │          │
│           │ đào tạo   │          │            │         │         │          │
├───────────┼───────────┼──────────┼────────────┼─────────┼─────────┼──────────┤
│ thu-      │ T2 Việc 6 │ 6 tháng  │ 31/12/2020 │ 171     │ Ban B   │ chưa báo │
│ nghiem    │ tháng     │ cuối năm │            │         │         │ cáo      │
│           │           │ 2020     │            │         │         │          │
└───────────┴───────────┴──────────┴────────────┴─────────┴─────────┴──────────┘

Sắp đến hạn trong 30 ngày tới: 4
┌────────────┬─────────────────────┬──────────┬────────────┬─────────┬─────────┐
│ Chương     │ Việc                │ Kỳ       │ Hạn        │ Còn     │ Chủ trì │
│ trình      │                     │          │            │ (ngày)  │         │
├────────────┼─────────────────────┼──────────┼────────────┼─────────┼─────────┤
│ phoi-hop-  │ T2 Báo cáo 6 tháng  │ 6 tháng  │ 30/06/2021 │ 10      │ Ban B   │
│ hai-ben    │ về đào tạo          │ đầu năm  │            │         │         │
│            │                     │ 2021     │            │         │         │
├────────────┼─────────────────────┼──────────┼────────────┼─────────┼─────────┤
│ phoi-hop-  │ T3 Việc một lần     │ một lần  │ 30/06/2021 │ 10      │ BA      │
│ hai-ben    │                     │          │            │         │         │
├────────────┼─────────────────────┼──────────┼────────────┼─────────┼─────────┤
│ thu-nghiem │ T2 Việc 6 tháng     │ 6 tháng  │ 30/06/2021 │ 10      │ Ban B   │
│            │                     │ đầu năm  │            │         │         │
│            │                     │ 2021     │            │         │         │
├────────────┼─────────────────────┼──────────┼────────────┼─────────┼─────────┤
│ thu-nghiem │ T3 Việc một lần     │ một lần  │ 30/06/2021 │ 10      │ BA      │
└────────────┴─────────────────────┴──────────┴────────────┴─────────┴─────────┘
`;

const EN2_UNDEFINED = `Overdue as of 20/06/2021: 4
┌───────────┬──────────────┬─────────┬────────────┬─────────┬───────┬──────────┐
│ Programme │ Item         │ Period  │ Due        │ Days    │ Lead  │ Why      │
│           │              │         │            │ overdue │       │          │
├───────────┼──────────────┼─────────┼────────────┼─────────┼───────┼──────────┤
│ phoi-hop- │ T2 Báo cáo 6 │ H1 2020 │ 30/06/2020 │ 355     │ Ban B │ no       │
│ hai-ben   │ tháng về đào │         │            │         │       │ report   │
│           │ tạo          │         │            │         │       │          │
├───────────┼──────────────┼─────────┼────────────┼─────────┼───────┼──────────┤
│ thu-      │ T2 Việc 6    │ H1 2020 │ 30/06/2020 │ 355     │ Ban B │ no       │
│ nghiem    │ tháng        │         │            │         │       │ report   │
├───────────┼──────────────┼─────────┼────────────┼─────────┼───────┼──────────┤
│ phoi-hop- │ T2 Báo cáo 6 │ H2 2020 │ 31/12/2020 │ 171     │ Ban B │ no       │
│ hai-ben   │ tháng về đào │         │            │         │       │ report   │
│           │ tạo          │         │            │         │       │          │
├───────────┼──────────────┼─────────┼────────────┼─────────┼───────┼──────────┤
│ thu-      │ T2 Việc 6    │ H2 2020 │ 31/12/2020 │ 171     │ Ban B │ no       │
│ nghiem    │ tháng        │         │            │         │       │ report   │
└───────────┴──────────────┴─────────┴────────────┴─────────┴───────┴──────────┘

Due in the next 30 days: 4
┌────────────┬────────────────────────┬─────────┬────────────┬─────────┬───────┐
│ Programme  │ Item                   │ Period  │ Due        │ Days    │ Lead  │
│            │                        │         │            │ left    │       │
├────────────┼────────────────────────┼─────────┼────────────┼─────────┼───────┤
│ phoi-hop-  │ T2 Báo cáo 6 tháng về  │ H1 2021 │ 30/06/2021 │ 10      │ Ban B │
│ hai-ben    │ đào tạo                │         │            │         │       │
├────────────┼────────────────────────┼─────────┼────────────┼─────────┼───────┤
│ phoi-hop-  │ T3 Việc một lần        │ once    │ 30/06/2021 │ 10      │ BA    │
│ hai-ben    │                        │         │            │         │       │
├────────────┼────────────────────────┼─────────┼────────────┼─────────┼───────┤
│ thu-nghiem │ T2 Việc 6 tháng        │ H1 2021 │ 30/06/2021 │ 10      │ Ban B │
├────────────┼────────────────────────┼─────────┼────────────┼─────────┼───────┤
│ thu-nghiem │ T3 Việc một lần        │ once    │ 30/06/2021 │ 10      │ BA    │
└────────────┴────────────────────────┴─────────┴────────────┴─────────┴───────┘
`;

const VI1_20 = `Quá hạn tính đến ngày 20/06/2021: 2
┌─────────────────┬──────────────┬────────────┬─────────┬─────────┬────────────┐
│ Việc            │ Kỳ           │ Hạn        │ Quá hạn │ Chủ trì │ Lý do      │
│                 │              │            │ (ngày)  │         │            │
├─────────────────┼──────────────┼────────────┼─────────┼─────────┼────────────┤
│ T2 Việc 6 tháng │ 6 tháng đầu  │ 30/06/2020 │ 355     │ Ban B   │ chưa báo   │
│                 │ năm 2020     │            │         │         │ cáo        │
├─────────────────┼──────────────┼────────────┼─────────┼─────────┼────────────┤
│ T2 Việc 6 tháng │ 6 tháng cuối │ 31/12/2020 │ 171     │ Ban B   │ chưa báo   │
│                 │ năm 2020     │            │         │         │ cáo        │
└─────────────────┴──────────────┴────────────┴─────────┴─────────┴────────────┘

Sắp đến hạn trong 30 ngày tới: 2
┌─────────────────┬──────────────────────┬────────────┬────────────┬─────────┐
│ Việc            │ Kỳ                   │ Hạn        │ Còn (ngày) │ Chủ trì │
├─────────────────┼──────────────────────┼────────────┼────────────┼─────────┤
│ T2 Việc 6 tháng │ 6 tháng đầu năm 2021 │ 30/06/2021 │ 10         │ Ban B   │
└─────────────────┴──────────────────────┴────────────┴────────────┴─────────┘
… còn 1 dòng chưa hiện cho vừa màn hình. Xem tất cả: phoihop overdue --all (trên màn hình sẽ mở bằng trình xem trang; hoặc thêm --format csv, json)
`;

const VI1_12 = `Quá hạn tính đến ngày 20/06/2021: 2
┌─────────────────┬──────────────┬────────────┬─────────┬─────────┬────────────┐
│ Việc            │ Kỳ           │ Hạn        │ Quá hạn │ Chủ trì │ Lý do      │
│                 │              │            │ (ngày)  │         │            │
├─────────────────┼──────────────┼────────────┼─────────┼─────────┼────────────┤
│ T2 Việc 6 tháng │ 6 tháng đầu  │ 30/06/2020 │ 355     │ Ban B   │ chưa báo   │
│                 │ năm 2020     │            │         │         │ cáo        │
├─────────────────┼──────────────┼────────────┼─────────┼─────────┼────────────┤
│ T2 Việc 6 tháng │ 6 tháng cuối │ 31/12/2020 │ 171     │ Ban B   │ chưa báo   │
│                 │ năm 2020     │            │         │         │ cáo        │
└─────────────────┴──────────────┴────────────┴─────────┴─────────┴────────────┘

Sắp đến hạn trong 30 ngày tới: 2
… còn 2 dòng chưa hiện cho vừa màn hình. Xem tất cả: phoihop overdue --all (trên màn hình sẽ mở bằng trình xem trang; hoặc thêm --format csv, json)
`;

const VI1_8 = `Quá hạn tính đến ngày 20/06/2021: 2

Sắp đến hạn trong 30 ngày tới: 2
… còn 4 dòng chưa hiện cho vừa màn hình. Xem tất cả: phoihop overdue --all (trên màn hình sẽ mở bằng trình xem trang; hoặc thêm --format csv, json)
`;

const VI1_7 = `Quá hạn tính đến ngày 20/06/2021: 2

Sắp đến hạn trong 30 ngày tới: 2
… còn 4 dòng chưa hiện cho vừa màn hình. Xem tất cả: phoihop overdue --all (trên màn hình sẽ mở bằng trình xem trang; hoặc thêm --format csv, json)
`;

const EN1_17 = `Overdue as of 20/06/2021: 2
┌─────────────────┬─────────┬────────────┬──────────────┬───────┬───────────┐
│ Item            │ Period  │ Due        │ Days overdue │ Lead  │ Why       │
├─────────────────┼─────────┼────────────┼──────────────┼───────┼───────────┤
│ T2 Việc 6 tháng │ H1 2020 │ 30/06/2020 │ 355          │ Ban B │ no report │
├─────────────────┼─────────┼────────────┼──────────────┼───────┼───────────┤
│ T2 Việc 6 tháng │ H2 2020 │ 31/12/2020 │ 171          │ Ban B │ no report │
└─────────────────┴─────────┴────────────┴──────────────┴───────┴───────────┘

Due in the next 30 days: 2
┌─────────────────┬─────────┬────────────┬───────────┬───────┐
│ Item            │ Period  │ Due        │ Days left │ Lead  │
├─────────────────┼─────────┼────────────┼───────────┼───────┤
│ T2 Việc 6 tháng │ H1 2021 │ 30/06/2021 │ 10        │ Ban B │
└─────────────────┴─────────┴────────────┴───────────┴───────┘
… 1 more row not shown, to fit the screen. See them all: phoihop overdue --all (opens in a pager on a terminal; or add --format csv, json)
`;

const EN2_28 = `Overdue as of 20/06/2021: 4
┌───────────┬──────────────┬─────────┬────────────┬─────────┬───────┬──────────┐
│ Programme │ Item         │ Period  │ Due        │ Days    │ Lead  │ Why      │
│           │              │         │            │ overdue │       │          │
├───────────┼──────────────┼─────────┼────────────┼─────────┼───────┼──────────┤
│ phoi-hop- │ T2 Báo cáo 6 │ H1 2020 │ 30/06/2020 │ 355     │ Ban B │ no       │
│ hai-ben   │ tháng về đào │         │            │         │       │ report   │
│           │ tạo          │         │            │         │       │          │
├───────────┼──────────────┼─────────┼────────────┼─────────┼───────┼──────────┤
│ thu-      │ T2 Việc 6    │ H1 2020 │ 30/06/2020 │ 355     │ Ban B │ no       │
│ nghiem    │ tháng        │         │            │         │       │ report   │
├───────────┼──────────────┼─────────┼────────────┼─────────┼───────┼──────────┤
│ phoi-hop- │ T2 Báo cáo 6 │ H2 2020 │ 31/12/2020 │ 171     │ Ban B │ no       │
│ hai-ben   │ tháng về đào │         │            │         │       │ report   │
│           │ tạo          │         │            │         │       │          │
├───────────┼──────────────┼─────────┼────────────┼─────────┼───────┼──────────┤
│ thu-      │ T2 Việc 6    │ H2 2020 │ 31/12/2020 │ 171     │ Ban B │ no       │
│ nghiem    │ tháng        │         │            │         │       │ report   │
└───────────┴──────────────┴─────────┴────────────┴─────────┴───────┴──────────┘

Due in the next 30 days: 4
… 4 more rows not shown, to fit the screen. See them all: phoihop overdue --all (opens in a pager on a terminal; or add --format csv, json)
`;

const EN2_35 = `Overdue as of 20/06/2021: 4
┌───────────┬──────────────┬─────────┬────────────┬─────────┬───────┬──────────┐
│ Programme │ Item         │ Period  │ Due        │ Days    │ Lead  │ Why      │
│           │              │         │            │ overdue │       │          │
├───────────┼──────────────┼─────────┼────────────┼─────────┼───────┼──────────┤
│ phoi-hop- │ T2 Báo cáo 6 │ H1 2020 │ 30/06/2020 │ 355     │ Ban B │ no       │
│ hai-ben   │ tháng về đào │         │            │         │       │ report   │
│           │ tạo          │         │            │         │       │          │
├───────────┼──────────────┼─────────┼────────────┼─────────┼───────┼──────────┤
│ thu-      │ T2 Việc 6    │ H1 2020 │ 30/06/2020 │ 355     │ Ban B │ no       │
│ nghiem    │ tháng        │         │            │         │       │ report   │
├───────────┼──────────────┼─────────┼────────────┼─────────┼───────┼──────────┤
│ phoi-hop- │ T2 Báo cáo 6 │ H2 2020 │ 31/12/2020 │ 171     │ Ban B │ no       │
│ hai-ben   │ tháng về đào │         │            │         │       │ report   │
│           │ tạo          │         │            │         │       │          │
├───────────┼──────────────┼─────────┼────────────┼─────────┼───────┼──────────┤
│ thu-      │ T2 Việc 6    │ H2 2020 │ 31/12/2020 │ 171     │ Ban B │ no       │
│ nghiem    │ tháng        │         │            │         │       │ report   │
└───────────┴──────────────┴─────────┴────────────┴─────────┴───────┴──────────┘

Due in the next 30 days: 4
┌────────────┬────────────────────────┬─────────┬────────────┬─────────┬───────┐
│ Programme  │ Item                   │ Period  │ Due        │ Days    │ Lead  │
│            │                        │         │            │ left    │       │
├────────────┼────────────────────────┼─────────┼────────────┼─────────┼───────┤
│ phoi-hop-  │ T2 Báo cáo 6 tháng về  │ H1 2021 │ 30/06/2021 │ 10      │ Ban B │
│ hai-ben    │ đào tạo                │         │            │         │       │
├────────────┼────────────────────────┼─────────┼────────────┼─────────┼───────┤
│ phoi-hop-  │ T3 Việc một lần        │ once    │ 30/06/2021 │ 10      │ BA    │
│ hai-ben    │                        │         │            │         │       │
├────────────┼────────────────────────┼─────────┼────────────┼─────────┼───────┤
│ thu-nghiem │ T2 Việc 6 tháng        │ H1 2021 │ 30/06/2021 │ 10      │ Ban B │
└────────────┴────────────────────────┴─────────┴────────────┴─────────┴───────┘
… 1 more row not shown, to fit the screen. See them all: phoihop overdue --all (opens in a pager on a terminal; or add --format csv, json)
`;

const VI2_42 = `Quá hạn tính đến ngày 20/06/2021: 4
┌───────────┬───────────┬──────────┬────────────┬─────────┬─────────┬──────────┐
│ Chương    │ Việc      │ Kỳ       │ Hạn        │ Quá hạn │ Chủ trì │ Lý do    │
│ trình     │           │          │            │ (ngày)  │         │          │
├───────────┼───────────┼──────────┼────────────┼─────────┼─────────┼──────────┤
│ phoi-hop- │ T2 Báo    │ 6 tháng  │ 30/06/2020 │ 355     │ Ban B   │ chưa báo │
│ hai-ben   │ cáo 6     │ đầu năm  │            │         │         │ cáo      │
│           │ tháng về  │ 2020     │            │         │         │          │
│           │ đào tạo   │          │            │         │         │          │
├───────────┼───────────┼──────────┼────────────┼─────────┼─────────┼──────────┤
│ thu-      │ T2 Việc 6 │ 6 tháng  │ 30/06/2020 │ 355     │ Ban B   │ chưa báo │
│ nghiem    │ tháng     │ đầu năm  │            │         │         │ cáo      │
│           │           │ 2020     │            │         │         │          │
├───────────┼───────────┼──────────┼────────────┼─────────┼─────────┼──────────┤
│ phoi-hop- │ T2 Báo    │ 6 tháng  │ 31/12/2020 │ 171     │ Ban B   │ chưa báo │
│ hai-ben   │ cáo 6     │ cuối năm │            │         │         │ cáo      │
│           │ tháng về  │ 2020     │            │         │         │          │
│           │ đào tạo   │          │            │         │         │          │
├───────────┼───────────┼──────────┼────────────┼─────────┼─────────┼──────────┤
│ thu-      │ T2 Việc 6 │ 6 tháng  │ 31/12/2020 │ 171     │ Ban B   │ chưa báo │
│ nghiem    │ tháng     │ cuối năm │            │         │         │ cáo      │
│           │           │ 2020     │            │         │         │          │
└───────────┴───────────┴──────────┴────────────┴─────────┴─────────┴──────────┘

Sắp đến hạn trong 30 ngày tới: 4
┌────────────┬─────────────────────┬──────────┬────────────┬─────────┬─────────┐
│ Chương     │ Việc                │ Kỳ       │ Hạn        │ Còn     │ Chủ trì │
│ trình      │                     │          │            │ (ngày)  │         │
├────────────┼─────────────────────┼──────────┼────────────┼─────────┼─────────┤
│ phoi-hop-  │ T2 Báo cáo 6 tháng  │ 6 tháng  │ 30/06/2021 │ 10      │ Ban B   │
│ hai-ben    │ về đào tạo          │ đầu năm  │            │         │         │
│            │                     │ 2021     │            │         │         │
├────────────┼─────────────────────┼──────────┼────────────┼─────────┼─────────┤
│ phoi-hop-  │ T3 Việc một lần     │ một lần  │ 30/06/2021 │ 10      │ BA      │
│ hai-ben    │                     │          │            │         │         │
├────────────┼─────────────────────┼──────────┼────────────┼─────────┼─────────┤
│ thu-nghiem │ T2 Việc 6 tháng     │ 6 tháng  │ 30/06/2021 │ 10      │ Ban B   │
│            │                     │ đầu năm  │            │         │         │
│            │                     │ 2021     │            │         │         │
└────────────┴─────────────────────┴──────────┴────────────┴─────────┴─────────┘
… còn 1 dòng chưa hiện cho vừa màn hình. Xem tất cả: phoihop overdue --all (trên màn hình sẽ mở bằng trình xem trang; hoặc thêm --format csv, json)
`;

describe('overdue tables: one programme or several', () => {
  it('one programme (vi): no programme column, each list fitted on its own', async () => {
    expect(await draw('vi', 'one')).toBe(VI1_UNDEFINED);
  });

  it('one programme (en): no programme column', async () => {
    expect(await draw('en', 'one')).toBe(EN1_UNDEFINED);
  });

  it('several programmes (vi): the programme column first; ids break after a hyphen; rows tied on days in id order', async () => {
    expect(await draw('vi', 'both')).toBe(VI2_UNDEFINED);
  });

  it('several programmes (en): the "Programme" header is whole at 80 columns (not "Programm" / "e")', async () => {
    const text = await draw('en', 'both');
    expect(text).toBe(EN2_UNDEFINED);
    expect(text).toContain('│ Programme │ Item');
  });

  it('no line wider than 80 columns, in either language, with one programme or several', async () => {
    for (const lang of ['vi', 'en'] as const) for (const programmes of ['one', 'both'] as const) expect(tooWide(await draw(lang, programmes))).toEqual([]);
  });
});

// The line budget (`maxLines`): a list's title and the line after it count 2, its table's frame
// and header lines, each row its lines and the rule above it. A list starts only with 8 lines or
// more left; the table stops at the first row that does not fit; the note counts the rows left out.
describe('overdue tables cut to a screen (maxLines)', () => {
  it('without a budget, everything is drawn, with no note', async () => {
    expect(await draw('vi', 'one', undefined)).toBe(VI1_UNDEFINED);
    expect(await draw('en', 'both', undefined)).toBe(EN2_UNDEFINED);
  });

  it('a budget that fits exactly (21 lines vi, 18 en; 36 en with two programmes) draws everything, no note', async () => {
    expect(await draw('vi', 'one', 21)).toBe(VI1_UNDEFINED);
    expect(await draw('en', 'one', 18)).toBe(EN1_UNDEFINED);
    expect(await draw('en', 'both', 36)).toBe(EN2_UNDEFINED);
  });

  it('one line less (vi 20): the due-soon table stops before T3, the note says 1 row and how to see all (--all)', async () => {
    expect(await draw('vi', 'one', 20)).toBe(VI1_20);
  });

  it('one line less (en 17): "1 more row" (singular), in English only', async () => {
    expect(await draw('en', 'one', 17)).toBe(EN1_17);
  });

  it('12 lines: the overdue table fills them exactly; the due-soon list shows its title only, its 2 rows counted', async () => {
    expect(await draw('vi', 'one', 12)).toBe(VI1_12);
  });

  it('8 lines: the headers fit but no row does (a row needs 3), so the overdue list stays at its title, its rows counted; 7 lines: the same', async () => {
    expect(await draw('vi', 'one', 8)).toBe(VI1_8);
    expect(await draw('vi', 'one', 7)).toBe(VI1_7);
  });

  it('several programmes (en 28): the due-soon list has room for its headers but not a row: its title only, its 4 rows counted', async () => {
    expect(await draw('en', 'both', 28)).toBe(EN2_28);
  });

  it('several programmes, one line short (en 35: "1 more row"; vi 42: "1 dòng"); vi fits exactly in 43', async () => {
    expect(await draw('en', 'both', 35)).toBe(EN2_35);
    expect(await draw('vi', 'both', 42)).toBe(VI2_42);
    expect(await draw('vi', 'both', 43)).toBe(VI2_UNDEFINED);
  });

  it('cut or not, no table line is wider than the screen', async () => {
    for (const maxLines of [7, 8, 12, 20, 28, 35]) expect(tooWide(await draw('en', 'both', maxLines))).toEqual([]);
  });
});

// What a terminal of 80 columns shows: the period under the due day, so that the item keeps room.
const VI1_NARROW = `Quá hạn tính đến ngày 20/06/2021: 2
┌─────────────────┬─────────────────────────┬─────────┬─────────┬──────────────┐
│ Việc            │ Hạn                     │ Quá hạn │ Chủ trì │ Lý do        │
│                 │ (kỳ)                    │ (ngày)  │         │              │
├─────────────────┼─────────────────────────┼─────────┼─────────┼──────────────┤
│ T2 Việc 6 tháng │ 30/06/2020              │ 355     │ Ban B   │ chưa báo cáo │
│                 │ (6 tháng đầu năm 2020)  │         │         │              │
├─────────────────┼─────────────────────────┼─────────┼─────────┼──────────────┤
│ T2 Việc 6 tháng │ 31/12/2020              │ 171     │ Ban B   │ chưa báo cáo │
│                 │ (6 tháng cuối năm 2020) │         │         │              │
└─────────────────┴─────────────────────────┴─────────┴─────────┴──────────────┘

Sắp đến hạn trong 30 ngày tới: 2
┌─────────────────┬────────────────────────┬────────────┬─────────┐
│ Việc            │ Hạn                    │ Còn (ngày) │ Chủ trì │
│                 │ (kỳ)                   │            │         │
├─────────────────┼────────────────────────┼────────────┼─────────┤
│ T2 Việc 6 tháng │ 30/06/2021             │ 10         │ Ban B   │
│                 │ (6 tháng đầu năm 2021) │            │         │
├─────────────────┼────────────────────────┼────────────┼─────────┤
│ T3 Việc một lần │ 30/06/2021             │ 10         │ BA      │
│                 │ (một lần)              │            │         │
└─────────────────┴────────────────────────┴────────────┴─────────┘
`;

const EN2_NARROW = `Overdue as of 20/06/2021: 4
┌────────────┬──────────────────────┬────────────┬─────────┬───────┬───────────┐
│ Programme  │ Item                 │ Due        │ Days    │ Lead  │ Why       │
│            │                      │ (period)   │ overdue │       │           │
├────────────┼──────────────────────┼────────────┼─────────┼───────┼───────────┤
│ phoi-hop-  │ T2 Báo cáo 6 tháng   │ 30/06/2020 │ 355     │ Ban B │ no report │
│ hai-ben    │ về đào tạo           │ (H1 2020)  │         │       │           │
├────────────┼──────────────────────┼────────────┼─────────┼───────┼───────────┤
│ thu-nghiem │ T2 Việc 6 tháng      │ 30/06/2020 │ 355     │ Ban B │ no report │
│            │                      │ (H1 2020)  │         │       │           │
├────────────┼──────────────────────┼────────────┼─────────┼───────┼───────────┤
│ phoi-hop-  │ T2 Báo cáo 6 tháng   │ 31/12/2020 │ 171     │ Ban B │ no report │
│ hai-ben    │ về đào tạo           │ (H2 2020)  │         │       │           │
├────────────┼──────────────────────┼────────────┼─────────┼───────┼───────────┤
│ thu-nghiem │ T2 Việc 6 tháng      │ 31/12/2020 │ 171     │ Ban B │ no report │
│            │                      │ (H2 2020)  │         │       │           │
└────────────┴──────────────────────┴────────────┴─────────┴───────┴───────────┘

Due in the next 30 days: 4
┌───────────────┬───────────────────────────────┬────────────┬─────────┬───────┐
│ Programme     │ Item                          │ Due        │ Days    │ Lead  │
│               │                               │ (period)   │ left    │       │
├───────────────┼───────────────────────────────┼────────────┼─────────┼───────┤
│ phoi-hop-hai- │ T2 Báo cáo 6 tháng về đào tạo │ 30/06/2021 │ 10      │ Ban B │
│ ben           │                               │ (H1 2021)  │         │       │
├───────────────┼───────────────────────────────┼────────────┼─────────┼───────┤
│ phoi-hop-hai- │ T3 Việc một lần               │ 30/06/2021 │ 10      │ BA    │
│ ben           │                               │ (once)     │         │       │
├───────────────┼───────────────────────────────┼────────────┼─────────┼───────┤
│ thu-nghiem    │ T2 Việc 6 tháng               │ 30/06/2021 │ 10      │ Ban B │
│               │                               │ (H1 2021)  │         │       │
├───────────────┼───────────────────────────────┼────────────┼─────────┼───────┤
│ thu-nghiem    │ T3 Việc một lần               │ 30/06/2021 │ 10      │ BA    │
│               │                               │ (once)     │         │       │
└───────────────┴───────────────────────────────┴────────────┴─────────┴───────┘
`;

describe('overdue tables at 80 columns: the period under the due day', () => {
  it('one programme (vi): "Hạn (kỳ)" one column, the item and the reason on fewer lines', async () => {
    expect(await draw('vi', 'one', undefined, true)).toBe(VI1_NARROW);
  });

  it('several programmes (en), and cut to a screen one row short: the same rows, the note', async () => {
    const whole = await draw('en', 'both', undefined, true);
    expect(whole).toBe(EN2_NARROW);
    const lines = whole.split('\n').length - 1;
    const cut = await draw('en', 'both', lines - 1, true);
    expect(cut).toContain('… 1 more row');
    expect(whole.startsWith(cut.slice(0, cut.indexOf('Due in the next')))).toBe(true);
  });

  it('no line wider than 80 columns, cut or not, in either language', async () => {
    for (const lang of ['vi', 'en'] as const) for (const programmes of ['one', 'both'] as const) for (const maxLines of [undefined, 8, 12, 20, 35]) expect(tooWide(await draw(lang, programmes, maxLines, true))).toEqual([]);
  });
});
