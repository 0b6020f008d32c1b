import { describe, expect, it } from 'vitest';
import { reportRoot } from '../helpers/report-root.js';
import { writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The mid-term review's closing sections from the sample root, with 2020's evaluation (the
// review's last year) given a next_year: its priorities as bullets, then its focus tasks by title.
function rootWith(nextYear: string): string {
  const files = reportRoot();
  files['p/evaluations/2020.yaml'] = files['p/evaluations/2020.yaml']! + nextYear;
  return writeRoot(files);
}

async function fromPart(root: string, lang: 'vi' | 'en', heading: string): Promise<string> {
  const r = await runCli(['summary', '--root', root, '--review', 'mid-term', '--as-of', '2024-06-15', '--format', 'markdown', '--lang', lang]);
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return r.stdout.slice(r.stdout.indexOf(heading));
}

describe('the review\'s direction for what comes next', () => {
  it('vi: the assessment, then priorities as bullets and the focus tasks by title, lower-cased after the colon (an unknown id left out)', async () => {
    const root = rootWith('next_year:\n  priorities: [Duy trì đối thoại định kỳ., Mở rộng tiếp công dân trực tuyến.]\n  focus_tasks: [T1, T9, T2]\n');
    expect(await fromPart(root, 'vi', '## III.')).toBe(`## III. ĐÁNH GIÁ CHUNG

### 1\\. Ưu điểm

- Phối hợp chặt chẽ, thường xuyên.
- Đối thoại đúng kỳ.

### 2\\. Hạn chế

- Một số cuộc đối thoại chưa đúng kỳ.

### 3\\. Nguyên nhân

- Dịch COVID-19 kéo dài.

#### a) Nguyên nhân khách quan

- Địa bàn rộng, giao thông khó khăn.

#### b) Nguyên nhân chủ quan

- Một số cơ quan chưa chủ động.

### 4\\. Bài học kinh nghiệm

- Bám sát cơ sở.

## IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI

- Duy trì đối thoại định kỳ.
- Mở rộng tiếp công dân trực tuyến.

Tập trung thực hiện các nhiệm vụ: tổ chức tiếp công dân định kỳ và đối thoại với Nhân dân; mở lớp bồi dưỡng kỹ năng dân vận cho cán bộ, công chức cấp xã.

## V. KIẾN NGHỊ, ĐỀ XUẤT

- Đề nghị Ban Dân vận Trung ương hướng dẫn tiêu chí đánh giá.
`);
  });

  it('en: focus tasks alone make the section, titles as written', async () => {
    const root = rootWith('next_year:\n  focus_tasks: [T1, T2]\n');
    expect(await fromPart(root, 'en', '## IV.')).toBe(`## IV. DIRECTIONS FOR THE TIME AHEAD

Focus tasks: Tổ chức tiếp công dân định kỳ và đối thoại với Nhân dân; Mở lớp bồi dưỡng kỹ năng dân vận cho cán bộ, công chức cấp xã.

## V. RECOMMENDATIONS

- Đề nghị Ban Dân vận Trung ương hướng dẫn tiêu chí đánh giá.
`);
  });

  it('an empty next_year leaves the section out, and the recommendations move up to IV', async () => {
    const root = rootWith('next_year:\n  priorities: []\n  focus_tasks: []\n');
    expect(await fromPart(root, 'vi', '## IV.')).toBe(`## IV. KIẾN NGHỊ, ĐỀ XUẤT

- Đề nghị Ban Dân vận Trung ương hướng dẫn tiêu chí đánh giá.
`);
  });
});
