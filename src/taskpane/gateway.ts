import type { RowRef } from '../core/cells';
import type { MappingOverride } from '../core/discovery/types';
import type { Lang } from '../core/messages';
import type { Policy } from '../core/policy/types';
import type { CheckOutcome } from '../core/result';
import type { SheetGrid, TableMapping } from '../core/tables';

/** Where a running check is; `total` 0 means not known yet. */
export interface CheckProgress {
  readonly phase: 'discover' | 'read' | 'compute' | 'write';
  readonly done: number;
  readonly total: number;
}

export interface CheckOptions {
  readonly policy: Policy;
  readonly overrides?: MappingOverride[];
  readonly importedSheets?: SheetGrid[];
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
}
