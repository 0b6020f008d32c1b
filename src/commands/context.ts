import { existsSync } from 'node:fs';
import path from 'node:path';
import { isCalendarDate, isTimeZone, todayIn, type IsoDate } from '../calendar.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { isLang, type Lang } from '../i18n/lang.js';
import { isDirectory } from '../records/discover.js';
import { repositoryTop, requireRevision, verifyRevision } from '../git/git.js';
import { gitTree } from '../git/git-tree.js';
import { MAX_FILE_BYTES } from '../records/load.js';
import { fileSystemTree, type Tree } from '../records/tree.js';
import { rootMessages } from '../records/root-messages.js';
import { DEFAULT_TIMEZONE, readSettings, type EffectiveSettings } from '../records/settings.js';
import { UserError } from '../user-error.js';
import { wantsColor, type World } from '../world.js';

export interface GlobalOptions {
  root?: string;
  lang?: string;
  at?: string;
  /** For init: the root is where files are written, never scanned. */
  noScan?: boolean;
}

/** What every command knows before it starts: where the records are, in what language to speak, what day it is. */
export interface Context {
  world: World;
  root: string;
  /** The root as the user would write it, for messages and the json envelope. */
  rootLabel: string;
  lang: Lang;
  settings: EffectiveSettings;
  /** Today in the root's time zone; worked out on first use (validate never needs it). */
  readonly today: IsoDate;
  color: boolean;
  /** Where the records are read from: the folder, or the git revision given with --at. */
  tree: Tree;
  /** The --at revision, when records are read from git rather than the folder. */
  revision?: string;
}

function holdsRecords(dir: string): boolean {
  return ['agencies.yaml', 'phoihop.yaml', 'programme.yaml'].some((f) => existsSync(path.join(dir, f)));
}

/** A records root's own files: what marks the top of a root (a programme folder only holds programme.yaml). */
function isRootTop(dir: string): boolean {
  return ['agencies.yaml', 'phoihop.yaml'].some((f) => existsSync(path.join(dir, f)));
}

/**
 * The records root holding `cwd`, found upwards as git finds .git: the nearest folder with
 * agencies.yaml or phoihop.yaml, not above the git repository's top. Undefined when there is none.
 */
function findRootUpwards(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    if (isRootTop(dir)) return dir;
    if (existsSync(path.join(dir, '.git'))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The root: --root, else $PHOIHOP_ROOT, else ./data when it holds records, else the root holding
 * the current folder (found upwards), else the current folder when it is a programme folder.
 * `found` is false when none of these applied and the current folder is only a guess.
 */
export function locateRoot(options: GlobalOptions, world: World): { label: string; found: boolean } {
  if (options.root) return { label: options.root, found: true };
  if (world.env.PHOIHOP_ROOT) return { label: world.env.PHOIHOP_ROOT, found: true };
  if (holdsRecords(path.join(world.cwd, 'data'))) return { label: 'data', found: true };
  const above = findRootUpwards(world.cwd);
  if (above) return { label: path.relative(world.cwd, above) || '.', found: true };
  return { label: '.', found: holdsRecords(world.cwd) };
}

export function chooseRoot(options: GlobalOptions, world: World): string {
  return locateRoot(options, world).label;
}

/** Folders never scanned for records unless they are a root themselves: the file system root and the home folder. */
function isNeverScanned(dir: string, world: World): boolean {
  const home = world.env.HOME ?? world.env.USERPROFILE;
  return path.dirname(dir) === dir || (home !== undefined && path.resolve(home) === dir);
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (isLang(value)) return value;
  throw new UserError(cliMessages.vi.badLang(value) + ' / ' + cliMessages.en.badLang(value));
}

/** The records root inside its git repository at a revision, for --at. */
export async function revisionTree(root: string, ref: string, lang: Lang): Promise<Tree> {
  const top = await repositoryTop(root, lang);
  const commit = await verifyRevision(top, ref, lang);
  const prefix = path.relative(top, root).split(path.sep).join('/');
  return gitTree(top, commit, prefix, `${ref}:${prefix || '.'}`);
}

async function readText(tree: Tree, file: string): Promise<string | null> {
  try {
    const bytes = await tree.read(file, MAX_FILE_BYTES);
    return bytes ? new TextDecoder().decode(bytes) : null;
  } catch {
    return null;
  }
}

export async function createContext(options: GlobalOptions, world: World): Promise<Context> {
  const { label: rootLabel, found } = locateRoot(options, world);
  const root = path.resolve(world.cwd, rootLabel);
  const early = parseLang(options.lang) ?? 'vi';
  if (!options.noScan && options.at === undefined) {
    if (!found) throw new UserError(rootMessages[early].notFound(world.cwd));
    if (isNeverScanned(root, world) && !isRootTop(root)) throw new UserError(rootMessages[early].refused(root));
  }
  requireRevision('--at', options.at, early);
  if (!(await isDirectory(root))) throw new UserError(cliMessages[early].rootMissing(rootLabel));
  const tree = options.at !== undefined ? await revisionTree(root, options.at, early) : fileSystemTree(root, rootLabel);
  const settings = readSettings(await readText(tree, 'phoihop.yaml'));
  const lang = parseLang(options.lang) ?? settings.lang ?? 'vi';
  let today: IsoDate | undefined;
  return {
    world,
    root,
    rootLabel,
    lang,
    settings,
    get today() {
      today ??= todayIn(isTimeZone(settings.timezone) ? settings.timezone : DEFAULT_TIMEZONE, world.now());
      return today;
    },
    color: wantsColor(world.env, world.stdout),
    tree,
    ...(options.at !== undefined ? { revision: options.at } : {}),
  };
}

/** --as-of, checked; defaults to today in the root's time zone. */
export function parseAsOf(value: string | undefined, context: Context): IsoDate {
  if (value === undefined) return context.today;
  if (!isCalendarDate(value)) throw new UserError(cliMessages[context.lang].badDate(value));
  return value;
}

export function parseChoice<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, context: Context): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(cliMessages[context.lang].badFormat(value, allowed.join(', ')));
}

export function parseDays(value: string | undefined, fallback: number, context: Context): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,4}$/.test(value)) throw new UserError(cliMessages[context.lang].badNumber(value));
  return Number(value);
}
