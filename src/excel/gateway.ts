import type { RowRef } from '../core/cells';
import type { MappingOverride } from '../core/discovery/types';
import type { WorkbookModel } from '../core/report/sheetModel';
import type { SheetGrid } from '../core/tables';
import { runAppraisal, type AppraisalAnswer, type AppraisalOptions } from './appraisal';
import { runCheck, type CheckAnswer, type CheckOptions } from './check';
import {
  runCollectAppraisal,
  type CollectAppraisalAnswer,
  type CollectAppraisalOptions,
} from './collectAppraisal';
import { runClear, type Cleared } from './clear';
import { runDetect, type Detection } from './detect';
import type { EngineFactory } from './engine';
import { GatewayError, toGatewayError } from './errors';
import { withCellEditRetry, type RetryOptions } from './retry';
import { runSelect } from './select';
import { runLoadSettings, runSaveSettings, type StoredSettings } from './settings';
import { importItems, modelItems, runWriteOwned } from './writeOwned';

export type { AppraisalAnswer, AppraisalOptions } from './appraisal';
export type { CheckAnswer, CheckOptions } from './check';
export type { CollectAppraisalAnswer, CollectAppraisalOptions } from './collectAppraisal';
export type { Cleared } from './clear';
export type { Detection } from './detect';
export type { Progress } from './progress';
export type { StoredSettings } from './settings';
export { GatewayError } from './errors';
export type { CheckEngine, EngineFactory, RunValues } from './engine';

/** Everything the task pane asks of Excel; each call is one `Excel.run`. */
export interface ExcelGateway {
  /** Reads the workbook, checks it, writes 检查报告 and the highlights. */
  check(options: CheckOptions): Promise<CheckAnswer>;
  /** Removes the product's highlights and report sheets; `removed` counts highlighted areas. */
  clearMarks(): Promise<Cleared>;
  /** Activates the sheet and selects the row (or the cell). */
  selectRow(ref: RowRef): Promise<void>;
  /** Discovery only, for the column mapping. */
  detect(overrides?: readonly MappingOverride[]): Promise<Detection>;
  loadSettings(): Promise<StoredSettings>;
  saveSettings(settings: StoredSettings): Promise<void>;
  /** Imported grade files as product-owned sheets; returns their names. */
  insertSheets(sheets: SheetGrid[]): Promise<string[]>;
  /** Product-owned sheets from a model (the appraisal forms); returns their names. */
  writeWorkbookModel(model: WorkbookModel): Promise<string[]>;
  /** 生成评分表: reads the roster like the check, writes the forms and 考核汇总 (replacing earlier ones). */
  appraisal(options: AppraisalOptions): Promise<AppraisalAnswer>;
  /** 汇总评分: checks the scores typed into the generated forms, writes 汇集问题. */
  collectAppraisal(options: CollectAppraisalOptions): Promise<CollectAppraisalAnswer>;
}

export interface GatewayOptions {
  readonly retry?: RetryOptions;
  /** The clock for the report's subtitle. */
  readonly now?: () => Date;
  /** Where a check's rows are collected and evaluated (default: this thread; the pane: a worker). */
  readonly engine?: EngineFactory;
}

/**
 * The adapter. `run` is `Excel.run` in the add-in and the double's `run` in tests. Failures reach
 * the pane as GatewayError (a message key; `AbortError` for a cancelled check).
 */
export function createExcelGateway(
  run: typeof Excel.run,
  options: GatewayOptions = {},
): ExcelGateway {
  const now = options.now ?? (() => new Date());
  const act = async <T>(
    batch: (ctx: Excel.RequestContext) => Promise<T>,
    sheet?: string,
  ): Promise<T> => {
    try {
      return await withCellEditRetry(() => run(batch), options.retry);
    } catch (error) {
      if (error instanceof GatewayError) throw error;
      throw toGatewayError(error, sheet);
    }
  };
  return {
    check: (o) => act((ctx) => runCheck(ctx, o, now, options.engine)),
    clearMarks: () => act(runClear),
    selectRow: (ref) => act((ctx) => runSelect(ctx, ref), ref.sheet),
    detect: (overrides) => act((ctx) => runDetect(ctx, overrides)),
    loadSettings: () => act(runLoadSettings),
    saveSettings: (s) => act((ctx) => runSaveSettings(ctx, s)),
    insertSheets: (sheets) => act((ctx) => runWriteOwned(ctx, importItems(sheets))),
    writeWorkbookModel: (model) => act((ctx) => runWriteOwned(ctx, modelItems(model))),
    appraisal: (o) => act((ctx) => runAppraisal(ctx, o, options.engine)),
    collectAppraisal: (o) => act((ctx) => runCollectAppraisal(ctx, o)),
  };
}
