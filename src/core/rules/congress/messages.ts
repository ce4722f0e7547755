import type { MessageTable } from '../../messages/types';

/**
 * The congress rule's title, findings and reasons for not running (spread into the one catalogue
 * by rules/registry.ts).
 */
export const MESSAGES = {
  'rule.congress.title': { zh: '学生代表大会代表', en: 'Student congress delegates' },
  'rule.congress.tooFewDelegates': {
    zh: '学代会代表 {count} 人，占联系服务学生 {studentsServed} 人的 {percent}%，低于 {limit}%（至少 {required} 人）',
    en: '{count} delegates are {percent}% of the {studentsServed} students served, below {limit}% (at least {required})',
  },
  'rule.congress.tooFewNonCadre': {
    zh: '非学生会骨干代表 {count}/{total}（{percent}%），低于 {limit}%',
    en: '{count} of {total} delegates ({percent}%) are not union cadres, below {limit}%',
  },
  'rule.congress.yearUnder': {
    zh: '{year} 级代表 {count}/{total}（{percent}%），低于 {limit}%',
    en: 'Year {year} has {count} of {total} delegates ({percent}%), below {limit}%',
  },
  'rule.congress.yearUnknown': {
    zh: '{count} 名代表的年级无法确定，未计入各年级比例，待核实：{names}',
    en: '{count} delegate(s) have no known year and are left out of the year shares; needs checking: {names}',
  },
  'rule.skip.noDelegates': {
    zh: '未找到学代会代表名单，无法检查',
    en: 'No student congress delegate list was found',
  },
  'rule.skip.congressNoStudentsServed': {
    zh: '未设置“联系服务学生人数”，代表名额是否达到 1% 未检查（其余各项已检查）',
    en: 'The number of students served is not set: the delegate quota was not checked (the other parts were)',
  },
} satisfies MessageTable;
