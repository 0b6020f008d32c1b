// npm run release:tag [-- TAG]: makes the commit that CI and users install from git, and tags it
// (default v<version>). It is HEAD plus the built dist/, with package.json's install-time scripts
// (prepare, build...) left out, so that npm installs it as it is: nothing runs and nothing is
// built at install, with any npm. (A git package with such a script is prepared by npm in a
// clone, and `npm install -g` gives that step none of the package's dependencies and can leave
// the global folder half-written: npm/cli issue 8440.) HEAD, the branch and the working tree are
// left as they were; push the tag with `git push origin TAG`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// pacote prepares a git package when any of these scripts is present.
const INSTALL_TIME = ['preinstall', 'install', 'postinstall', 'build', 'prepack', 'prepare'];

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const tag = process.argv[2] ?? `v${manifest.version}`;
if (!existsSync('dist/cli.js') || !existsSync('dist/validators.js')) {
  console.error('release-tag: dist/ is missing; run "npm run build" first');
  process.exit(2);
}
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
if (dirty) {
  console.error(`release-tag: commit or stash your changes first:\n${dirty}`);
  process.exit(2);
}

const work = mkdtempSync(path.join(tmpdir(), 'phoihop-release-'));
const env = { ...process.env, GIT_INDEX_FILE: path.join(work, 'index') };
const git = (args, input) => execFileSync('git', args, { env, encoding: 'utf8', ...(input === undefined ? {} : { input }) }).trim();
try {
  git(['read-tree', 'HEAD']);
  git(['add', '--force', '--', 'dist']);
  const released = { ...manifest, scripts: Object.fromEntries(Object.entries(manifest.scripts ?? {}).filter(([name]) => !INSTALL_TIME.includes(name))) };
  const blob = git(['hash-object', '-w', '--stdin'], JSON.stringify(released, null, 2) + '\n');
  git(['update-index', '--cacheinfo', `100644,${blob},package.json`]);
  const tree = git(['write-tree']);
  const commit = git(['commit-tree', tree, '-p', 'HEAD', '-m', `Release ${tag}: HEAD with the built dist/, nothing to build at install`]);
  git(['tag', '--force', tag, commit]);
  console.log(`${tag} ${commit}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
