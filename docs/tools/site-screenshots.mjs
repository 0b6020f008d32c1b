// Makes the README screenshots of the dashboard from the real site of data/:
//   npm run build && node docs/tools/site-screenshots.mjs
// Needs Chromium (Debian: apt-get install chromium; or CHROMIUM=/path/to/chrome).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const AS_OF = '2021-12-20';
const work = mkdtempSync(path.join(tmpdir(), 'phoihop-shots-'));
const site = path.join(work, 'site');
execFileSync(process.execPath, [path.join(REPO, 'bin/phoihop.js'), '--root', path.join(REPO, 'data'), 'site', site, '--as-of', AS_OF, '--no-docx'], { stdio: 'inherit' });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  userDataDir: path.join(work, 'profile'),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 800, deviceScaleFactor: 1 });
  const shot = async (file, image, clip) => {
    await page.goto(pathToFileURL(path.join(site, file)).href, { waitUntil: 'load' });
    const target = path.join(REPO, 'docs/images', image);
    const y = clip?.from ? await page.$eval(clip.from, (el) => el.getBoundingClientRect().top + window.scrollY - 10) : 0;
    await page.screenshot({ path: target, ...(clip ? { clip: { x: 0, y, width: 1200, height: clip.height } } : {}) });
    console.log(`wrote ${path.relative(REPO, target)}`);
  };
  await shot('index.html', 'site-root.png');
  // The programme page is long: its top (cards and the period grid), then its charts.
  await shot('dan-van-2017-2021/index.html', 'site-programme.png', { height: 1300 });
  await shot('dan-van-2017-2021/index.html', 'site-programme-charts.png', { from: 'h2#charts', height: 1300 });
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
