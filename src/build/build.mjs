// npm run build: one bundle of the CLI (start-up reads a few files, not hundreds of modules),
// then the precompiled schema validators.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' };
// Bundled CommonJS dependencies call require(); ES modules have none, so the bundle makes one.
const banner = { js: "import { createRequire as __phoihopCreateRequire } from 'node:module'; const require = __phoihopCreateRequire(import.meta.url);" };

rmSync('dist', { recursive: true, force: true });
// The worker threads' entries share the CLI's chunks (run/pool.ts starts dist/run/worker.js, run/draw-pool.ts dist/run/draw-worker.js).
await build({ ...common, entryPoints: ['src/cli.ts', 'src/run/worker.ts', 'src/run/draw-worker.ts'], outbase: 'src', outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]', banner });
// `yaml` as one file of its own, loaded on first use (src/records/yaml-lib.ts).
await build({ ...common, format: 'cjs', banner: {}, stdin: { contents: "module.exports = require('yaml');", resolveDir: '.' }, outfile: 'dist/yaml.cjs' });
await build({ ...common, entryPoints: ['src/build/compile-validators.ts'], outfile: 'dist/build/compile-validators.js', banner });
execFileSync(process.execPath, ['dist/build/compile-validators.js', 'dist/validators.js'], { stdio: 'inherit' });
rmSync('dist/build', { recursive: true, force: true });
