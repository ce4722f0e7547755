import type { UnionLevel } from '../records';
import type { PolicyRules } from '../rules/registry';

export type { PolicyRules } from '../rules/registry';

export const PRESET_NAMES = [
  'national-school',
  'national-college',
  'hnjt-2021',
  'zhongzhi',
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Which students a member is ranked against. */
export type CohortKind = 'major+year' | 'major' | 'class';
/** Which terms count for rank and failed courses (the national forms let the school pick one). */
export type TermWindow = 'last-term' | 'last-year' | 'since-entry';

/**
 * A whole compliance policy: every threshold of docs/RULES.md §1 and §2, editable, serialisable
 * to JSON (policy/serialize.ts). Presets are complete Policy values.
 */
export interface Policy {
  /** The preset this policy started from (informative once edited). */
  preset: PresetName;
  /** The union being checked; roster rows of the other level (级别 column) feed from-colleges only. */
  level: UnionLevel;
  /** Students the union serves (联系服务学生人数): core-ratio and congress need it. */
  studentsServed?: number;
  /** Reference term like `2025-2026-1`; default: the latest term in the grade data. */
  referenceTerm?: string;
  grading: {
    /** Numeric pass mark (60 on a 100-point scale). */
    passMark: number;
    /** Points of five-level grades in the weighted average. */
    levelPoints: Record<string, number>;
  };
  /** Each rule's switch and settings (rules/<code>/settings.ts), keyed by rule code. */
  rules: PolicyRules;
}
