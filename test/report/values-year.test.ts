import { beforeAll, describe, expect, it } from 'vitest';
import { reportRoot } from '../helpers/report-root.js';
import { writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The year report and the whole-period review of the sample root, compared whole in vi and en.
let root: string;
beforeAll(() => {
  root = writeRoot(reportRoot());
});

async function summary(...args: string[]): Promise<string> {
  const r = await runCli(['summary', '--root', root, ...args]);
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return r.stdout;
}

describe('summary, the values users read', () => {
  it("the year report of 2019, vi: body text whole (citations with the issuer's short name on second mention, counts, focus tasks)", async () => {
    expect(await summary('--as-of', '2020-06-15', '--year', '2019', '--format', 'text')).toBe(`Thực hiện Chương trình phối hợp số 05-CTr/BCSĐ-BDVTU ngày 1/3/2019 giữa Ban Cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận giai đoạn 2019–2021, Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy báo cáo kết quả thực hiện năm 2019 như sau:

I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO

Hai bên ban hành kế hoạch triển khai Chương trình, quán triệt đến cán bộ, công chức.

II. KẾT QUẢ THỰC HIỆN

1. Tiếp công dân, đối thoại với Nhân dân

BCSĐ UBND tỉnh chủ trì, phối hợp với BDV Tỉnh ủy và Thanh tra tỉnh tổ chức tiếp công dân định kỳ và đối thoại với Nhân dân. Tiếp 120 lượt công dân. Văn bản: Kế hoạch số 41-KH/BDVTU ngày 28/3/2019 của BDV Tỉnh ủy; Báo cáo số 150/BC-UBND của Ủy ban nhân dân tỉnh. Kết quả đánh giá: hoàn thành tốt.

Số liệu năm 2019: 20 phiên tiếp công dân, 4 cuộc đối thoại với Nhân dân.

2. Đào tạo, bồi dưỡng và tổng kết

BDV Tỉnh ủy chủ trì, phối hợp với BCSĐ UBND tỉnh mở lớp bồi dưỡng kỹ năng dân vận cho cán bộ, công chức cấp xã. Kết quả đánh giá: hoàn thành xuất sắc.

BDV Tỉnh ủy chủ trì, phối hợp với BCSĐ UBND tỉnh tổng kết Chương trình, đề xuất chương trình giai đoạn tiếp theo. Nhiệm vụ chưa đến hạn (hạn 15/12/2021).

Năm 2019, hai bên triển khai 2/2 nhiệm vụ, hoàn thành 2 nhiệm vụ (100%), trong đó hoàn thành xuất sắc 1, hoàn thành tốt 1 nhiệm vụ; 1 nhiệm vụ chưa đến hạn.

III. ĐÁNH GIÁ CHUNG

1. Ưu điểm

- Phối hợp chặt chẽ, thường xuyên.

2. Hạn chế

- Một số cuộc đối thoại chưa đúng kỳ.

3. Nguyên nhân

a) Nguyên nhân khách quan

- Địa bàn rộng, giao thông khó khăn.

b) Nguyên nhân chủ quan

- Một số cơ quan chưa chủ động.

4. Bài học kinh nghiệm

- Bám sát cơ sở.

IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020

Hai bên thống nhất triển khai Kế hoạch số 02-KH/BCSĐ-BDVTU ngày 10/1/2020 thực hiện Chương trình năm 2020.

- Duy trì đối thoại định kỳ.

Tập trung thực hiện các nhiệm vụ: tổ chức tiếp công dân định kỳ và đối thoại với Nhân dân.

V. KIẾN NGHỊ, ĐỀ XUẤT

- Đề nghị Ban Dân vận Trung ương hướng dẫn tiêu chí đánh giá.
`);
  });

  it('the year report of 2019, en: the same in English words', async () => {
    expect(await summary('--as-of', '2020-06-15', '--year', '2019', '--format', 'text', '--lang', 'en')).toBe(`Under the Chương trình phối hợp giữa Ban Cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận giai đoạn 2019–2021 No. 05-CTr/BCSĐ-BDVTU of 1/3/2019, Ban Cán sự đảng Ủy ban nhân dân tỉnh and Ban Dân vận Tỉnh ủy report the results of 2019 as follows:

I. LEADERSHIP AND DIRECTION

Hai bên ban hành kế hoạch triển khai Chương trình, quán triệt đến cán bộ, công chức.

II. RESULTS

1. Tiếp công dân, đối thoại với Nhân dân

BCSĐ UBND tỉnh led, with BDV Tỉnh ủy and Thanh tra tỉnh: Tổ chức tiếp công dân định kỳ và đối thoại với Nhân dân. Tiếp 120 lượt công dân. Documents: Plan No. 41-KH/BDVTU of 28/3/2019 by BDV Tỉnh ủy; Report No. 150/BC-UBND by Ủy ban nhân dân tỉnh. Rated: good.

Figures for 2019: 20 phiên tiếp công dân, 4 cuộc đối thoại với Nhân dân.

2. Đào tạo, bồi dưỡng và tổng kết

BDV Tỉnh ủy led, with BCSĐ UBND tỉnh: Mở lớp bồi dưỡng kỹ năng dân vận cho cán bộ, công chức cấp xã. Rated: excellent.

BDV Tỉnh ủy led, with BCSĐ UBND tỉnh: Tổng kết Chương trình, đề xuất chương trình giai đoạn tiếp theo. Not yet due (due 15/12/2021).

In 2019, the two sides carried out 2/2 tasks and completed 2 (100%): 1 excellent, 1 good; 1 not yet due.

III. OVERALL ASSESSMENT

1. Strengths

- Phối hợp chặt chẽ, thường xuyên.

2. Shortcomings

- Một số cuộc đối thoại chưa đúng kỳ.

3. Causes

a) Objective causes

- Địa bàn rộng, giao thông khó khăn.

b) Subjective causes

- Một số cơ quan chưa chủ động.

4. Lessons learned

- Bám sát cơ sở.

IV. DIRECTIONS AND TASKS FOR 2020

The parties agreed to carry out Plan No. 02-KH/BCSĐ-BDVTU of 10/1/2020 for 2020.

- Duy trì đối thoại định kỳ.

Focus tasks: Tổ chức tiếp công dân định kỳ và đối thoại với Nhân dân.

V. RECOMMENDATIONS

- Đề nghị Ban Dân vận Trung ương hướng dẫn tiêu chí đánh giá.
`);
  });

  it('the whole-period review (--term) after the end, en text: counts per year, shares with a decimal point, the amendment', async () => {
    expect(await summary('--as-of', '2022-06-15', '--term', '--format', 'text', '--lang', 'en')).toBe(`Chương trình phối hợp giữa Ban Cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận giai đoạn 2019–2021

Period from 01/03/2019 to 31/12/2021

I. RESULTS BY YEAR

Year  Tasks rated  excellent  good  done  not done  Evaluation
----  -----------  ---------  ----  ----  --------  ----------
2019  2/3          1          1     0     0         final
2020  1/3          1          0     0     0         final
2021  1/3          0          0     1     0         draft

II. COMPLETION OF EACH TASK

Task                                       Schedule  Periods done  Share  Status
-----------------------------------------  --------  ------------  -----  ------
T1. Tổ chức tiếp công dân định kỳ và đối   yearly    3/3           100%   active
thoại với Nhân dân
T2. Mở lớp bồi dưỡng kỹ năng dân vận cho   yearly    1/1           100%   paused
cán bộ, công chức cấp xã
T3. Tổng kết Chương trình, đề xuất chương  once      0/1           0%     active
trình giai đoạn tiếp theo

III. SUPPLEMENTS AND ADJUSTMENTS

- Document 09-QĐ/BCSĐ-BDVTU of 15/06/2020 (adjustment): changes task T2
`);
  });

  it('the whole-period review mid-way, vi markdown: the period up to the as-of day, a year with no final evaluation, "—" for a task with nothing due', async () => {
    expect(await summary('--as-of', '2020-06-15', '--term', '--format', 'markdown')).toBe(`Chương trình phối hợp giữa Ban Cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận giai đoạn 2019–2021

Giai đoạn từ 01/03/2019 đến 15/06/2020

## I. KẾT QUẢ THEO TỪNG NĂM

| Năm | Nhiệm vụ có kết quả | hoàn thành xuất sắc | hoàn thành tốt | hoàn thành | chưa hoàn thành | Đánh giá |
| --- | --- | --- | --- | --- | --- | --- |
| 2019 | 2/3 | 1 | 1 | 0 | 0 | chính thức |
| 2020 | 0/3 | 0 | 0 | 0 | 0 | dự thảo |

## II. MỨC ĐỘ HOÀN THÀNH TỪNG NHIỆM VỤ

| Nhiệm vụ | Lịch | Kỳ hoàn thành | Tỷ lệ | Trạng thái |
| --- | --- | --- | --- | --- |
| T1. Tổ chức tiếp công dân định kỳ và đối thoại với Nhân dân | hằng năm | 1/1 | 100% | đang thực hiện |
| T2. Mở lớp bồi dưỡng kỹ năng dân vận cho cán bộ, công chức cấp xã | hằng năm | 1/1 | 100% | tạm dừng |
| T3. Tổng kết Chương trình, đề xuất chương trình giai đoạn tiếp theo | một lần | — | — | đang thực hiện |

## III. BỔ SUNG, ĐIỀU CHỈNH

- Văn bản số 09-QĐ/BCSĐ-BDVTU ngày 15 tháng 6 năm 2020 (điều chỉnh): điều chỉnh nhiệm vụ T2
`);
  });

  it('the whole-period review as csv, vi: codes of agencies, Vietnamese words, each year\'s rating', async () => {
    expect((await summary('--as-of', '2022-06-15', '--term', '--format', 'csv')).split(/\r?\n/)).toEqual([
      'Chương trình,Mã nhiệm vụ,Nhiệm vụ,Chủ trì,Lịch,Trạng thái,Số kỳ đến hạn,Số kỳ hoàn thành,Đánh giá năm 2019,Đánh giá năm 2020,Đánh giá năm 2021',
      'dan-van,T1,Tổ chức tiếp công dân định kỳ và đối thoại với Nhân dân,bcsd,hằng năm,đang thực hiện,3,3,hoàn thành tốt,hoàn thành xuất sắc,hoàn thành',
      'dan-van,T2,"Mở lớp bồi dưỡng kỹ năng dân vận cho cán bộ, công chức cấp xã",bdv,hằng năm,tạm dừng,1,1,hoàn thành xuất sắc,,',
      'dan-van,T3,"Tổng kết Chương trình, đề xuất chương trình giai đoạn tiếp theo",bdv,một lần,đang thực hiện,1,0,,,',
      '',
    ]);
  });
});
