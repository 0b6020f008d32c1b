#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { main } from '../dist/cli.js';

// The young generation keeps its starting size: V8 would grow it to 32 MB while results stream
// in from the worker threads, a fifth of the peak memory (docs/performance.md).
setFlagsFromString('--semi-space-growth-factor=1');
process.exitCode = await main();
