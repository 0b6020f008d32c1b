// Runs Stryker on the src/ files that differ from a base (default: the merge base with main), so a
// change is mutation-tested for what it touched. Usage: node test/mutation/changed.mjs [BASE]
import { execFileSync, spawnSync } from 'node:child_process';

const base = process.argv[2] ?? execFileSync('git', ['merge-base', 'HEAD', 'main'], { encoding: 'utf8' }).trim();
const changed = execFileSync('git', ['diff', '--name-only', '--diff-filter=AM', base, '--', 'src/'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('schema-types.ts') && !f.startsWith('src/build/'));
if (changed.length === 0) {
  console.log(`no src/ file changed since ${base.slice(0, 12)}: nothing to mutate`);
  process.exit(0);
}
console.log(`mutating ${changed.length} file(s) changed since ${base.slice(0, 12)}`);
const run = spawnSync('npx', ['stryker', 'run', 'test/mutation/stryker.config.mjs', '--mutate', changed.join(',')], { stdio: 'inherit' });
process.exit(run.status ?? 1);
