import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Yaml from 'yaml';
import { FROM_BUNDLE, PACKAGE_ROOT } from '../package-root.js';

// `yaml` gives positions, exact syntax messages and edits; js-yaml reads well-formed records, so
// most runs never need `yaml`. It is loaded on first use, not compiled and run at every start:
// the bundle carries it as one file (dist/yaml.cjs), the sources take the package.
let lib: typeof Yaml | undefined;

export function yaml(): typeof Yaml {
  return (lib ??= createRequire(import.meta.url)(FROM_BUNDLE ? path.join(PACKAGE_ROOT, 'dist/yaml.cjs') : 'yaml') as typeof Yaml);
}
