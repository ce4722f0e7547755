/**
 * Core engine benchmark (issue 5, target 1): a generated university's grade table at three sizes plus
 * a 2,000-member roster, through discovery, Collector, evaluate and the report model. Each run is a
 * fresh `node --expose-gc` process so sizes do not share heap or compiled code; each size runs
 * several times and the best time is kept (the machine is shared), with the median beside it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureCliBuilt } from './cli/build';
import type { CoreRun } from './core/timedCheck';
import type { BenchLine, BenchModule, BenchOptions } from './types';

const FULL = { sizes: [100_000, 300_000, 1_200_000], roster: 2000, runs: 3 };
const QUICK = { sizes: [20_000, 60_000, 120_000], roster: 300, runs: 1 };
const TARGET_MS = 1000;
const TARGET_HEAP_MB = 600;

/** `fresh`: a new string for every cell (the bench's model); `interned`: see gradeBlocks.ts. */
type Strings = 'fresh' | 'interned';

function runChild(rows: number, roster: number, strings: Strings = 'fresh'): CoreRun {
  const child = join(__dirname, 'core', 'child.ts');
  const out = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', child, String(rows), String(roster)],
    {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      env: { ...process.env, BENCH_CORE_STRINGS: strings },
    },
  );
  if (out.status !== 0)
    throw new Error(`core run of ${rows} rows failed (${out.status}): ${out.stderr.slice(-2000)}`);
  return JSON.parse(out.stdout.trim().split('\n').pop() ?? '') as CoreRun;
}

const round = (n: number, digits = 0): number => Number(n.toFixed(digits));

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

function lineOf(runs: readonly CoreRun[], last: boolean, suffix = ''): BenchLine {
  const best = runs.reduce((a, b) => (b.coreMs < a.coreMs ? b : a));
  const rows = best.rows;
  const heapPeakMB = Math.max(...runs.map((r) => r.heapPeakMB));
  const ms = runs.map((r) => r.coreMs);
  const figures = {
    rows,
    students: best.students,
    rosterMembers: best.members,
    gradeSheets: best.gradeSheets,
    runs: runs.length,
    wallMs: round(best.coreMs),
    wallMsMedian: round(median(ms)),
    wallMsWorst: round(Math.max(...ms)),
    cpuMs: round(Math.min(...runs.map((r) => r.coreCpuMs))),
    msPer100kRows: round((best.coreMs / rows) * 100_000, 1),
    discoverMs: round(best.discoverMs),
    collectMs: round(best.collectMs),
    evaluateMs: round(best.evaluateMs),
    reportMs: round(best.reportMs),
    collectCpuMs: round(best.collectCpuMs),
    evaluateCpuMs: round(best.evaluateCpuMs),
    reportCpuMs: round(best.reportCpuMs),
    generateMsExcluded: round(best.generateMs),
    heapPeakMB: round(heapPeakMB, 1),
    heapBaselineMB: round(best.heapBaselineMB, 1),
    heapAfterGcMB: round(best.heapAfterGcMB, 1),
    findings: best.findings,
    ineligible: best.ineligible,
    pending: best.pending,
  };
  return {
    name: `core.rows-${rows}${suffix}`,
    figures,
    ...(last
      ? {
          targets: {
            [`wall<=${TARGET_MS}ms`]: best.coreMs <= TARGET_MS,
            [`heap<=${TARGET_HEAP_MB}MB`]: heapPeakMB <= TARGET_HEAP_MB,
          },
        }
      : {}),
  };
}

/**
 * How cost grows: per 100k rows at each size, and the marginal cost per 100k rows between sizes (the
 * fixed part, a 2,000-member roster's rules and report, drops out). Linear growth keeps the marginal
 * cost flat; it is judged on CPU time, which the shared machine disturbs less than wall time.
 */
function growthLine(lines: readonly BenchLine[]): BenchLine {
  const num = (l: BenchLine | undefined, k: string) => Number(l?.figures[k] ?? NaN);
  const figures: Record<string, number> = {};
  for (const l of lines) figures[`msPer100k@${num(l, 'rows')}`] = num(l, 'msPer100kRows');
  const marginal: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    const rows = (num(b, 'rows') - num(a, 'rows')) / 100_000;
    const label = `${num(a, 'rows')}->${num(b, 'rows')}`;
    figures[`marginalMsPer100k ${label}`] = round((num(b, 'wallMs') - num(a, 'wallMs')) / rows, 1);
    const cpu = (num(b, 'cpuMs') - num(a, 'cpuMs')) / rows;
    figures[`marginalCpuMsPer100k ${label}`] = round(cpu, 1);
    marginal.push(cpu);
  }
  const ratio = (marginal[marginal.length - 1] ?? NaN) / (marginal[0] ?? NaN);
  figures.marginalCpuRatioLastToFirst = round(ratio, 2);
  return { name: 'core.growth', figures, targets: { 'linear(marginal ratio<=1.5)': ratio <= 1.5 } };
}

/** The core engine's figures: one line per size, then the growth line. */
export const measure: BenchModule = async (options: BenchOptions) => {
  const plan = options.quick ? QUICK : FULL;
  ensureCliBuilt(join(__dirname, '..', '..'), options.log);
  const lines: BenchLine[] = [];
  for (const [i, rows] of plan.sizes.entries()) {
    const runs: CoreRun[] = [];
    for (let r = 0; r < plan.runs; r++) {
      options.log(`core: ${rows} rows, run ${r + 1} of ${plan.runs}`);
      runs.push(runChild(rows, plan.roster));
    }
    const line = lineOf(runs, i === plan.sizes.length - 1);
    lines.push(line);
    if (line.targets) {
      const f = line.figures;
      const met = line.targets[`wall<=${TARGET_MS}ms`] ? 'met' : 'MISSED';
      options.log(
        `core: ${rows.toLocaleString('en')} rows: best ${String(f.wallMs)} ms wall ` +
          `(CPU ${String(f.cpuMs)} ms) against ${TARGET_MS} ms: ${met}`,
      );
    }
  }
  lines.push(growthLine(lines));
  // The largest size again with one string per distinct text, as the .xlsx reader hands them over
  // (shared strings, or inline texts through its cache); CSV still gives a fresh string per cell.
  const rows = plan.sizes[plan.sizes.length - 1] ?? 0;
  const runs: CoreRun[] = [];
  for (let r = 0; r < plan.runs; r++) {
    options.log(`core: ${rows} rows, strings interned, run ${r + 1} of ${plan.runs}`);
    runs.push(runChild(rows, plan.roster, 'interned'));
  }
  const interned = lineOf(runs, true, '-interned');
  lines.push(interned);
  options.log(
    `core: ${rows.toLocaleString('en')} rows, strings interned: best ` +
      `${String(interned.figures.wallMs)} ms wall (CPU ${String(interned.figures.cpuMs)} ms) ` +
      `against ${TARGET_MS} ms: ${interned.targets?.[`wall<=${TARGET_MS}ms`] ? 'met' : 'MISSED'}`,
  );
  return Promise.resolve(lines);
};
