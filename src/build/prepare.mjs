// npm runs `prepare` after `npm ci` here, before `npm pack`, and when phoihop is installed from a
// git address. It must work in that last case too: `npm install -g git+URL` prepares the clone
// with the global flag inherited, so the clone's own dependencies (esbuild above all) are not
// there (npm/cli issue 8440). Then the locked tree is installed into a folder of its own, with
// no one's install scripts run, and the bundle is built from it. The type checker is not needed
// to build: it belongs to `npm run build` and `npm test`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(packageRoot);

function resolvable(name) {
  try {
    createRequire(path.join(packageRoot, 'package.json')).resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

if (resolvable('esbuild') && resolvable('ajv')) {
  await import('./build.mjs');
} else {
  const tools = mkdtempSync(path.join(tmpdir(), 'phoihop-build-'));
  try {
    // Only what the bundle needs: the runtime dependencies and esbuild, at their locked versions.
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
    const { esbuild } = manifest.devDependencies;
    writeFileSync(path.join(tools, 'package.json'), JSON.stringify({ ...manifest, scripts: {}, devDependencies: {}, dependencies: { ...manifest.dependencies, esbuild } }));
    copyFileSync('package-lock.json', path.join(tools, 'package-lock.json'));
    const npm = process.env.npm_execpath;
    const [command, ...args] = npm && existsSync(npm) && /\.[cm]?js$/.test(npm) ? [process.execPath, npm] : [process.platform === 'win32' ? 'npm.cmd' : 'npm'];
    // The settings npm passes down (global, prefix, allow-scripts...) are for the outer install:
    // this one is a plain local install, keeping only where packages come from.
    const keep = /^npm_config_(cache|registry|userconfig|globalconfig|prefer_offline|prefer_online|offline|proxy|https_proxy|noproxy|strict_ssl|cafile|ca|fetch_.*|@.*:registry|\/\/.*)$/i;
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_/i.test(k) || keep.test(k)));
    console.error('phoihop prepare: the build tools are missing (npm/cli issue 8440); installing them apart');
    execFileSync(command, [...args, 'install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: tools, stdio: ['ignore', 'ignore', 'inherit'], env });
    process.env.PHOIHOP_BUILD_TOOLS = tools;
    await import('./build.mjs');
  } finally {
    rmSync(tools, { recursive: true, force: true });
  }
}
