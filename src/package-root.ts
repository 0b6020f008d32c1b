import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The folder holding phoihop's package.json, found upwards from this module (src/, dist/ or a bundle chunk). */
function findPackageRoot(from: string): string {
  let dir = path.dirname(from);
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'schemas'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('phoihop: cannot find its package folder');
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot(fileURLToPath(import.meta.url));

/** Whether this is the bundle (dist/), not the sources the tests run. */
export const FROM_BUNDLE = !fileURLToPath(import.meta.url).endsWith('.ts');

/** A file of the package, as a URL. */
export function packageFile(relative: string): URL {
  return pathToFileURL(path.join(PACKAGE_ROOT, relative));
}
