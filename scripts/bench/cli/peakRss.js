'use strict';
// Preloaded (`node --require`) into the measured CLI process: at exit it records the process's own
// peak resident set size and CPU time, as `/usr/bin/time -v` prints them.
// Peak RSS comes from /proc/self/status (VmHWM) where there is one: Linux's getrusage maxRSS carries
// the parent's RSS over fork and exec, so a bench parent that has grown to 500 MB would be charged
// to every CLI run it starts.
const { readFileSync, writeFileSync } = require('node:fs');

function peakRssKB(usage) {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return usage.maxRSS;
}

const out = process.env.BENCH_USAGE_FILE;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({
        maxRssKB: peakRssKB(usage),
        userMs: usage.userCPUTime / 1000,
        systemMs: usage.systemCPUTime / 1000,
      }),
    );
  });
}
