import type { UnionLevel } from '../records';
import { presetRules } from '../rules/registry';
import type { Policy, PresetName } from './types';

/** Points of five-level grades in the weighted average (docs/RULES.md §4 grade-values). */
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

/** A preset: its level, the grading every preset shares, and each rule's settings under its name. */
function preset(name: PresetName, level: UnionLevel): Policy {
  return {
    preset: name,
    level,
    grading: { passMark: 60, levelPoints: LEVEL_POINTS },
    rules: presetRules(name),
  };
}

/** Presets share nested objects, so one careless edit would change them all: freeze them whole. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The four named presets (docs/RULES.md §5). Frozen templates: use `presetPolicy` for a copy to edit. */
export const PRESETS: Readonly<Record<PresetName, Policy>> = deepFreeze({
  /** 校级, the national rules: the defaults of docs/RULES.md §1 and §2. */
  'national-school': preset('national-school', 'school'),
  /** 院级 (001 §三(二)): smaller limits; what the national texts leave to the school is off. */
  'national-college': preset('national-college', 'college'),
  /** Seed 004 (2021): six named departments, 执行主席 1 + 3 主席团成员, no 部长/主任 titles. */
  'hnjt-2021': preset('hnjt-2021', 'school'),
  /** A 中职 school: many students are 群众 by design, so the political rule is off. */
  zhongzhi: preset('zhongzhi', 'school'),
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
