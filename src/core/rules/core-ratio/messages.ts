import type { MessageTable } from '../../messages/types';

/**
 * The core-ratio rule's title, findings and reasons for not running (spread into the one catalogue
 * by rules/registry.ts).
 */
export const MESSAGES = {
  'rule.core-ratio.title': { zh: '骨干成员比例', en: 'Core-member ratio' },
  'rule.core-ratio.over': {
    zh: '骨干成员（主席团和部门负责人）{count} 人，占联系服务学生 {studentsServed} 人的 {percent}%，超过 {limit}%（至多 {limitCount} 人）',
    en: '{count} core members (presidium and heads) are {percent}% of the {studentsServed} students served, above {limit}% (at most {limitCount})',
  },
  'rule.skip.noStudentsServed': {
    zh: '未设置“联系服务学生人数”，无法计算比例',
    en: 'The number of students served is not set, so the ratio cannot be computed',
  },
} satisfies MessageTable;
