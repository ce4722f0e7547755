#!/usr/bin/env node
'use strict';
// Runs the main job on the bundled sample. The sample is built to contain violations, so the CLI's
// exit code 1 ("findings") is the expected outcome here; anything else is a failure.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const run = spawnSync(
  process.execPath,
  [
    path.join(root, 'bin', 'union-compliance.js'),
    'check',
    path.join('assets', 'samples', '学生会名单与成绩.xlsx'),
    '--policy',
    path.join('assets', 'samples', 'policy.json'),
    '--out',
    path.join('out', '检查报告.xlsx'),
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exitCode = run.status === 0 || run.status === 1 ? 0 : (run.status ?? 1);
