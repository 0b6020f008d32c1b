#!/usr/bin/env node
// Renders page 1 of each signed report, in the Party form and the state form, from the sample records
// (data/) to PNG for docs/documents.md: Word files from the built CLI, PDF by LibreOffice, PNG by
// poppler's pdftoppm. Needs `npm run build`, soffice and pdftoppm (apt-get install
// libreoffice-writer-nogui poppler-utils fonts-liberation2). Usage: node docs/tools/render-pages.mjs
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const images = path.join(repo, 'docs/images');
const work = mkdtempSync(path.join(tmpdir(), 'phoihop-pages-'));
const cli = (args) => execFileSync(process.execPath, [path.join(repo, 'bin/phoihop.js'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// The same sample in the state form: phoihop.yaml says `heading: state`.
const stateRoot = path.join(work, 'state');
cpSync(path.join(repo, 'data'), stateRoot, { recursive: true });
const settings = path.join(stateRoot, 'phoihop.yaml');
writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^heading:.*$/m, 'heading: state'));

// The mid-term and final reviews when the sample records them (programme.yaml `reviews`); else the whole-period table review.
const renders = (args) => {
  try {
    cli(['summary', '--root', path.join(repo, 'data'), ...args, '--as-of', '2022-06-30', '--format', 'text']);
    return true;
  } catch (error) {
    console.error(`skipped summary ${args.join(' ')}: ${String(error.stderr ?? error).trim()}`);
    return false;
  }
};
const reviews = [['so-ket', ['--review', 'mid-term']], ['tong-ket', ['--review', 'final']]].filter(([, args]) => renders(args));
if (!reviews.length) reviews.push(['toan-ky', ['--term']]);
const jobs = [
  ['nam-2019-dang', path.join(repo, 'data'), ['--year', '2019']],
  ...reviews.map(([name, args]) => [`${name}-dang`, path.join(repo, 'data'), args]),
  ['nam-2019-nha-nuoc', stateRoot, ['--year', '2019']],
];

const files = jobs.map(([name, root, args]) => {
  const file = path.join(work, `${name}.docx`);
  cli(['summary', '--root', root, ...args, '--as-of', '2022-06-30', '--format', 'docx', '--output', file]);
  return file;
});
// Its own LibreOffice profile, so that a run never collides with another one.
execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files], { stdio: 'ignore', timeout: 300_000 });
for (const [name] of jobs) {
  const out = path.join(work, name);
  execFileSync('pdftoppm', ['-r', '70', '-f', '1', '-l', '1', '-singlefile', '-png', `${out}.pdf`, out]);
  renameSync(`${out}.png`, path.join(images, `documents-${name}.png`));
  console.log(`docs/images/documents-${name}.png`);
}
