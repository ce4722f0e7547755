#!/usr/bin/env node
'use strict';
// The compiled CLI lives in lib/ (built by `npm run build:cli`, also on `npm ci` via prepare).
const { main } = require('../lib/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // Last resort only: main() turns every expected problem into a message and exit code 2.
    process.stderr.write(
      `内部错误 / internal error: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exitCode = 3;
  },
);
