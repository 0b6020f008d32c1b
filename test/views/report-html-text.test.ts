import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/views/docx.js';
import { renderHtml } from '../../src/views/html.js';
import { renderMarkdown, renderText, reportNotes } from '../../src/views/report-doc.js';
import { layoutReport } from '../../src/views/report-layout.js';
import { docxParts, paragraphs } from '../helpers/docx-xml.js';
import { ALL, FINAL, MID_TERM, STATE_REPORT, YEAR_REPORT } from '../helpers/report-documents.js';
import { hasCommand } from '../helpers/has-command.js';


const visible = (html: string) => html.replace(/<aside[\s\S]*?<\/aside>/g, '').replace(/<style>[\s\S]*?<\/style>/, '').replace(/<br>/g, '\n').replace(/<[^>]+>/g, '\n').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('text and Markdown of a signed report', () => {
  it('give the body only, ready to paste: no frame, no signatures, no notes', () => {
    for (const render of [renderText, renderMarkdown]) {
      const out = render(FINAL);
      expect(out).toContain('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO');
      expect(out).toContain('Thực hiện Chương trình phối hợp số 05-CTr/BCSĐ-BDVTU');
      for (const frame of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Nơi nhận', 'T/M BAN', 'Số ...', 'DỰ THẢO', 'văn thư điền']) expect(out, frame).not.toContain(frame);
    }
    expect(renderText(YEAR_REPORT).startsWith('Thực hiện Chương trình phối hợp')).toBe(true);
    expect(renderMarkdown(YEAR_REPORT)).toContain('## I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO');
    expect(renderMarkdown(MID_TERM)).toMatch(/\| TT \| Nhiệm vụ \| 2017 \| 2018 \| 2019 \| Tỷ lệ hoàn thành \|/);
  });

  it('leave the drafter\'s notes to a separate list (the CLI sends it to stderr), the layout\'s own included', () => {
    expect(reportNotes(FINAL)).toEqual(FINAL.notes);
    expect(reportNotes(YEAR_REPORT)).toEqual([]);
    expect(reportNotes(STATE_REPORT)).toEqual([expect.stringContaining('Như trên')]);
  });

  it('are the notes the Word file\'s layout gives, for every kind of document', () => {
    for (const doc of Object.values(ALL)) expect(reportNotes(doc)).toEqual(layoutReport(doc).notes);
  });
});

describe('HTML of a signed report', () => {
  it('right-aligns the cells of a data table that hold figures, and only those', () => {
    const doc = { ...STATE_REPORT, body: [{ kind: 'table' as const, headers: ['Nhiệm vụ', 'Kỳ', 'Tỷ lệ'], rows: [['Tiếp công dân', '18/19', '94,7%'], ['Hội thi (2019–2020)', '—', '(1.500)']] }] };
    const html = renderHtml(doc);
    expect(html).toContain('<tr><td>Tiếp công dân</td><td class="num">18/19</td><td class="num">94,7%</td></tr>');
    expect(html).toContain('<tr><td>Hội thi (2019–2020)</td><td>—</td><td class="num">(1.500)</td></tr>');
  });

  it('names its addressees after "Kính gửi" (or "To"), each parted by a semicolon, and keeps "Như trên" among the recipients', () => {
    const html = renderHtml({ ...STATE_REPORT, addressees: ['Ban Dân vận Tỉnh ủy', 'Sở Nội vụ <tỉnh>'] });
    expect(html).toContain('<p class="addressees">Kính gửi: Ban Dân vận Tỉnh ủy; Sở Nội vụ &lt;tỉnh&gt;</p>');
    expect(html).toContain('- Như trên;');
    expect(renderHtml({ ...STATE_REPORT, lang: 'en', addressees: ['Provincial Mass Mobilisation Board'] })).toContain('<p class="addressees">To: Provincial Mass Mobilisation Board</p>');
    expect(renderHtml(STATE_REPORT)).not.toContain('class="addressees"');
  });

  it('has the same blocks in the same order as the Word file', async () => {
    for (const doc of [YEAR_REPORT, STATE_REPORT, FINAL]) {
      const word = paragraphs(docxParts(await renderDocx(doc)).document).map((p) => p.text.replace(/[\s\u00a0]+/g, ' ').trim()).filter((t) => t.trim());
      const html = visible(renderHtml(doc)).split('\n').map((t) => t.trim()).filter(Boolean).join(' ').replace(/[\s\u00a0]+/g, ' ');
      let at = -1;
      for (const text of word) {
        const next = html.indexOf(text, at + 1);
        expect(next, `"${text}" after position ${at}`).toBeGreaterThan(at);
        at = next;
      }
    }
  });

  it('writes capitals as capitals, not by CSS, and prints on A4 with the Word file\'s margins', () => {
    const html = renderHtml(YEAR_REPORT);
    expect(html).toContain('>I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO<');
    expect(html).toContain('>ĐẢNG CỘNG SẢN VIỆT NAM<');
    expect(html).toContain('>BÁO CÁO<');
    expect(html).not.toContain('text-transform');
    expect(html).toContain('@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;');
    expect(html).toContain('@page :first { @top-center { content: none; } }');
    expect(html).toContain('<html lang="vi">');
  });

  it('puts the drafter\'s notes in a separate box outside the report, left out of print', () => {
    const html = renderHtml(FINAL);
    const aside = html.indexOf('<aside class="drafter-notes"');
    expect(aside).toBeGreaterThan(-1);
    expect(aside).toBeLessThan(html.indexOf('<article'));
    expect(html.slice(html.indexOf('<article'))).not.toContain('văn thư điền');
    expect(html).toMatch(/@media print \{.*aside\.drafter-notes \{ display: none; \}/);
    expect(renderHtml(YEAR_REPORT)).not.toContain('<aside');
  });

  it('escapes record text', () => {
    const html = renderHtml({ ...YEAR_REPORT, subject: 'A <b> & "c"', body: [{ kind: 'paragraph', text: '<script>x</script>' }] });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
  });

  it('keeps each Markdown bullet on one line, whatever line breaks its record text holds', () => {
    const md = renderMarkdown({ ...YEAR_REPORT, body: [{ kind: 'bullets', items: ['một\nhai', 'ba\r\nbốn'] }] });
    expect(md.split('\n').filter((l) => l.startsWith('- '))).toEqual(['- một hai', '- ba bốn']);
  });

  const chromium = hasCommand('chromium') && hasCommand('pdfinfo') && hasCommand('pdftotext');
  it.skipIf(!chromium)(`prints on A4 in headless Chromium, the notes box left out${chromium ? '' : ' (skipped: chromium or poppler-utils is not installed here)'}`, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'phoihop-html-'));
    const page = path.join(dir, 'tong-ket.html');
    writeFileSync(page, renderHtml(FINAL));
    const pdf = path.join(dir, 'tong-ket.pdf');
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${path.join(dir, 'profile')}`, '--no-pdf-header-footer'];
    execFileSync('chromium', [...flags, `--print-to-pdf=${pdf}`, `file://${page}`], { timeout: 90_000, stdio: 'ignore' });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const first = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    expect(first).toContain('BÁO CÁO');
    expect(first.split('\n').some((l) => l.includes('ĐẢNG CỘNG SẢN VIỆT NAM'))).toBe(true);
    expect(first).not.toContain('Ghi chú cho người soạn thảo');
  }, 120_000);

  it('lays the header out across the A4 text width in millimetres: 165 mm between 30 mm and 15 mm margins', () => {
    for (const doc of [YEAR_REPORT, STATE_REPORT]) {
      const header = /<table class="frame header"><colgroup><col style="width:([\d.]+)mm"><col style="width:([\d.]+)mm">/.exec(renderHtml(doc));
      expect(header).not.toBeNull();
      const [left, right] = [Number(header![1]), Number(header![2])];
      expect(left + right).toBeCloseTo(165, 0);
      expect(right).toBeGreaterThanOrEqual(165 * 0.45 - 0.1);
    }
  });
});
