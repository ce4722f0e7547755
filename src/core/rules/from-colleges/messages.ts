import type { MessageTable } from '../../messages/types';

/**
 * The from-colleges rule's title, findings and reasons for not running (spread into the one catalogue
 * by rules/registry.ts).
 */
export const MESSAGES = {
  'rule.from-colleges.title': { zh: '来自院级学生会比例', en: 'Share from college unions' },
  'rule.from-colleges.under': {
    zh: '来自院级学生会的工作人员 {count}/{total}（{percent}%），低于 {limit}%',
    en: '{count} of {total} staff ({percent}%) come from college unions, below {limit}%',
  },
  'rule.skip.schoolLevelOnly': {
    zh: '此规则只适用于校级学生会',
    en: 'This rule applies to a school-level union only',
  },
  'rule.skip.noCollegeUnionData': {
    zh: '名单中没有“院学生会职务”列，也没有院级学生会名单，无法统计来自院级学生会的比例',
    en: 'Neither a college-union role column nor a college-level roster was found',
  },
} satisfies MessageTable;
