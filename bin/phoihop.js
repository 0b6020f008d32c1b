#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// V8's settings are the whole process's, so they are set here, first, before any code has run
// long enough to be optimised (a setting changed under a compile in progress can crash V8: one
// run in about a hundred did, with the code loaded before them) and before any worker starts
// (docs/performance.md, "Memory of the main thread" and "V8's optimising compiler"):
// - the young generation keeps its starting size: V8 would grow it to 32 MB while results stream
//   in from the worker threads, a fifth of the peak memory;
// - a function is optimised after eight times V8's default budget of work, inlining only callees
//   of up to 50 bytes of bytecode: every worker compiles the hot code again on its own, and that
//   compiling took a third of both cores' time at 1,000 programmes.
for (const flag of ['--semi-space-growth-factor=1', '--interrupt-budget=540672', '--max-inlined-bytecode-size=50']) setFlagsFromString(flag);
const { main } = await import('../dist/cli.js');
process.exitCode = await main();
