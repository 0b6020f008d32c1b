import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Yaml from 'yaml';
import { PACKAGE_ROOT } from '../package-root.js';

// `yaml` gives positions, exact syntax messages and edits; js-yaml reads well-formed records, so
// most runs never need `yaml`, and loading it was a tenth of start-up. It is loaded on first use:
// the bundle carries it as one file (dist/yaml.cjs), the sources take the package.
const FROM_BUNDLE = !fileURLToPath(import.meta.url).endsWith('.ts');
let lib: typeof Yaml | undefined;

export function yaml(): typeof Yaml {
  return (lib ??= createRequire(import.meta.url)(FROM_BUNDLE ? path.join(PACKAGE_ROOT, 'dist/yaml.cjs') : 'yaml') as typeof Yaml);
}
