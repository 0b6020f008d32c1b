import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The site of the sample, opened from file:// in Debian's Chromium (installed by .ci/run).
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = path.resolve('test-results/site');
const work = mkdtempSync(path.join(tmpdir(), 'phoihop-browser-'));
const site = path.join(work, 'site');
let browser: Browser;

beforeAll(async () => {
  execFileSync(process.execPath, ['bin/phoihop.js', '--root', 'data', 'site', site, '--as-of', '2021-12-20'], { stdio: 'pipe' });
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: path.join(work, 'profile'),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Opens a page of the site and records every console error, page error and failed request. */
async function open(file: string) {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(pathToFileURL(path.join(site, file)).href, { waitUntil: 'load' });
  return { page, problems, requests };
}

describe('the site in Chromium, from file://', () => {
  for (const [file, shot] of [
    ['index.html', 'root.png'],
    ['dan-van-2017-2021/index.html', 'programme.png'],
    ['dan-van-2017-2021/nhiem-vu.html', 'tasks.png'],
  ] as const) {
    it(`${file}: loads its stylesheet, with no console error, no failed or outside request`, async () => {
      const { page, problems, requests } = await open(file);
      expect(problems).toEqual([]);
      expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
      expect(requests.some((u) => u.endsWith('/assets/site.css'))).toBe(true);
      // The stylesheet applied: the header has its dark background.
      expect(await page.$eval('header.site', (h) => getComputedStyle(h).backgroundColor)).toBe('rgb(11, 61, 110)');
      expect(await page.$eval('header.site .as-of', (s) => s.textContent)).toBe('Tính đến ngày 20 tháng 12 năm 2021');
      expect(await page.$$eval('h1', (h) => h.length)).toBe(1);
      await page.screenshot({ path: path.join(SHOTS, shot), fullPage: true });
      expect(readFileSync(path.join(SHOTS, shot)).subarray(1, 4).toString()).toBe('PNG');
      await page.close();
    }, 30_000);
  }

  it('gives every chart of the programme page its table alternative, with one row per year', async () => {
    const { page } = await open('dan-van-2017-2021/index.html');
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((svg) => {
        const table = document.getElementById(svg.getAttribute('aria-describedby') ?? '');
        return { id: svg.id, role: svg.getAttribute('role'), title: svg.querySelector('title')?.textContent ?? '', table: table?.tagName ?? null, rows: table?.querySelectorAll('tbody tr').length ?? 0, visible: table ? table.getBoundingClientRect().height > 0 : false };
      }),
    );
    expect(charts.map((c) => c.id)).toContain('completion');
    expect(charts.map((c) => c.id)).toContain('amendments');
    for (const chart of charts) {
      expect(chart.role).toBe('img');
      expect(chart.title).not.toBe('');
      expect(chart.table).toBe('TABLE');
      expect(chart.visible).toBe(true);
      expect(chart.rows).toBeGreaterThan(0);
    }
    expect(charts.find((c) => c.id === 'completion')!.rows).toBe(5);
    // Every link of the page leads to a file the site holds.
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) expect(() => readFileSync(new URL(link)), link).not.toThrow();
    await page.close();
  }, 30_000);

  it('keeps text contrast at WCAG AA (4.5:1) for the header, links, grid symbols and the legend', async () => {
    const { page } = await open('dan-van-2017-2021/index.html');
    const pairs = await page.$$eval('header.site a, header.site .as-of, .cell, main a, p.meta, .bad, footer.site', (elements) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const background = (el: Element | null): string => {
        for (let e = el; e; e = e.parentElement) {
          const c = getComputedStyle(e).backgroundColor;
          if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
        }
        return 'rgb(255, 255, 255)';
      };
      const luminance = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      return elements.map((el) => {
        const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(rgb(background(el)))];
        return { text: el.textContent?.trim().slice(0, 30) ?? '', ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
    });
    expect(pairs.length).toBeGreaterThan(50);
    const poor = pairs.filter((p) => p.ratio < 4.5);
    expect(poor).toEqual([]);
    await page.close();
  }, 30_000);

  it('prints: the programme page makes an A4 PDF without the breadcrumb', async () => {
    const { page } = await open('dan-van-2017-2021/index.html');
    await page.emulateMediaType('print');
    expect(await page.$eval('nav.crumbs', (n) => getComputedStyle(n).display)).toBe('none');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 30_000);
});
