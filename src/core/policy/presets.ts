import { HNJT_TITLES, NATIONAL_TITLES } from './titles';
import type { Policy, PresetName } from './types';

/** Points of five-level grades in the weighted average (DOMAIN.md §4). */
const LEVEL_POINTS: Record<string, number> = {
  优秀: 95,
  良好: 85,
  中等: 75,
  及格: 65,
  不及格: 0,
  优: 95,
  良: 85,
  中: 75,
  差: 0,
};

const NATIONAL_SCHOOL: Policy = {
  preset: 'national-school',
  level: 'school',
  grading: { passMark: 60, levelPoints: LEVEL_POINTS },
  rules: {
    political: {
      enabled: true,
      allowed: ['party-member', 'probationary-member', 'league-member'],
    },
    rank: {
      enabled: true,
      topPercent: 30,
      rounding: 'ceil',
      cohort: 'major+year',
      window: 'last-year',
      useSchoolRank: true,
    },
    failed: { enabled: true, mode: 'strict', window: 'last-year' },
    discipline: {
      enabled: true,
      sanctions: ['警告', '严重警告', '记过', '留校察看', '开除学籍'],
      window: 'last-year',
      countLifted: false,
    },
    freshman: { enabled: true },
    'staff-total': { enabled: true, max: 40 },
    presidium: { enabled: true, max: 5 },
    departments: { enabled: true, max: 6 },
    'dept-heads': { enabled: true, min: 2, max: 3 },
    'dept-staff': { enabled: true, max: 6 },
    titles: NATIONAL_TITLES,
    'from-colleges': { enabled: true, minPercent: 50 },
    'core-ratio': { enabled: true, maxPercent: 1 },
    congress: {
      enabled: true,
      minDelegatePercent: 1,
      minNonCadrePercent: 60,
      minYearPercent: 10,
    },
  },
};

/**
 * 院级 (001 §三(二)): 30 staff, 3 in the presidium. The national texts leave a college union's
 * department count, heads and staff per department to the school, so those rules ship switched off
 * with the school-level values filled in: a teacher who switches one on starts from a sensible limit.
 */
const NATIONAL_COLLEGE: Policy = {
  ...NATIONAL_SCHOOL,
  preset: 'national-college',
  level: 'college',
  rules: {
    ...NATIONAL_SCHOOL.rules,
    'staff-total': { enabled: true, max: 30 },
    presidium: { enabled: true, max: 3 },
    departments: { enabled: false, max: 6 },
    'dept-heads': { enabled: false, min: 2, max: 3 },
    'dept-staff': { enabled: false, max: 6 },
    'from-colleges': { enabled: false, minPercent: 50 },
  },
};

/** Seed 004 (2021): six named departments, 执行主席 1 + 3 主席团成员, no 部长/主任 titles. */
const HNJT_2021: Policy = {
  ...NATIONAL_SCHOOL,
  preset: 'hnjt-2021',
  rules: {
    ...NATIONAL_SCHOOL.rules,
    'staff-total': { enabled: true, max: 40 },
    presidium: { enabled: true, max: 4, titleMax: { 执行主席: 1 } },
    departments: {
      enabled: true,
      max: 6,
      allowed: ['秘书处', '文体部', '权益部', '学习部', '新闻传媒部', '心理部'],
    },
    titles: HNJT_TITLES,
    'core-ratio': { enabled: true, maxPercent: 1 },
  },
};

/** A 中职 school: many students are 群众 by design, so the political rule is off. */
const ZHONGZHI: Policy = {
  ...NATIONAL_SCHOOL,
  preset: 'zhongzhi',
  rules: {
    ...NATIONAL_SCHOOL.rules,
    political: { ...NATIONAL_SCHOOL.rules.political, enabled: false },
  },
};

/** Presets share nested objects, so one careless edit would change them all: freeze them whole. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The four named presets (DOMAIN.md §2). Frozen templates: use `presetPolicy` for a copy to edit. */
export const PRESETS: Readonly<Record<PresetName, Policy>> = deepFreeze({
  'national-school': NATIONAL_SCHOOL,
  'national-college': NATIONAL_COLLEGE,
  'hnjt-2021': HNJT_2021,
  zhongzhi: ZHONGZHI,
});

/** The default preset when a workbook or policy file names none. */
export const DEFAULT_PRESET: PresetName = 'national-school';

/**
 * A deep copy of a preset, safe to edit. A JSON round trip, not structuredClone: presets are plain
 * data, and the pane's oldest engines (Safari 13–15.3) have no structuredClone.
 */
export function presetPolicy(name: PresetName = DEFAULT_PRESET): Policy {
  return JSON.parse(JSON.stringify(PRESETS[name])) as Policy;
}
