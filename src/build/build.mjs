// npm run build: one bundle of the CLI (start-up reads a few files, not hundreds of modules),
// then the precompiled schema validators. $PHOIHOP_BUILD_TOOLS names a folder whose node_modules
// holds the build tools when the package's own does not (see prepare.mjs).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const tools = process.env.PHOIHOP_BUILD_TOOLS;
const from = createRequire(path.join(tools ?? process.cwd(), 'package.json'));
const { build } = await import(pathToFileURL(from.resolve('esbuild')).href);

const nodePaths = tools ? [path.join(tools, 'node_modules')] : [];
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', nodePaths };
// Bundled CommonJS dependencies call require(); ES modules have none, so the bundle makes one.
const banner = { js: "import { createRequire as __phoihopCreateRequire } from 'node:module'; const require = __phoihopCreateRequire(import.meta.url);" };

rmSync('dist', { recursive: true, force: true });
await build({ ...common, entryPoints: ['src/cli.ts'], outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]', banner });
await build({ ...common, entryPoints: ['src/build/compile-validators.ts'], outfile: 'dist/build/compile-validators.js', banner });
execFileSync(process.execPath, ['dist/build/compile-validators.js', 'dist/validators.js'], { stdio: 'inherit' });
rmSync('dist/build', { recursive: true, force: true });
