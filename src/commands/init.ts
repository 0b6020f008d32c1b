import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { splitDate } from '../calendar.js';
import { SCHEMA_DIR } from '../checks/schema-set.js';
import { ExitCode } from '../exit-codes.js';
import { cliMessages } from '../i18n/cli-messages.js';
import { ioMessages } from '../i18n/io-messages.js';
import { initMessages } from '../init/messages.js';
import { defaultInstallSource, initFiles } from '../init/templates.js';
import { packageFile } from '../package-root.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { UserError } from '../user-error.js';
import type { Context } from './context.js';

const exists = (file: string) => {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
};
const isLink = (file: string) => {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
};
/** "a/b/c.yaml" → ["a", "a/b"]. */
const parents = (file: string) => file.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'));

/** phoihop's own repository address, from its package.json, when it names one. */
function packageRepository(): string | undefined {
  const { repository } = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { repository?: string | { url?: string } };
  return typeof repository === 'string' ? repository : repository?.url;
}

/** A path as the shell needs it in the "cd" hint: quoted when it holds spaces or other special characters. */
export function shellQuote(text: string): string {
  return /^[\p{L}\p{N}@%+=:,./_-]+$/u.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Scaffolds a records repository; refuses, writing nothing, when any file it would write exists. */
export async function runInit(dir: string, options: { install?: string }, context: Context): Promise<ExitCode> {
  const target = path.resolve(context.world.cwd, dir);
  const source = options.install ?? defaultInstallSource(packageRepository());
  const files = initFiles({ year: splitDate(context.today).year, source, lang: context.lang });
  for (const schema of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'))) files[`schemas/${schema}`] = readFileSync(new URL(schema, SCHEMA_DIR), 'utf8');
  const existing = Object.keys(files).filter((f) => exists(path.join(target, f)));
  if (existing.length) throw new UserError(cliMessages[context.lang].initExists(existing.join(', ')));
  // A folder inside the target that is a symbolic link could lead anywhere: nothing is written through one.
  const linked = [...new Set(Object.keys(files).flatMap((f) => parents(f)))].filter((dir) => isLink(path.join(target, dir)));
  if (linked.length) throw new UserError(ioMessages[context.lang].initLink(linked.join(', ')));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(target, file)), { recursive: true });
    await writeFileAtomic(path.join(target, file), text);
  }
  context.world.stdout.write(cliMessages[context.lang].initDone(shellQuote(dir)) + '\n');
  if (source.includes('/OWNER/')) context.world.stderr.write(initMessages[context.lang].placeholder('.github/workflows/phoihop.yml, .gitlab-ci.yml') + '\n');
  return ExitCode.ok;
}
