import { strings } from '../../policy/spec';
import type { RuleSettings, Toggle } from '../define';

export interface TitleSettings extends Toggle {
  presidiumTitles: string[];
  headTitles: string[];
  staffTitles: string[];
  /** Titles that must not exist (主席助理, 部长助理, ...); reported with this wording. */
  forbidden: string[];
  /** Departments that hold the presidium (主席团). */
  presidiumDepartments: string[];
}

/**
 * Titles of the national rules (001 §三, docs/RULES.md §2 titles). 常务副主席 and 主要负责人 are listed because
 * rosters use them for a 副主席 and a 负责人; everything else a roster says is reported, not guessed.
 */
export const NATIONAL_TITLES: TitleSettings = {
  enabled: true,
  presidiumTitles: ['主席', '副主席', '常务副主席', '执行主席', '轮值主席', '主席团成员'],
  headTitles: ['负责人', '主要负责人', '部长', '副部长', '主任', '副主任'],
  staffTitles: ['干事', '委员', '成员', '部员'],
  forbidden: [
    '主席助理',
    '部长助理',
    '秘书长',
    '副秘书长',
    '顾问',
    '中心主任',
    '中心副主任',
    '团长',
    '总监',
    '副总监',
    '助理',
    '特别助理',
    '名誉主席',
  ],
  presidiumDepartments: ['主席团', '执行主席团'],
};

/** 004 二(一)4: no 部长 or 主任; a department has only its 负责人. */
export const HNJT_TITLES: TitleSettings = {
  ...NATIONAL_TITLES,
  headTitles: ['负责人', '主要负责人'],
  forbidden: [...NATIONAL_TITLES.forbidden, '部长', '副部长', '主任', '副主任'],
};

export const SETTINGS: RuleSettings<TitleSettings> = {
  defaults: NATIONAL_TITLES,
  presets: { 'hnjt-2021': HNJT_TITLES },
  fields: {
    presidiumTitles: strings,
    headTitles: strings,
    staffTitles: strings,
    forbidden: strings,
    presidiumDepartments: strings,
  },
};
