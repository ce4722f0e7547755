import type { RuleCode } from '../findings';
import type { PoliticalStatus, SanctionLevel, UnionLevel } from '../records';

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

interface Toggle {
  enabled: boolean;
}

/**
 * A whole compliance policy: every threshold of DOMAIN.md sections 1 and 2, editable, serialisable
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
  rules: {
    political: Toggle & { allowed: PoliticalStatus[] };
    rank: Toggle & {
      /** Top share of the cohort, in percent (30 = top 30%). */
      topPercent: number;
      /** top n = ceil (default) or floor of topPercent x cohort size. */
      rounding: 'ceil' | 'floor';
      cohort: CohortKind;
      window: TermWindow;
      /** Use the school's own 综合排名 column when the workbook has one. */
      useSchoolRank: boolean;
    };
    failed: Toggle & {
      /** strict: failed at first attempt counts even if passed later; lenient: only still failed. */
      mode: 'strict' | 'lenient';
      window: TermWindow;
    };
    discipline: Toggle & {
      sanctions: SanctionLevel[];
      window: TermWindow;
      /** Count a sanction marked lifted (是否解除 = 是) too; off by default, as the register says it no longer applies. */
      countLifted: boolean;
    };
    freshman: Toggle;
    'staff-total': Toggle & { max: number };
    presidium: Toggle & { max: number; titleMax?: Record<string, number> };
    departments: Toggle & { max?: number; allowed?: string[] };
    'dept-heads': Toggle & { min?: number; max?: number };
    'dept-staff': Toggle & { max?: number };
    titles: Toggle & {
      presidiumTitles: string[];
      headTitles: string[];
      staffTitles: string[];
      /** Titles that must not exist (主席助理, 部长助理, ...); reported with this wording. */
      forbidden: string[];
      /** Departments that hold the presidium (主席团). */
      presidiumDepartments: string[];
    };
    'from-colleges': Toggle & { minPercent: number };
    'core-ratio': Toggle & { maxPercent: number };
    congress: Toggle & {
      minDelegatePercent: number;
      minNonCadrePercent: number;
      minYearPercent: number;
    };
  };
}

/** Type-level guarantee that every rule code has a policy entry. */
export type PolicyRules = Policy['rules'];
type _Check = RuleCode extends keyof PolicyRules ? true : never;
export const POLICY_COVERS_ALL_RULES: _Check = true;
