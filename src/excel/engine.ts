import type { Row } from '../core/cells';
import type { MappingOverride } from '../core/discovery/types';
import type { Lang } from '../core/messages';
import type { Discovery } from '../core/pipeline';
import type { Policy } from '../core/policy/types';
import type { ReportSheetNames } from '../core/report/names';
import type { WorkbookModel } from '../core/report/sheetModel';
import type { CheckOutcome } from '../core/result';
import type { SheetInfo as SessionSheet } from '../core/session';
import type { TableMapping } from '../core/tables';
import type { AppraisalOrder, AppraisalFinished } from './engineAppraisal';
import type { RunValues } from './blockRows';
import { EngineCore } from './engineCore';
import type { Issue } from '../core/issue';
import type { HeldImport, ImportFailure } from '../taskpane/importer/types';

export type { RunValues } from './blockRows';
export type { AppraisalOrder, AppraisalFinished } from './engineAppraisal';
export { EngineCore } from './engineCore';

/**
 * What the engine needs to build the check's report where it runs, so a worker engine spares the
 * pane's thread that work too. The pane decides the sheet names (it knows the workbook's sheets).
 */
export interface ReportOrder {
  readonly lang: Lang;
  readonly names: ReportSheetNames;
  readonly generatedAt: string;
}

/** An evaluation, and the report built from it when one was ordered and the check ran. */
export interface Finished {
  readonly outcome: CheckOutcome;
  readonly report?: WorkbookModel;
}

/** How a check starts: the teacher's column mapping and what the workbook says about itself. */
export interface EngineStart {
  readonly overrides?: readonly MappingOverride[];
  /** The workbook counts dates from 1904 (Excel for Mac's old default): serials shift 1,462 days. */
  readonly date1904?: boolean;
}

/**
 * Where a check runs: one core session (src/core/session), in this thread by default (tests,
 * parity with the CLI) or in the pane's Web Worker, so that collecting a million rows never blocks
 * the pane. The adapter gives each sheet's first rows, asks for the review, then gives only the
 * needed columns' blocks and asks for the verdict; discovery's notes are merged by the session.
 */
export interface CheckEngine {
  /** Starts a check under this policy. */
  start(policy: Policy, start?: EngineStart): void;
  /** A sheet's first rows (`rows[i]` is row `firstRow + i`): opens the sheet, gives its tables. */
  head(
    sheet: SessionSheet,
    firstRow: number,
    rows: readonly Row[],
  ): Promise<readonly TableMapping[]>;
  /** Discovery over every head given: the tables to read, everything found, notes (error = stop). */
  review(): Promise<Discovery>;
  /** A note from reading the workbook (a sheet's highlights unreadable, …), listed first. */
  notice(issue: Issue): void;
  /**
   * Further rows of an opened sheet (imported files), in rising order. A promise means the engine
   * hands them over in slices; the next push waits for it.
   */
  pushRows(
    file: string | undefined,
    sheet: string,
    firstRow: number,
    rows: readonly Row[],
  ): void | Promise<void>;
  /**
   * An imported file's rows after its heads (given with `head`), read from the File where the
   * engine runs; `onProgress` hears the bytes read. A file that can no longer be read (changed
   * since it was imported) comes back as its failure.
   */
  pushFile(
    held: HeldImport,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ImportFailure | undefined>;
  /** A block of an open-workbook sheet as Excel returned it, from row `r1` (see pushRows). */
  pushBlock(sheet: string, r1: number, runs: readonly RunValues[]): void | Promise<void>;
  /** Evaluates what was pushed (and builds the ordered report); the engine is spent afterwards. */
  finish(order?: ReportOrder): Promise<Finished>;
  /** Evaluates and builds the appraisal forms instead of a report; the engine is spent afterwards. */
  finishAppraisal(order: AppraisalOrder): Promise<AppraisalFinished>;
  /** Frees the engine when the check stops early (cancelled, failed, refused). */
  dispose(): void;
}

/** Makes a fresh engine for each check. */
export type EngineFactory = () => CheckEngine;

/** An engine in this thread. */
export function createInProcessEngine(): CheckEngine {
  let core: EngineCore | undefined;
  const started = (): EngineCore => {
    if (!core) throw new Error('CheckEngine used before start()');
    return core;
  };
  const spend = <T>(work: (c: EngineCore) => T): Promise<T> => {
    try {
      return Promise.resolve(work(started()));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      core = undefined;
    }
  };
  const answer = <T>(work: (c: EngineCore) => T): Promise<T> => {
    try {
      return Promise.resolve(work(started()));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return {
    start: (policy, start) => {
      core = new EngineCore(policy, start);
    },
    head: (sheet, firstRow, rows) => answer((c) => c.head(sheet, firstRow, rows)),
    review: () => answer((c) => c.review()),
    notice: (issue) => started().notice(issue),
    pushRows: (file, sheet, firstRow, rows) => started().pushRows(file, sheet, firstRow, rows),
    pushFile: async (held, onProgress) =>
      started().pushFile(held, onProgress ? { onProgress } : {}),
    pushBlock: (sheet, r1, runs) => started().pushBlock(sheet, r1, runs),
    finish: (order) => spend((c) => c.finishWithReport(order)),
    finishAppraisal: (order) => spend((c) => c.finishAppraisal(order)),
    dispose: () => {
      core = undefined;
    },
  };
}
