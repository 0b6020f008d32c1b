import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.js';
import { runCli } from '../helpers/world.js';
import { readZip } from '../helpers/zip.js';
import { hasCommand } from '../helpers/has-command.js';

const DATA = ['--root', 'data'];
const tmp = () => mkdtempSync(path.join(tmpdir(), 'phoihop-doc-'));

const TWIPS_PER_MM = 1440 / 25.4;

async function docx(args: string[]): Promise<{ file: string; xml: string; styles: string }> {
  const file = path.join(tmp(), 'bao-cao.docx');
  const result = await runCli(['summary', ...DATA, ...args, '--format', 'docx', '--output', file]);
  expect(result.exitCode).toBe(0);
  const parts = readZip(readFileSync(file));
  return { file, xml: parts.get('word/document.xml')!.toString('utf8'), styles: parts.get('word/styles.xml')!.toString('utf8') };
}

describe('summary as a Word document', { timeout: 30_000 }, () => {
  it('follows the presentation of Nghị định 30/2020: A4 portrait, margins, Times New Roman 14 pt', async () => {
    const { xml, styles } = await docx(['--year', '2018', '--as-of', '2019-01-10']);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = (side: string) => Number(new RegExp(`<w:pgMar[^>]*w:${side}="(\\d+)"`).exec(xml)![1]) / TWIPS_PER_MM;
    expect(margin('top')).toBeGreaterThanOrEqual(20);
    expect(margin('top')).toBeLessThanOrEqual(25);
    expect(margin('bottom')).toBeGreaterThanOrEqual(20);
    expect(margin('bottom')).toBeLessThanOrEqual(25);
    expect(margin('left')).toBeGreaterThanOrEqual(30);
    expect(margin('left')).toBeLessThanOrEqual(35);
    expect(margin('right')).toBeGreaterThanOrEqual(15);
    expect(margin('right')).toBeLessThanOrEqual(20);
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    expect(xml).toContain('<w:jc w:val="both"/>');
    expect(xml).toMatch(/<w:ind w:firstLine="\d+"\/>/);
  });

  it('has the header block, the italic date line, the title, the sections and the signature blocks', async () => {
    const { xml } = await docx(['--year', '2018', '--as-of', '2019-01-10']);
    const text = (s: string) => xml.includes(`>${s}</w:t>`);
    expect(text('BAN DÂN VẬN TỈNH ỦY')).toBe(true);
    expect(text('ĐẢNG CỘNG SẢN VIỆT NAM')).toBe(true);
    expect(xml).toMatch(/>Số [^<]*-BC\/[^<]*<\/w:t>/);
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*>Sơn La, ngày 14 tháng 12 năm 2018</s);
    expect(text('BÁO CÁO')).toBe(true);
    expect(xml).toMatch(/về công tác dân vận năm\s2018<\/w:t>/u);
    for (const heading of ['I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'II. KẾT QUẢ THỰC HIỆN', 'III. ĐÁNH GIÁ CHUNG', '4. Bài học kinh nghiệm', 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2019', 'V. KIẾN NGHỊ, ĐỀ XUẤT']) expect(text(heading), heading).toBe(true);
    expect(text('Nơi nhận:')).toBe(true);
    expect(text('T/M BAN DÂN VẬN')).toBe(true);
  });

  it('renders the whole-period review too', async () => {
    const { xml } = await docx(['--term', '--as-of', '2022-01-10']);
    expect(xml).toContain('>BÁO CÁO</w:t>');
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('needs --output: a binary file is never written to a terminal', async () => {
    const result = await runCli(['summary', ...DATA, '--format', 'docx']);
    expect(result.exitCode).toBe(2);
  });
});

describe('tables for Excel', () => {
  it('writes CSV with a byte-order mark to a file, without one to stdout, and round-trips the cells', async () => {
    const file = path.join(tmp(), 'tinh-hinh.csv');
    await runCli(['status', ...DATA, '--as-of', '2021-12-20', '--format', 'csv', '--lang', 'en', '--output', file]);
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith('\uFEFF')).toBe(true);
    const piped = (await runCli(['status', ...DATA, '--as-of', '2021-12-20', '--format', 'csv', '--lang', 'en'])).stdout;
    expect(piped.startsWith('\uFEFF')).toBe(false);
    expect(written.slice(1)).toBe(piped);
    const cells = parseCsv(written.slice(1));
    const json = JSON.parse((await runCli(['status', ...DATA, '--as-of', '2021-12-20', '--format', 'json'])).stdout).programmes[0].tasks;
    expect(cells.slice(1).map((r) => [r[2], r[3], r[10]])).toEqual(json.map((t: { id: string; title: string; state: string }) => [t.id, t.title, t.state]));
  });

  it('gives overdue and the whole-period review as CSV', async () => {
    const overdue = parseCsv((await runCli(['overdue', ...DATA, '--as-of', '2021-12-20', '--format', 'csv', '--lang', 'en'])).stdout);
    expect(overdue[0]).toEqual(['list', 'programme', 'kind', 'task', 'period', 'due', 'days_overdue', 'days_left', 'lead', 'reason']);
    const term = parseCsv((await runCli(['summary', ...DATA, '--term', '--as-of', '2022-01-10', '--format', 'csv', '--lang', 'en'])).stdout);
    const termVi = parseCsv((await runCli(['summary', ...DATA, '--term', '--as-of', '2022-01-10', '--format', 'csv'])).stdout);
    expect(termVi[0]!.slice(0, 5)).toEqual(['Chương trình', 'Mã nhiệm vụ', 'Nhiệm vụ', 'Chủ trì', 'Lịch']);
    expect(termVi[0]!.at(-1)).toBe('Đánh giá năm 2021');
    expect(termVi.find((r) => r[1] === 'NV03')!.slice(4, 6)).toEqual(['hằng quý', 'đang thực hiện']);
    expect(term[0]).toEqual(['programme', 'task', 'title', 'lead', 'schedule', 'status', 'periods_due', 'periods_done', 'rating_2017', 'rating_2018', 'rating_2019', 'rating_2020', 'rating_2021']);
    expect(term.find((r) => r[1] === 'NV03')).toEqual(['dan-van-2017-2021', 'NV03', expect.any(String), 'bcsd-ubnd', 'quarter', 'active', '19', '18', 'good', 'excellent', 'good', 'good', 'not_done']);
    expect((await runCli(['summary', ...DATA, '--format', 'csv'])).exitCode).toBe(2);
  });
});

describe('HTML', () => {
  it('is one self-contained page with semantic headings and tables', async () => {
    for (const args of [['status'], ['overdue'], ['summary', '--year', '2018']]) {
      const html = (await runCli([...args, ...DATA, '--as-of', '2021-12-20', '--format', 'html'])).stdout;
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
      expect(html).toContain('@page { size: A4 portrait;');
      expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
      expect(html).toMatch(/<h[1-3]>/);
    }
    const status = (await runCli(['status', ...DATA, '--as-of', '2021-12-20', '--format', 'html'])).stdout;
    expect(status).toContain('<thead><tr><th scope="col">Mã</th>');
    expect(status).toContain('&quot;Dân vận khéo&quot;');
  });

  const chromium = hasCommand('chromium');
  it.skipIf(!chromium)(`renders in headless Chromium${chromium ? '' : ' (skipped: Chromium is not installed here; apt-get install chromium)'}`, async () => {
    const dir = tmp();
    const page = path.join(dir, 'tinh-hinh.html');
    await runCli(['status', ...DATA, '--as-of', '2021-12-20', '--format', 'html', '--output', page]);
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${path.join(dir, 'profile')}`];
    const dom = execFileSync('chromium', [...flags, '--dump-dom', `file://${page}`], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] });
    expect(dom.match(/<table>/g)?.length).toBe(9);
    expect(dom).toContain('NV03');
    const shot = path.join(dir, 'shot.png');
    execFileSync('chromium', [...flags, '--window-size=1000,1400', `--screenshot=${shot}`, `file://${page}`], { timeout: 60_000, stdio: 'ignore' });
    expect(existsSync(shot) && statSync(shot).size).toBeGreaterThan(10_000);
  }, 120_000);
});
