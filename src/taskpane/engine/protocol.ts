import type { Row } from '../../core/cells';
import type { Discovery } from '../../core/pipeline';
import type { Policy } from '../../core/policy/types';
import type { SheetInfo } from '../../core/session';
import type { TableMapping } from '../../core/tables';
import type {
  AppraisalFinished,
  AppraisalOrder,
  EngineStart,
  Finished,
  ReportOrder,
  RunValues,
} from '../../excel/engine';
import type { Issue } from '../../core/issue';
import type { HeldImport, ImportFailure } from '../importer/types';

/** What the pane's thread sends the engine worker, in order, for one check. */
export type EngineRequest =
  | { readonly kind: 'start'; readonly policy: Policy; readonly start: EngineStart }
  /** Answered with `tables`. */
  | {
      readonly kind: 'head';
      readonly sheet: SheetInfo;
      readonly firstRow: number;
      readonly rows: readonly Row[];
    }
  /** Answered with `review`. */
  | { readonly kind: 'review' }
  | { readonly kind: 'notice'; readonly issue: Issue }
  | {
      readonly kind: 'rows';
      readonly file: string | undefined;
      readonly sheet: string;
      readonly firstRow: number;
      readonly rows: readonly Row[];
    }
  /** Answered with `file` once the file is read; `progress` messages come meanwhile. */
  | { readonly kind: 'file'; readonly held: HeldImport }
  | {
      readonly kind: 'block';
      readonly sheet: string;
      readonly r1: number;
      readonly runs: readonly RunValues[];
    }
  /** Answered with `outcome`; the worker is spent. */
  | { readonly kind: 'finish'; readonly order?: ReportOrder }
  /** Answered with `appraisal`; the worker is spent. */
  | { readonly kind: 'finishAppraisal'; readonly order: AppraisalOrder };

/** The requests that wait for an answer: the worker answers them one by one, in order. */
export const ANSWERED: ReadonlySet<EngineRequest['kind']> = new Set([
  'head',
  'review',
  'file',
  'finish',
  'finishAppraisal',
]);

/** The worker's answers, one per answered request, in the order the requests came. */
export type EngineResponse =
  | { readonly kind: 'tables'; readonly tables: readonly TableMapping[] }
  | { readonly kind: 'review'; readonly discovery: Discovery }
  | { readonly kind: 'file'; readonly failure?: ImportFailure }
  | { readonly kind: 'outcome'; readonly finished: Finished }
  | { readonly kind: 'appraisal'; readonly finished: AppraisalFinished }
  /** A fault in the engine itself (a bug, not bad input: bad input is an outcome). */
  | { readonly kind: 'crash'; readonly message: string };

/** Told while a `file` request is read (bytes of the file): not an answer, so not queued. */
export interface EngineProgress {
  readonly kind: 'progress';
  readonly done: number;
  readonly total: number;
}

/** Everything the engine worker posts. */
export type EngineMessage = EngineResponse | EngineProgress;
