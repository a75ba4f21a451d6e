'use strict';
// Preloaded into every measured process (`node --require bench/usage.js …`, also through NODE_OPTIONS so
// npx's own node processes count): on exit, appends this process's peak resident memory and CPU time to the
// file named by OMSTILLING_BENCH_USAGE, one JSON line per process. Kept tiny and plain JavaScript so it
// costs the same (almost nothing) for every command measured.
const fs = require('node:fs');

const file = process.env.OMSTILLING_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.appendFileSync(
      file,
      `${JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime })}\n`,
    );
  });
}
