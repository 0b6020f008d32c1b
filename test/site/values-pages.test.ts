import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// What the dashboard's pages say, value by value (issue 19: the sixth sample found its pages
// checked for the presence of parts, not for what they hold).
async function site(lang: 'vi' | 'en', files = baseRoot()) {
  const root = writeRoot(files);
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'phoihop-site-values-')), 'out');
  expect((await runCli(['--lang', lang, 'site', out, '--root', root, '--as-of', '2021-07-01', '--no-docx'])).exitCode).toBe(0);
  return (file: string) => readFileSync(path.join(out, file), 'utf8');
}

describe('the dashboard pages, value by value', () => {
  it.each([
    ['vi', '1 chương trình. Tiến độ là số kỳ đã hoàn thành trên số kỳ đã đến hạn.'],
    ['en', '1 programme. Progress is periods done out of periods due.'],
  ] as const)('%s: one page of programmes says how many, with no pager', async (lang, intro) => {
    const page = await site(lang);
    const html = page('index.html');
    expect(html).toContain(`<p>${intro}</p>\n\n<table class="programmes">`);
    expect(html).not.toContain('<nav aria-label');
  });

  it('a content area without tasks has no heading and no empty table in the grid', async () => {
    const files = baseRoot();
    files['p/programme.yaml'] = files['p/programme.yaml']!.replace('declared: { contents: 2, tasks: 3 }', 'declared: { contents: 3, tasks: 3 }').replace('  - { id: ND2, title: Nội dung hai }\n', '  - { id: ND2, title: Nội dung hai }\n  - { id: ND3, title: Nội dung ba chưa có việc }\n');
    const html = (await site('vi', files))('thu-nghiem/index.html');
    expect(html).toContain('<h3>ND1. Nội dung một</h3>');
    expect(html).toContain('<h3>ND2. Nội dung hai</h3>');
    expect(html).not.toContain('ND3');
    expect(html.match(/<table class="grid">/g)).toHaveLength(2);
  });

  it.each([
    ['vi', 'Chú giải', ['✓ hoàn thành', '½ hoàn thành một phần', '✗ chưa hoàn thành', '! quá hạn, chưa báo cáo', '· chưa đến hạn', '– đã hủy']],
    ['en', 'Legend', ['✓ done', '½ partly done', '✗ not done', '! overdue, no report', '· not due yet', '– cancelled']],
  ] as const)('%s: the legend names every state of a period with its symbol', async (lang, label, items) => {
    const html = (await site(lang))('thu-nghiem/index.html');
    const states = ['done', 'partial', 'not_done', 'missing', 'not_due', 'cancelled'];
    const legend = items.map((item, i) => `<li><span class="cell c-${states[i]}" aria-hidden="true">${item.replace(' ', '</span> ')}</li>`).join('');
    expect(html).toContain(`<ul class="legend" aria-label="${label}">${legend}</ul>`);
  });

  it('each bar of the completion chart has its value over it and its year under it', async () => {
    const html = (await site('vi'))('thu-nghiem/index.html');
    const svg = /<svg class="chart" id="completion"[^>]*height="(\d+)"[^>]*>(.*?)<\/svg>/.exec(html)!;
    const texts = [...svg[2]!.matchAll(/<text x="[\d.]+" y="([\d.]+)" text-anchor="middle" font-size="12">([^<]*)<\/text>/g)].map((m) => [Number(m[1]), m[2]]);
    const under = texts.filter(([y]) => y === Number(svg[1]) - 14).map(([, t]) => t);
    expect(under).toEqual(['2020', '2021', '2022']);
    const over = texts.filter(([y]) => y !== Number(svg[1]) - 14).map(([, t]) => t);
    // 2020: 1 of 3 periods done; 2021: none of the 2 due by 01/07/2021; 2022: none due yet.
    expect(over).toEqual(['33,3%', '0%', '—']);
  });

  it.each([
    ['vi', 'Phối hợp'],
    ['en', 'Partners'],
  ] as const)('%s: a task without partners has no partners row; one with partners names them', async (lang, partners) => {
    const html = (await site(lang))('thu-nghiem/nhiem-vu.html');
    const facts = (id: string) => {
      const section = new RegExp(`<section id="${id}"[^]*?</section>`).exec(html)![0];
      return [.../<table class="facts"><tbody>\n([^]*?)\n<\/tbody><\/table>/.exec(section)![1]!.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>([^<]*)<\/td><\/tr>/g)].map((m) => m[1]);
    };
    expect(facts('T1')).toContain(partners);
    expect(facts('T2')).not.toContain(partners);
    expect(facts('T2')).toHaveLength(facts('T1').length - 1);
  });
});
