import type { RowRef } from '../core/cells';
import type { MappingOverride } from '../core/discovery/types';
import type { WorkbookModel } from '../core/report/sheetModel';
import type {
  AppraisalAnswer,
  AppraisalRequest,
  CheckAnswer,
  CheckOptions,
  CollectAnswer,
  CollectRequest,
  Detection,
  PaneGateway,
  StoredSettings,
} from '../taskpane/gateway';
import { runAppraisal } from './appraisal';
import { runCheck } from './check';
import { runCollectAppraisal } from './collectAppraisal';
import { runClear, type Cleared } from './clear';
import { runDetect } from './detect';
import type { EtApplication } from './et';
import { toWpsError } from './errors';
import { importItems, writeOwned } from './owned';
import { runSelect } from './select';
import { runLoadSettings, runSaveSettings } from './settings';

export { WpsError } from './errors';
export type { EtApplication } from './et';

/** Everything the task pane asks of WPS 表格, behind the same contract as the Excel gateway. */
export interface WpsGateway extends PaneGateway {
  check(options: CheckOptions): Promise<CheckAnswer>;
  clearMarks(): Promise<Cleared>;
  detect(overrides?: readonly MappingOverride[]): Promise<Detection>;
  /** Product-owned sheets from a model; returns their names. */
  writeWorkbookModel(model: WorkbookModel): Promise<string[]>;
  /** 生成评分表: reads the roster like the check, writes the forms and 考核汇总 (replacing earlier ones). */
  appraisal(options: AppraisalRequest): Promise<AppraisalAnswer>;
  /** 汇总评分: checks the scores typed into the generated forms, writes 汇集问题. */
  collectAppraisal(options: CollectRequest): Promise<CollectAnswer>;
}

export interface WpsGatewayOptions {
  /** The clock for the report's subtitle. */
  readonly now?: () => Date;
  /** Also write 名单标注 (default: no, like the Excel pane, which highlights in place). */
  readonly rosterCopy?: boolean;
}

/**
 * The adapter over WPS's synchronous ET API. `app` is `window.Application` in WPS and the double
 * in tests. Failures reach the pane as WpsError (a `wps.*` message key; `AbortError` when cancelled).
 */
export function createWpsGateway(app: EtApplication, options: WpsGatewayOptions = {}): WpsGateway {
  const now = options.now ?? (() => new Date());
  const act = async <T>(work: () => T | Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toWpsError(error);
    }
  };
  return {
    check: (o) =>
      act(() => runCheck(app, o, { now, ...(options.rosterCopy ? { rosterCopy: true } : {}) })),
    clearMarks: () => act(() => runClear(app)),
    selectRow: (ref: RowRef) => act(() => runSelect(app, ref)),
    detect: (overrides) => act(() => runDetect(app, overrides)),
    loadSettings: () => act(() => runLoadSettings(app)),
    saveSettings: (s: StoredSettings) => act(() => runSaveSettings(app, s)),
    insertSheets: (sheets) => act(() => writeOwned(app, importItems(sheets))),
    writeWorkbookModel: (model) =>
      act(() =>
        writeOwned(
          app,
          model.sheets.map((s) => ({ model: s, owner: `model:${s.name}` })),
        ),
      ),
    appraisal: (o) => act(() => runAppraisal(app, o)),
    collectAppraisal: (o) => act(() => runCollectAppraisal(app, o)),
  };
}
