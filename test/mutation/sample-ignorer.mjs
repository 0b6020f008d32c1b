// A Stryker ignorer for runs over a sample of mutants (see docs/testing.md, "src/ as a whole, by
// sampling"). The sample (JSON lines from draw-sample.mjs, file named by STRYKER_SAMPLE) gives
// each mutant as Stryker's JSON report does: file, mutator, replacement, and its node's span in
// 1-based lines and 1-based columns (start column + 1, end column + 1).
//
// How a sampled mutant is selected, as Stryker 9 does it (checked in its code and by a run, see
// docs/testing.md):
// - `--mutate file:L1:C1-L2:C2` takes 1-based lines and 0-based columns (babel's), and mutates
//   every node whose whole span lies inside the range: the sampled node and the nodes nested in it.
// - An ignorer sees every node (babel's loc: 1-based lines, 0-based columns); ignoring a node
//   ignores all nodes under it. So this one ignores a node unless its span holds a sampled span of
//   the same file: inside a range that leaves exactly the node(s) with the sampled span. All
//   mutants of that node are then tested (its other mutators' mutants too); the scorer counts only
//   the sampled one, found by file, mutator, span and replacement.
import { readFileSync } from 'node:fs';
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

const sample = process.env.STRYKER_SAMPLE
  ? readFileSync(process.env.STRYKER_SAMPLE, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
  : [];
const spansByFile = new Map();
for (const m of sample) {
  const spans = spansByFile.get(m.file) ?? [];
  spans.push({ start: [m.line, m.col - 1], end: [m.endLine, m.endCol - 1] });
  spansByFile.set(m.file, spans);
}
const before = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);
const slash = (f) => f.replaceAll('\\', '/');

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'sample', {
    shouldIgnore(path) {
      const loc = path.node.loc;
      if (!loc) return undefined;
      const file = slash(String(path.hub?.file?.opts?.filename ?? ''));
      const spans = [...spansByFile].filter(([f]) => file === f || file.endsWith(`/${f}`)).flatMap(([, s]) => s);
      const start = [loc.start.line, loc.start.column];
      const end = [loc.end.line, loc.end.column];
      const holdsOne = spans.some((s) => before(start, s.start) && before(s.end, end));
      return holdsOne ? undefined : 'not in the sample';
    },
  }),
];
