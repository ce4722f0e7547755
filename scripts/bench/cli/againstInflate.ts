import { statSync } from 'node:fs';
import type { BenchLine } from '../types';
import { timedInflate } from './readerFloor';
import { timedCli, type CliRun } from './timedRun';

/** Issue 11 item 8: the whole CLI within this many times zlib's inflate-only time of its workbook. */
export const TARGET_INFLATE_RATIO = 3;
/** Issue 11 item 8: peak RSS of the CLI with `--out`. */
export const TARGET_OUT_RSS_MB = 300;

/** A grade workbook and how its strings are stored. */
export interface GradeWorkbook {
  readonly kind: 'shared' | 'inline';
  readonly path: string;
}

const INFLATE_PASSES = 3;

const round = (n: number, digits = 0): number => Number(n.toFixed(digits));

/**
 * `union-compliance check roster grades --out report` on one grade workbook beside zlib inflating
 * the same workbook's members and throwing the bytes away, alternated so both see the same
 * background load (`runs` CLI runs, three inflate passes before each); the best of each is compared.
 */
export async function cliAgainstInflate(
  root: string,
  roster: string,
  workbook: GradeWorkbook,
  rows: number,
  out: string,
  runs: number,
): Promise<BenchLine> {
  const inflate: { wallMs: number; cpuMs: number; bytes: number }[] = [];
  const cli: CliRun[] = [];
  for (let i = 0; i < runs; i++) {
    // Inflating takes a fraction of the CLI's time, so it runs several times per CLI run: one
    // unlucky moment on the shared machine must not make the floor, and the ratio, look better.
    for (let k = 0; k < INFLATE_PASSES; k++) inflate.push(await timedInflate(workbook.path));
    const run = await timedCli(root, ['check', roster, workbook.path, '--out', out]);
    // 0: all clear, 1: findings (the generated school has some); anything else is a failure.
    if (run.exitCode !== 0 && run.exitCode !== 1)
      throw new Error(`union-compliance check failed (${run.exitCode}): ${run.stderrTail}`);
    cli.push(run);
  }
  const bestInflate = inflate.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const inflateCpuMs = Math.min(...inflate.map((r) => r.cpuMs));
  const bestCli = cli.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const ratio = bestCli.wallMs / bestInflate.wallMs;
  const peakRssMB = Math.max(...cli.map((r) => r.peakRssMB));
  return {
    name: `cli.vs-inflate-${workbook.kind}-${rows}`,
    figures: {
      rows,
      strings: workbook.kind,
      gradesFileMB: round(statSync(workbook.path).size / 1024 / 1024, 1),
      xmlMB: round(bestInflate.bytes / 1024 / 1024, 1),
      runs,
      inflateOnlyMs: round(bestInflate.wallMs),
      inflateOnlyCpuMs: round(inflateCpuMs),
      inflatePasses: inflate.length,
      cliWallMs: round(bestCli.wallMs),
      cliWallMsWorst: round(Math.max(...cli.map((r) => r.wallMs))),
      cliCpuMs: round(bestCli.cpuMs),
      ratioToInflate: round(ratio, 2),
      cpuRatioToInflate: round(bestCli.cpuMs / inflateCpuMs, 2),
      peakRssMB: round(peakRssMB, 1),
    },
    targets: {
      [`cli<=${TARGET_INFLATE_RATIO}x inflate`]: ratio <= TARGET_INFLATE_RATIO,
      [`rss<=${TARGET_OUT_RSS_MB}MB with --out`]: peakRssMB <= TARGET_OUT_RSS_MB,
    },
  };
}

/** The lines above as a small table for the person watching, one row per workbook. */
export function sideBySide(lines: readonly BenchLine[]): string[] {
  const yes = (met: boolean | undefined): string => (met ? 'met' : 'MISSED');
  const rows = lines.map((l) => {
    const f = l.figures;
    const t = l.targets ?? {};
    return (
      `  ${String(f.strings).padEnd(7)} ${String(f.rows).padStart(8)} rows  ` +
      `inflate ${String(f.inflateOnlyMs).padStart(5)} ms (CPU ${String(f.inflateOnlyCpuMs)})  ` +
      `CLI ${String(f.cliWallMs).padStart(6)} ms (CPU ${String(f.cliCpuMs)})  ` +
      `ratio ${String(f.ratioToInflate)} (CPU ${String(f.cpuRatioToInflate)}; ` +
      `<= ${TARGET_INFLATE_RATIO}: ${yes(t[`cli<=${TARGET_INFLATE_RATIO}x inflate`])})  ` +
      `peak RSS ${String(f.peakRssMB)} MB (<= ${TARGET_OUT_RSS_MB}: ` +
      `${yes(t[`rss<=${TARGET_OUT_RSS_MB}MB with --out`])})`
    );
  });
  return ['cli: the CLI with --out against inflate-only, same run:', ...rows];
}
