import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error the benchmark generator is plain JavaScript
import { generateRoot } from '../../bench/generate.mjs';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

const work = mkdtempSync(path.join(tmpdir(), 'phoihop-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function withIndicators(): Record<string, string> {
  const files = baseRoot();
  files['p/programme.yaml'] += `indicators:
  - { id: tiep-dan, title: phiên tiếp công dân, unit: phiên }
`;
  files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('    state: done\n', '    state: done\n    figures: { tiep-dan: 48 }\n') + `  - period: "2021"
    on: 2021-06-10
    state: partial
    figures: { tiep-dan: 1250 }
`;
  return files;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));
}

describe('phoihop site', () => {
  const root = writeRoot(withIndicators());
  const out = path.join(work, 'out');

  it('writes the root, programme, task and report pages, with the as-of date on every page', async () => {
    const r = await runCli(['site', out, '--root', root, '--as-of', '2021-07-01']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('mở');
    for (const file of ['index.html', 'assets/site.css', 'thu-nghiem/index.html', 'thu-nghiem/nhiem-vu.html', 'thu-nghiem/bao-cao-2020.html', 'thu-nghiem/bao-cao-2020.docx', 'thu-nghiem/so-ket-tong-ket.docx']) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
    }
    expect(existsSync(path.join(out, 'thu-nghiem/bao-cao-2022.html'))).toBe(false); // not begun on the as-of date
    for (const file of htmlFiles(out)) expect(readFileSync(file, 'utf8'), file).toContain('Tính đến ngày 01 tháng 7 năm 2021');
  });

  it('every page says in its breadcrumb where it is, the overview first', () => {
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<ol><li aria-current="page">Tổng quan</li></ol>');
    expect(readFileSync(path.join(out, 'thu-nghiem/index.html'), 'utf8')).toMatch(/<ol><li><a href="\.\.\/index\.html">Tổng quan<\/a><\/li><li aria-current="page">[^<]+<\/li><\/ol>/);
  });

  it('shows each period in the grid with its state, in words as well as colour', () => {
    const html = readFileSync(path.join(out, 'thu-nghiem/index.html'), 'utf8');
    expect(html).toContain('title="năm 2020 (15/12/2020): hoàn thành"');
    expect(html).toContain('title="năm 2021 (15/12/2021): hoàn thành một phần"');
    expect(html).toContain('title="6 tháng đầu năm 2020 (30/06/2020): quá hạn, chưa báo cáo"');
    expect(html).toContain('title="một lần (30/06/2021): hoàn thành một phần"');
    expect(html).toContain('title="6 tháng cuối năm 2021 (31/12/2021): chưa đến hạn"');
  });

  it('charts completion and the version 1.1 indicators by year, each with its data table', () => {
    const html = readFileSync(path.join(out, 'thu-nghiem/index.html'), 'utf8');
    const charts = [...html.matchAll(/<svg class="chart" id="([^"]+)"[^>]*aria-describedby="([^"]+)"/g)];
    expect(charts.map((c) => c[1])).toEqual(['completion', 'indicator-1']);
    for (const [, , table] of charts) expect(html).toContain(`<table class="chart-data" id="${table}">`);
    // T1: 2020 done, 2020's T2 halves missing; 2021: T2-H1 and T3 missing (due before 01/07/2021).
    expect(html).toMatch(/<tr><th scope="row">2020<\/th><td class="num">3<\/td><td class="num">1<\/td><td class="num">33,3%<\/td><\/tr>/);
    expect(html).toMatch(/<tr><th scope="row">2021<\/th><td class="num">1.250<\/td><\/tr>/);
    expect(html).toMatch(/<tr><th scope="row">2020<\/th><td class="num">48<\/td><\/tr>/);
  });

  it('links the year reports as HTML and .docx, and each task page shows its reports and figures', () => {
    const html = readFileSync(path.join(out, 'thu-nghiem/index.html'), 'utf8');
    expect(html).toContain('<a href="bao-cao-2021.html">xem (HTML)</a> · <a href="bao-cao-2021.docx" download>tải về (.docx)</a>');
    const report = readFileSync(path.join(out, 'thu-nghiem/bao-cao-2020.html'), 'utf8');
    expect(report).toContain('>BÁO CÁO</h1>');
    expect(report).toContain('năm 2020');
    expect(report).toMatch(/<body[^>]*>\n<nav class="site-banner"[^>]*><a href="index.html">← Trang chương trình<\/a> · Tính đến ngày 01 tháng 7 năm 2021<\/nav>/);
    const task = readFileSync(path.join(out, 'thu-nghiem/nhiem-vu.html'), 'utf8');
    expect(task).toContain('<td>hoàn thành một phần</td>');
    expect(task).toContain('phiên tiếp công dân: 1.250');
    expect(task).toContain('<th scope="row">Phối hợp</th><td>Ban B</td>');
    expect(task).toContain('<section id="T1" aria-labelledby="T1-h" class="task">');
    expect(html).toContain('<a href="nhiem-vu.html#T1">T1</a>');
  });

  it('speaks English with --lang en', async () => {
    const en = path.join(work, 'en');
    const r = await runCli(['site', en, '--root', root, '--as-of', '2021-07-01', '--lang', 'en', '--no-docx']);
    expect(r.exitCode).toBe(0);
    const html = readFileSync(path.join(en, 'thu-nghiem/index.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('As of 1 July 2021');
    expect(html).toContain('Completion by year');
    expect(existsSync(path.join(en, 'thu-nghiem/bao-cao-2020.docx'))).toBe(false);
  });

  it('replaces an earlier site but never a folder it did not write', async () => {
    const again = await runCli(['site', out, '--root', root, '--as-of', '2021-08-01', '--no-docx']);
    expect(again.exitCode).toBe(0);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('Tính đến ngày 01 tháng 8 năm 2021');
    expect(existsSync(path.join(out, 'thu-nghiem/bao-cao-2020.docx'))).toBe(false);
    const foreign = path.join(work, 'foreign');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'notes.txt'), 'keep me');
    const r = await runCli(['site', foreign, '--root', root]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('không do phoihop site tạo');
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp') || f.endsWith('.old'))).toEqual([]);
  });

  it('keeps every page of a generated root under 200 KB', async () => {
    const big = path.join(work, 'big');
    generateRoot(big, 3);
    const site = path.join(work, 'big-site');
    const r = await runCli(['site', site, '--root', big, '--as-of', '2024-06-15', '--no-docx']);
    expect(r.exitCode).toBe(0);
    const files = htmlFiles(site);
    expect(files.length).toBe(1 + 3 * 8);
    for (const file of files) expect(statSync(file).size, file).toBeLessThan(200 * 1024);
  });
});

describe('escapeText', () => {
  it('escapes as the report pages do (the one HTML escaping function)', async () => {
    const { escapeText } = await import('../../src/site/escape.js');
    const { escapeHtml } = await import('../../src/views/html.js');
    for (const s of ['plain Tiếng Việt', `<a href="x">'&'</a>`, 'a\u0007b\u001bc\td\ne', '']) expect(escapeText(s)).toBe(escapeHtml(s));
    expect(escapeText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
