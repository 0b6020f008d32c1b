// Scores a sampled Stryker run (docs/testing.md, "src/ as a whole, by sampling"):
//   node test/mutation/sample-score.mjs reports/mutation/sample.jsonl reports/mutation/sample.json [all-mutants.jsonl]
// (or, for a run stopped early, the folder of its events instead of sample.json)
// Finds each sampled mutant in Stryker's JSON report (same file, mutator and span), counts its
// status, and prints the score as Stryker counts it — (killed + timeout) / (killed + timeout +
// survived + no coverage); ignored (static) and error results are left out, as Stryker does —
// with a 95% Wilson interval, overall and per folder of src/, plus the sampled survivors.
// With the full list of mutants, also a stratified estimate: the folders measured whole
// (MEASURED below, from the figures in docs/testing.md) at their measured score, the rest of
// src/ from the sample.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MEASURED = { 'src/schedule/': 0.9731, 'src/formatters/': 0.9359, 'src/edit/': 0.9544, 'src/io/': 0.9323, 'src/checks/': 0.8653 };
const [sampleFile, reportFile, allFile] = process.argv.slice(2);
const read = (f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const sample = read(sampleFile);
// The JSON report, or (a run stopped before its end) the event recorder's folder: one
// onMutantTested file per mutant as it finished, in the report's convention (1-based lines and
// columns).
const fromEvents = (dir) => {
  const files = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('-onMutantTested.json')).sort()) {
    const r = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    (files[r.fileName] ??= { mutants: [] }).mutants.push(r);
  }
  return { files };
};
const report = statSync(reportFile).isDirectory() ? fromEvents(reportFile) : JSON.parse(readFileSync(reportFile, 'utf8'));
const folderOf = (file) => { const p = file.split('/'); return p.length > 2 ? `${p[0]}/${p[1]}/` : file; };

const wilson = (x, n, z = 1.96) => {
  if (!n) return [NaN, NaN];
  const p = x / n, d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [c - h, c + h];
};
const pct = (v) => `${(100 * v).toFixed(1)}%`;

const rows = [];
for (const m of sample) {
  const entry = Object.entries(report.files).find(([name]) => name.endsWith(m.file));
  const found = entry?.[1].mutants.find((r) => r.mutatorName === m.mutator &&
    r.location.start.line === m.line && r.location.start.column === m.col &&
    r.location.end.line === m.endLine && r.location.end.column === m.endCol && r.replacement === m.replacement)
    ?? entry?.[1].mutants.find((r) => r.mutatorName === m.mutator &&
    r.location.start.line === m.line && r.location.start.column === m.col &&
    r.location.end.line === m.endLine && r.location.end.column === m.endCol);
  const status = found?.status === 'Ignored' && !/static/i.test(found.statusReason ?? '') ? `Ignored (${found.statusReason})` : found?.status;
  rows.push({ ...m, folder: folderOf(m.file), status: status ?? 'NotFound', found });
}
// Check of the method: every sampled mutant must be in the report and tested (or ignored as
// static, which Stryker's score leaves out); every mutant tested beside them must share a
// sampled mutant's node (same file and span: another mutator's mutant of that node).
const key = (file, l) => `${file}|${l.start.line}:${l.start.column}-${l.end.line}:${l.end.column}`;
const sampledNodes = new Set(sample.map((m) => key(m.file, { start: { line: m.line, column: m.col }, end: { line: m.endLine, column: m.endCol } })));
const foundSet = new Set(rows.map((r) => r.found).filter(Boolean));
let beside = 0, between = 0, strays = 0, ignoredBySample = 0;
const le = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const holds = (l, m) => le(l.start, { line: m.line, column: m.col }) && le({ line: m.endLine, column: m.endCol }, l.end);
for (const [name, f] of Object.entries(report.files)) {
  const file = sample.find((m) => name.endsWith(m.file))?.file ?? name;
  for (const r of f.mutants) {
    if (r.status === 'Ignored' && r.statusReason === 'not in the sample') { ignoredBySample++; continue; }
    if (foundSet.has(r)) continue;
    if (sampledNodes.has(key(file, r.location))) beside++;
    // A node between two nested sampled nodes: inside the outer one's range, holding the inner
    // one, so neither `--mutate` nor the ignorer leaves it out. Run, not counted.
    else if (sample.some((m) => m.file === file && holds(r.location, m))) between++;
    else { strays++; console.log(`stray: ${name}:${r.location.start.line}:${r.location.start.column} ${r.mutatorName} ${r.status}`); }
  }
}
const notFound = rows.filter((r) => r.status === 'NotFound').length;
console.log(`check: ${sample.length} sampled, ${sample.length - notFound} found in the report, ${notFound} not found; ${beside} other mutants of the sampled nodes and ${between} of nodes between nested sampled ones also run (not counted), ${strays} strays, ${ignoredBySample} ignored by the sample's ignorer`);
if (notFound || strays) process.exitCode = 1;
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const tally = (list) => {
  const by = {};
  for (const r of list) by[r.status] = (by[r.status] ?? 0) + 1;
  const x = list.filter((r) => DETECTED.has(r.status)).length;
  const n = x + list.filter((r) => UNDETECTED.has(r.status)).length;
  return { by, x, n };
};
const all = tally(rows);
console.log('statuses', JSON.stringify(all.by));
const [lo, hi] = wilson(all.x, all.n);
console.log(`overall: ${all.x}/${all.n} = ${pct(all.x / all.n)}, 95% Wilson ${pct(lo)}–${pct(hi)}`);
// A run stopped before its end: the sampled mutants it never tested bound the score — all of
// them survivors at worst, all killed at best (Stryker tests the cheap ones first, so those
// tested are not a uniform part of the sample).
const missing = rows.filter((r) => r.status === 'NotFound').length;
if (missing) {
  const N = all.n + missing;
  const [wl] = wilson(all.x, N), [, wh] = wilson(all.x + missing, N);
  console.log(`untested ${missing}: the sample's score lies between ${all.x}/${N} = ${pct(all.x / N)} and ${all.x + missing}/${N} = ${pct((all.x + missing) / N)}; 95% Wilson from ${pct(wl)} to ${pct(wh)}`);
}
console.log('\n| Folder | Sampled | Killed | Timeout | Survived | No coverage | Other | Score | 95% Wilson |');
console.log('|---|---|---|---|---|---|---|---|---|');
const folders = [...new Set(rows.map((r) => r.folder))].sort();
for (const f of folders) {
  const t = tally(rows.filter((r) => r.folder === f));
  const other = Object.entries(t.by).filter(([s]) => !DETECTED.has(s) && !UNDETECTED.has(s)).map(([s, k]) => `${k} ${s}`).join(', ');
  const [a, b] = wilson(t.x, t.n);
  console.log(`| \`${f}\` | ${Object.values(t.by).reduce((s, k) => s + k, 0)} | ${t.by.Killed ?? 0} | ${t.by.Timeout ?? 0} | ${t.by.Survived ?? 0} | ${t.by.NoCoverage ?? 0} | ${other || 0} | ${t.n ? pct(t.x / t.n) : '—'} | ${t.n ? `${pct(a)}–${pct(b)}` : '—'} |`);
}
console.log('\nsampled mutants not detected:');
for (const r of rows.filter((r) => !DETECTED.has(r.status))) console.log(`- ${r.status} ${r.file}:${r.line}:${r.col} ${r.mutator} → ${JSON.stringify(r.replacement).slice(0, 80)}`);

if (allFile) {
  const counts = {};
  for (const m of read(allFile)) counts[folderOf(m.file)] = (counts[folderOf(m.file)] ?? 0) + 1;
  const total = Object.values(counts).reduce((s, k) => s + k, 0);
  const measuredN = Object.keys(MEASURED).reduce((s, f) => s + (counts[f] ?? 0), 0);
  const rest = tally(rows.filter((r) => !(r.folder in MEASURED)));
  const [rlo, rhi] = wilson(rest.x, rest.n);
  const known = Object.entries(MEASURED).reduce((s, [f, v]) => s + (counts[f] ?? 0) * v, 0);
  const mix = (p) => (known + (total - measuredN) * p) / total;
  console.log(`\nstratified: measured folders ${measuredN} mutants (${Object.keys(MEASURED).join(', ')}), rest ${total - measuredN} from the sample ${rest.x}/${rest.n} = ${pct(rest.x / rest.n)} (${pct(rlo)}–${pct(rhi)})`);
  console.log(`  src/ ≈ ${pct(mix(rest.x / rest.n))}, 95% ${pct(mix(rlo))}–${pct(mix(rhi))}`);
}
