import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/views/docx.js';
import type { ReportDocument } from '../../src/views/report-document.js';
import { FINAL, MID_TERM, STATE_REPORT, YEAR_REPORT } from '../helpers/report-documents.js';
import { runCli } from '../helpers/world.js';
import { hasCommand } from '../helpers/has-command.js';


const tools = hasCommand('soffice') && hasCommand('pdftotext') && hasCommand('pdfinfo');
const why = tools ? '' : ' (skipped: LibreOffice or poppler-utils is not installed here; apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2, as .ci/run does)';

interface Kind { name: string; file: string; heading: string[]; number: string; maxPages: number }
const kinds: (Kind & { doc?: ReportDocument; cli?: string[] })[] = [
  { name: 'year report, party form', file: 'nam-2019', doc: YEAR_REPORT, heading: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO'], number: 'Số 03-BC/BCSĐ-BDVTU', maxPages: 2 },
  { name: 'mid-term review, party form', file: 'so-ket', doc: MID_TERM, heading: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO'], number: 'Số 12-BC/BCSĐ-BDVTU', maxPages: 3 },
  { name: 'final review, party form (draft)', file: 'tong-ket', doc: FINAL, heading: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO', 'DỰ THẢO'], number: 'Số ...-BC/BCSĐ-BDVTU', maxPages: 3 },
  { name: 'year report, state form', file: 'ubnd-2019', doc: STATE_REPORT, heading: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO'], number: 'Số: 88/BC-UBND', maxPages: 2 },
  { name: 'the sample\'s year report (summary --year 2018)', file: 'mau-2018', cli: ['--year', '2018', '--as-of', '2019-01-10'], heading: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO'], number: 'Số', maxPages: 6 },
  { name: 'the sample\'s whole-period review (summary --term)', file: 'mau-term', cli: ['--term', '--as-of', '2022-01-10'], heading: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO'], number: 'Số', maxPages: 4 },
];

const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-pdf-'));
const pdf = (kind: Kind) => path.join(dir, `${kind.file}.pdf`);
const pageText = (kind: Kind, page: number) => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf(kind), '-'], { encoding: 'utf8' });
const pages = (kind: Kind) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf(kind)], { encoding: 'utf8' }))![1]);

describe.skipIf(!tools)(`signed reports rendered by LibreOffice${why}`, () => {
  beforeAll(async () => {
    const files: string[] = [];
    for (const kind of kinds) {
      const file = path.join(dir, `${kind.file}.docx`);
      if (kind.doc) writeFileSync(file, await renderDocx(kind.doc));
      else expect((await runCli(['summary', '--root', 'data', ...kind.cli!, '--format', 'docx', '--output', file])).exitCode).toBe(0);
      files.push(file);
    }
    // Its own profile per run: two runs sharing LibreOffice's default profile collide (issue 19).
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 240_000 });
  }, 300_000);

  for (const kind of kinds) {
    describe(kind.name, () => {
      it('is a PDF of a sensible length', () => {
        expect(readFileSync(pdf(kind)).subarray(0, 5).toString()).toBe('%PDF-');
        expect(pages(kind)).toBeGreaterThanOrEqual(2);
        expect(pages(kind)).toBeLessThanOrEqual(kind.maxPages);
      });

      it('has the heading, the number and the title on page 1, each heading line unbroken', () => {
        const first = pageText(kind, 1);
        for (const line of kind.heading) expect(first.split('\n').some((l) => l.includes(line)), line).toBe(true);
        expect(first).toContain(kind.number);
      });

      it('numbers pages from page 2 at the top, not page 1', () => {
        const top = (page: number) => pageText(kind, page).split('\n').find((l) => l.trim())!.trim();
        expect(top(2)).toBe('2');
        expect(top(1)).not.toBe('1');
      });
    });
  }

  it('keeps the national motto on one line in the state form', () => {
    const first = pageText(kinds[3]!, 1).split('\n');
    expect(first.filter((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toHaveLength(1);
    expect(first.filter((l) => l.includes('Độc lập - Tự do - Hạnh phúc'))).toHaveLength(1);
  });

  it('repeats the term table\'s header row on the next page', () => {
    const second = pageText(kinds[2]!, 2);
    expect(second).toMatch(/TT\s+Nhiệm vụ\s+2017\s+2018\s+2019\s+2020\s+2021/);
  });
});
