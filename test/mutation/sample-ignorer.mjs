// A Stryker ignorer for runs over a sample of mutants (see docs/testing.md, "src/ as a whole, by
// sampling"). `--mutate file:range` lets Stryker make every mutant inside the range (the sampled
// node and all nodes nested in it); this ignorer ignores every node that does not contain a
// sampled location, so what is left is the sampled node itself (and any other mutant of exactly
// the same span). Ignored mutants are reported as "Ignored" and not run.
// The sample is read from the file named by STRYKER_SAMPLE (JSON lines from draw-sample.mjs).
import { readFileSync } from 'node:fs';
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

const sample = process.env.STRYKER_SAMPLE
  ? readFileSync(process.env.STRYKER_SAMPLE, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
  : [];
// 1-based lines, 0-based columns, as babel gives them.
const spans = sample.map((m) => ({ start: [m.line, m.col - 1], end: [m.endLine, m.endCol - 1] }));
const before = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'sample', {
    shouldIgnore(path) {
      const loc = path.node.loc;
      if (!loc) return undefined;
      const start = [loc.start.line, loc.start.column];
      const end = [loc.end.line, loc.end.column];
      const holdsOne = spans.some((s) => before(start, s.start) && before(s.end, end));
      return holdsOne ? undefined : 'not in the sample';
    },
  }),
];
