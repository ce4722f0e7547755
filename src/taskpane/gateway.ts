import type { AppraisalSettings } from '../core/appraisal/types';
import type { RowRef } from '../core/cells';
import type { MappingOverride } from '../core/discovery/types';
import type { Lang } from '../core/messages';
import type { Policy } from '../core/policy/types';
import type { CheckOutcome } from '../core/result';
import type { SheetGrid, TableMapping } from '../core/tables';
import type { Issue } from '../core/issue';
import type { HeldImport } from './importer/types';
import type { CollectAnswer } from '../core/appraisal/collect/inWorkbook';

export type { CollectAnswer };

/** Where a running check is; `total` 0 means not known yet. */
export interface CheckProgress {
  readonly phase: 'discover' | 'read' | 'compute' | 'write';
  readonly done: number;
  readonly total: number;
  /** Rows read so far, when `done` and `total` count bytes of the files (the page's worker). */
  readonly rows?: number;
}

export interface CheckOptions {
  readonly policy: Policy;
  readonly overrides?: MappingOverride[];
  /** Grade files the teacher imported: their heads, and the File the check reads the rest from. */
  readonly imported?: readonly HeldImport[];
  readonly lang: Lang;
  readonly onProgress?: (progress: CheckProgress) => void;
  readonly signal?: AbortSignal;
}

export type CheckAnswer = CheckOutcome & { readonly written?: { readonly reportSheet: string } };

/** What auto-detection found: the tables, and every sheet's header cells for the mapping dropdowns. */
export interface Detection {
  readonly mappings: readonly TableMapping[];
  readonly sheets: readonly {
    readonly name: string;
    readonly headers: readonly { readonly col: number; readonly text: string }[];
  }[];
}

/** Settings as the workbook keeps them. */
export interface StoredSettings {
  readonly policyJson?: string;
  readonly overrides?: MappingOverride[];
  /** The 考核评议 tab's validated choices, as JSON. */
  readonly appraisalJson?: string;
}

/** 生成评分表: what to read the roster with, and the appraisal's settings. */
export interface AppraisalRequest {
  readonly policy: Policy;
  readonly overrides?: readonly MappingOverride[];
  readonly settings: AppraisalSettings;
  readonly lang: Lang;
  /** Replace forms that already hold typed scores (after the teacher confirmed). */
  readonly overwrite?: boolean;
  readonly onProgress?: (progress: CheckProgress) => void;
}

export type AppraisalAnswer =
  | {
      readonly status: 'generated';
      readonly sheets: readonly string[];
      readonly forms: number;
      readonly members: number;
      readonly warnings: readonly Issue[];
      readonly inputIssues: readonly Issue[];
    }
  | { readonly status: 'rejected'; readonly issues: readonly Issue[] }
  | { readonly status: 'filled'; readonly copies: number };

/** 汇总评分 on the open workbook; `file` is how problems name it (本工作簿). */
export interface CollectRequest {
  readonly lang: Lang;
  readonly file: string;
}

/**
 * The part of the Excel gateway (src/excel/gateway.ts) the pane uses. The pane never names Excel:
 * the entry point hands it an object of this shape, the tests a fake or the strict double.
 */
export interface PaneGateway {
  check(options: CheckOptions): Promise<CheckAnswer>;
  clearMarks(): Promise<{ removed: number }>;
  selectRow(ref: RowRef): Promise<void>;
  detect(): Promise<Detection>;
  loadSettings(): Promise<StoredSettings>;
  saveSettings(settings: StoredSettings): Promise<void>;
  insertSheets(sheets: SheetGrid[]): Promise<string[]>;
  /**
   * 生成评分表 and 汇总评分 (the 考核评议 tab). The Excel gateway has both; a gateway without them
   * (an older test double) gets a pane without that tab.
   */
  appraisal?(options: AppraisalRequest): Promise<AppraisalAnswer>;
  collectAppraisal?(options: CollectRequest): Promise<CollectAnswer>;
}
