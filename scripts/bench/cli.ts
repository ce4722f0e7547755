/**
 * Command-line benchmark (issue 5, target 4): `union-compliance check roster.xlsx grades.xlsx --out
 * report.xlsx` on generated 正方-style grade workbooks of 100k, 300k and 1,000,000 rows x 12 columns
 * (shared strings, as real exports), each as a child process with its wall time and peak RSS, beside
 * LibreOffice headless converting the same grade workbook to CSV; and the reader alone on the
 * shared-strings and inline-strings workbooks beside zlib's inflate-only floor. Each is run `runs` times and the
 * best kept (the machine is shared; the worst is reported beside it). Issue 11 item 8: the whole CLI
 * with --out on the largest size's two workbooks (shared and inline strings) beside inflate-only.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliAgainstInflate, sideBySide } from './cli/againstInflate';
import { ensureCliBuilt } from './cli/build';
import { cliInputs, type CliInputs } from './cli/generate';
import { inlineGrades } from './cli/inlineWorkbook';
import { findLibreOffice, type LibreOffice } from './cli/libreOffice';
import { readerFloor } from './cli/readerFloor';
import { timedCli, type CliRun } from './cli/timedRun';
import type { BenchLine, BenchModule } from './types';

const ROOT = join(__dirname, '..', '..');
const FULL = { sizes: [100_000, 300_000, 1_000_000], runs: 2 };
const QUICK = { sizes: [100_000], runs: 1 };
const TARGET_RATIO = 0.5;
const TARGET_RSS_MB = 400;
const TARGET_ROWS = 1_000_000;
/** Reader time over zlib's inflate-only time, for the 1M-row inline-string workbook. */
const TARGET_FLOOR_RATIO = 3;

/**
 * The reader alone (no check) on the shared-strings workbook and on the same rows as inline
 * strings (Apache POI's streaming writer), beside the floor: zlib inflating the same members.
 */
async function readerLines(inputs: CliInputs, dir: string, runs: number): Promise<BenchLine[]> {
  const inline = inlineGrades(join(dir, `grades-inline-${inputs.rows}.xlsx`), inputs.rows);
  const lines: BenchLine[] = [];
  for (const [kind, path] of [
    ['shared', inputs.grades],
    ['inline', inline],
  ] as const) {
    const f = await readerFloor(path, runs);
    const ratio = f.readMs / f.inflateMs;
    lines.push({
      name: `cli.reader-${kind}-${inputs.rows}`,
      figures: {
        rows: f.rows,
        xmlMB: round(f.xmlMB, 1),
        inflateOnlyMs: round(f.inflateMs),
        // A JavaScript loop that only looks at each inflated byte: the floor of any JS scanner.
        inflateAndVisitEveryByteMs: round(f.visitMs),
        visitRatioToInflate: round(f.visitMs / f.inflateMs, 2),
        readMs: round(f.readMs),
        ratioToInflate: round(ratio, 2),
      },
      ...(kind === 'inline' && inputs.rows === TARGET_ROWS
        ? { targets: { [`read<=${TARGET_FLOOR_RATIO}x inflate`]: ratio <= TARGET_FLOOR_RATIO } }
        : {}),
    });
  }
  return lines;
}

const round = (n: number, digits = 0): number => Number(n.toFixed(digits));

async function runCli(inputs: CliInputs, out: string): Promise<CliRun> {
  const run = await timedCli(ROOT, ['check', inputs.roster, inputs.grades, '--out', out]);
  // 0: all clear, 1: findings (the generated school has some); anything else is a failure.
  if (run.exitCode !== 0 && run.exitCode !== 1)
    throw new Error(`union-compliance check failed (${run.exitCode}): ${run.stderrTail}`);
  return run;
}

async function measureSize(
  inputs: CliInputs,
  runs: number,
  office: LibreOffice | null,
  outDir: string,
): Promise<BenchLine> {
  const cli: CliRun[] = [];
  const lo: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternated, so both see the same background load.
    cli.push(await runCli(inputs, join(outDir, `report-${inputs.rows}.xlsx`)));
    if (office) lo.push(await office.convert(inputs.grades));
  }
  const best = cli.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const peakRssMB = Math.max(...cli.map((r) => r.peakRssMB));
  const loMs = lo.length > 0 ? Math.min(...lo) : null;
  const ratio = loMs !== null ? best.wallMs / loMs : null;
  const atTarget = inputs.rows === TARGET_ROWS;
  return {
    name: `cli.xlsx-${inputs.rows}`,
    figures: {
      rows: inputs.rows,
      columns: 12,
      gradesFileMB: round(statSync(inputs.grades).size / 1024 / 1024, 1),
      runs,
      wallMs: round(best.wallMs),
      wallMsWorst: round(Math.max(...cli.map((r) => r.wallMs))),
      cpuMs: round(best.cpuMs),
      peakRssMB: round(peakRssMB, 1),
      exitCode: best.exitCode,
      libreOffice: office?.version ?? null,
      libreOfficeMs: loMs !== null ? round(loMs) : null,
      libreOfficeMsWorst: lo.length > 0 ? round(Math.max(...lo)) : null,
      ratio: ratio !== null ? round(ratio, 3) : null,
      msPer100kRows: round((best.wallMs / inputs.rows) * 100_000),
    },
    ...(atTarget
      ? {
          targets: {
            [`rss<=${TARGET_RSS_MB}MB`]: peakRssMB <= TARGET_RSS_MB,
            ...(ratio !== null ? { [`ratio<=${TARGET_RATIO}`]: ratio <= TARGET_RATIO } : {}),
          },
        }
      : {}),
    ...(office
      ? {}
      : { skipped: 'LibreOffice (libreoffice or soffice) is not installed: no ratio measured' }),
  };
}

/** The `cli` bench module: one line per size. */
export const measure: BenchModule = async ({ dataDir, quick, log }) => {
  const plan = quick ? QUICK : FULL;
  ensureCliBuilt(ROOT, log);
  const dir = join(dataDir, 'cli');
  const all: CliInputs[] = [];
  for (const rows of plan.sizes) all.push(await cliInputs(dir, rows, log));
  const first = all[0];
  if (!first) return [];
  const office = await findLibreOffice(first.roster);
  if (office) log(`cli: side by side with ${office.version} (headless --convert-to csv)`);
  else log('cli: LibreOffice is not installed (Debian: libreoffice-calc-nogui); ratio skipped');
  const outDir = mkdtempSync(join(tmpdir(), 'uc-bench-cli-'));
  try {
    const lines: BenchLine[] = [];
    for (const inputs of all) {
      log(`cli: ${inputs.rows.toLocaleString('en')} rows`);
      lines.push(await measureSize(inputs, plan.runs, office, outDir));
      lines.push(...(await readerLines(inputs, dir, Math.max(2, plan.runs))));
    }
    // Issue 11 item 8: the whole CLI on each of the two grade workbooks (shared strings, inline
    // strings) beside zlib's inflate-only time of that workbook, in this run.
    const largest = all[all.length - 1] ?? first;
    const inline = inlineGrades(join(dir, `grades-inline-${largest.rows}.xlsx`), largest.rows);
    const against: BenchLine[] = [];
    for (const workbook of [
      { kind: 'shared', path: largest.grades },
      { kind: 'inline', path: inline },
    ] as const) {
      log(
        `cli: ${largest.rows.toLocaleString('en')} rows, ${workbook.kind} strings, against inflate`,
      );
      const out = join(outDir, `report-${workbook.kind}.xlsx`);
      against.push(
        await cliAgainstInflate(
          ROOT,
          largest.roster,
          workbook,
          largest.rows,
          out,
          Math.max(2, plan.runs),
        ),
      );
    }
    for (const line of sideBySide(against)) log(line);
    return [...lines, ...against];
  } finally {
    office?.dispose();
    rmSync(outDir, { recursive: true, force: true });
  }
};
