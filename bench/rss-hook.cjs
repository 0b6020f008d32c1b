// Loaded into every node process the benchmark starts (NODE_OPTIONS=--require): records its peak RSS.
// VmHWM is this process's own peak. getrusage's maxRSS is not: Linux carries it across exec, so a
// child started by a large benchmark process reports the benchmark's size when that is larger.
const { appendFileSync, readFileSync } = require('node:fs');

function peakKb() {
  try {
    return Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}

process.on('exit', () => {
  if (process.env.PHOIHOP_BENCH_RSS) appendFileSync(process.env.PHOIHOP_BENCH_RSS, `${peakKb()}\n`);
});
