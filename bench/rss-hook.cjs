// Loaded into every node process the benchmark starts (NODE_OPTIONS=--require): records its peak RSS.
process.on('exit', () => {
  if (process.env.PHOIHOP_BENCH_RSS) require('node:fs').appendFileSync(process.env.PHOIHOP_BENCH_RSS, `${process.resourceUsage().maxRSS}\n`);
});
