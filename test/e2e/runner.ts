/** What every browser-test entry needs: timestamped log lines, and a run with a time limit. */

/** A logger whose lines say `<name> [seconds since start] text`. */
export function timedLog(name: string): (line: string) => void {
  const started = Date.now();
  return (line) =>
    process.stdout.write(`${name} [${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`);
}

/**
 * Runs `main`; logs PASSED, or prints FAILED with the error and sets a failing exit code. Past
 * `limitMs` the process exits at once: a hung browser must not hold CI.
 */
export function runWithLimit(
  name: string,
  limitMs: number,
  main: () => Promise<void>,
  log: (line: string) => void,
): void {
  const timer = setTimeout(() => {
    process.stderr.write(`${name}: FAILED, over ${limitMs / 1000} s\n`);
    process.exit(1);
  }, limitMs);
  main().then(
    () => {
      clearTimeout(timer);
      log('PASSED');
    },
    (error: unknown) => {
      clearTimeout(timer);
      process.stderr.write(
        `${name}: FAILED\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
