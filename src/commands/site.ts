import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { splitDate } from '../calendar.js';
import { ExitCode } from '../exit-codes.js';
import { siteMessages } from '../i18n/site-messages.js';
import { reviewsDue, summaryDocuments, type SummaryKind } from '../site/documents.js';
import { SITE_CSS, STYLESHEET } from '../site/layout.js';
import { programmeDashboard } from '../site/model.js';
import { programmeDir, programmePage, reviewFile, rootPage, rootPageFile, tasksPage, TASKS_FILE, TERM_FILE, yearReportFile, type SiteLinks } from '../site/pages.js';
import { UserError } from '../user-error.js';
import { parseAsOf, type Context } from './context.js';
import { loadProgrammes } from './report-input.js';

export interface SiteOptions {
  asOf?: string;
  programme?: string;
  docx?: boolean;
}

/** The file that marks a folder as written by `phoihop site`, so that a rebuild may replace it. */
const MARKER = '.phoihop-site';
/** Programmes per root page, so that each page stays small on a large root. */
export const ROOT_PAGE_SIZE = 200;

/** OUT may be replaced when it does not exist, is empty, or holds an earlier site. */
async function checkOut(out: string, label: string, context: Context): Promise<boolean> {
  const m = siteMessages[context.lang];
  const info = await stat(out).catch(() => null);
  if (!info) return false;
  if (!info.isDirectory()) throw new UserError(m.outIsFile(label));
  const entries = await readdir(out);
  if (entries.length > 0 && !entries.includes(MARKER)) throw new UserError(m.outNotSite(label));
  return true;
}

/**
 * Writes the site into a fresh folder beside OUT, then swaps it in: a failed build leaves the
 * previous site as it was.
 */
export async function runSite(outArg: string, options: SiteOptions, context: Context): Promise<ExitCode> {
  const { lang } = context;
  const asOf = parseAsOf(options.asOf, context);
  const withDocx = options.docx !== false;
  const out = path.resolve(context.world.cwd, outArg);
  const exists = await checkOut(out, outArg, context);
  const models = await loadProgrammes(context, options.programme, asOf);
  const staging = `${out}.${randomBytes(4).toString('hex')}.tmp`;
  let pages = 0;
  try {
    await mkdir(path.join(staging, path.dirname(STYLESHEET)), { recursive: true });
    await writeFile(path.join(staging, MARKER), 'phoihop site\n');
    await writeFile(path.join(staging, STYLESHEET), SITE_CSS);
    const dashboards = [];
    for (const model of models) {
      const d = programmeDashboard(model, asOf, context.settings.soon);
      dashboards.push(d);
      const dir = path.join(staging, programmeDir(model));
      await mkdir(dir, { recursive: true });
      const asOfYear = splitDate(asOf).year;
      const reviews = reviewsDue(model, asOf);
      const listsReviews = (model.programme.reviews ?? []).length > 0;
      const links: SiteLinks = { reportYears: d.years.filter((y) => y <= asOfYear), reviews, term: !listsReviews && model.programme.period.from <= asOf, docx: withDocx };
      const writes: Promise<void>[] = [writeFile(path.join(dir, 'index.html'), programmePage(d, links, lang))];
      writes.push(writeFile(path.join(dir, TASKS_FILE), tasksPage(d, lang)));
      const kinds: { file: string; kind: SummaryKind }[] = [
        ...links.reportYears.map((year) => ({ file: yearReportFile(year), kind: { year } })),
        ...reviews.map((review) => ({ file: reviewFile(review), kind: { review } })),
        ...(links.term ? [{ file: TERM_FILE, kind: 'term' as const }] : []),
      ];
      for (const { file, kind } of kinds) {
        const documents = await summaryDocuments(model, kind, asOf, context, withDocx);
        writes.push(writeFile(path.join(dir, `${file}.html`), documents.html));
        if (documents.docx) writes.push(writeFile(path.join(dir, `${file}.docx`), documents.docx));
      }
      await Promise.all(writes);
      pages += 2 + kinds.length;
    }
    const pageCount = Math.max(1, Math.ceil(dashboards.length / ROOT_PAGE_SIZE));
    for (let i = 0; i < pageCount; i++) {
      await writeFile(path.join(staging, rootPageFile(i)), rootPage(dashboards.slice(i * ROOT_PAGE_SIZE, (i + 1) * ROOT_PAGE_SIZE), dashboards.length, i, pageCount, lang, asOf));
      pages++;
    }
    if (exists) {
      const old = `${out}.${randomBytes(4).toString('hex')}.old`;
      await rename(out, old);
      await rename(staging, out);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(staging, out);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  context.world.stderr.write(`${siteMessages[lang].wroteSite(outArg, pages)}\n`);
  return ExitCode.ok;
}
