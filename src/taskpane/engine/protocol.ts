import type { Row } from '../../core/cells';
import type { Policy } from '../../core/policy/types';
import type { TableMapping } from '../../core/tables';
import type { Finished, ReportOrder, RunValues } from '../../excel/engine';

/** What the pane's thread sends the engine worker, in order, for one check. */
export type EngineRequest =
  | {
      readonly kind: 'start';
      readonly policy: Policy;
      readonly mappings: readonly TableMapping[];
    }
  | {
      readonly kind: 'rows';
      readonly file: string | undefined;
      readonly sheet: string;
      readonly firstRow: number;
      readonly rows: readonly Row[];
    }
  | {
      readonly kind: 'block';
      readonly sheet: string;
      readonly r1: number;
      readonly runs: readonly RunValues[];
    }
  | { readonly kind: 'finish'; readonly order?: ReportOrder };

/** The worker's one answer, to `finish`. */
export type EngineResponse =
  | { readonly kind: 'outcome'; readonly finished: Finished }
  /** A fault in the engine itself (a bug, not bad input: bad input is an outcome). */
  | { readonly kind: 'crash'; readonly message: string };
