// npm runs `prepare` after `npm ci` here, before `npm pack`, and when phoihop is installed from a
// git address. It must work in that last case too: `npm install -g git+URL` prepares the clone
// with the global flag inherited, so the clone's own dependencies (esbuild above all) are not
// there (npm/cli issue 8440). Then it installs the locked tree into the clone itself, without
// running anyone's scripts, and bundles. It never needs the type checker: that is `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
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

if (!resolvable('esbuild') || !resolvable('ajv')) {
  const npm = process.env.npm_execpath;
  const command = npm && existsSync(npm) ? [process.execPath, [npm]] : [process.platform === 'win32' ? 'npm.cmd' : 'npm', []];
  const env = { ...process.env, npm_config_global: 'false', npm_config_location: 'project', npm_config_prefix: packageRoot };
  console.error('phoihop prepare: installing the build tools into the clone (npm/cli issue 8440)');
  execFileSync(command[0], [...command[1], 'ci', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit', env });
}
await import('./build.mjs');
