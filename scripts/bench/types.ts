/**
 * The contract between `npm run bench` (scripts/bench/run.ts) and its measurement modules
 * (core, adapter, pane, cli). Each module generates its own large inputs under `bench/data/`
 * (git-ignored, deterministic) and returns one line per measurement.
 */

/** One measurement: printed as one JSON line and collected into bench/results.json. */
export interface BenchLine {
  /** Stable name, e.g. `core.rows-1200000`, `adapter.sheet-1048576x19`, `cli.xlsx-1000000`. */
  readonly name: string;
  /** The figures the issue names (ms, MB, syncs, bytes, ratios), flat and numeric where possible. */
  readonly figures: Readonly<Record<string, number | string | boolean | null>>;
  /** Target checks: label → met? (e.g. `{ "wall<=1000ms": true }`). */
  readonly targets?: Readonly<Record<string, boolean>>;
  /** Why a figure or target was skipped (e.g. LibreOffice absent). */
  readonly skipped?: string;
}

/** Options every module receives from the runner. */
export interface BenchOptions {
  /** Directory for generated inputs (bench/data). */
  readonly dataDir: string;
  /** Smaller sizes for a quick smoke run (`npm run bench -- --quick`). */
  readonly quick: boolean;
  /** Progress lines for the person watching (stderr). */
  readonly log: (line: string) => void;
}

/** A measurement module. */
export type BenchModule = (options: BenchOptions) => Promise<BenchLine[]>;
