import type { SampleData } from '../model';

/** What a seat of a small case is meant to come out as (default: eligible, nothing flagged). */
export interface SeatIntent {
  readonly status: 'eligible' | 'ineligible' | 'pending';
  readonly codes?: readonly string[];
  readonly pending?: readonly string[];
  readonly info?: readonly string[];
}

/** A case whose inputs are good: the expect file is computed from `data`. */
export interface GoodCase {
  readonly kind: 'good';
  readonly name: string;
  readonly description: string;
  readonly files: readonly (readonly [name: string, bytes: Buffer])[];
  readonly data: SampleData;
  /** Intent per roster row index; rows not listed are meant to be eligible. */
  readonly intents: Readonly<Record<number, SeatIntent>>;
  /** Structure findings meant to appear, as `code` or `code@department`. */
  readonly findings: readonly string[];
}

/** A case the check must reject (exit 2) with a message containing every string of `messageIncludes`. */
export interface ErrorCase {
  readonly kind: 'error';
  readonly name: string;
  readonly description: string;
  readonly files: readonly (readonly [name: string, bytes: Buffer])[];
  readonly messageIncludes: readonly string[];
}

export type CorpusCase = GoodCase | ErrorCase;
