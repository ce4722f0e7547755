/** What every browser-test entry needs: timestamped log lines, and a run with a time limit. */
import { test } from 'node:test';
import { chromiumMissing } from './chromium';

/** A logger whose lines say `<name> [seconds since start] text`. */
export function timedLog(name: string): (line: string) => void {
  const started = Date.now();
  return (line) =>
    process.stdout.write(`${name} [${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`);
}

/**
 * Runs `main` as one node:test test named `name`: PASSED is logged, or the test fails with the
 * error. Without Chromium the test is skipped with the reason (node:test prints it), except under
 * CI, which installs Chromium: there it fails. Past `limitMs` the process exits at once: a hung
 * browser must not hold CI.
 */
export function runWithLimit(
  name: string,
  limitMs: number,
  main: () => Promise<void>,
  log: (line: string) => void,
): void {
  const missing = chromiumMissing();
  void test(name, { skip: process.env.CI ? false : (missing ?? false) }, async () => {
    if (missing !== undefined) throw new Error(missing);
    const timer = setTimeout(() => {
      process.stderr.write(`${name}: FAILED, over ${limitMs / 1000} s\n`);
      process.exit(1);
    }, limitMs);
    try {
      await main();
      log('PASSED');
    } finally {
      clearTimeout(timer);
    }
  });
}
