import type { Row } from '../core/cells';
import type { InputIssue } from '../core/findings';
import type { Lang } from '../core/messages';
import { Collector, evaluate } from '../core/pipeline';
import type { Policy } from '../core/policy/types';
import { buildReport } from '../core/report/buildReport';
import type { ReportSheetNames } from '../core/report/names';
import type { WorkbookModel } from '../core/report/sheetModel';
import type { CheckOutcome } from '../core/result';
import type { TableMapping } from '../core/tables';
import { blockRows, type RunValues } from './blockRows';

export type { RunValues } from './blockRows';

/**
 * What the engine needs to build the check's report where it runs, so a worker engine spares the
 * pane's thread that work too. The pane decides the sheet names (it knows the workbook's sheets).
 */
export interface ReportOrder {
  readonly lang: Lang;
  readonly names: ReportSheetNames;
  readonly generatedAt: string;
  /** Discovery's warnings, listed before the engine's own issues. */
  readonly leadIssues: readonly InputIssue[];
}

/** An evaluation, and the report built from it when one was ordered and the check ran. */
export interface Finished {
  readonly outcome: CheckOutcome;
  readonly report?: WorkbookModel;
}

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
  /** Evaluates what was pushed (and builds the ordered report); the engine is spent afterwards. */
  finish(order?: ReportOrder): Promise<Finished>;
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

  /** Collects, runs every rule, and builds the ordered report from the result. */
  finishWithReport(order?: ReportOrder): Finished {
    const outcome = this.finish();
    if (!order || !outcome.ok) return { outcome };
    const result = { ...outcome.result, issues: [...order.leadIssues, ...outcome.result.issues] };
    const report = buildReport(result, order.lang, {
      names: order.names,
      generatedAt: order.generatedAt,
    });
    return { outcome: { ok: true, result }, report };
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
    finish: (order) => {
      const finished = started().finishWithReport(order);
      core = undefined;
      return Promise.resolve(finished);
    },
    dispose: () => {
      core = undefined;
    },
  };
}
