import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'union-compliance.js');
const TIME = '/usr/bin/time';
/** A run that outlives this is killed: the corpus must never hang the suite. */
const KILL_AFTER_MS = 120_000;

/** One command-line run in its own process, measured. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory of the CLI process itself, in bytes. */
  readonly peakBytes: number;
  /** Wall-clock time from spawn to exit, in milliseconds. */
  readonly ms: number;
}

function vmHwm(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0; // the process has gone
  }
}

/**
 * Runs the built CLI (`bin/union-compliance.js`, which loads lib/) as a child process with a
 * Chinese locale. Peak memory comes from `/usr/bin/time -v` (the rusage of its own child, so
 * not inflated by the test runner), else from polling the child's VmHWM in /proc. Not
 * `process.resourceUsage().maxRSS`: on Linux that survives fork and exec, so a child spawned from
 * a big test runner starts with the runner's peak.
 */
export async function spawnCli(args: readonly string[], scratch: string): Promise<CliRun> {
  if (!existsSync(join(ROOT, 'lib', 'cli', 'main.js')))
    throw new Error('lib/ is missing: run `npm run build:cli` before the hostile CLI runs');
  const useTime = existsSync(TIME);
  const report = join(scratch, 'time-v.txt');
  const [command, argv] = useTime
    ? [TIME, ['-v', '-o', report, process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  const env = { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  const started = performance.now();
  const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let polled = 0;
  const poll = setInterval(() => {
    if (!useTime && child.pid !== undefined) polled = Math.max(polled, vmHwm(child.pid));
  }, 10);
  const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exit, signal) => resolve(exit ?? (signal ? 128 : -1)));
  });
  const ms = performance.now() - started;
  clearInterval(poll);
  clearTimeout(killer);
  let peakBytes = polled;
  if (useTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(report, 'utf8'));
    peakBytes = m ? Number(m[1]) * 1024 : polled;
  }
  return { code, stdout, stderr, peakBytes, ms };
}
