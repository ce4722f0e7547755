import type { Row } from '../core/cells';
import { Collector, evaluate } from '../core/pipeline';
import type { Policy } from '../core/policy/types';
import type { CheckOutcome } from '../core/result';
import type { TableMapping } from '../core/tables';
import { blockRows, type RunValues } from './blockRows';

export type { RunValues } from './blockRows';

/**
 * Where a check's rows go and where the core runs. The adapter only reads and hands blocks over;
 * the engine collects them and evaluates. In this thread by default (tests, parity with the CLI);
 * the pane passes a Web Worker engine so that collecting a million rows never blocks its thread.
 */
export interface CheckEngine {
  /** Starts a check of these tables (discovery's mappings) under this policy. */
  start(policy: Policy, mappings: readonly TableMapping[]): void;
  /**
   * Rows already in memory (sheet heads, imported files): `rows[i]` is row `firstRow + i`. A
   * promise means the engine hands them over in slices; the next push waits for it.
   */
  pushRows(
    file: string | undefined,
    sheet: string,
    firstRow: number,
    rows: readonly Row[],
  ): void | Promise<void>;
  /** A block of an open-workbook sheet as Excel returned it, from row `r1` (see pushRows). */
  pushBlock(sheet: string, r1: number, runs: readonly RunValues[]): void | Promise<void>;
  /** Evaluates what was pushed; the engine is spent afterwards. */
  finish(): Promise<CheckOutcome>;
  /** Frees the engine when the check stops early (cancelled, failed). */
  dispose(): void;
}

/** Makes a fresh engine for each check. */
export type EngineFactory = () => CheckEngine;

/** The work an engine does, synchronously: the same in this thread and in the pane's worker. */
export class EngineCore {
  private readonly collector: Collector;

  constructor(
    private readonly policy: Policy,
    mappings: readonly TableMapping[],
  ) {
    this.collector = new Collector(policy, mappings);
  }

  /** See CheckEngine.pushRows. */
  pushRows(file: string | undefined, sheet: string, firstRow: number, rows: readonly Row[]): void {
    rows.forEach((row, i) => this.collector.push(file, sheet, firstRow + i, row));
  }

  /** See CheckEngine.pushBlock. */
  pushBlock(sheet: string, r1: number, runs: readonly RunValues[]): void {
    blockRows(r1, runs, (n, row) => this.collector.push(undefined, sheet, n, row));
  }

  /** Collects and runs every rule. */
  finish(): CheckOutcome {
    return evaluate(this.collector.finish(), this.policy);
  }
}

/** An engine in this thread. */
export function createInProcessEngine(): CheckEngine {
  let core: EngineCore | undefined;
  const started = (): EngineCore => {
    if (!core) throw new Error('CheckEngine used before start()');
    return core;
  };
  return {
    start: (policy, mappings) => {
      core = new EngineCore(policy, mappings);
    },
    pushRows: (file, sheet, firstRow, rows) => started().pushRows(file, sheet, firstRow, rows),
    pushBlock: (sheet, r1, runs) => started().pushBlock(sheet, r1, runs),
    finish: () => {
      const outcome = started().finish();
      core = undefined;
      return Promise.resolve(outcome);
    },
    dispose: () => {
      core = undefined;
    },
  };
}
