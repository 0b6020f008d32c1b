import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// `phoihop site` and `phoihop calendar` as the user meets them (issue 19, sixth round): the line
// the site command ends with, the files it writes for a date, and both commands' help, in vi and en.

const root = writeRoot(baseRoot());
const freshOut = () => path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-site-')), '_site');

describe('site', () => {
  it('says how many pages it wrote and where to open them; the year reports are those begun by the date', async () => {
    const out = freshOut();
    expect(await runCli(['site', '--root', root, '--no-docx', out])).toEqual({ exitCode: 0, stdout: '', stderr: `đã ghi 7 trang vào ${out}; mở ${out}/index.html để xem\n` });
    expect(readdirSync(out, { recursive: true }).sort()).toEqual([
      '.phoihop-site',
      'assets',
      'assets/site.css',
      'index.html',
      'thu-nghiem',
      'thu-nghiem/bao-cao-2020.html',
      'thu-nghiem/bao-cao-2021.html',
      'thu-nghiem/bao-cao-2022.html',
      'thu-nghiem/index.html',
      'thu-nghiem/nhiem-vu.html',
      'thu-nghiem/so-ket-tong-ket.html',
    ]);
  });

  it('in English, as of a date in the first year, with the Word files', async () => {
    const out = freshOut();
    expect(await runCli(['--lang', 'en', 'site', '--root', root, '--as-of', '2020-06-01', out])).toEqual({ exitCode: 0, stdout: '', stderr: `wrote 5 pages to ${out}; open ${out}/index.html to see them\n` });
    expect(readdirSync(out, { recursive: true }).sort()).toEqual([
      '.phoihop-site',
      'assets',
      'assets/site.css',
      'index.html',
      'thu-nghiem',
      'thu-nghiem/bao-cao-2020.docx',
      'thu-nghiem/bao-cao-2020.html',
      'thu-nghiem/index.html',
      'thu-nghiem/nhiem-vu.html',
      'thu-nghiem/so-ket-tong-ket.docx',
      'thu-nghiem/so-ket-tong-ket.html',
    ]);
  });
});

describe('help', () => {
  it.each([
    [
      'vi',
      'site',
      `Cách dùng: phoihop site [tùy chọn] <out>

tạo trang tổng quan tĩnh (HTML) để xem và công bố trên GitHub/GitLab Pages

Tham số:
  out               thư mục ghi trang (ví dụ _site)

Tùy chọn:
  --as-of <date>    tính đến ngày YYYY-MM-DD (mặc định: hôm nay theo múi giờ của
                    kho hồ sơ)
  --programme <id>  chỉ một chương trình (mã)
  --no-docx         không tạo tệp .docx của báo cáo (nhanh hơn)
  -h, --help        hiện hướng dẫn
`,
    ],
    [
      'vi',
      'calendar',
      `Cách dùng: phoihop calendar [tùy chọn]

xuất các hạn chưa hoàn thành thành lịch iCalendar (.ics)

Tùy chọn:
  --as-of <date>    tính đến ngày YYYY-MM-DD (mặc định: hôm nay theo múi giờ của
                    kho hồ sơ)
  --programme <id>  chỉ một chương trình (mã)
  --lead <agency>   chỉ những việc do cơ quan này chủ trì (và đánh giá hằng năm
                    của chương trình mà cơ quan là một bên)
  --remind <days>   nhắc trước bao nhiêu ngày (mặc định: soon trong
                    phoihop.yaml, nếu không có thì 30)
  --output <file>   tệp .ics để ghi (mặc định: in ra màn hình)
  -h, --help        hiện hướng dẫn
`,
    ],
    [
      'en',
      'site',
      `Usage: phoihop site [options] <out>

write a static dashboard (HTML) to browse and publish on GitHub/GitLab Pages

Arguments:
  out               folder to write the site to (for example _site)

Options:
  --as-of <date>    as of the date YYYY-MM-DD (default: today in the root's time
                    zone)
  --programme <id>  only one programme (id)
  --no-docx         do not write the reports as .docx (faster)
  -h, --help        show help
`,
    ],
    [
      'en',
      'calendar',
      `Usage: phoihop calendar [options]

export open due days as an iCalendar (.ics) file

Options:
  --as-of <date>    as of the date YYYY-MM-DD (default: today in the root's time
                    zone)
  --programme <id>  only one programme (id)
  --lead <agency>   only what this agency leads (and the yearly evaluations of
                    programmes it is a party to)
  --remind <days>   days before the due day for the reminder (default: soon in
                    phoihop.yaml, else 30)
  --output <file>   .ics file to write (default: print it)
  -h, --help        show help
`,
    ],
  ])('%s %s', async (lang, command, text) => {
    expect(await runCli(['--lang', lang, 'help', command])).toEqual({ exitCode: 0, stdout: text, stderr: '' });
  });
});
