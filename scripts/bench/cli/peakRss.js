'use strict';
// Preloaded (`node --require`) into the measured CLI process: at exit it records the process's own
// peak resident set size and CPU time, the same figures `/usr/bin/time -v` prints, on any OS.
const { writeFileSync } = require('node:fs');

const out = process.env.BENCH_USAGE_FILE;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({
        maxRssKB: usage.maxRSS,
        userMs: usage.userCPUTime / 1000,
        systemMs: usage.systemCPUTime / 1000,
      }),
    );
  });
}
