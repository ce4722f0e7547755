import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One timed run of a command. */
export interface TimedRun {
  readonly exitCode: number | null;
  readonly wallMs: number;
  readonly stderrTail: string;
}

/** Runs a command to its end, measuring wall time from spawn to exit. */
export function timed(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ exitCode: code, wallMs: performance.now() - started, stderrTail: stderr });
    });
  });
}

/** A CLI run with the process's own peak RSS and CPU time (see peakRss.js). */
export interface CliRun extends TimedRun {
  readonly peakRssMB: number;
  readonly cpuMs: number;
}

/** Runs `node bin/union-compliance.js <args>` with peakRss.js preloaded. */
export async function timedCli(root: string, args: readonly string[]): Promise<CliRun> {
  const dir = mkdtempSync(join(tmpdir(), 'uc-bench-usage-'));
  const usageFile = join(dir, 'usage.json');
  try {
    const run = await timed(
      process.execPath,
      [
        '--require',
        join(__dirname, 'peakRss.js'),
        join(root, 'bin', 'union-compliance.js'),
        ...args,
      ],
      { cwd: root, env: { ...process.env, BENCH_USAGE_FILE: usageFile } },
    );
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as {
      maxRssKB: number;
      userMs: number;
      systemMs: number;
    };
    return { ...run, peakRssMB: usage.maxRssKB / 1024, cpuMs: usage.userMs + usage.systemMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
