import type { RowRef } from '../cells';

/** Which piece of evidence may suggest a dimension's score (docs/RULES.md §3 suggestions). */
export type EvidenceKind = 'academic' | 'attendance';

/** One appraisal dimension (政治态度, 学习情况, ...) with its maximum points. */
export interface Dimension {
  readonly name: string;
  /** Maximum points a scorer may give (data validation 0..max). */
  readonly max: number;
  /**
   * Share of the 100-point total, when the teacher weights dimensions apart from their maxima.
   * Either every dimension has one or none has.
   */
  readonly weight?: number;
  /** What the dimension means, printed on the form. */
  readonly description: string;
  readonly evidence?: EvidenceKind;
}

/** A named, JSON-serialisable set of dimensions. */
export interface AppraisalTemplate {
  readonly name: string;
  readonly dimensions: readonly Dimension[];
}

/** A scorer group (学生代表, 团委, 学工部, 自评, or one panel member); one form copy each. */
export interface ScorerGroup {
  readonly name: string;
  /** Weight in percent-like units, used by the `weighted` aggregate; all or none. */
  readonly weight?: number;
}

/** How group scores become one result (docs/RULES.md §3 aggregation). */
export type AggregateMethod = 'mean' | 'trimmed' | 'weighted';

/** Lower bounds of the 优秀, 良好 and 合格 bands on the 100-point total; below `pass` is 不合格. */
export interface BandThresholds {
  readonly excellent: number;
  readonly good: number;
  readonly pass: number;
}

export type AppraisalScope = 'leaders' | 'all';
export type AppraisalLayout = 'per-department' | 'single';

/** Everything the teacher picks before forms are generated. */
export interface AppraisalSettings {
  readonly template: AppraisalTemplate;
  readonly groups: readonly ScorerGroup[];
  readonly aggregate: AggregateMethod;
  readonly bands: BandThresholds;
  /** Cap on the share of 优秀, in percent (e.g. 30); absent = no cap. */
  readonly excellentQuota?: number;
  readonly scope: AppraisalScope;
  readonly layout: AppraisalLayout;
  /** Term as the teacher writes it, e.g. `2025-2026-1`. */
  readonly term?: string;
  readonly school?: string;
}

/** One appraised member as printed on the forms. */
export interface AppraisedMember {
  readonly studentId: string;
  readonly name: string;
  readonly department: string;
  readonly title: string;
  readonly ref?: RowRef;
}

/** The members of one form: one department, the presidium, or everyone (single layout). */
export interface FormUnit {
  /** The department printed in the title; empty for the single layout. */
  readonly department: string;
  readonly members: readonly AppraisedMember[];
}
